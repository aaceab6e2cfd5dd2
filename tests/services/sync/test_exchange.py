"""Two laptops copied from a centre, edited offline, exchanging package files with it."""

import pytest
from sqlalchemy import func, select, text

from desktop.db.sync import SyncConflict
from desktop.services import registry, sync
from tests.conftest import head
from tests.services.sync.offices import (
    build_offices, content_hash, exchange, export, take, the_family, with_session,
)


@pytest.fixture
def offices(tmp_path, migrated_template):
    return build_offices(tmp_path, migrated_template)


def count(path, sql):
    return with_session(path, lambda s: s.execute(text(sql)).scalar())


def test_copies_of_the_centre_start_with_nothing_to_send_but_their_office_code(offices):
    assert with_session(offices["a"], sync.pending) == 0  # audit entries aside
    assert count(offices["a"], "SELECT count(*) FROM audit_entries WHERE usn = -1 "
                               "AND entity = 'office_settings'") == 2


def test_edits_on_both_laptops_and_the_centre_converge(offices, tmp_path):
    def edit_a(session):
        family = the_family(session)
        registry.update_family(session, family.id, {"address": "Jr. Lima 1"})
        registry.add_member(session, family.id, {"given_names": "Ana", "paternal_surname":
                                                 "Núñez", "sex": "F", "relation": "child"})
    with_session(offices["a"], edit_a)

    def edit_b(session):
        community = registry.list_communities(session)[0]
        new = registry.create_family(session, {"community_id": community.id},
                                     head(dni="87654321", given_names="Rosa"))
        registry.add_plot(session, new.id, {"name": "Loma", "area_ha": "1,5",
                                            "land_use": "coffee"})
        plot = the_family(session).plots[0]
        registry.delete_plot(session, plot.id)
    with_session(offices["b"], edit_b)
    with_session(offices["centre"], lambda s: registry.save_community(
        s, {"name": "Aguas Claras", "district": "Pardo Miguel", "province": "Rioja",
            "zone": "buffer"}, registry.list_communities(s)[0].id))

    first, back = exchange(offices["a"], offices["centre"], tmp_path, "a1")
    assert first.applied > 0 and first.conflicts == 0 and back.waiting == 0
    exchange(offices["b"], offices["centre"], tmp_path, "b1")
    exchange(offices["a"], offices["centre"], tmp_path, "a2")
    hashes = {name: content_hash(path) for name, path in offices.items()}
    assert len(set(hashes.values())) == 1, hashes
    assert with_session(offices["a"], sync.pending) == 0
    family = with_session(offices["b"], lambda s: (the_family(s).address,
                                                   the_family(s).community.zone,
                                                   len(the_family(s).living_members)))
    assert family == ("Jr. Lima 1", "buffer", 2)
    # the audit trail travelled: the centre knows who added Ana, on which laptop's package
    assert count(offices["centre"], "SELECT count(*) FROM audit_entries WHERE "
                                    "changes LIKE '%Ana%'") == 1
    # and every row of the laptops has the centre's number now
    assert count(offices["a"], "SELECT count(*) FROM persons WHERE usn = -1") == 0


def test_a_record_edited_on_both_sides_is_one_conflict_and_is_resolved_field_by_field(
        offices, tmp_path):
    for name, address in (("a", "Casa azul"), ("b", "Casa verde")):
        with_session(offices[name], lambda s, address=address: registry.update_family(
            s, the_family(s).id, {"address": address, "notes": f"from {name}"}))
    exchange(offices["a"], offices["centre"], tmp_path, "a1")
    at_centre, at_b = exchange(offices["b"], offices["centre"], tmp_path, "b1")
    assert (at_centre.conflicts, at_centre.waiting, at_b.waiting) == (1, 1, 1)
    # sending it again (the reply was lost, say) lists it once still
    again, _ = exchange(offices["b"], offices["centre"], tmp_path, "b2")
    assert again.conflicts == 0 and again.waiting == 1
    conflicts = with_session(offices["centre"], sync.list_conflicts)
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert (conflict.table, conflict.office, conflict.kind) == ("families", "LB", "edit")
    assert {f[0]: f[1:] for f in conflict.fields} == {
        "address": ("Casa azul", "Casa verde"), "notes": ("from a", "from b")}
    # B's laptop now shows the centre's version: B's edit waits in the conflict, not lost
    assert with_session(offices["b"], lambda s: the_family(s).address) == "Casa azul"

    with_session(offices["centre"], lambda s: sync.resolve(
        s, conflict.id, {"address": "theirs", "notes": "ours"}))
    assert with_session(offices["centre"], sync.list_conflicts) == []
    for name in ("a", "b"):
        exchange(offices[name], offices["centre"], tmp_path, f"{name}3")
    assert len({content_hash(p) for p in offices.values()}) == 1
    assert with_session(offices["a"], lambda s: (the_family(s).address, the_family(s).notes)) \
        == ("Casa verde", "from a")


def test_a_package_taken_in_twice_changes_nothing(offices, tmp_path):
    with_session(offices["a"], lambda s: registry.update_family(
        s, the_family(s).id, {"address": "Jr. Lima 1"}))
    package = export(offices["a"], tmp_path / "a.cdsync")
    take(offices["centre"], package)
    before = content_hash(offices["centre"], with_sync_tables=True)
    again = take(offices["centre"], package)
    assert again.duplicate and again.applied == 0
    assert content_hash(offices["centre"], with_sync_tables=True) == before
    reply = sync.write_package(again.reply, tmp_path / "reply.cdsync")
    take(offices["a"], reply)
    laptop = content_hash(offices["a"], with_sync_tables=True)
    assert take(offices["a"], reply).duplicate
    assert content_hash(offices["a"], with_sync_tables=True) == laptop
    assert content_hash(offices["a"]) == content_hash(offices["centre"])


def test_a_later_package_of_the_same_laptop_continues_its_edit_in_any_order(offices, tmp_path):
    family_id = with_session(offices["a"], lambda s: the_family(s).id)
    with_session(offices["a"], lambda s: registry.update_family(s, family_id, {"address": "1"}))
    first = export(offices["a"], tmp_path / "p1.cdsync")  # its reply is lost
    with_session(offices["a"], lambda s: registry.update_family(s, family_id, {"address": "2"}))
    second = export(offices["a"], tmp_path / "p2.cdsync")
    assert take(offices["centre"], second).conflicts == 0
    assert take(offices["centre"], first).conflicts == 0  # older, overtaken: skipped
    assert with_session(offices["centre"], lambda s: the_family(s).address) == "2"
    exchange(offices["a"], offices["centre"], tmp_path, "p3")
    assert content_hash(offices["a"]) == content_hash(offices["centre"])
    assert with_session(offices["centre"], lambda s: s.scalar(
        select(func.count()).select_from(SyncConflict))) == 0


def test_a_conflict_names_its_record_in_words(offices, tmp_path):
    def rename(session, name):
        family = the_family(session)
        member = family.living_members[0]
        registry.update_member(session, member.id, {"given_names": name})
    with_session(offices["a"], lambda s: rename(s, "Rosa María"))
    with_session(offices["b"], lambda s: rename(s, "Rosa Elena"))
    exchange(offices["a"], offices["centre"], tmp_path, "a1")
    exchange(offices["b"], offices["centre"], tmp_path, "b1")
    [conflict] = with_session(offices["centre"], sync.list_conflicts)
    assert conflict.table == "persons"
    assert conflict.title.startswith(
        "Member Rosa María Núñez Pérez, family F-CEN-000001 (")


def test_the_count_of_changes_waiting_stops_past_its_cap(offices):
    with_session(offices["a"], lambda s: registry.add_member(
        s, the_family(s).id, {"given_names": "Ana", "paternal_surname": "Núñez", "sex": "F",
                              "relation": "child"}))
    with_session(offices["a"], lambda s: registry.update_family(
        s, the_family(s).id, {"address": "Jr. Lima 1"}))
    counts = with_session(offices["a"], lambda s: [sync.pending(s, cap)
                                                    for cap in (None, 0, 1, 2, 50)])
    assert counts == [2, 1, 2, 2, 2]

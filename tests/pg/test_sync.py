"""The centre on PostgreSQL (`--db postgresql://…`), two SQLite laptops syncing with it by
package files: the second laptop starts empty and gets everything from its first reply."""

import shutil

from desktop.cli import main
from desktop.services import registry, sync
from desktop.services.office import set_office
from tests.conftest import head
from tests.services.sync.offices import content_hash, with_session

CODE = "F-LA-000001"


def run(*args):
    return main(["--lang", "en", "sync", *map(str, args)])


def round_trip(laptop, centre, folder, name):
    package, reply = folder / f"{name}.cdsync", folder / f"{name}-reply.cdsync"
    assert run("export", "--db", laptop, "--out", package) == 0
    at_centre = run("import", package, "--db", centre, "--reply", reply)
    return at_centre, run("import", reply, "--db", laptop)


def address(path, value=None):
    def work(session):
        family = registry.family_by_code(session, CODE)
        if value is not None:
            registry.update_family(session, family.id, {"address": value})
        return family.address
    return with_session(path, work)


def test_a_postgresql_centre_and_two_laptops_converge(new_pg_url, pg_template,
                                                      migrated_template, tmp_path):
    centre = new_pg_url(pg_template)

    def start(session):
        set_office(session, "CEN")
        sync.start_centre(session)
    with_session(centre, start)
    laptops = []
    for code in ("LA", "LB"):
        path = tmp_path / f"{code}.sqlite"
        shutil.copyfile(migrated_template, path)
        with_session(path, lambda s, code=code: set_office(s, code))
        laptops.append(path)
    a, b = laptops

    def register(session):
        community = registry.save_community(session, {
            "name": "Aguas Claras", "district": "Pardo Miguel", "province": "Rioja",
            "zone": "inside"})
        family = registry.create_family(session, {"community_id": community.id}, head())
        registry.add_plot(session, family.id, {"name": "Loma", "area_ha": "1,5",
                                               "land_use": "coffee"})
    with_session(a, register)
    assert round_trip(a, centre, tmp_path, "a1") == (0, 0)
    assert round_trip(b, centre, tmp_path, "b1") == (0, 0)
    assert address(b) == ""  # B has the family now

    address(a, "Casa azul")
    address(b, "Casa verde")
    assert round_trip(a, centre, tmp_path, "a2") == (0, 0)
    assert round_trip(b, centre, tmp_path, "b2") == (3, 3)
    conflicts = with_session(centre, sync.list_conflicts)
    assert [(c.office, c.fields) for c in conflicts] == [
        ("LB", (("address", "Casa azul", "Casa verde"),))]
    with_session(centre, lambda s: sync.resolve(s, conflicts[0].id, {"address": "theirs"}))
    for name, laptop in (("a3", a), ("b3", b)):
        assert round_trip(laptop, centre, tmp_path, name) == (0, 0)
    assert address(a) == "Casa verde"
    assert content_hash(a) == content_hash(b) == content_hash(centre)


def test_an_anonymisation_reaches_the_postgresql_centre_and_the_other_laptop(
        new_pg_url, pg_template, migrated_template, tmp_path):
    """Laptop A registers José and later anonymises him; the centre on PostgreSQL and laptop
    B lose his name and DNI from their audit trails too (issue 14 item 4 with the sync)."""
    from sqlalchemy import text

    from desktop.services import people

    centre = new_pg_url(pg_template)

    def start(session):
        set_office(session, "CEN")
        sync.start_centre(session)
    with_session(centre, start)
    a, b = tmp_path / "LA.sqlite", tmp_path / "LB.sqlite"
    for code, path in (("LA", a), ("LB", b)):
        shutil.copyfile(migrated_template, path)
        with_session(path, lambda s, code=code: set_office(s, code))

    def register(session):
        community = registry.save_community(session, {"name": "Aguas Claras", "zone": "inside"})
        family = registry.create_family(session, {"community_id": community.id}, head())
        registry.update_member(session, family.head.id, {"phone": "987654321"})
        return family.head.id
    person = with_session(a, register)
    assert round_trip(a, centre, tmp_path, "a1") == (0, 0)
    assert round_trip(b, centre, tmp_path, "b1") == (0, 0)

    def traces(path):
        return with_session(path, lambda s: s.execute(text(
            "SELECT count(*) FROM audit_entries WHERE changes LIKE '%01234567%' "
            "OR changes LIKE '%Núñez%'")).scalar())
    assert traces(centre) > 0 and traces(b) > 0
    with_session(a, lambda s: people.anonymise_person(s, person))
    assert round_trip(a, centre, tmp_path, "a2") == (0, 0)
    assert traces(centre) == 0
    assert round_trip(b, centre, tmp_path, "b2") == (0, 0)
    assert traces(b) == 0
    assert with_session(b, lambda s: registry.family_by_code(s, CODE).head.dni) is None

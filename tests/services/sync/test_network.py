"""The network sync in one run (desktop.services.sync.network), against a centre in a file:
the same exchange as the package files, the clone of a new laptop, Cancel between steps."""

import pytest

from desktop.services import registry, sync
from desktop.services.common import Cancelled
from desktop.services.office import initialise
from desktop.services.sync import network
from tests.services.sync.offices import (
    build_offices, content_hash, exchange, open_db, the_family, with_session,
)


@pytest.fixture
def offices(tmp_path, migrated_template):
    return build_offices(tmp_path, migrated_template)


def net_sync(laptop, centre, office=None, progress=None, told=None):
    here, there = open_db(laptop), network.open_centre(centre)
    try:
        with here.session() as a, there.session() as b:
            return network.synchronise(a, b, office, progress, told)
    finally:
        here.close()
        there.close()


def set_address(path, address):
    with_session(path, lambda s: registry.update_family(s, the_family(s).id,
                                                        {"address": address}))


def test_a_new_laptop_is_cloned_then_syncs_its_edits(offices, tmp_path):
    new = tmp_path / "new.sqlite"
    initialise(new, "LN")
    said = []
    done = net_sync(new, offices["centre"], told=lambda message, params: said.append(message))
    assert done.cloned and done.waiting == 0 and said[0] == network.CLONING
    assert content_hash(new) == content_hash(offices["centre"])
    assert with_session(new, lambda s: network.last_sync(s)[0]) == str(offices["centre"])
    set_address(new, "Jr. Nuevo 5")
    again = net_sync(new, offices["centre"])
    assert not again.cloned and again.sent >= 1 and again.at_centre.applied >= 1
    assert with_session(offices["centre"], lambda s: the_family(s).address) == "Jr. Nuevo 5"
    assert with_session(new, sync.pending) == 0


def test_one_laptop_by_network_one_by_usb_converge_with_one_conflict(offices, tmp_path):
    set_address(offices["a"], "Casa azul")
    set_address(offices["b"], "Casa verde")
    assert net_sync(offices["a"], offices["centre"]).waiting == 0
    at_centre, at_b = exchange(offices["b"], offices["centre"], tmp_path, "b1")
    assert (at_centre.conflicts, at_b.waiting) == (1, 1)
    [conflict] = with_session(offices["centre"], sync.list_conflicts)
    with_session(offices["centre"], lambda s: sync.resolve(s, conflict.id,
                                                           {"address": "theirs"}))
    assert net_sync(offices["a"], offices["centre"]).waiting == 0
    exchange(offices["b"], offices["centre"], tmp_path, "b2")
    assert len({content_hash(p) for p in offices.values()}) == 1
    assert with_session(offices["a"], lambda s: the_family(s).address) == "Casa verde"


@pytest.mark.parametrize("stop_at", [1, 2])
def test_cancel_between_steps_then_a_rerun_ends_as_one_clean_run(offices, tmp_path, stop_at):
    set_address(offices["a"], "Jr. Cancel")
    with pytest.raises(Cancelled):
        net_sync(offices["a"], offices["centre"], progress=lambda done, total: done < stop_at)
    centre_after = with_session(offices["centre"], lambda s: the_family(s).address)
    assert centre_after == ("Jr. Cancel" if stop_at == 2 else "")
    done = net_sync(offices["a"], offices["centre"])
    assert done.waiting == 0 and done.at_centre.conflicts == 0
    assert content_hash(offices["a"]) == content_hash(offices["centre"])
    assert with_session(offices["a"], sync.pending) == 0


def test_a_laptop_is_not_a_centre(offices):
    with pytest.raises(sync.SyncRefused):
        net_sync(offices["a"], offices["b"])


def schema(path):
    from desktop.db.engine import raw_connection

    connection = raw_connection(path)
    try:
        return sorted(connection.execute("SELECT type, name, sql FROM sqlite_master "
                                         "WHERE name NOT LIKE 'sqlite_stat%'").fetchall())
    finally:
        connection.close()


def test_a_clone_is_copied_in_bulk_with_its_indexes_and_search_back(offices, tmp_path):
    new = tmp_path / "new.sqlite"
    initialise(new, "LN")
    before = schema(new)
    totals = []
    done = net_sync(new, offices["centre"], 
                   progress=lambda d, total: totals.append((d, total)))
    assert done.cloned and done.received == totals[-1][0] == totals[-1][1] > 10
    assert schema(new) == before  # every index and the search index's triggers are back
    family = with_session(offices["centre"], the_family)
    surname = family.head_name.split()[0]
    found = with_session(new, lambda s: registry.search_families(s, surname))
    assert family.id in {row.id for row in found}
    # a record the laptop then edits is based on the version it received
    set_address(new, "Jr. Clonado 1")
    assert net_sync(new, offices["centre"]).at_centre.conflicts == 0
    assert with_session(offices["centre"], lambda s: the_family(s).address) == "Jr. Clonado 1"


def test_a_clone_cancelled_half_way_leaves_the_laptop_empty_then_completes(offices, tmp_path):
    new = tmp_path / "new.sqlite"
    initialise(new, "LN")
    before = schema(new)
    with pytest.raises(Cancelled):
        net_sync(new, offices["centre"], progress=lambda done, total: done < total // 2)
    assert with_session(new, lambda s: registry.count_families(s)) == 0
    assert schema(new) == before
    assert net_sync(new, offices["centre"]).cloned
    assert content_hash(new) == content_hash(offices["centre"])

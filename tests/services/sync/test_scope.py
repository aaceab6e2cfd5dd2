"""A laptop limited to some communities (desktop.services.sync.scope), against a centre in a
real SQLite file built by the demo: its clone and every reply after it (network or USB)
carry those communities' families and what hangs from them, and the shared tables whole;
what it changes goes up as before; the limit is chosen once."""

import shutil

import pytest
from sqlalchemy import func, select

from desktop.db.family import Family
from desktop.services import registry, sync
from desktop.services.common import Cancelled
from desktop.services.office import initialise
from desktop.services.sync import clone, scope
from desktop.services.sync.tables import TABLES
from tests.services.sync.offices import demo_file, exchange, with_session
from tests.services.sync.parts import (
    PART, SHARED, community_ids, dangling, expected, held, net_sync_with, new_family,
)
from tests.services.sync.test_network import schema

PLACE = "Aguas Claras"


@pytest.fixture(scope="module")
def demo_centre(tmp_path_factory):
    """A demo of 80 families in 19 communities, made the centre (office CEN)."""
    path = demo_file(tmp_path_factory.mktemp("scope"), 80, "CEN", "centre.sqlite")
    with_session(path, sync.start_centre)
    return path


@pytest.fixture
def centre(demo_centre, tmp_path):
    path = tmp_path / "centre.sqlite"
    shutil.copyfile(demo_centre, path)
    return path


@pytest.fixture
def laptop(tmp_path):
    path = tmp_path / "laptop.sqlite"
    initialise(path, "LN")
    return path


def test_a_limited_clone_holds_the_part_and_the_shared_tables(centre, laptop):
    ids = community_ids(centre, PLACE, "Palestina")
    done = net_sync_with(laptop, centre, communities=[PLACE, "palestina"])  # any case
    assert done.cloned
    want = expected(centre, ids)
    got = held(laptop, want)
    for name in want:
        assert got[name] == want[name], name
    assert 0 < len(got["families"]) < with_session(centre, registry.count_families)
    assert got["deliveries"] and got["attendance"] and got["memberships"]
    every = held(centre, SHARED)
    assert all(got[name] == every[name] for name in SHARED)
    assert dangling(laptop) == []
    assert with_session(laptop, scope.held) == ids
    assert done.received == with_session(laptop, lambda s: sum(
        s.scalar(select(func.count()).select_from(table)) for table in TABLES))
    # the families' search finds a family of the part, and none of another community
    inside = with_session(laptop, lambda s: s.get(Family, min(got["families"])))
    found = with_session(laptop, lambda s: registry.search_families(
        s, inside.head_name.split()[0]))
    assert inside.id in {row.id for row in found}
    assert {row.id for row in found} <= got["families"]


def test_later_syncs_carry_only_the_part_and_send_everything(centre, laptop, tmp_path):
    net_sync_with(laptop, centre, communities=[PLACE])
    inside = new_family(centre, PLACE, "Dentro")
    outside = new_family(centre, "Palestina", "Fuera")
    mine = new_family(laptop, "Palestina", "Propia")  # the laptop's own, elsewhere
    done = net_sync_with(laptop, centre)
    assert not done.cloned and done.at_centre.applied >= 1
    families = held(laptop, ["families"])["families"]
    assert inside in families and outside not in families and mine in families
    assert mine in held(centre, ["families"])["families"]
    # by USB: the reply is cut to the part as well
    later_in, later_out = new_family(centre, PLACE, "Luego"), new_family(centre, "Ucrania",
                                                                         "Lejos")
    exchange(laptop, centre, tmp_path, "usb")
    families = held(laptop, ["families"])["families"]
    assert later_in in families and later_out not in families
    ids = community_ids(centre, PLACE)
    part = expected(centre, ids)["families"]
    assert part <= families and families - part == {mine}
    assert dangling(laptop) == []
    # the audit trail of the part came, not the other community's
    audited = with_session(laptop, lambda s: set(s.scalars(select(
        sync.tables.BY_NAME["audit_entries"].c.entity_id))))
    assert later_in in audited and later_out not in audited and outside not in audited


def test_the_limit_is_chosen_once(centre, laptop):
    with pytest.raises(sync.SyncRefused, match="no community “Atlantis”"):
        net_sync_with(laptop, centre, communities=[PLACE, "Atlantis"])
    assert with_session(laptop, clone.wanted)  # nothing was copied
    net_sync_with(laptop, centre, communities=[PLACE])
    with pytest.raises(sync.SyncRefused, match="chosen at its first sync"):
        net_sync_with(laptop, centre, communities=["Palestina"])
    assert not net_sync_with(laptop, centre, communities=[PLACE.upper()]).cloned  # the same
    whole = laptop.with_name("whole.sqlite")
    initialise(whole, "LW")
    net_sync_with(whole, centre)
    with pytest.raises(sync.SyncRefused, match="holds every community"):
        net_sync_with(whole, centre, communities=[PLACE])


def test_a_limited_clone_cancelled_half_way_leaves_the_laptop_empty(centre, laptop):
    before = schema(laptop)
    with pytest.raises(Cancelled):
        net_sync_with(laptop, centre, communities=[PLACE],
                      progress=lambda done, total: done < total // 2)
    assert with_session(laptop, registry.count_families) == 0
    assert with_session(laptop, scope.held) == []
    assert schema(laptop) == before
    assert net_sync_with(laptop, centre, communities=[PLACE]).cloned
    assert held(laptop, ["families"])["families"] == expected(
        centre, community_ids(centre, PLACE))["families"]


@pytest.mark.parametrize("bad", [["x' OR 1=1 --"], "abc"])
def test_a_package_with_a_bad_limit_is_refused(centre, laptop, bad):
    net_sync_with(laptop, centre, communities=[PLACE])
    package = with_session(laptop, sync.export_changes)
    assert package.info[scope.KEY] == community_ids(centre, PLACE)
    package.info[scope.KEY] = bad  # never written into SQL
    with pytest.raises(sync.BadPackage):
        with_session(centre, lambda s: sync.import_package(s, package))
    assert with_session(centre, lambda s: sync.centre.already_taken(s, package.id)) is False


def test_the_rule_covers_every_table_of_a_family(centre):
    assert set(PART) <= set(scope.LIMITED)
    assert not set(SHARED) & set(scope.LIMITED)
    assert "deliveries" in scope.LIMITED and "advance_deductions" in scope.LIMITED


def test_a_new_laptop_limited_by_usb_alone(centre, laptop, tmp_path):
    """A laptop that never sees the network: its first package names its communities, the
    centre's reply brings their part only and says their ids, which the laptop keeps for
    every later package; a name the centre does not have refuses the import (nothing
    changes), and the choice is made once."""
    from desktop.services.sync.state import SyncRefused
    from tests.services.sync.offices import take

    def export_naming(path, out, names):
        return with_session(path, lambda s: sync.write_package(
            sync.export_changes(s, communities=names), out))

    wrong = export_naming(laptop, tmp_path / "wrong.cdsync", ["Atlantis"])
    before = with_session(centre, lambda s: s.scalar(select(func.count()).select_from(Family)))
    with pytest.raises(SyncRefused, match="no community “Atlantis”"):
        take(centre, wrong)
    assert with_session(centre, lambda s: s.scalar(select(func.count()).select_from(Family))) \
        == before
    first = export_naming(laptop, tmp_path / "first.cdsync", [PLACE.lower()])
    reply = sync.write_package(take(centre, first).reply, tmp_path / "first-reply.cdsync")
    take(laptop, reply)
    ids = community_ids(centre, PLACE)
    assert with_session(laptop, scope.held) == ids
    assert held(laptop, ["families"])["families"] == expected(centre, ids)["families"]
    assert dangling(laptop) == []
    later_in, later_out = new_family(centre, PLACE, "Luego"), new_family(centre, "Palestina",
                                                                         "Lejos")
    exchange(laptop, centre, tmp_path, "later")  # no names: the kept ids travel
    families = held(laptop, ["families"])["families"]
    assert later_in in families and later_out not in families
    with pytest.raises(SyncRefused, match="chosen at its first sync"):
        export_naming(laptop, tmp_path / "again.cdsync", ["Palestina"])

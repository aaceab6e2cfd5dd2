"""A laptop limited to some communities (`sync --communities`), cloned from a real
PostgreSQL centre and synced with it again: it holds those communities' families and what
hangs from them, and the shared tables whole; later syncs bring only their part; a clone
cancelled half-way leaves it empty."""

import shutil

import pytest

from desktop.cli import main
from desktop.services.common import Cancelled
from desktop.services.office import initialise, set_office
from desktop.services.sync import clone, scope
from tests.services.sync.offices import demo_file, with_session
from tests.services.sync.parts import (
    SHARED, community_ids, dangling, expected, held, net_sync_with, new_family,
)

PLACES = ("Aguas Claras", "Palestina")


@pytest.fixture(scope="module")
def demo_laptop(tmp_path_factory):
    """A laptop file (office LA) holding an 80-family demo made offline, never synced."""
    return demo_file(tmp_path_factory.mktemp("scope-pg"), 80, "LA", "laptop.sqlite")


@pytest.fixture
def centre(demo_laptop, new_pg_url, pg_template, tmp_path):
    """A PostgreSQL centre (office CEN) holding the demo; (its address, a laptop file holding
    the same content)."""
    url = new_pg_url(pg_template)
    with_session(url, lambda s: set_office(s, "CEN"))
    full = tmp_path / "full.sqlite"
    shutil.copyfile(demo_laptop, full)
    assert run("--db", full, "--central", url) == 0
    return url, full


def run(*args):
    return main(["--lang", "en", "sync", *map(str, args)])


def test_a_laptop_limited_by_the_command_line_holds_and_receives_its_part(centre, tmp_path,
                                                                          capsys):
    url, full = centre
    new = tmp_path / "new.sqlite"
    assert run("--db", new, "--central", url, "--office", "LN",
               "--communities", ",".join(PLACES)) == 0
    ids = community_ids(full, *PLACES)
    assert with_session(new, scope.held) == ids
    want = expected(full, ids)
    got = held(new, want)
    for name in want:
        assert got[name] == want[name], name
    assert got["families"] and got["deliveries"] and got["attendance"]
    every = held(full, SHARED)
    assert all(got[name] == every[name] for name in SHARED)
    assert dangling(new) == []
    # the centre registers a family in each of two communities; only the laptop's comes
    inside, outside = new_family(url, PLACES[0], "Dentro"), new_family(url, "Ucrania", "Fuera")
    mine = new_family(new, "Ucrania", "Propia")  # the laptop's own go up, wherever they are
    assert run("--db", new, "--central", url) == 0
    families = held(new, ["families"])["families"]
    assert inside in families and outside not in families and mine in families
    assert mine in held(url, ["families"])["families"]
    # the limit stays as chosen
    capsys.readouterr()
    assert run("--db", new, "--central", url, "--communities", "Ucrania") == 2
    assert "chosen at its first sync" in capsys.readouterr().err
    other = tmp_path / "other.sqlite"
    assert run("--db", other, "--central", url, "--office", "LO",
               "--communities", "Atlantis") == 2
    assert "no community “Atlantis”" in capsys.readouterr().err
    assert with_session(other, clone.wanted)


def test_a_limited_clone_from_postgresql_cancelled_half_way_leaves_the_laptop_empty(
        centre, tmp_path):
    url, full = centre
    new = tmp_path / "new.sqlite"
    initialise(new, "LN")
    with pytest.raises(Cancelled):
        net_sync_with(new, url, communities=[PLACES[0]],
                      progress=lambda done, total: done < total // 2)
    assert with_session(new, clone.wanted) and with_session(new, scope.held) == []
    assert net_sync_with(new, url, communities=[PLACES[0]]).cloned
    ids = community_ids(full, PLACES[0])
    assert held(new, ["families"])["families"] == expected(full, ids)["families"]


def test_a_clone_whose_connection_drops_says_so_and_leaves_the_laptop_empty(
        centre, tmp_path, pg_admin):
    from sqlalchemy import text

    from desktop.services.database import DatabaseProblem
    from desktop.services.sync import network
    from tests.services.sync.offices import open_db

    url, full = centre
    new = tmp_path / "new.sqlite"
    initialise(new, "LN")
    here, there = open_db(new), network.open_centre(url)
    dropped = []

    def drop(done, total):
        if done and not dropped:  # rows are coming: the server goes away
            with pg_admin.connect() as admin:
                dropped.append(admin.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                    ":name AND pid <> pg_backend_pid()"), {"name": url.rsplit("/", 1)[1]}
                ).all())
    try:
        with here.session() as a, there.session() as b:
            with pytest.raises(DatabaseProblem, match="cannot be reached"):
                network.synchronise(a, b, progress=drop)
    finally:
        here.close()
        there.close()
    assert dropped
    assert with_session(new, clone.wanted)
    assert net_sync_with(new, url).cloned
    assert held(new, ["families"])["families"] == held(full, ["families"])["families"]

"""`conservation-desk sync --db LAPTOP --central postgresql://…`: the network sync in one run
against a real PostgreSQL centre. A laptop full of offline work sends it, a new laptop is
cloned, and a run killed (SIGKILL) or whose connection drops in the middle, then run again,
ends in the same state as one clean run."""

import shutil
import signal
import subprocess
import sys

import pytest
from sqlalchemy import event, text

from desktop.cli import main
from desktop.services import registry, sync
from desktop.services.database import DatabaseProblem
from desktop.services.office import set_office
from desktop.services.sync import network
from tests.services.sync.offices import content_hash, demo_file, open_db, with_session


@pytest.fixture(scope="module")
def offline_work(tmp_path_factory):
    """A laptop file (office LA) holding 120 families made offline, never synced."""
    return demo_file(tmp_path_factory.mktemp("offline"), 120, "LA", "laptop.sqlite")


@pytest.fixture
def centres(new_pg_url, pg_template):
    """Two identical empty centres (office CEN): one for the clean run, one to break."""
    first = new_pg_url(pg_template)
    with_session(first, lambda s: set_office(s, "CEN"))
    return first, new_pg_url(first.rsplit("/", 1)[1])


def laptops(offline_work, folder):
    clean, broken = folder / "clean.sqlite", folder / "broken.sqlite"
    shutil.copyfile(offline_work, clean)
    shutil.copyfile(offline_work, broken)
    return clean, broken


def command(*args):
    return [sys.executable, "-m", "desktop", "--lang", "en", "sync", *map(str, args)]


def killed_at(marker: str, *args) -> int:
    """Run `sync …` and kill it (SIGKILL) as soon as it prints a line starting with
    `marker`; its exit code."""
    process = subprocess.Popen(command(*args), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        if line.startswith(marker):
            process.send_signal(signal.SIGKILL)
            break
    process.stdout.close()
    return process.wait(timeout=120)


def run(*args):
    return main(["--lang", "en", "sync", *map(str, args)])


@pytest.mark.parametrize("marker", ["Sending", "The centre took them in"])
def test_a_killed_sync_run_again_ends_as_one_clean_run(offline_work, centres, tmp_path,
                                                       marker):
    clean, broken = laptops(offline_work, tmp_path)
    clean_centre, broken_centre = centres
    assert run("--db", clean, "--central", clean_centre) == 0
    # killed while the centre takes the package in, or while the laptop takes the reply in
    assert killed_at(marker, "--db", broken, "--central", broken_centre) == -signal.SIGKILL
    assert run("--db", broken, "--central", broken_centre) == 0
    expected = content_hash(clean)
    assert content_hash(clean_centre) == expected
    assert content_hash(broken) == content_hash(broken_centre) == expected
    assert with_session(broken, sync.pending) == 0
    assert with_session(broken_centre, sync.list_conflicts) == []
    # a new laptop cloned from it, killed while it takes everything in, then run again
    new = tmp_path / "new.sqlite"
    assert killed_at("The centre took them in", "--db", new, "--central", broken_centre,
                     "--office", "LN") == -signal.SIGKILL
    assert run("--db", new, "--central", broken_centre) == 0
    assert content_hash(new) == content_hash(broken_centre)  # with the new laptop's audit
    assert with_session(new, lambda s: registry.count_families(s)) == 120


def test_a_connection_dropped_in_the_middle_then_a_rerun_ends_as_one_clean_run(
        offline_work, centres, tmp_path, pg_admin):
    clean, broken = laptops(offline_work, tmp_path)
    clean_centre, broken_centre = centres
    assert run("--db", clean, "--central", clean_centre) == 0

    here, there = open_db(broken), network.open_centre(broken_centre)
    statements = []

    def drop(connection, cursor, statement, *rest):
        statements.append(statement)
        if len(statements) == 40:  # well inside the centre's transaction
            pid = connection.connection.dbapi_connection.info.backend_pid
            with pg_admin.connect() as admin:
                admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    event.listen(there.engine, "before_cursor_execute", drop)
    try:
        with here.session() as a, there.session() as b:
            with pytest.raises(DatabaseProblem, match="cannot be reached"):
                network.synchronise(a, b)
    finally:
        here.close()
        there.close()
    assert len(statements) >= 40
    assert run("--db", broken, "--central", broken_centre) == 0
    assert content_hash(broken) == content_hash(broken_centre) == content_hash(clean) \
        == content_hash(clean_centre)


def test_two_laptops_one_by_network_one_by_usb_end_identical_with_one_conflict(
        offline_work, centres, tmp_path, capsys):
    centre = centres[0]
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(offline_work, a)
    assert run("--db", a, "--central", centre) == 0
    assert run("--db", b, "--central", centre, "--office", "LB") == 0  # a clone
    code = with_session(a, lambda s: s.scalar(text("SELECT min(code) FROM families")))

    def set_address(path, value):
        with_session(path, lambda s: registry.update_family(
            s, registry.family_by_code(s, code).id, {"address": value}))
    set_address(a, "Casa azul")
    set_address(b, "Casa verde")
    assert run("--db", a, "--central", centre) == 0
    package, reply = tmp_path / "b.cdsync", tmp_path / "b-reply.cdsync"
    assert run("export", "--db", b, "--out", package) == 0
    assert run("import", package, "--db", centre, "--reply", reply) == 3
    assert run("import", reply, "--db", b) == 3
    capsys.readouterr()
    assert run("conflicts", "--db", centre) == 3
    listing = capsys.readouterr().out
    assert code in listing and "Casa verde" in listing
    [conflict] = with_session(centre, sync.list_conflicts)
    with_session(centre, lambda s: sync.resolve(s, conflict.id, {"address": "theirs"}))
    assert run("--db", a, "--central", centre) == 0
    assert run("--db", b, "--central", centre) == 0
    assert content_hash(a) == content_hash(b) == content_hash(centre)
    assert with_session(a, lambda s: registry.family_by_code(s, code).address) == "Casa verde"

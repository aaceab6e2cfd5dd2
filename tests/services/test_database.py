"""Opening quickly at any size: the session marker tells a clean close from a kill (only then
is the file checked and the owed backup taken), a reading session copies nothing, closing
leaves the planner statistics, and the whole check can be asked for."""

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from desktop.db.backup import list_backups
from desktop.services import database as opening
from desktop.services import registry
from desktop.services.common import Cancelled
from desktop.services.database import check_integrity, marker_path, open_database


@pytest.fixture
def checks(monkeypatch):
    """The files quick_check was run on, while it still runs."""
    seen = []
    real = opening.quick_check

    def spy(path):
        seen.append(path)
        real(path)

    monkeypatch.setattr(opening, "quick_check", spy)
    return seen


def make_office(tmp_path):
    path = tmp_path / "office.sqlite"
    database = open_database(path, backup_dir=tmp_path / "backups")
    with database.session() as session:
        registry.save_community(session, {"name": "Aguas Claras", "zone": "inside"})
    database.close()
    return path


def test_a_clean_close_removes_the_marker_and_the_next_opening_checks_nothing(
        tmp_path, checks):
    path = make_office(tmp_path)
    assert not marker_path(path).exists()
    database = open_database(path, backup_dir=tmp_path / "backups")
    assert marker_path(path).exists()  # while the file is open
    database.close()
    assert not marker_path(path).exists()
    assert checks == []


def test_a_killed_session_is_checked_and_backed_up_at_the_next_opening(tmp_path, checks):
    path = make_office(tmp_path)
    before = list_backups(tmp_path / "backups", "office")
    killed = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os, signal
        from desktop.services import registry
        from desktop.services.database import open_database
        database = open_database({str(path)!r}, backup_dir={str(tmp_path / "backups")!r})
        with database.session() as session:
            registry.save_community(session, {{"name": "Nueva Esperanza", "zone": "buffer"}})
        os.kill(os.getpid(), signal.SIGKILL)
        """)], capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    assert marker_path(path).exists()
    database = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert checks == [path.resolve()]
        # What the killed session wrote was never backed up: it is now, before any work.
        assert len(list_backups(tmp_path / "backups", "office")) == len(before) + 1
        with database.session() as session:
            assert len(registry.list_communities(session)) == 2
    finally:
        database.close()
    assert not marker_path(path).exists()


def test_an_opening_that_only_reads_copies_nothing(tmp_path):
    path = make_office(tmp_path)
    folder = tmp_path / "elsewhere"  # no backup of this file there yet
    for _ in range(2):
        database = open_database(path, backup_dir=folder)
        with database.session() as session:
            assert len(registry.list_communities(session)) == 1
        database.close()
    assert list_backups(folder, "office") == []


def test_a_failed_closing_backup_keeps_the_marker_for_the_next_opening(tmp_path, checks):
    path = make_office(tmp_path)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    database = open_database(path, backup_dir=blocked)
    with database.session() as session:
        registry.save_community(session, {"name": "Later", "zone": "buffer"})
    database.close()  # the backup it owed failed
    assert marker_path(path).exists()
    database = open_database(path, backup_dir=tmp_path / "backups")
    database.close()
    assert checks == [path.resolve()]


def test_a_damaged_file_with_a_marker_is_refused(tmp_path):
    path = make_office(tmp_path)
    marker_path(path).write_text("1\n")
    connection = sqlite3.connect(path)
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master "
                              "WHERE name = 'ix_families_community'").fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:  # scribble over an index's page (the schema is fine)
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 64)
    with pytest.raises(opening.DatabaseProblem) as excinfo:
        open_database(path, backup_dir=tmp_path / "backups")
    assert "damaged" in excinfo.value.text("en")


def test_closing_leaves_statistics_for_the_planner(tmp_path):
    path = make_office(tmp_path)
    database = open_database(path, backup_dir=tmp_path / "backups")
    with database.session() as session:
        community = registry.list_communities(session)[0]
        for surname in ("Núñez", "Quispe", "Rojas"):
            registry.create_family(session, {"community_id": community.id},
                                   {"given_names": "Ana", "paternal_surname": surname,
                                    "sex": "F"})
    with database.session() as session:
        assert registry.count_families(session, community_id=community.id) == 3
    database.close()
    connection = sqlite3.connect(path)
    try:
        analysed = {row[0] for row in connection.execute("SELECT tbl FROM sqlite_stat1")}
    finally:
        connection.close()
    assert analysed  # PRAGMA optimize ran ANALYZE on the tables the session's queries used


def test_the_whole_check_finds_a_sound_file_sound_and_can_be_stopped(tmp_path, monkeypatch):
    from desktop.db import engine

    monkeypatch.setattr(engine, "INTERRUPT_EVERY", 10)  # a small file checks in few steps
    path = make_office(tmp_path)
    database = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert check_integrity(database) == []
        with pytest.raises(Cancelled):
            check_integrity(database, stop=lambda: True)
        assert check_integrity(database) == []  # the connection is fine after a stop
    finally:
        database.close()

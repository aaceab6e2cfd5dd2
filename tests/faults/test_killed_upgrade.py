"""A process killed (SIGKILL) in the middle of an upgrade leaves the file at its old version,
and the next start upgrades it cleanly (issue 11: a killed upgrade used to brick the file)."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from desktop.db import migrate
from desktop.db.engine import Database
from desktop.services.database import open_database

#: Kill after this many SQL statements of the upgrade from 0002 (about 120 in all, table
#: rebuilds of batch migrations included).
KILL_POINTS = [5, 40, 90]

KILLER = textwrap.dedent("""
    import os, signal, sys
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from desktop.db import migrate
    from desktop.db.engine import Database

    database = Database(sys.argv[1])
    left = [int(sys.argv[2])]

    def count(*_):
        left[0] -= 1
        if left[0] == 0:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "after_cursor_execute", count)
    migrate.upgrade(database.engine)
""")


def tables(path):
    connection = sqlite3.connect(path)
    try:
        return {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}, connection.execute(
            "SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("operations", KILL_POINTS)
def test_a_kill_during_an_upgrade_leaves_the_old_version_and_the_next_start_upgrades(
        tmp_path, operations):
    path = tmp_path / "old.sqlite"
    old = Database(path)
    migrate.upgrade(old.engine, "0002")
    old.close()
    before, version = tables(path)
    assert version == "0002" and "lots" not in before

    run = subprocess.run([sys.executable, "-c", KILLER, str(path), str(operations)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == -signal.SIGKILL, run.stderr

    after, version = tables(path)
    assert version == "0002"
    assert after == before  # nothing of 0003 (the lots table, ...) is left behind
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()

    database = open_database(path, backup_dir=tmp_path / "backups")
    assert migrate.current_revision(database.engine) == migrate.head_revision(database.engine)
    database.close()
    assert os.listdir(tmp_path / "backups")  # the backup taken before the upgrade is kept

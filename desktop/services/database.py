"""Opening an office's database file safely.

Known problems (network drive, locked, corrupt, not a database, disk full,
made by a newer program) become a DatabaseProblem with a message that tells
the user what to do; anything else is a bug and propagates.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP

from desktop.config import default_backup_dir
from desktop.db import migrate
from desktop.db.backup import backup_database
from desktop.db.engine import Database, raw_connection
from desktop.db.location import is_network_path
from desktop.i18n import translate



class DatabaseProblem(Exception):
    """A problem the user can act on; `text()` says what happened and what to do."""

    def __init__(self, message: str, **params):
        self.message, self.params = message, params
        super().__init__(self.text("en"))

    def text(self, lang: str | None = None) -> str:
        return translate("Database", self.message, lang).format(**self.params)


def classify(error: Exception, path: Path) -> DatabaseProblem | None:
    """Map a sqlite/OS error to a known problem, or None when it is a bug."""
    msg = str(error).lower()
    if "locked" in msg or "busy" in msg:
        return DatabaseProblem(QT_TRANSLATE_NOOP("Database", "The file {path} is in use by another program. "
                                 "Close it there and try again."), path=path)
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return DatabaseProblem(QT_TRANSLATE_NOOP("Database", "The file {path} is damaged or is not a Conservation "
                                 "Desk database. Restore a backup (File > Restore backup)."),
                               path=path)
    if "disk" in msg and "full" in msg or isinstance(error, OSError) and error.errno == 28:
        return DatabaseProblem(QT_TRANSLATE_NOOP("Database", "The disk is full. Free some space and try again."))
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg or isinstance(
            error, PermissionError):
        return DatabaseProblem(QT_TRANSLATE_NOOP("Database", "The file {path} cannot be opened for writing. "
                                 "Check that the folder exists and that you may write there."),
                               path=path)
    return None


def quick_check(path: Path) -> None:
    connection = raw_connection(path)
    try:
        result = connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()
    if result != [("ok",)]:
        raise sqlite3.DatabaseError("database disk image is malformed: " + str(result[:3]))


def open_database(path: Path | str, backup_dir: Path | None = None, create: bool = True,
                  user: str = "") -> Database:
    """Check, back up and upgrade the file at `path`, then open it.

    A new file is created with the current schema when `create` is true.
    """
    path = Path(path).expanduser().resolve()
    backup_dir = backup_dir or default_backup_dir()
    if is_network_path(path):
        raise DatabaseProblem(QT_TRANSLATE_NOOP("Database", "{path} is on a network drive, where the database "
                                "could be damaged. Copy it to this computer's disk and open it "
                                "from there."), path=path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseProblem(QT_TRANSLATE_NOOP("Database", "There is no database file at {path}."), path=path)
    database = None
    try:
        if exists:
            quick_check(path)
            backup_database(path, backup_dir)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        database = Database(path, user=user)
        current = migrate.current_revision(database.engine)
        if exists and current is None:
            raise sqlite3.DatabaseError("not a database: no schema version")
        if current is not None and current not in migrate.known_revisions(database.engine):
            raise DatabaseProblem(QT_TRANSLATE_NOOP("Database", "{path} was saved by a newer version of "
                                    "Conservation Desk. Install the newer version to open it."),
                                  path=path)
        if current != migrate.head_revision(database.engine):
            migrate.upgrade(database.engine)
        return database
    except DatabaseProblem:
        if database:
            database.close()
        raise
    except (sqlite3.Error, OSError, Exception) as error:
        if database:
            database.close()
        problem = classify(getattr(error, "orig", None) or error, path)
        if problem is None:
            raise
        raise problem from error


def is_demo(database: Database) -> bool:
    """True for a file written by the demo generator (it leaves one 'demo' audit entry)."""
    from sqlalchemy import select

    from desktop.db.audit import AuditEntry

    with database.session() as session:
        return session.scalar(select(AuditEntry.id).where(AuditEntry.entity == "demo")
                              .limit(1)) is not None

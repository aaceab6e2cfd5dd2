"""Opening an office's database file safely.

Known problems (network drive, locked, corrupt, not a database, disk full,
made by a newer program) become a DatabaseProblem with a message that tells
the user what to do; anything else is a bug and propagates.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from desktop import files
from desktop.config import default_backup_dir
from desktop.db import migrate
from desktop.db.backup import BadBackup, backup_database, backups_of
from desktop.db.engine import Database, raw_connection
from desktop.db.location import is_network_path
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.settings import backup_limit_bytes


class DatabaseProblem(Exception):
    """A problem the user can act on; `text()` says what happened and what to do."""

    def __init__(self, message: str, **params):
        self.message, self.params = message, params
        super().__init__(self.text("en"))

    def text(self, lang: str | None = None) -> str:
        params = {key: value.text(lang) if isinstance(value, DatabaseProblem) else value
                  for key, value in self.params.items()}
        return translate("Database", self.message, lang).format(**params)


IN_USE = QT_TRANSLATE_NOOP("Database", "The file {path} is in use by another program. "
                                       "Close it there and try again.")
DAMAGED = QT_TRANSLATE_NOOP("Database", "The file {path} is damaged or is not a Conservation "
                                        "Desk database. Restore a backup (File > Restore backup).")
DISK_FULL = QT_TRANSLATE_NOOP("Database", "The disk is full. Free some space and try again.")
NOT_WRITABLE = QT_TRANSLATE_NOOP("Database", "The file {path} cannot be opened for writing. "
                                             "Check that the folder exists and that you may "
                                             "write there.")
IO_ERROR = QT_TRANSLATE_NOOP("Database", "The disk holding {path} could not be read or written. "
                                         "Check the disk (or USB stick) and try again.")

#: SQLite's primary result codes (the low byte of an extended code) that a user can act on.
SQLITE_CODES = {3: NOT_WRITABLE, 5: IN_USE, 6: IN_USE, 8: NOT_WRITABLE, 10: IO_ERROR,
                11: DAMAGED, 13: DISK_FULL, 14: NOT_WRITABLE, 26: DAMAGED}
OS_CODES = {errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EACCES: NOT_WRITABLE,
            errno.EPERM: NOT_WRITABLE, errno.EROFS: NOT_WRITABLE, errno.ENOENT: NOT_WRITABLE,
            errno.ENOTDIR: NOT_WRITABLE, errno.EEXIST: NOT_WRITABLE, errno.EIO: IO_ERROR}


def classify(error: BaseException, path: Path) -> DatabaseProblem | None:
    """Map a sqlite or OS error to a known problem by its code, or None when it is a bug.

    Codes, not message text, decide (as qutebrowser's sqlite layer does): a path that
    happens to contain "locked" must not read as a locked file.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in SQLITE_CODES:
        return DatabaseProblem(SQLITE_CODES[code & 0xFF], path=path)
    if isinstance(error, OSError) and error.errno in OS_CODES:
        return DatabaseProblem(OS_CODES[error.errno], path=error.filename or path)
    if isinstance(error, sqlite3.DatabaseError) and code is None:
        return DatabaseProblem(DAMAGED, path=path)  # raised by our own checks
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

    A new file is created with the current schema when `create` is true. A backup is
    taken before an upgrade (refusing the upgrade when it cannot be taken), when the
    file changed since its newest backup, and on close when this opening wrote
    something; a backup that fails otherwise is a warning (`database.warnings`),
    never a reason to stop work on the database itself.
    """
    path = Path(path).expanduser().resolve()
    backup_dir = backup_dir or default_backup_dir()
    if is_network_path(path):
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "Database", "{path} is on a network drive, where the database could be damaged. "
            "Copy it to this computer's disk and open it from there."), path=path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "Database", "There is no database file at {path}."), path=path)
    database = None
    try:
        if exists:
            quick_check(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        database = Database(path, user=user)
        current = migrate.current_revision(database.engine)  # connects: the file exists now
        files.make_private(path, f"{path}-wal", f"{path}-shm")
        if exists and current is None:
            raise sqlite3.DatabaseError("not a database: no schema version")
        if current is not None and current not in migrate.known_revisions(database.engine):
            raise DatabaseProblem(QT_TRANSLATE_NOOP(
                "Database", "{path} was saved by a newer version of Conservation Desk. "
                "Install the newer version to open it."), path=path)
        upgrading = current != migrate.head_revision(database.engine)
        if exists and (upgrading or changed_since_last_backup(path, backup_dir)):
            problem = take_backup(path, backup_dir)
            if problem is not None:
                if upgrading:
                    raise problem
                database.warnings.append(problem)
        if upgrading:
            migrate.upgrade(database.engine)
        database.wrote = False
        database.backup_dir = backup_dir
        database.on_close_after_write = lambda db: take_backup(db.path, backup_dir)
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


def changed_since_last_backup(path: Path, backup_dir: Path) -> bool:
    """True when the file (or what a killed program left in its write-ahead log) is newer
    than its newest backup."""
    newest = backups_of(backup_dir, path.stem)
    if not newest:
        return True
    logs = [p for p in (path, Path(f"{path}-wal")) if p.exists() and p.stat().st_size > 0]
    return max(p.stat().st_mtime for p in logs) > newest[0].path.stat().st_mtime


def backup_before_risky_work(database: Database) -> DatabaseProblem | None:
    """A backup before an import, a restore or the renewal of a whole community; a failure
    is returned (to be shown as a warning), the work itself goes on."""
    folder = getattr(database, "backup_dir", None)
    if folder is None or not database.path.exists():
        return None
    return take_backup(database.path, folder)


def take_backup(path: Path, backup_dir: Path) -> DatabaseProblem | None:
    """Back up `path` into `backup_dir`; a failure is returned as a problem, never raised."""
    try:
        backup_database(path, backup_dir, max_bytes=backup_limit_bytes())
        return None
    except (OSError, sqlite3.Error, BadBackup) as error:
        reason = classify(error, backup_dir)
        return DatabaseProblem(QT_TRANSLATE_NOOP(
            "Database", "No backup could be saved in {folder}: {reason}"),
            folder=backup_dir, reason=reason or str(error))


def is_demo(database: Database) -> bool:
    """True for a file written by the demo generator (it leaves one 'demo' audit entry)."""
    from sqlalchemy import select

    from desktop.db.audit import AuditEntry

    with database.session() as session:
        return session.scalar(select(AuditEntry.id).where(AuditEntry.entity == "demo")
                              .limit(1)) is not None

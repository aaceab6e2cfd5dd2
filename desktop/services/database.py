"""Opening an office's database file safely, and quickly at any size.

Known problems (network drive, locked, corrupt, not a database, disk full,
made by a newer program) become a DatabaseProblem with a message that tells
the user what to do; anything else is a bug and propagates.

The session marker: opening writes a small file beside the database (`office.sqlite-open`,
see `marker_path`) and a clean close removes it (desktop.db.engine.Database.close). A marker
found at opening means the last session was killed (kill -9, a power cut, a crash) or its
closing backup failed: only then does opening run `PRAGMA quick_check` and take the backup
that session owed. The marker is a plain file, not a row, so writing it never touches the
database (a read-only session leaves the file as it was, and no later opening mistakes it
for changed), it is fsync'ed with its folder before work starts (a power cut cannot lose it
while keeping a write), and a killed process cannot remove it. Two programs on one file
share it: the first to close clears it, so a later kill of the other goes unnoticed by the
marker; SQLite's write-ahead log still recovers, only the extra check is skipped. The whole
check (`integrity_check`) is the window's File > Check database…

A central PostgreSQL database (`--db postgresql://…`, see `open_central`) has none of this:
no file, no marker, no quick check and no backups of ours; the server keeps its data safe and
its backups are the DBA's pg_dump (`CENTRAL_BACKUPS` says so when one is asked of us).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop import files
from desktop import config
from desktop.config import default_backup_dir
from desktop.db import migrate
from desktop.db.backup import BadBackup, backup_database, backups_of
from desktop.db.engine import Database, interrupt_when, is_interrupt, raw_connection
from desktop.db.location import DatabaseUrl, database_location, is_network_path
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.common import Cancelled
from desktop.services.edits import CheckedSession
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

NEWER = QT_TRANSLATE_NOOP("Database", "{path} was saved by a newer version of Conservation "
                                      "Desk. Install the newer version to open it.")
CANNOT_REACH = QT_TRANSLATE_NOOP("Database", "The central database {path} cannot be reached: "
                                             "{reason}")
NOT_OURS = QT_TRANSLATE_NOOP("Database", "{path} is not a Conservation Desk database (it has "
                                         "other tables). Give an empty database or ours.")
NO_CENTRAL = QT_TRANSLATE_NOOP("Database", "The database {path} is empty. Prepare it first "
                                           "with: conservation-desk init --db URL")
ALREADY_OURS = QT_TRANSLATE_NOOP("Database", "{path} already holds a Conservation Desk database.")
CENTRAL_BACKUPS = QT_TRANSLATE_NOOP(
    "Database", "{path} is a central PostgreSQL database: its backups are made on the server "
    "with pg_dump and restored with pg_restore by whoever runs it, not by this program.")
#: PostgreSQL's error codes (SQLSTATE) that a user can act on.
POSTGRES_CODES = {"53100": DISK_FULL, "55P03": IN_USE, "42501": NOT_WRITABLE}

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
    if type(error).__module__.startswith("psycopg"):
        return _classify_postgres(error, path)
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in SQLITE_CODES:
        return DatabaseProblem(SQLITE_CODES[code & 0xFF], path=path)
    if isinstance(error, OSError) and error.errno in OS_CODES:
        return DatabaseProblem(OS_CODES[error.errno], path=error.filename or path)
    if isinstance(error, sqlite3.DatabaseError) and code is None:
        return DatabaseProblem(DAMAGED, path=path)  # raised by our own checks
    return None


def _classify_postgres(error: BaseException, path) -> DatabaseProblem | None:
    shown = getattr(path, "shown", path)
    code = getattr(error, "sqlstate", None)
    if code in POSTGRES_CODES:
        return DatabaseProblem(POSTGRES_CODES[code], path=shown)
    if type(error).__name__ == "OperationalError" or (code or "").startswith(("08", "28", "3D")):
        reason = (str(error).strip().splitlines() or [""])[0]
        return DatabaseProblem(CANNOT_REACH, path=shown, reason=reason)
    return None


def quick_check(path: Path) -> None:
    connection = raw_connection(path)
    try:
        result = connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()
    if result != [("ok",)]:
        raise sqlite3.DatabaseError("database disk image is malformed: " + str(result[:3]))


#: How many problems integrity_check reports at most (SQLite's own default is 100).
CHECK_LIMIT = 100


@contextmanager
def stoppable_session(database: Database, stop: Callable[[], bool]) -> Iterator[Session]:
    """A session whose statements `stop()` turning true interrupts: the interruption comes
    out as Cancelled, a known database failure (locked, damaged, disk full) as its one
    translated DatabaseProblem, anything else as it was."""
    try:
        with database.session() as session, interrupt_when(session, stop):
            yield session
    except Exception as error:
        if is_interrupt(error):
            raise Cancelled() from error
        problem = classify(getattr(error, "orig", None) or error, database.path)
        if problem is None:
            raise
        raise problem from error


def check_integrity(database: Database, stop: Callable[[], bool] = lambda: False) -> list[str]:
    """SQLite's whole check of the open file (every page, index and constraint): [] when it
    is sound, else what it found. `stop()` turning true interrupts it (Cancelled). A central
    database is the server's to check: [] once it answers."""
    if database.is_central:
        with stoppable_session(database, stop) as session:
            session.execute(select(1))
        return []
    with stoppable_session(database, stop) as session:
        rows = session.connection().exec_driver_sql(
            f"PRAGMA integrity_check({CHECK_LIMIT})").fetchall()
        foreign = session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    found = [row[0] for row in rows if row[0] != "ok"]
    found += [f"foreign key: {row[0]} row {row[1]} -> {row[2]}" for row in foreign[:CHECK_LIMIT]]
    return found


def marker_path(path: Path) -> Path:
    """The session marker of the database at `path` (see the module's docstring)."""
    return Path(f"{path}-open")


def write_marker(marker: Path) -> None:
    """Create the marker durably: the file and its folder are synced before work starts."""
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix":  # a folder cannot be opened for syncing on Windows
        folder = os.open(marker.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def open_database(path: Path | str, backup_dir: Path | None = None, create: bool = True,
                  user: str = "") -> Database:
    """Check, back up and upgrade the file at `path`, then open it.

    A new file is created with the current schema when `create` is true. The file is
    checked (`quick_check`) only when the last session did not close cleanly (its marker
    is still there, see the module's docstring). A backup is taken before an upgrade
    (refusing the upgrade when it cannot be taken), when the last session did not close
    cleanly and the file changed since its newest backup (what it wrote was never backed
    up), and on close when this opening wrote something; an opening that only reads copies
    nothing. A backup that fails otherwise is a warning (`database.warnings`), never a
    reason to stop work on the database itself.
    """
    if isinstance(database_location(path), DatabaseUrl):
        return open_central(database_location(path), create, user)
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
    marker = marker_path(path)
    try:
        unclean = exists and marker.exists()
        if unclean:
            quick_check(path)
        elif not exists:
            path.parent.mkdir(parents=True, exist_ok=True)
        database = Database(path, user=user, session_class=CheckedSession)
        current = migrate.current_revision(database.engine)  # connects: the file exists now
        files.make_private(path, f"{path}-wal", f"{path}-shm")
        if exists and current is None:
            raise sqlite3.DatabaseError("not a database: no schema version")
        if current is not None and current not in migrate.known_revisions(database.engine):
            raise DatabaseProblem(NEWER, path=path)
        upgrading = current != migrate.head_revision(database.engine)
        if exists and (upgrading or (unclean and changed_since_last_backup(path, backup_dir))):
            problem = take_backup(path, backup_dir)
            if problem is not None:
                if upgrading:
                    raise problem
                database.warnings.append(problem)
        write_marker(marker)  # from here on, a kill leaves it for the next opening to see
        database.marker = marker
        if upgrading:
            upgrade(database, path)
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


def open_central(url: DatabaseUrl, create: bool = True, user: str = "",
                 empty_only: bool = False) -> Database:
    """Open a central PostgreSQL database, bringing it to this version's schema. An empty
    database gets the schema when `create` is true (only an empty one with `empty_only`);
    no marker, no backups (the DBA's)."""
    database = Database(url, user=user, session_class=CheckedSession)
    try:
        current = migrate.current_revision(database.engine)
        if empty_only and current is not None:
            raise DatabaseProblem(ALREADY_OURS, path=url.shown)
        if current is None:
            with database.engine.connect() as connection:
                tables = inspect(connection).get_table_names()
            if tables:
                raise DatabaseProblem(NOT_OURS, path=url.shown)
            if not create:
                raise DatabaseProblem(NO_CENTRAL, path=url.shown)
        elif current not in migrate.known_revisions(database.engine):
            raise DatabaseProblem(NEWER, path=url.shown)
        if current != migrate.head_revision(database.engine):
            upgrade(database, url.shown)
        database.wrote = False
        return database
    except Exception as error:
        database.close()
        if isinstance(error, DatabaseProblem):
            raise
        problem = classify(getattr(error, "orig", None) or error, url)
        if problem is None:
            raise
        raise problem from error


def upgrade(database: Database, path: Path) -> None:
    """Bring the file to this version's schema in one transaction. A failure the user can
    act on (disk full, locked) is told as such; any other (a file whose tables do not match
    its version) leaves the file as it was and says so in one line, its frames kept in the
    private error log for support."""
    import sys

    try:
        migrate.upgrade(database.engine)
    except Exception as error:  # noqa: BLE001 - classified below, never shown raw
        if classify(getattr(error, "orig", None) or error, path) is not None:
            raise
        files.append_private(config.data_dir() / "error.log",
                             files.private_traceback(*sys.exc_info()) + "\n")
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "Database", "{path} could not be brought up to this version's format; it was "
            "left as it was (a backup was saved first). Tell whoever supports the "
            "programme and send them the error log."), path=path) from error


def changed_since_last_backup(path: Path, backup_dir: Path) -> bool:
    """True when the file (or what a killed program left in its write-ahead log) is newer
    than its newest backup."""
    newest = backups_of(backup_dir, path.stem)
    if not newest:
        return True
    logs = [p for p in (path, Path(f"{path}-wal")) if p.exists() and p.stat().st_size > 0]
    return max(p.stat().st_mtime for p in logs) > newest[0].path.stat().st_mtime


def refuse_central(location) -> None:
    """Backups and restores are for files: for a central database, say whose work they are."""
    if isinstance(location, DatabaseUrl):
        raise DatabaseProblem(CENTRAL_BACKUPS, path=location.shown)


def backup_before_risky_work(database: Database) -> DatabaseProblem | None:
    """A backup before an import, a restore or the renewal of a whole community; a failure
    is returned (to be shown as a warning), the work itself goes on."""
    folder = getattr(database, "backup_dir", None)
    if folder is None or database.is_central or not database.path.exists():
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

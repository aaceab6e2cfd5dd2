"""Opening a database: a file (pragmas on every connection, statistics for the planner on
close, the session marker that tells a clean close from a kill) or a central PostgreSQL server
named by a `postgresql://` address (desktop.db.postgres), and a way to stop a long read."""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

import desktop.db.hooks  # noqa: F401  (registers the audit and search hooks)
import desktop.db.tracking  # noqa: F401  (registers the change tracking of sync)
import desktop.db.models  # noqa: F401  (every mapper known before the first query)
from desktop.db import postgres
from desktop.db.location import DatabaseUrl, database_location
from desktop.textnorm import fold

BUSY_TIMEOUT_MS = 10_000
#: Rows ANALYZE reads per index when PRAGMA optimize decides a table needs statistics
#: (SQLite's documented advice for optimize on close is a few hundred): it keeps closing a
#: 1 GB file cheap while giving the planner the sizes it guesses wrong without them.
ANALYSIS_LIMIT = 400
#: How many SQLite virtual-machine steps pass between two looks at a reader's stop flag.
INTERRUPT_EVERY = 20_000


def _on_connect(dbapi_connection, connection_record) -> None:
    dbapi_connection.create_function("fold", 1, fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _optimize_on_close(dbapi_connection, connection_record) -> None:
    # SQLite's advice: run PRAGMA optimize just before closing each connection, on that
    # connection (it knows which tables its queries used). Bounded by ANALYSIS_LIMIT; a
    # read-only or busy file simply goes without.
    try:
        dbapi_connection.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        dbapi_connection.execute("PRAGMA optimize")
    except sqlite3.Error:
        pass


def _driver_transactions_off(dbapi_connection, connection_record) -> None:
    # Python's sqlite3 begins transactions only before INSERT/UPDATE/DELETE and commits
    # DDL on its own; with its handling off, every statement runs in our own BEGIN.
    dbapi_connection.isolation_level = None


def _begin_immediate(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path | str, transactional_ddl: bool = False) -> Engine:
    """An engine for a file (see make_file_engine) or for a `postgresql://` address (where
    DDL is transactional anyway: one connection per thread from a small pool)."""
    location = database_location(path)
    if isinstance(location, DatabaseUrl):
        return postgres.make_engine(location.sqlalchemy_url)
    return make_file_engine(location, transactional_ddl)


def make_file_engine(path: Path | str, transactional_ddl: bool = False) -> Engine:
    """An engine whose every connection has foreign keys, WAL, synchronous=FULL and a timeout.

    With `transactional_ddl`, CREATE/ALTER/DROP roll back with the rest of a transaction
    (SQLAlchemy's documented pysqlite recipe): schema upgrades use it, so a kill during an
    upgrade leaves the old schema or the new one, never a mix. It takes the write lock at
    BEGIN, so it is kept for upgrades rather than for every reading session.
    """
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "close", _optimize_on_close)
    if transactional_ddl:
        event.listen(engine, "connect", _driver_transactions_off)
        event.listen(engine, "begin", _begin_immediate)
    return engine


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class Database:
    """An open database (a file, or a central server when `path` is a DatabaseUrl): its engine
    and a session factory. `is_central` tells the second: no file, no backups of ours (the
    server's are the DBA's pg_dump), no session marker.

    `wrote` turns true once any statement changed data, so closing can take a backup
    only when something changed (read-only commands never push out older backups).

    `marker`, when the opener sets it, is the session marker beside the file
    (desktop.services.database): closing removes it once the close did all it had to do,
    so a marker found at the next opening means this session was killed or failed.
    """

    def __init__(self, path: Path | str, user: str = "", session_class: type = Session):
        self.path = database_location(path)
        self.is_central = isinstance(self.path, DatabaseUrl)
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, class_=session_class, expire_on_commit=False)
        self.user = user
        #: The signed-in user (desktop.services.people.Actor) every session carries; None
        #: on a single-user database (or before signing in, when everything is refused).
        self.actor = None
        self.wrote = False
        #: Called once with this database when it closes after a write (set by the opener).
        self.on_close_after_write = None
        #: Problems the user should hear about that did not stop the opening (a failed backup).
        self.warnings: list = []
        #: The session marker to remove on a clean close (set by the opener), or None.
        self.marker: Path | None = None
        event.listen(self.engine, "after_cursor_execute", self._note_write)

    def _note_write(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if not self.wrote and statement.lstrip()[:7].upper().startswith(WRITES):
            self.wrote = True

    def session(self) -> Session:
        session = self._sessions()
        session.info["user"] = self.actor.name if self.actor is not None else self.user
        session.info["actor"] = self.actor
        return session

    def close(self) -> None:
        """Close every connection (each runs PRAGMA optimize as it goes), take the backup a
        write calls for, and remove the session marker; a backup that failed keeps the
        marker, so the next opening checks the file and tries the backup again."""
        self.engine.dispose()
        owed = False
        if self.wrote and self.on_close_after_write is not None:
            self.wrote = False
            owed = self.on_close_after_write(self) is not None
        if self.marker is not None and not owed:
            try:
                self.marker.unlink(missing_ok=True)
            except OSError:
                pass  # the next opening runs a quick check it did not need: no harm
            self.marker = None


@contextmanager
def interrupt_when(session: Session, stop: Callable[[], bool]) -> Iterator[Session]:
    """While inside, a statement of `session` that runs when `stop()` turns true fails at once
    with sqlite3.OperationalError ("interrupted"), so a reader off the GUI thread can be
    stopped mid-query (a page closed, the database swapped). See `is_interrupt`."""
    raw = session.connection().connection.dbapi_connection
    if session.bind.dialect.name == "postgresql":
        with postgres.cancel_when(raw, stop):
            yield session
        return
    raw.set_progress_handler(lambda: 1 if stop() else 0, INTERRUPT_EVERY)
    try:
        yield session
    finally:
        raw.set_progress_handler(None, INTERRUPT_EVERY)


def throttled(ask: Callable[[], bool], seconds: float = 0.1) -> Callable[[], bool]:
    """`ask()` at most once every `seconds`, its last answer in between: a stop flag that is
    cheap to poll from `interrupt_when`'s handler (e.g. an operation's progress callback)."""
    state = {"at": 0.0, "answer": False}

    def polled() -> bool:
        now = time.monotonic()
        if now - state["at"] >= seconds:
            state["at"], state["answer"] = now, ask()
        return state["answer"]

    return polled


def is_interrupt(error: BaseException) -> bool:
    """True for the error `interrupt_when` makes a stopped statement raise."""
    error = getattr(error, "orig", None) or error
    if postgres.is_cancel(error):
        return True
    return isinstance(error, sqlite3.OperationalError) and (
        getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT
        or str(error) == "interrupted")


def raw_connection(path: Path | str) -> sqlite3.Connection:
    """A plain sqlite3 connection for checks that must not go through SQLAlchemy."""
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)

"""Opening a database file: pragmas on every connection, backup, integrity check, migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

import desktop.db.hooks  # noqa: F401  (registers the audit and search hooks)
import desktop.db.models  # noqa: F401  (every mapper known before the first query)
from desktop.textnorm import fold

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection, connection_record) -> None:
    dbapi_connection.create_function("fold", 1, fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _driver_transactions_off(dbapi_connection, connection_record) -> None:
    # Python's sqlite3 begins transactions only before INSERT/UPDATE/DELETE and commits
    # DDL on its own; with its handling off, every statement runs in our own BEGIN.
    dbapi_connection.isolation_level = None


def _begin_immediate(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path | str, transactional_ddl: bool = False) -> Engine:
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
    if transactional_ddl:
        event.listen(engine, "connect", _driver_transactions_off)
        event.listen(engine, "begin", _begin_immediate)
    return engine


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class Database:
    """An open database file: its engine and a session factory.

    `wrote` turns true once any statement changed data, so closing can take a backup
    only when something changed (read-only commands never push out older backups).
    """

    def __init__(self, path: Path | str, user: str = ""):
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.user = user
        self.wrote = False
        #: Called once with this database when it closes after a write (set by the opener).
        self.on_close_after_write = None
        #: Problems the user should hear about that did not stop the opening (a failed backup).
        self.warnings: list = []
        event.listen(self.engine, "after_cursor_execute", self._note_write)

    def _note_write(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if not self.wrote and statement.lstrip()[:7].upper().startswith(WRITES):
            self.wrote = True

    def session(self) -> Session:
        session = self._sessions()
        session.info["user"] = self.user
        return session

    def close(self) -> None:
        self.engine.dispose()
        if self.wrote and self.on_close_after_write is not None:
            self.wrote = False
            self.on_close_after_write(self)


def raw_connection(path: Path | str) -> sqlite3.Connection:
    """A plain sqlite3 connection for checks that must not go through SQLAlchemy."""
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)

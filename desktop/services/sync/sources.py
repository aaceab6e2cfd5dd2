"""Where a new laptop's clone (clone.py) reads the centre, and how it writes each table.

`File`: a centre in a file, attached to the laptop's connection and copied by SQLite itself
(INSERT … SELECT); a table laid out alike on both sides goes record by record, its indexes
with it. `Server`: a PostgreSQL centre read through server-side cursors in binary, in the
order of the laptop's primary key, a thread fetching the next batch while the laptop writes
the one before. Both read the part of a laptop limited to some communities (scope.py), and
tell progress within a table so Cancel is looked at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from queue import Full, Queue
from threading import Event, Thread

from sqlalchemy import Boolean, Date, DateTime, Integer
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.db.agreement import agreement_plots
from desktop.services.sync import scope, state
from desktop.services.sync.tables import TABLES, carried

#: Rows written at a time from a PostgreSQL centre.
BATCH = 5_000
#: Batches read ahead of the laptop's writing (about 5 MB each).
AHEAD = 16
#: SQLite's stored form of SQLAlchemy's DateTime and Date, written by PostgreSQL's to_char.
PG_TEXT = {DateTime: "YYYY-MM-DD HH24:MI:SS.US", Date: "YYYY-MM-DD"}
#: SQLite virtual-machine steps between two looks at Cancel while a statement copies a table.
STEPS = 100_000
#: The centre's file, attached to the laptop's connection.
ATTACHED = "centre"

_SYNCED = {table.name for table in TABLES}
#: The laptop's tables a clone fills, each after those it refers to.
TARGETS = [*TABLES, agreement_plots]

#: guard(work): runs `work` (a read on the centre) and turns its errors into the centre's.
Guard = Callable[[Callable], object]
#: told(rows): how many rows of the table being copied are in (raises Cancelled to stop).
Told = Callable[[int], None]


class File:
    """A centre in a file, attached to the laptop's connection `raw` and copied by SQLite."""

    def __init__(self, raw, there: Session, guard: Guard, ids: list[str]):
        self.raw, self.ids = raw, ids
        self.path = str(there.get_bind().url.database)
        self.same: set[str] = set()
        self.attached = False

    def open(self) -> None:
        self.raw.execute(f"ATTACH DATABASE ? AS {ATTACHED}", (self.path,))
        self.attached = True
        if not self.ids:
            self.same = {t.name for t in TARGETS if layout(self.raw, "main", t.name)
                         == layout(self.raw, ATTACHED, t.name)}

    def counter(self) -> str:
        found = self.raw.execute(f"SELECT value FROM {ATTACHED}.sync_state WHERE key = "
                                 "'counter'").fetchone()
        return found[0] if found else "0"

    def count(self, table) -> int:
        where = scope.where(table.name, self.ids, f"{ATTACHED}.", sqlite=True)
        return self.raw.execute(f'SELECT count(*) FROM {ATTACHED}."{table.name}" AS '
                                f'"{table.name}"' + (f" WHERE {where}" if where else "")
                                ).fetchone()[0]

    def whole(self, table: str) -> bool:
        """Whether `table` is copied record by record (its indexes with it)."""
        return table in self.same

    def start(self) -> None:
        pass

    def copy(self, table, told: Told) -> int:
        name = table.name
        if self.whole(name):  # SQLite's transfer optimisation: no column list, no WHERE
            statement = f'INSERT INTO main."{name}" SELECT * FROM {ATTACHED}."{name}"'
        else:
            where = scope.where(name, self.ids, f"{ATTACHED}.", sqlite=True)
            columns = ", ".join(f'"{column}"' for column in _columns(table))
            statement = (f'INSERT INTO main."{name}" ({columns}) '
                         + _select(table, False, f"{ATTACHED}.")
                         + (f" WHERE {where}" if where else ""))
        copied = watched(self.raw, lambda: self.raw.execute(statement).rowcount, told)
        if self.whole(name):
            if "usn" in table.c:
                self.raw.execute(f'UPDATE main."{name}" SET usn = 0 WHERE usn < 0')
            if "base_version" in table.c:
                watched(self.raw, lambda: self.raw.execute(
                    f'UPDATE main."{name}" SET base_version = version '
                    "WHERE base_version <> version"), told)
        return copied

    def close(self) -> None:
        if self.attached:
            self.raw.execute(f"DETACH DATABASE {ATTACHED}")


def layout(raw, schema: str, table: str) -> list:
    """The table's and its indexes' definitions in `schema` (the same on both sides lets
    SQLite copy records as they are: the same columns in the same order)."""
    return sorted(raw.execute(f"SELECT type, name, coalesce(sql, '') FROM {schema}.sqlite_master "
                              "WHERE tbl_name = ? AND type IN ('table', 'index')", (table,)))


def watched(raw, work: Callable, told: Told):
    """Run `work` (one long statement on `raw`), telling progress every STEPS steps of
    SQLite's machine (so Cancel is looked at) and stopping the statement when told to."""
    stopped: list[BaseException] = []

    def look() -> int:
        try:
            told(0)
        except BaseException as error:  # Cancelled: SQLite stops the statement
            stopped.append(error)
            return 1
        return 0

    raw.set_progress_handler(look, STEPS)
    try:
        return work()
    except sqlite3.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


class Server:
    """A PostgreSQL centre, read in one snapshot through server-side cursors (binary)."""

    def __init__(self, raw, there: Session, guard: Guard, ids: list[str]):
        self.raw, self.there, self.guard, self.ids = raw, there, guard, ids
        self.source = self.reader = None

    def open(self) -> None:
        def snapshot():
            self.there.commit()
            connection = self.there.connection(
                execution_options={"isolation_level": "REPEATABLE READ"})
            return connection.connection.dbapi_connection
        self.source = self.guard(snapshot)

    def counter(self) -> str:
        return self.guard(lambda: state.get(self.there, "counter", "0"))

    def count(self, table) -> int:
        where = scope.where(table.name, self.ids)
        return self._driver(lambda: self._one(f'SELECT count(*) FROM "{table.name}"'
                                              + (f" WHERE {where}" if where else "")))

    def _one(self, statement: str):
        with self.source.cursor() as cursor:
            cursor.execute(statement)
            return cursor.fetchone()[0]

    def _driver(self, work: Callable):
        """guard(work) for work on the driver's own connection: its errors are given to the
        guard as SQLAlchemy's would be (a connection lost: the centre cannot be reached)."""
        def wrapped():
            dbapi = self.there.get_bind().dialect.loaded_dbapi
            try:
                return work()
            except dbapi.Error as error:
                lost = bool(self.source.closed or getattr(self.source, "broken", False))
                raise DBAPIError.instance(None, None, error, dbapi.Error,
                                          connection_invalidated=lost) from error
        return self.guard(wrapped)

    @staticmethod
    def whole(table: str) -> bool:
        return False

    def start(self) -> None:
        """From now on a thread reads the tables, in order, ahead of the laptop's writing."""
        plan = []
        for table in TARGETS:
            where = scope.where(table.name, self.ids)
            order = ", ".join(f'"{column.name}" COLLATE "C"' for column in table.primary_key)
            plan.append((table.name, _select(table, True) + (f" WHERE {where}" if where else "")
                         + f" ORDER BY {order}"))  # the laptop's primary key grows at its end
        self.reader = _Reader(self.source, plan)
        self.reader.thread.start()

    def copy(self, table, told: Told) -> int:
        statement = insert(table)
        done = 0
        while batch := self._driver(lambda: self.reader.next(table.name)):
            self.raw.executemany(statement, batch)
            done += len(batch)
            told(done)
        return done

    def close(self) -> None:
        if self.reader is not None:
            self.reader.stop()


class _Reader:
    """The centre's tables read by a thread, table after table, through server-side cursors
    in one snapshot, a few batches ahead of the laptop's writing: the server's work and
    SQLite's (which lets go of the GIL) overlap, also while the laptop builds a table's
    indexes."""

    def __init__(self, connection, plan: list[tuple[str, str]]):
        self.connection, self.plan = connection, plan
        self.queue: Queue = Queue(maxsize=AHEAD)
        self.stopping = Event()
        self.thread = Thread(target=self._read, name="clone-reader", daemon=True)

    def next(self, table: str) -> list:
        """The next batch of `table` ([] at its end); the reader's error raised here."""
        item = self.queue.get()
        if isinstance(item, BaseException):
            raise item
        name, batch = item
        if name != table:
            raise RuntimeError(f"clone: {name} read where {table} was expected")
        return batch

    def stop(self) -> None:
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join()

    def _read(self) -> None:
        try:
            for name, query in self.plan:
                with self.connection.cursor(name=f"clone_{name}", binary=True) as cursor:
                    cursor.execute(query)
                    while not self.stopping.is_set():
                        batch = cursor.fetchmany(BATCH)
                        self._put((name, batch))
                        if not batch:
                            break
                if self.stopping.is_set():
                    return
        except BaseException as error:  # given to the writer, which raises it
            self._put(error)

    def _put(self, item) -> None:
        while not self.stopping.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return
            except Full:
                continue


def _columns(table) -> list[str]:
    """The laptop's columns of `table`, in the order _select reads them."""
    names = [column.name for column in _read_columns(table)]
    if "usn" in table.c:
        names.append("usn")
    if "base_version" in table.c:
        names.append("base_version")
    return names


def _read_columns(table) -> list:
    """The columns read from the centre (the sync bookkeeping is the laptop's own)."""
    return carried(table) if table.name in _SYNCED else list(table.columns)


def insert(table) -> str:
    names = _columns(table)
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    return f'INSERT INTO main."{table.name}" ({quoted}) VALUES ({marks})'


def _select(table, postgres: bool, prefix: str = "") -> str:
    shown = [_read(column, postgres) for column in _read_columns(table)]
    cast = "::int8" if postgres else ""
    if "usn" in table.c:
        shown.append(f"(CASE WHEN usn < 0 THEN 0 ELSE usn END){cast}")
    if "base_version" in table.c:
        shown.append(f"version{cast}")
    return f'SELECT {", ".join(shown)} FROM {prefix}"{table.name}" AS "{table.name}"'


def _kind(column):
    kind = column.type
    return getattr(kind, "impl", kind)


def _read(column, postgres: bool) -> str:
    """How the centre reads `column` in SQLite's stored form (on PostgreSQL, as int8 or text:
    types the binary cursor turns into Python's at once)."""
    name = f'"{column.name}"'
    if not postgres:
        return name  # the same stored form on both sides
    kind = _kind(column)
    for type_, pattern in PG_TEXT.items():
        if isinstance(kind, type_):
            return f"to_char({name}, '{pattern}')"
    if isinstance(kind, Boolean):
        return f"{name}::int::int8"
    return f"{name}::int8" if isinstance(kind, Integer) else f"{name}::text"

"""A new laptop's first sync: the centre's content copied in bulk, with no package.

An empty laptop (no row in any synced table) has nothing to send and everything to receive.
Instead of a reply of millions of rows held in memory, its first sync copies each table of
the centre (or, for a laptop limited to some communities, their part: scope.py) straight
into the laptop's file, with no Python object per row, so memory stays flat whatever the
size of the programme:

* a centre in a file is attached to the laptop's connection and each table copied by one
  INSERT … SELECT inside SQLite; a table laid out the same on both sides (the same columns,
  constraints and indexes: files made by the same migrations) is copied record by record,
  its indexes with it, already in order (SQLite's transfer optimisation); the few rows the
  centre has not numbered yet and the versions the next changes are based on are set after;
* a PostgreSQL centre sends each table with COPY … TO STDOUT in binary, the server itself
  turning each value into SQLite's stored form (times and dates as text, booleans as
  integers) while the laptop writes the rows it already has (executemany);
* the centre is read in one snapshot (a REPEATABLE READ transaction on PostgreSQL, one read
  transaction on a file); the laptop writes in one transaction, the indexes of the tables
  it fills row by row and the families' search index set aside and built once at the end;
  foreign keys are not looked up row by row (the centre's snapshot is consistent); while it
  runs the file keeps a rollback journal when it can (the pages written are new: WAL would
  write them twice, and a rollback journal holds only the few pages the file had before).

Progress is told table by table, and Cancel is looked at while a table is copied. A kill, a
dropped connection or Cancel leaves the laptop as empty as it was. A row the centre changed
since its last exchange and has not numbered yet (usn -1) arrives with number 0: the next
sync brings its number. Each record's version is the one its next change is based on.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from queue import Full, Queue
from threading import Event, Thread
from typing import Callable

from sqlalchemy import Boolean, Date, DateTime, Integer, select
from sqlalchemy.orm import Session

from desktop.db import search_index
from desktop.db.agreement import agreement_plots
from desktop.services.common import Progress, report
from desktop.services.sync import centre, conflicts, scope, state
from desktop.services.sync.package import Package
from desktop.services.sync.tables import AUDIT, TABLES, carried

#: Rows written at a time from a PostgreSQL centre.
BATCH = 5_000
#: SQLite's stored form of SQLAlchemy's DateTime and Date, written by PostgreSQL's to_char.
PG_TEXT = {DateTime: "YYYY-MM-DD HH24:MI:SS.US", Date: "YYYY-MM-DD"}
#: The triggers that keep the families' search index in step row by row (db.search_index).
SEARCH_TRIGGERS = ("families_fts_insert", "families_fts_delete", "families_fts_update")
#: The laptop's page cache while it is filled: a table's primary key (a UUID) and its other
#: unique indexes take rows in no order, and with SQLite's small default cache every row
#: would read and write their pages again (22 GB written for a 2 GB clone, measured); this
#: holds them at 100,000 families and 1,000,000 deliveries (pages the process takes only
#: while it clones).
CACHE_KIB = 524_288
#: Rows the planner's statistics read per index once the copy is in (as on close).
ANALYSIS_LIMIT = 400
#: SQLite virtual-machine steps between two looks at Cancel while a statement copies a table.
STEPS = 100_000
#: The centre's file, attached to the laptop's connection.
ATTACHED = "centre"

_SYNCED = {table.name for table in TABLES}
#: The laptop's tables the clone fills.
_TARGETS = [*TABLES, agreement_plots]

#: guard(work): runs `work` (a read on the centre) and turns its errors into the centre's.
Guard = Callable[[Callable], object]


@dataclass(frozen=True)
class Copied:
    rows: int
    #: The centre's counter in the snapshot: the laptop has seen everything up to it.
    usn: int
    #: This laptop's office's changes waiting as conflicts at the centre.
    waiting: int


def wanted(session: Session) -> bool:
    """Whether this laptop's next sync is its clone: it has seen nothing of the centre and
    holds no record (its own audit entries aside)."""
    if int(state.get(session, "last_usn", "0") or 0):
        return False
    for table in TABLES:
        if table.name != AUDIT and session.execute(select(table.c.id).limit(1)).first():
            return False
    return True


def number_centre(there: Session, package: Package) -> None:
    """On the centre: check that it may answer the laptop that sent `package` (its own audit
    entries: it holds no record), take those in and number the changes made there since its
    last exchange (committed)."""
    try:
        state.become_centre(there, package.office)
        if centre.already_taken(there, package.id):
            state.stamp(there, TABLES, state.next_usn(there))
        else:
            centre.take_changes(there, package, {})
        there.commit()
    except BaseException:
        there.rollback()
        raise


def copy(there: Session, here: Session, sent: Package, progress: Progress | None = None,
         guard: Guard | None = None, starting: Callable[[int], None] | None = None,
         communities: list[str] | None = None) -> Copied:
    """Copy the centre's content (session `there`), or the part of `communities` (ids), into
    this empty laptop (session `here`) that sent the centre `sent` (number_centre); committed
    here with the laptop's limit, nothing written there. The audit entries sent come back
    with the centre's numbers. `starting(rows)` is called once the rows to copy are
    counted."""
    guard = guard or (lambda work: work())
    ids = scope.checked(communities)
    postgres = there.get_bind().dialect.name == "postgresql"
    here.commit()  # nothing open here: the journal mode may change
    raw = here.connection().connection.dbapi_connection
    journal = raw.execute("PRAGMA main.journal_mode").fetchone()[0]
    cache = raw.execute("PRAGMA main.cache_size").fetchone()[0]
    raw.execute("PRAGMA main.journal_mode = DELETE")  # refused (WAL stays) while others read
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(f"PRAGMA main.cache_size = -{CACHE_KIB}")
    source = (_Server if postgres else _File)(raw, there, guard, ids)
    try:
        source.open()
        raw.execute("BEGIN")
        mine = [(row["f"]["id"],) for row in sent.rows if row["t"] == AUDIT]
        raw.executemany("DELETE FROM main.audit_entries WHERE id = ? AND usn = -1", mine)
        usn = int(source.counter() or 0)
        waiting = guard(lambda: conflicts.waiting(there, sent.office))
        total = sum(source.count(table) for table in TABLES)
        if starting is not None:
            starting(total)
        report(progress, 0, total)
        objects = _set_aside(raw, [t.name for t in _TARGETS if not source.whole(t.name)])
        done = 0

        def told(rows_of_table: int) -> None:  # within a table: Cancel looked at
            report(progress, done + rows_of_table, total)
        for table in _TARGETS:
            copied = source.copy(table, told)
            done += copied if table.name in _SYNCED else 0
            report(progress, done, total)
        _restore(raw, objects)
        raw.execute(f"PRAGMA main.analysis_limit = {ANALYSIS_LIMIT}")
        raw.execute("ANALYZE main")
        state.put(here, "last_usn", usn)
        state.put(here, "conflicts_at_centre", waiting)
        scope.keep(here, ids)
        here.commit()
    except BaseException:
        here.rollback()
        raise
    finally:
        there.rollback()  # the snapshot ends; nothing was written there
        source.close()
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute(f"PRAGMA main.cache_size = {int(cache)}")
        raw.execute(f"PRAGMA main.journal_mode = {journal}")
    return Copied(done, usn, waiting)


class _File:
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
            self.same = {t.name for t in _TARGETS if _layout(self.raw, "main", t.name)
                         == _layout(self.raw, ATTACHED, t.name)}

    def counter(self) -> str:
        found = self.raw.execute(f"SELECT value FROM {ATTACHED}.sync_state WHERE key = "
                                 "'counter'").fetchone()
        return found[0] if found else "0"

    def count(self, table) -> int:
        where = scope.where(table.name, self.ids, f"{ATTACHED}.")
        return self.raw.execute(f'SELECT count(*) FROM {ATTACHED}."{table.name}" AS '
                                f'"{table.name}"' + (f" WHERE {where}" if where else "")
                                ).fetchone()[0]

    def whole(self, table: str) -> bool:
        """Whether `table` is copied record by record (its indexes with it)."""
        return table in self.same

    def copy(self, table, told: Callable[[int], None]) -> int:
        name = table.name
        if self.whole(name):  # SQLite's transfer optimisation: no column list, no WHERE
            statement = f'INSERT INTO main."{name}" SELECT * FROM {ATTACHED}."{name}"'
        else:
            where = scope.where(name, self.ids, f"{ATTACHED}.")
            columns = ", ".join(f'"{column}"' for column in _columns(table))
            statement = (f'INSERT INTO main."{name}" ({columns}) '
                         + _select(table, False, f"{ATTACHED}.")
                         + (f" WHERE {where}" if where else ""))
        copied = _watched(self.raw, lambda: self.raw.execute(statement).rowcount, told)
        if self.whole(name):
            if "usn" in table.c:
                self.raw.execute(f'UPDATE main."{name}" SET usn = 0 WHERE usn < 0')
            if "base_version" in table.c:
                _watched(self.raw, lambda: self.raw.execute(
                    f'UPDATE main."{name}" SET base_version = version '
                    "WHERE base_version <> version"), told)
        return copied

    def close(self) -> None:
        if self.attached:
            self.raw.execute(f"DETACH DATABASE {ATTACHED}")


def _layout(raw, schema: str, table: str) -> list:
    """The table's and its indexes' definitions in `schema` (the same on both sides lets
    SQLite copy records as they are: the same columns in the same order)."""
    return sorted(raw.execute(f"SELECT type, name, coalesce(sql, '') FROM {schema}.sqlite_master "
                              "WHERE tbl_name = ? AND type IN ('table', 'index')", (table,)))


def _watched(raw, work: Callable, told: Callable[[int], None]):
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


class _Server:
    """A PostgreSQL centre, read in one snapshot with COPY … TO STDOUT (binary)."""

    def __init__(self, raw, there: Session, guard: Guard, ids: list[str]):
        self.raw, self.there, self.guard, self.ids = raw, there, guard, ids
        self.source = None

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
        return self.guard(lambda: self._one(f'SELECT count(*) FROM "{table.name}"'
                                            + (f" WHERE {where}" if where else "")))

    def _one(self, statement: str):
        with self.source.cursor() as cursor:
            cursor.execute(statement)
            return cursor.fetchone()[0]

    @staticmethod
    def whole(table: str) -> bool:
        return False

    def copy(self, table, told: Callable[[int], None]) -> int:
        where = scope.where(table.name, self.ids)
        order = ", ".join(f'"{column.name}" COLLATE "C"' for column in table.primary_key)
        query = (_select(table, True) + (f" WHERE {where}" if where else "")
                 + f" ORDER BY {order}")  # the laptop's primary key filled in its order
        insert = _insert(table)
        done = 0
        cursor = self.source.cursor(name=f"clone_{table.name}", binary=True)
        try:
            self.guard(lambda: cursor.execute(query))
            with _Reader(cursor) as reader:
                while batch := self.guard(reader.next):
                    self.raw.executemany(insert, batch)
                    done += len(batch)
                    told(done)
        finally:
            cursor.close()
        return done

    def close(self) -> None:
        pass


class _Reader:
    """The batches of a server-side cursor, fetched by a thread while the laptop writes the
    batch before (the server's work and SQLite's, which lets go of the GIL, overlap)."""

    def __init__(self, cursor):
        self.cursor = cursor
        self.queue: Queue = Queue(maxsize=2)
        self.stop = Event()
        self.thread = Thread(target=self._read, name="clone-reader", daemon=True)

    def __enter__(self) -> _Reader:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()

    def next(self) -> list:
        """The next batch ([] at the end); the reader's error raised here."""
        item = self.queue.get()
        if isinstance(item, BaseException):
            raise item
        return item

    def _read(self) -> None:
        try:
            while not self.stop.is_set():
                batch = self.cursor.fetchmany(BATCH)
                self._put(batch)
                if not batch:
                    return
        except BaseException as error:  # given to the writer, which raises it
            self._put(error)

    def _put(self, item) -> None:
        while not self.stop.is_set():
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


def _insert(table) -> str:
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
    """How the centre reads `column` in SQLite's stored form (on PostgreSQL, cast to what
    _pg_type says the binary COPY carries)."""
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


def _set_aside(raw, tables: list[str]) -> list[tuple[str, str]]:
    """Drop the secondary indexes of `tables` (filled row by row) and the search index's
    triggers (inside the transaction: a rollback brings them back); (name, CREATE
    statement) of each."""
    objects = [tuple(row) for row in raw.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' "
        f"AND tbl_name IN ({', '.join('?' * len(tables))})) OR (type = 'trigger' AND name "
        f"IN ({', '.join('?' * len(SEARCH_TRIGGERS))})))", (*tables, *SEARCH_TRIGGERS))]
    for name, sql in objects:
        kind = "TRIGGER" if sql.upper().startswith("CREATE TRIGGER") else "INDEX"
        raw.execute(f'DROP {kind} main."{name}"')
    return objects


def _restore(raw, objects: list[tuple[str, str]]) -> None:
    for _, sql in objects:
        raw.execute(sql)
    raw.execute(f"INSERT INTO main.{search_index.TABLE}({search_index.TABLE}) "
                "VALUES ('rebuild')")

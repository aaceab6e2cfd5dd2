"""A new laptop's first sync: the centre's whole content copied in bulk, with no package.

An empty laptop (no row in any synced table) has nothing to send and everything to receive.
Instead of a reply of millions of rows held in memory, its first sync streams each table of
the centre into the laptop's file, BATCH rows at a time, so memory stays flat whatever the
size of the programme:

* the centre is read in one snapshot (a REPEATABLE READ transaction on PostgreSQL, one read
  transaction on a file) through a server-side cursor; on PostgreSQL the server itself turns
  each value into SQLite's stored form (times and dates as text, booleans as integers), so
  no Python code touches a value on the way;
* the laptop writes with the driver's executemany in one transaction, its secondary indexes
  and the families' search index set aside and built once at the end; foreign keys are not
  looked up row by row (the centre's snapshot is consistent); while it runs the file keeps a
  rollback journal when it can (the pages written are new: WAL would write them twice).

A kill, a dropped connection or Cancel leaves the laptop as empty as it was. A row the centre
changed since its last exchange and has not numbered yet (usn -1) arrives with number 0: the
next sync brings its number. Each record's version is the one its next change is based on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy import Boolean, Date, DateTime, select
from sqlalchemy.orm import Session

from desktop.db import search_index
from desktop.db.agreement import agreement_plots
from desktop.services.common import Progress, report
from desktop.services.sync import centre, conflicts, state
from desktop.services.sync.package import Package
from desktop.services.sync.tables import AUDIT, TABLES, carried

#: Rows read and written at a time.
BATCH = 5_000
#: SQLite's stored form of SQLAlchemy's DateTime and Date, written by PostgreSQL's to_char.
PG_TEXT = {DateTime: "YYYY-MM-DD HH24:MI:SS.US", Date: "YYYY-MM-DD"}
#: The trigger that keeps the families' search index in step row by row (db.search_index).
INSERT_TRIGGER = "families_fts_insert"
#: The laptop's page cache while it is filled: a table's primary key (a UUID) and its other
#: unique indexes take rows in no order, and with SQLite's small default cache every row
#: would read and write their pages again (22 GB written for a 2 GB clone, measured); this
#: holds them at 100,000 families and 1,000,000 deliveries (pages the process takes only
#: while it clones).
CACHE_KIB = 524_288
#: Rows the planner's statistics read per index once the copy is in (as on close).
ANALYSIS_LIMIT = 400

_SYNCED = {table.name for table in TABLES}
#: The laptop's tables the clone fills (their indexes are built once, at the end).
_TARGETS = sorted(_SYNCED | {agreement_plots.name})

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
         guard: Guard | None = None, starting: Callable[[int], None] | None = None) -> Copied:
    """Copy the centre's content (session `there`) into this empty laptop (session `here`)
    that sent the centre `sent` (number_centre); committed here, nothing written there. The
    audit entries sent come back with the centre's numbers. `starting(rows)` is called
    once the rows to copy are counted."""
    guard = guard or (lambda work: work())
    postgres = there.get_bind().dialect.name == "postgresql"
    source = guard(lambda: _snapshot(there, postgres))
    here.commit()  # nothing open here: the journal mode may change
    raw = here.connection().connection.dbapi_connection
    journal = raw.execute("PRAGMA journal_mode").fetchone()[0]
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute("PRAGMA journal_mode = DELETE")  # refused (WAL stays) while others read
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        raw.execute("BEGIN IMMEDIATE")
        usn = int(guard(lambda: state.get(there, "counter", "0")) or 0)
        waiting = guard(lambda: conflicts.waiting(there, sent.office))
        total = guard(lambda: sum(_count(source, table.name) for table in TABLES))
        done = 0
        if starting is not None:
            starting(total)
        report(progress, 0, total)
        objects = _set_aside(raw)
        mine = [(row["f"]["id"],) for row in sent.rows if row["t"] == AUDIT]
        raw.executemany("DELETE FROM audit_entries WHERE id = ? AND usn = -1", mine)
        for table in TABLES:
            for rows in _batches(source, table, postgres, guard):
                raw.executemany(_insert(table), rows)
                done += len(rows)
                report(progress, done, total)
        for rows in _batches(source, agreement_plots, postgres, guard):
            raw.executemany(_insert(agreement_plots), rows)
        _restore(raw, objects)
        raw.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        raw.execute("ANALYZE")
        state.put(here, "last_usn", usn)
        state.put(here, "conflicts_at_centre", waiting)
        here.commit()
    except BaseException:
        here.rollback()
        raise
    finally:
        there.rollback()  # the snapshot ends; nothing was written there
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute(f"PRAGMA cache_size = {int(cache)}")
        raw.execute(f"PRAGMA journal_mode = {journal}")
    return Copied(done, usn, waiting)


def _snapshot(there: Session, postgres: bool):
    """The centre's DBAPI connection inside one read transaction that sees one moment."""
    there.commit()
    if postgres:
        connection = there.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return connection.connection.dbapi_connection
    raw = there.connection().connection.dbapi_connection
    if not raw.in_transaction:
        raw.execute("BEGIN")
    return raw


def _count(source, table: str) -> int:
    cursor = source.cursor()
    try:
        cursor.execute(f'SELECT count(*) FROM "{table}"')
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


def _columns(table) -> list[str]:
    """The laptop's columns of `table`, in the order _select reads them."""
    names = [column.name for column in carried(table)] if table.name in _SYNCED else \
        [column.name for column in table.columns]
    if "usn" in table.c:
        names.append("usn")
    if "base_version" in table.c:
        names.append("base_version")
    return names


def _insert(table) -> str:
    names = _columns(table)
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    return f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'


def _select(table, postgres: bool) -> str:
    columns = carried(table) if table.name in _SYNCED else list(table.columns)
    shown = [_read(column, postgres) for column in columns]
    if "usn" in table.c:
        shown.append("CASE WHEN usn < 0 THEN 0 ELSE usn END")
    if "base_version" in table.c:
        shown.append("version")
    return f'SELECT {", ".join(shown)} FROM "{table.name}"'


def _read(column, postgres: bool) -> str:
    name = f'"{column.name}"'
    if not postgres:
        return name  # the same stored form on both sides
    kind = column.type
    kind = getattr(kind, "impl", kind)
    for type_, pattern in PG_TEXT.items():
        if isinstance(kind, type_):
            return f"to_char({name}, '{pattern}')"
    return f"{name}::int" if isinstance(kind, Boolean) else name


def _batches(source, table, postgres: bool, guard: Guard):
    cursor = source.cursor(name=f"clone_{table.name}") if postgres else source.cursor()
    try:
        guard(lambda: cursor.execute(_select(table, postgres)))
        while rows := guard(lambda: cursor.fetchmany(BATCH)):
            yield rows
    finally:
        cursor.close()


def _set_aside(raw) -> list[tuple[str, str]]:
    """Drop the laptop's secondary indexes and the search index's insert trigger (inside the
    transaction: a rollback brings them back); (name, CREATE statement) of each."""
    objects = [tuple(row) for row in raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' "
        f"AND tbl_name IN ({', '.join('?' * len(_TARGETS))})) OR (type = 'trigger' AND name "
        "= ?))", (*_TARGETS, INSERT_TRIGGER))]
    for name, sql in objects:
        kind = "TRIGGER" if sql.upper().startswith("CREATE TRIGGER") else "INDEX"
        raw.execute(f'DROP {kind} "{name}"')
    return objects


def _restore(raw, objects: list[tuple[str, str]]) -> None:
    for _, sql in objects:
        raw.execute(sql)
    raw.execute(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES ('rebuild')")


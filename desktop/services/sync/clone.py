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
* a PostgreSQL centre sends each table through a server-side cursor in binary, in the order
  of the laptop's primary key (which then only grows at its end), the server itself turning
  each value into SQLite's stored form (times and dates as text, booleans as integers); a
  thread fetches the next batch while the laptop writes the one before (executemany).
  (psycopg's COPY … TO STDOUT was tried: it hands rows over one by one in Python, and cost
  twice the CPU of fetching 5,000 at a time);
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

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.db import search_index
from desktop.services.common import Progress, report
from desktop.services.sync import centre, conflicts, scope, sources, state
from desktop.services.sync.package import Package
from desktop.services.sync.sources import Guard
from desktop.services.sync.tables import AUDIT, TABLES

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

_SYNCED = {table.name for table in TABLES}


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
    source = (sources.Server if postgres else sources.File)(raw, there, guard, ids)
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
        objects = _set_aside(raw, [t.name for t in sources.TARGETS if not source.whole(t.name)])
        done = 0

        def told(rows_of_table: int) -> None:  # within a table: Cancel looked at
            report(progress, done + rows_of_table, total)
        source.start()
        for table in sources.TARGETS:
            copied = source.copy(table, told)
            # its indexes now (while a server already sends the next table)
            _restore(raw, [item for item in objects if item[2] == table.name])
            done += copied if table.name in _SYNCED else 0
            report(progress, done, total)
        _restore(raw, [item for item in objects if item[2] is None])
        raw.execute(f"INSERT INTO main.{search_index.TABLE}({search_index.TABLE}) "
                    "VALUES ('rebuild')")
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
        source.close()
        with suppress(DBAPIError):  # the snapshot ends (or ended with a lost connection)
            there.rollback()
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute(f"PRAGMA main.cache_size = {int(cache)}")
        raw.execute(f"PRAGMA main.journal_mode = {journal}")
    return Copied(done, usn, waiting)


def _set_aside(raw, tables: list[str]) -> list[tuple[str, str, str | None]]:
    """Drop the secondary indexes of `tables` (filled row by row) and the search index's
    triggers (inside the transaction: a rollback brings them back); (name, CREATE
    statement, the table of an index or None for a trigger) of each."""
    objects = [(name, sql, None if kind == "trigger" else table) for name, sql, kind, table
               in raw.execute(
        "SELECT name, sql, type, tbl_name FROM main.sqlite_master WHERE sql IS NOT NULL AND "
        f"((type = 'index' AND tbl_name IN ({', '.join('?' * len(tables))})) OR (type = "
        f"'trigger' AND name IN ({', '.join('?' * len(SEARCH_TRIGGERS))})))",
        (*tables, *SEARCH_TRIGGERS))]
    for name, _, table in objects:
        raw.execute(f'DROP {"TRIGGER" if table is None else "INDEX"} main."{name}"')
    return objects


def _restore(raw, objects: list[tuple[str, str, str | None]]) -> None:
    for _, sql, _ in objects:
        raw.execute(sql)

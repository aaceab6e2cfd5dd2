"""Writing the demo's rows fast: one prepared INSERT per table, fed the rows' stored values
(rows.py) straight through the driver, without SQLAlchemy's per-row work.

A column the rows leave out gets its Python default as `insert()` would give it (a
constant is written into the statement), or the database's own default.

While a brand-new file is built (`new_file`: the caller throws the file away if the build
fails), the build skips what only protects a file that already holds work: the journal
is kept in memory, nothing is synced to disk until the end, foreign keys are not looked up
row by row (the builder refers only to rows it wrote before; tests/demo runs
`PRAGMA foreign_key_check` on such a demo, and bench/demo.py --check on the large one),
and the secondary indexes are built once, after the rows, rather than kept up to date row
by row. The connection's own settings (WAL journal, full syncs, foreign keys) are back when
the build ends.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

import desktop.db.models  # noqa: F401  (every table in the metadata)
from desktop.db import search_index
from desktop.db.base import Base
from desktop.services import common
from desktop.services.common import Progress

#: Page cache while building: enough for the indexes the inserts touch, and the same at
#: 10,000 or 100,000 families (the whole file never sits in memory).
BUILD_CACHE_KIB = 65_536


class RowWriter:
    """Inserts batches of stored-value tuples into tables through one connection's driver."""

    def __init__(self, connection):
        self.conn = connection
        self.dialect = connection.dialect
        self.plans: dict[tuple[str, tuple[str, ...]], tuple[str, list[Callable]]] = {}

    def plan(self, name: str, columns: tuple[str, ...]) -> tuple[str, list[Callable]]:
        """The INSERT statement for rows of `columns`, and the Python defaults to call per
        row for the other columns (constants are written into the statement)."""
        found = self.plans.get((name, columns))
        if found is None:
            table = Base.metadata.tables[name]
            names = [table.columns[c].name for c in columns]  # KeyError: no such column
            values = ["?"] * len(columns)
            calls = []
            for column in table.columns:
                if column.key in columns or column.default is None:
                    continue
                default = column.default
                process = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
                constant = default.is_scalar and literal(
                    process(default.arg) if process else default.arg)
                if constant:
                    values.append(constant)
                else:
                    calls.append(_default_call(default, process))
                    values.append("?")
                names.append(column.name)
            quoted = ", ".join(f'"{n}"' for n in names)
            found = (f'INSERT INTO "{name}" ({quoted}) VALUES ({", ".join(values)})', calls)
            self.plans[name, columns] = found
        return found

    def insert(self, name: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        sql, calls = self.plan(name, columns)
        if calls:
            rows = [row + tuple(call() for call in calls) for row in rows]
        self.conn.exec_driver_sql(sql, rows)


def literal(value) -> str | None:
    """`value` as an SQL literal, or None when it has no plain one."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return None


def _default_call(default, process) -> Callable:
    if default.is_scalar:
        value = process(default.arg) if process else default.arg
        return lambda: value
    return (lambda: process(default.arg(None))) if process else (lambda: default.arg(None))


class Sink:
    """Where the Builder's rows go in this process: straight into the database."""

    def __init__(self, connection, progress: Progress | None):
        self.writer = RowWriter(connection)
        self.on_progress = progress

    def rows(self, name: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        self.writer.insert(name, columns, rows)

    def progress(self, done: int, total: int) -> None:
        common.report(self.on_progress, done, total)


# -- building a new file

@contextmanager
def build_settings(connection, new_file: bool):
    """The page cache for a build and, for a brand-new file, its journal in memory, no syncs
    and no foreign key look-ups (see the module's docstring); the connection's settings are
    back afterwards."""
    pragma = connection.exec_driver_sql
    old_cache = pragma("PRAGMA cache_size").scalar()
    old_sync = pragma("PRAGMA synchronous").scalar()
    old_journal = pragma("PRAGMA journal_mode").scalar()
    old_keys = pragma("PRAGMA foreign_keys").scalar()
    pragma(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    if new_file:
        # refused (the mode stays) while another connection reads the file: then the
        # build just keeps the file's journal
        pragma("PRAGMA journal_mode = MEMORY")
        pragma("PRAGMA synchronous = OFF")
        pragma("PRAGMA foreign_keys = OFF")
    connection.commit()
    try:
        yield
    finally:
        pragma(f"PRAGMA cache_size = {int(old_cache)}")
        if new_file:
            pragma(f"PRAGMA journal_mode = {old_journal}")
            pragma(f"PRAGMA synchronous = {int(old_sync)}")
            pragma(f"PRAGMA foreign_keys = {int(old_keys)}")
        connection.commit()


#: The trigger that keeps the families' search index in step row by row (db.search_index).
SEARCH_TRIGGER = "families_fts_insert"


def schema_objects(connection, new_file: bool) -> list[tuple[str, str, str]]:
    """(type, name, CREATE statement) of what a build sets aside and makes again at the end:
    the search index's insert trigger (the index is then built in one pass), and for a new
    file every index that is not part of a table's definition."""
    return [tuple(row) for row in connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE (type = 'trigger' AND name = ?) "
        "OR (? AND type = 'index' AND sql IS NOT NULL) ORDER BY type, name",
        (SEARCH_TRIGGER, int(new_file)))]


@contextmanager
def set_aside(connection, new_file: bool):
    """Build without the objects of schema_objects, then make them again (inside the
    caller's transaction: a rollback brings them back)."""
    objects = schema_objects(connection, new_file)
    for type_, name, _ in objects:
        connection.exec_driver_sql(f'DROP {type_.upper()} "{name}"')
    yield
    for _, _, sql in objects:
        connection.exec_driver_sql(sql)
    if any(name == SEARCH_TRIGGER for _, name, _ in objects):
        search_index.rebuild(connection)

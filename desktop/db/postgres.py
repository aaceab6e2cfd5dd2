"""What a central PostgreSQL database needs beside the models: the server-side pieces the
SQL shares with SQLite, and a way to stop a long read.

SQLite gets `fold()` from Python (desktop.db.engine registers desktop.textnorm.fold on each
connection); PostgreSQL gets the same function in SQL, made of `unaccent` (contrib) and
`lower`, so the folded search columns hold the same text on both engines. The families'
search text and the communities' folded names carry `pg_trgm` indexes, which serve the very
LIKE '%word%' that SQLite serves with its FTS5 trigram table (desktop.db.search_index).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

EXTENSIONS = ("unaccent", "pg_trgm")

#: desktop.textnorm.fold in SQL: accents off, lower case, runs of spaces as one, trimmed;
#: NULL gives '' as the Python function does.
FOLD = r"""
CREATE OR REPLACE FUNCTION fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(btrim(regexp_replace(
      lower(unaccent('unaccent'::regdictionary, value)), '\s+', ' ', 'g')), '')
$$
"""

#: SQLite's group_concat(value, separator), which some reports' SQL uses: NULLs skipped,
#: NULL when there is nothing to join.
GROUP_CONCAT = [
    """CREATE OR REPLACE FUNCTION group_concat_step(joined text, value text, separator text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value
                  ELSE joined || separator || value END
    $$""",
    """CREATE OR REPLACE AGGREGATE group_concat(text, text) (
      SFUNC = group_concat_step, STYPE = text)""",
]

#: SQLite keeps dates as ISO text, and some SQL cuts them (substr(delivered_on, 1, 7) is the
#: month): the same on a PostgreSQL date.
SUBSTR_DATE = """CREATE OR REPLACE FUNCTION substr(day date, start integer, length integer)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT substr(to_char(day, 'YYYY-MM-DD'), start, length)
$$"""

TRIGRAM_INDEXES = {
    "ix_families_search_trgm": "families USING gin (search_text gin_trgm_ops)",
    "ix_communities_name_trgm": "communities USING gin (name_folded gin_trgm_ops)",
}


def make_engine(url: str) -> Engine:
    """An engine for the server at `url` (a small pool, connections checked before use,
    custom plans).
    SQL shared with SQLite passes dates as dates, never as ISO text: SQLite stores both
    alike, PostgreSQL compares a date only with a date."""
    # Every statement planned for its own values: a search's LIKE pattern decides between a
    # trigram index and a walk in order, which a generic plan (made once the driver prepares
    # a statement it has run five times) cannot know.
    return create_engine(url, pool_pre_ping=True, connect_args={
        "options": "-c plan_cache_mode=force_custom_plan"})


def is_postgresql(connection) -> bool:
    return connection.dialect.name == "postgresql"


def install(connection) -> None:
    """The extensions, `fold()`, `group_concat()`, `substr(date…)`, the trigram indexes (a migration runs
    it; it may run again)."""
    for name in EXTENSIONS:
        connection.execute(text(f"CREATE EXTENSION IF NOT EXISTS {name}"))
    connection.exec_driver_sql(FOLD)
    for statement in [*GROUP_CONCAT, SUBSTR_DATE]:
        connection.exec_driver_sql(statement)
    for name, target in TRIGRAM_INDEXES.items():
        connection.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {target}"))


def uninstall(connection) -> None:
    for name in TRIGRAM_INDEXES:
        connection.execute(text(f"DROP INDEX IF EXISTS {name}"))
    connection.execute(text("DROP AGGREGATE IF EXISTS group_concat(text, text)"))
    connection.execute(text("DROP FUNCTION IF EXISTS group_concat_step(text, text, text)"))
    connection.execute(text("DROP FUNCTION IF EXISTS fold(text)"))
    connection.execute(text("DROP FUNCTION IF EXISTS substr(date, integer, integer)"))


#: How often a watcher looks at a reader's stop flag, in seconds.
WATCH_EVERY = 0.05


@contextmanager
def cancel_when(raw_connection, stop: Callable[[], bool]) -> Iterator[None]:
    """While inside, the statement running on `raw_connection` (psycopg) is cancelled by the
    server soon after `stop()` turns true (it fails with QueryCanceled)."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(WATCH_EVERY):
            if stop():
                raw_connection.cancel_safe()
                return

    watcher = threading.Thread(target=watch, name="cancel-when", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def is_cancel(error: BaseException) -> bool:
    return type(error).__name__ == "QueryCanceled"

"""The EXPLAIN QUERY PLAN checker the query-plan tests share: what a plan reads again for
every row of another (a full SCAN inside a correlated subquery or as the inner loop of a join,
an index built at every run, a lookup returning thousands of rows per outer row), judged with
the statistics of a large office (large_office_stat1.tsv: 100,000 families, 1,000,000
deliveries); the `planner` fixture (import it into a test module) gives a connection that
knows nothing or knows those statistics; `statements_run` records what a piece of code sends
and `bad_plans` checks it all."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, text

STATS = Path(__file__).with_name("large_office_stat1.tsv")
#: An inner loop (or a correlated subquery) may look up at most this many rows per row of
#: the outer loop: a family's persons (5), a member's deliveries (26) pass; all active
#: agreements (14,853) or all deliveries of a cooperative (1,000,000) do not.
ROWS_PER_LOOKUP = 1000
LOOPS = ("SCAN ", "SEARCH ")


def large_office_stats() -> list[tuple[str, str, str]]:
    return [tuple(line.split("\t")) for line in STATS.read_text().splitlines()
            if line and not line.startswith("#")]


ROWS_PER_KEY = {index: [int(n) for n in stat.split()] for _, index, stat in large_office_stats()}


def plan_of(connection, statement, parameters=None) -> list[tuple[int, int, str]]:
    """(id, parent, detail) of the plan of `statement` (an SQLAlchemy statement, or the SQL
    the driver ran with its `parameters`)."""
    if parameters is None:
        compiled = statement.compile(dialect=connection.dialect)
        values = compiled.construct_params()
        parameters = tuple(values[name] for name in compiled.positiontup or ())
        statement = compiled.string
    rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    return [(r[0], r[1], r[3]) for r in rows]


def rows_per_lookup(detail: str) -> int | None:
    """What one SEARCH returns per outer row, from the large office's statistics (None when
    unknown: a rowid, an automatic index, a range)."""
    found = re.search(r"USING (?:COVERING )?INDEX (\w+) \((.*)\)", detail)
    if not found or found.group(1) not in ROWS_PER_KEY:
        return None
    equal = len(re.findall(r"\w+=\?", found.group(2)))
    stat = ROWS_PER_KEY[found.group(1)]
    return stat[min(equal, len(stat) - 1)] if equal else stat[0]


def problems(plan: list[tuple[int, int, str]]) -> list[str]:
    """What in `plan` reads a table again for every row of another."""
    details = {node: detail for node, _, detail in plan}
    parents = {node: parent for node, parent, _ in plan}
    computed = {d.split()[1] for d in details.values()
                if d.startswith(("CO-ROUTINE ", "MATERIALIZE "))}

    def correlated(node: int) -> bool:
        while node in parents:
            node = parents[node]
            if details.get(node, "").startswith("CORRELATED"):
                return True
        return False

    found = []
    seen_loop_under: set[int] = set()
    for node, parent, detail in plan:
        if not detail.startswith(LOOPS):
            continue
        inner = parent in seen_loop_under  # a later loop of the same join: runs per outer row
        seen_loop_under.add(parent)
        repeated = inner or correlated(node)
        if not repeated:
            continue
        name = detail.split()[1]
        if detail.startswith("SCAN "):
            if inner or (name not in computed and not name.startswith("(")):
                found.append(f"full scan run once per outer row: {detail}")
        elif "AUTOMATIC" in detail and name not in computed:
            found.append(f"an index built at every run (one is missing): {detail}")
        else:
            rows = rows_per_lookup(detail)
            if rows is not None and rows > ROWS_PER_LOOKUP:
                found.append(f"lookup of ~{rows:,} rows run once per outer row: {detail}")
    return found


@pytest.fixture(params=["never ANALYZEd", "ANALYZEd large office"])
def planner(request, database):
    """A connection whose planner knows nothing, or knows a large office's statistics."""
    with database.engine.connect() as connection:
        if request.param != "never ANALYZEd":
            connection.exec_driver_sql("ANALYZE")  # creates sqlite_stat1
            connection.exec_driver_sql("DELETE FROM sqlite_stat1")
            indexes = {name for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index'")}
            for table, index, stat in large_office_stats():
                if index in indexes:
                    connection.execute(text("INSERT INTO sqlite_stat1 VALUES (:t, :i, :s)"),
                                       {"t": table, "i": index, "s": stat})
            connection.exec_driver_sql("ANALYZE sqlite_schema")  # reload the statistics
        elif connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").all():
            connection.exec_driver_sql("DELETE FROM sqlite_stat1")  # forget what it knew
            connection.exec_driver_sql("ANALYZE sqlite_schema")
        yield connection
        connection.rollback()


@contextmanager
def statements_run(database):
    """Inside, every SELECT (or WITH) the database's engine sends is added to the list
    yielded, as (statement, parameters)."""
    ran: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            ran.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield ran
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def bad_plans(connection, statements, keep: Callable[[str], bool] = lambda problem: True
              ) -> dict[str, list[str]]:
    """{statement: its problems} for each of `statements` ((SQL, parameters)) whose plan on
    `connection` has problems (those `keep` says count)."""
    bad = {}
    for statement, parameters in statements:
        found = [p for p in problems(plan_of(connection, statement, tuple(parameters)))
                 if keep(p)]
        if found:
            bad[statement] = found
    return bad

"""Every indicator and summary-sheet statement reads each table once, whatever the planner
knows: EXPLAIN QUERY PLAN of each, on a file never ANALYZEd (as a user's file is until
SQLite's optimize has run) and on one carrying the statistics of a large office
(large_office_stat1.tsv: 100,000 families and 1,000,000 deliveries), must show no table
read again and again — no full SCAN inside a correlated subquery or as the inner loop of
a join, and no index lookup there that returns thousands of rows per outer row (the
`status = 'active'` lookup that took 557 s for the covered-families indicator).

The plans need no rows: EXPLAIN reads the schema and the statistics only. How many rows
a lookup returns comes from the large office's statistics, in both planner states.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from desktop.reports.summary import write_summary
from desktop.services import indicators, overview, summary
from desktop.services.maps import plot_points
from desktop.services.registry.fields import PERSON_FIELDS, PLOT_FIELDS
from tests.db.query_plans import (  # noqa: F401 (planner: a fixture)
    bad_plans, plan_of, planner, problems, statements_run,
)


def statements() -> dict[str, object]:
    found = {}
    for period in ((None, None), (date(2026, 1, 1), date(2026, 12, 31))):
        suffix = "" if period == (None, None) else " (period)"
        for name, query in indicators.queries(*period, today=date(2026, 6, 1)).items():
            found[f"indicator {name}{suffix}"] = query
        for anonymise in (False, True):
            queries = summary.queries([f.name for f in PERSON_FIELDS],
                                      [f.name for f in PLOT_FIELDS], *period, anonymise)
            for name, query in queries.items():
                found[f"sheet {name}{suffix}{' anonymised' if anonymise else ''}"] = query
    return found


STATEMENTS = statements()


@pytest.mark.parametrize("name", list(STATEMENTS))
def test_no_statement_reads_a_table_once_per_row_of_another(planner, name):
    plan = plan_of(planner, STATEMENTS[name])
    assert problems(plan) == [], "\n".join(detail for _, _, detail in plan)


def test_every_statement_the_export_runs_has_a_good_plan(tmp_path, database, planner):
    """Whatever the summary runs — its sheets, the indicators, the training area's figures
    the indicators borrow — passes, not only the statements named above."""
    with statements_run(database) as ran:
        write_summary(database, tmp_path / "s.xlsx", "en")
        write_summary(database, tmp_path / "a.xlsx", "en", date(2026, 1, 1), date(2026, 12, 31),
                      anonymise=True)
    assert len(ran) > 15
    assert bad_plans(planner, ran) == {}


def test_the_home_page_and_the_map_read_no_table_once_per_row(database, planner):
    """The home page's due lists and charts, and the map's points (issue 12: the home page
    under 1 s at 100,000 families), pass the same check."""
    with statements_run(database) as ran, database.session() as session:
        overview.due(session, date(2026, 6, 1))
        overview.coverage_by_community(session)
        overview.coffee_by_month(session, date(2026, 6, 1))
        overview.participants_by_sex(session, date(2026, 6, 1))
    statements = ran + [(sql, ()) for sql in (plot_points.LOCATED_PLOTS,
                                               plot_points.LIVING_FAMILIES,
                                               plot_points.LATEST_AGREEMENTS)]
    assert len(statements) >= 10
    assert bad_plans(planner, statements) == {}


# The checker itself fails on the two plans of issue 15 ----------------------------------

# The plan SQLite chose before migration 0009 (whose ix_agreements_live_family it now
# prefers), forced: the checker must still recognise it.
EXISTS_PER_FAMILY = text("""SELECT count(*) FROM families f WHERE f.deleted_at IS NULL
    AND f.inside_forest AND EXISTS (SELECT 1 FROM agreements a
    INDEXED BY ix_agreements_status WHERE a.family_id = f.id
    AND a.deleted_at IS NULL AND a.status = 'active')""")
COUNT_PER_SESSION = text("""SELECT s.held_on, (SELECT count(*) FROM attendance t
    WHERE t.session_id = s.id AND t.deleted_at IS NULL) FROM training_sessions s
    WHERE s.deleted_at IS NULL ORDER BY s.held_on""")


def test_checker_catches_an_exists_answered_through_the_status_index(database):
    with database.engine.connect() as connection:  # never ANALYZEd: the planner guesses
        found = problems(plan_of(connection, EXISTS_PER_FAMILY))
    assert found and "ix_agreements_status" in found[0]


def test_checker_catches_a_count_per_session_without_its_index(database):
    with database.engine.connect() as connection:
        assert problems(plan_of(connection, COUNT_PER_SESSION)) == []  # with the index
    database.engine.dispose()  # the driver's cached statement would keep the old plan
    with database.engine.connect() as connection:
        connection.exec_driver_sql("DROP INDEX ix_attendance_session")
        connection.exec_driver_sql("DROP INDEX ix_attendance_live_people")  # serves it too
        found = problems(plan_of(connection, COUNT_PER_SESSION))
    assert found and found[0].startswith("full scan")


def test_checker_catches_a_nested_full_scan_and_an_index_built_per_run(database):
    with database.engine.connect() as connection:
        nested = problems(plan_of(connection, text(
            "SELECT 1 FROM families f JOIN deliveries d ON instr(d.flags, f.code)")))
        automatic = problems(plan_of(connection, text(
            "SELECT 1 FROM plots p JOIN deliveries d ON d.void_reason = p.name")))
    assert nested and nested[0].startswith("full scan run once per outer row")
    assert automatic and automatic[0].startswith("an index built at every run")


@pytest.mark.parametrize("walk", [False, True], ids=["sets", "walked"])
def test_every_statement_of_the_pages_figures_and_lists_has_a_good_plan(database, planner,
                                                                       walk, monkeypatch):
    """The training figures and the agreements list (its pages, filters and counts), as the
    pages run them (issue 15, item 3). (A filter by community is left out: the planner then
    starts from that one community, whose ~5,000 families this checker cannot tell from a
    lookup repeated per row.)"""
    from desktop.services import agreements as ag
    from desktop.services import training
    from desktop.services.agreements import listing

    # walked: a search tests each agreement of the sort's order (a common word's page)
    monkeypatch.setattr(listing, "WALK_MIN_MATCHES", 0 if walk else 10**9)
    with statements_run(database) as ran, database.session() as session:
        training.training_figures(session)
        training.training_figures(session, date(2026, 1, 1), date(2026, 12, 31), "year")
        for flt in (ag.AgreementFilter(), ag.AgreementFilter(status="active"),
                    ag.AgreementFilter(query="quispe"), ag.AgreementFilter(query="qu"),
                    ag.AgreementFilter(no_visit_12_months=True),
                    ag.AgreementFilter(ending_within_days=60)):
            for sort in ("number", "head", "last_visit"):
                ag.list_agreements(session, flt, sort)
            ag.count_agreements(session, flt)
    assert len(ran) > 20
    assert bad_plans(planner, ran) == {}


def test_trainings_per_family_and_amounts_owed_read_persons_from_an_index(database, planner):
    """The trainings per family (137,000 attendances a year, each joined to its person's
    family) and the amounts owed (10,000 members' names) read the persons from
    uq_persons_id_names alone (migration 0023; issue 15: 1.6 s and 0.4 s), never from the
    table's rows; the families' order reads their heads from ix_families_live_id_head."""
    from desktop.services import cooperative, training

    with statements_run(database) as ran, database.session() as session:
        training.family_ranking(session, 2026)
        cooperative.amounts_owed(session, "no-such-cooperative")
        cooperative.member_totals(session, "no-such-cooperative")
    assert len(ran) == 3
    for statement, parameters in ran:
        plan = [d for _, _, d in plan_of(planner, statement, tuple(parameters))]
        persons = [d for d in plan if d.startswith("SEARCH p ") or "SEARCH persons" in d]
        assert persons and "COVERING INDEX uq_persons_id_names (id=?)" in persons[0], plan
    ranking = [d for _, _, d in plan_of(planner, ran[0][0], tuple(ran[0][1]))]
    families = [d for d in ranking if d.startswith(("SEARCH f ", "SCAN f "))]
    assert families == ["SEARCH f USING COVERING INDEX ix_families_live_id_head "
                        "(deleted_at=? AND id=?)"], ranking  # the heads' names by id (0023)
    assert bad_plans(planner, ran) == {}


#: What PRAGMA optimize (analysis_limit 400, run as each connection closes) wrote for the
#: families of a 100,000-family file: the living families' index sampled, so that "deleted_at
#: IS NULL" looks like 401 rows.
SAMPLED_FAMILIES = [("families", "ix_families_live_head", "90720 401 1"),
                    ("families", "ix_families_live_code", "94736 401 1"),
                    ("families", "sqlite_autoindex_families_1", "97110 1")]


def test_the_next_page_of_untrained_families_walks_the_heads_index(database, family):
    """The next page after a family is a range of ix_families_live_head, walked in order,
    also with the statistics PRAGMA optimize samples (issue 15: 20 ms -> 1.4 s once they
    were there: every family after the key read through a MULTI-INDEX OR, then sorted)."""
    from desktop.services import training

    with statements_run(database) as ran, database.session() as session:
        training.untrained_families(session, 2026, after=family.id)
    page = ran[-1]
    assert "head_name >" in page[0]
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.exec_driver_sql("DELETE FROM sqlite_stat1")
        for row in SAMPLED_FAMILIES:
            connection.execute(text("INSERT INTO sqlite_stat1 VALUES (:t, :i, :s)"),
                               dict(zip("tis", row)))
        connection.exec_driver_sql("ANALYZE sqlite_schema")
        plan = [d for _, _, d in plan_of(connection, page[0], tuple(page[1]))]
        connection.rollback()
    assert plan[0].startswith("SEARCH families USING INDEX ix_families_live_head "
                              "(deleted_at=? AND head_name>?)"), plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan and "MULTI-INDEX OR" not in plan, plan

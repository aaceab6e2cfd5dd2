"""Benchmark: every area's lists, filters, detail views and figures at scale (issue 15, item 3).

Measured at the service level, with the same calls the pages make (a list's first page and
its count, a search, a detail view, the figures), on the big database of
bench/summary_workbook.py (100,000 families, 1,000,000 deliveries; built if missing from a
copy of the 100,000-family demo). The demo has no grievances and no lots: the first run adds
300 grievances and 20 lots of 200 deliveries to that copy (codes BENCH-…), once.

Each figure is the median of three runs, each in a fresh session (the first run is also
shown: the database's pages are then cold in SQLite's cache, not in the OS's), with the
median CPU time of this process beside it (on shared cores and disk, the part that is the
query's own).

Targets: first rows < 0.2 s, a filter or search < 100 ms, a detail view < 100 ms; training
figures and the cooperative's season totals < 1 s.

    .venv/bin/python bench/pages.py [--db FILE] [--json] [--area Training --area Home]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

FIRST_ROWS, FILTER, DETAIL, FIGURES = 0.2, 0.1, 0.1, 1.0
HOME = 1.0  # the home page's load (issue 12)
RUNS = 3


def big_database(deliveries: int = 1_000_000, source: Path | None = None) -> Path:
    """bench/out/summary-big-N.sqlite, built by summary_workbook.py's builder if missing."""
    import summary_workbook

    path = summary_workbook.OUT / f"summary-big-{deliveries}.sqlite"
    if not path.exists():
        summary_workbook.OUT.mkdir(parents=True, exist_ok=True)
        summary_workbook.build(path, source or summary_workbook.SOURCE, deliveries)
    return path


def add_bench_records(database) -> None:
    """300 grievances and 20 lots of 200 deliveries each, once (the demo makes none)."""
    from sqlalchemy import text

    from desktop.services import agreements as ag
    from desktop.services import cooperative

    with database.session() as session:
        if session.execute(text("SELECT 1 FROM lots WHERE code LIKE 'BENCH-%'")).first():
            return
        coop = session.execute(text("SELECT id FROM cooperatives LIMIT 1")).scalar_one()
        numbers = [r[0] for r in session.execute(text(
            "SELECT number FROM agreements ORDER BY rowid LIMIT 300"))]
        for i, number in enumerate(numbers):
            agreement_id, family_id = ag.grievance_subject(session, number)
            grievance = ag.add_grievance(session, {
                "raised_on": date(2026, 1 + i % 10, 1 + i % 28).strftime("%d/%m/%Y"), "raised_by": f"Bench {i}",
                "description": "Benchmark grievance"}, agreement_id, family_id)
            if i % 3 == 0:
                ag.close_grievance(session, grievance.id, date(2026, 11, 1), "Answered")
        ids = [r[0] for r in session.execute(text(
            "SELECT id FROM deliveries WHERE voided_at IS NULL AND lot_id IS NULL "
            "AND delivered_on >= '2026-06-01' ORDER BY delivered_on LIMIT 4000"))]
        for n in range(20):
            lot = cooperative.save_lot(session, coop, {
                "code": f"BENCH-{n + 1:02d}", "buyer": "Kaffe Import ApS",
                "destination_country": "Dinamarca"})
            cooperative.assign_to_lot(session, lot.id, ids[n * 200:(n + 1) * 200])


def timed(database, call) -> tuple[float, float, float]:
    """(median, first, median CPU) seconds of `call(session)` over RUNS fresh sessions. The CPU
    time is this process's: on a machine whose disk or cores are shared it shows what the
    query costs apart from waiting."""
    timings, cpu = [], []
    for _ in range(RUNS):
        with database.session() as session:
            started, used = time.perf_counter(), time.process_time()
            call(session)
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
    return statistics.median(timings), timings[0], statistics.median(cpu)


def home_checks() -> list[tuple[str, str, float, object]]:
    """The home page's background jobs, in the order it runs them: the tiles but training's,
    the training tile, the charts, the "what is due" lists (each also alone)."""
    from desktop.services import indicators, overview
    from desktop.ui.home.home_page import TILE_CODES, TRAINING_TILE_CODES

    first = [code for code in TILE_CODES if code not in TRAINING_TILE_CODES]

    today = date.today()

    def charts(s):
        overview.agreements_by_status(s), overview.coverage_by_community(s)  # noqa: B018
        overview.coffee_by_month(s, today), overview.participants_by_sex(s, today)  # noqa: B018

    return [
        ("Home", "tiles but training (first job)", HOME,
         lambda s: indicators.compute(s, today=today, codes=first)),
        ("Home", "training tile (second job)", HOME,
         lambda s: indicators.compute(s, today=today, codes=TRAINING_TILE_CODES)),
        ("Home", "charts: the four (third job)", HOME, charts),
        ("Home", "due: agreements ending", FIRST_ROWS,
         lambda s: overview.agreements_ending(s, today)),
        ("Home", "due: visits overdue", FIRST_ROWS, lambda s: overview.visits_overdue(s, today)),
        ("Home", "due: benefits owed", FIRST_ROWS,
         lambda s: overview.benefits_owed(s, counted=False)),
        ("Home", "due: deliveries unpaid", FIRST_ROWS, lambda s: overview.deliveries_unpaid(s)),
        ("Home", "due: the four lists (fourth job)", HOME,
         lambda s: overview.due(s, today, count_benefits=False)),
        ("Home", "due: benefits owed, the count (fifth job)", HOME,
         lambda s: overview.count_benefits_owed(s)),
    ]


def checks(session) -> list[tuple[str, str, float, object]]:
    """(area, what, target, call) for every figure; ids picked from the database."""
    from sqlalchemy import text

    from desktop.services import agreements as ag
    from desktop.services import cooperative, registry, training
    from desktop.services.cooperative import DeliveryFilter

    one = lambda sql: session.execute(text(sql)).scalar_one()  # noqa: E731
    coop = one("SELECT id FROM cooperatives LIMIT 1")
    family = one("SELECT family_id FROM agreements WHERE status = 'active' "
                 "ORDER BY number LIMIT 1")
    agreement = one("SELECT id FROM agreements WHERE status = 'active' ORDER BY number LIMIT 1")
    community = one("SELECT community_id FROM families ORDER BY code LIMIT 1")
    training_session = one("SELECT id FROM training_sessions WHERE kind != 'school' "
                           "ORDER BY held_on DESC LIMIT 1")
    member = one("SELECT membership_id FROM deliveries GROUP BY membership_id "
                 "ORDER BY count(*) DESC LIMIT 1")
    delivery = one("SELECT id FROM deliveries ORDER BY receipt_number DESC LIMIT 1")
    lot = one("SELECT id FROM lots WHERE code = 'BENCH-01'")
    year = date.today().year
    untrained = [f.family_id for f in training.untrained_families(session, year, limit=200)]
    ranking = training.family_ranking(session, year)
    season = (date(2026, 1, 1), date(2026, 12, 31))

    def family_detail(s):
        f = registry.get_family(s, family)
        f.community.name, f.head, f.living_members, [p for p in f.plots]  # noqa: B018
        ag.family_ledger(s, family)

    def agreement_detail(s):
        a = ag.get_agreement(s, agreement)
        a.family.head, a.family.community.name, a.previous, list(a.plots)  # noqa: B018
        ag.benefit_lines(a), ag.living(a.commitments), ag.living(a.signatories)  # noqa: B018
        ag.living(a.visits), ag.consent_records(s, a.id)  # noqa: B018

    def session_detail(s):
        t = training.get_session(s, training_session)
        t.community  # noqa: B018
        training.list_attendance(s, training_session)

    def delivery_page(flt):
        return lambda s: (cooperative.search_deliveries(s, flt, "receipt_number", True, 0, 200),
                          cooperative.count_deliveries(s, flt))

    def delivery_rows(flt):  # the Lots tab's lists show no count; the Deliveries tab counts
        # off the GUI thread
        return lambda s: cooperative.search_deliveries(s, flt, "receipt_number", True, 0, 200)

    def agreement_page(flt):
        return lambda s: (ag.list_agreements(s, flt, "number", False, 0, 200),
                          ag.count_agreements(s, flt))

    def agreement_rows(flt):  # the page counts a filtered list off the GUI thread
        return lambda s: ag.list_agreements(s, flt, "number", False, 0, 200)

    def session_page(**filters):  # as the list does: the search's conditions read once
        def read(s):
            where = training.session_filters(s, **filters)
            return (training.search_sessions(s, offset=0, limit=200, where=where),
                    training.count_sessions(s, where=where))
        return read

    all_deliveries = DeliveryFilter(coop)
    return [
        ("Families", "list: first 200 rows + count", FIRST_ROWS,
         lambda s: (registry.search_families(s, "", "code", False, 0, 200),
                    registry.count_families(s))),
        ("Families", "search 'quispe'", FILTER,
         lambda s: (registry.search_families(s, "quispe", "code", False, 0, 200),
                    registry.count_families(s, "quispe"))),
        ("Families", "filter by community", FILTER,
         lambda s: (registry.search_families(s, "", "code", False, 0, 200, community),
                    registry.count_families(s, "", community))),
        ("Families", "detail: family, members, plots, ledger", DETAIL, family_detail),
        ("Agreements", "list: first 200 rows + count", FIRST_ROWS,
         agreement_page(ag.AgreementFilter())),
        ("Agreements", "search 'quispe': first page", FILTER,
         agreement_rows(ag.AgreementFilter(query="quispe"))),
        ("Agreements", "search 'quispe': count (off the GUI thread)", FIGURES,
         lambda s: ag.count_agreements(s, ag.AgreementFilter(query="quispe"))),
        ("Agreements", "search 'abel quispe' (1,000 families): first page", FILTER,
         agreement_rows(ag.AgreementFilter(query="abel quispe"))),
        ("Agreements", "search a name nobody has: first page", FILTER,
         agreement_rows(ag.AgreementFilter(query="zuloaga"))),
        ("Agreements", "filter status active", FILTER,
         agreement_rows(ag.AgreementFilter(status="active"))),
        ("Agreements", "filter no visit in 12 months", FILTER,
         agreement_rows(ag.AgreementFilter(no_visit_12_months=True))),
        ("Agreements", "filter no visit in 12 months: count (off the GUI thread)", FIGURES,
         lambda s: ag.count_agreements(s, ag.AgreementFilter(no_visit_12_months=True))),
        ("Agreements", "filter ending within 60 days", FILTER,
         agreement_rows(ag.AgreementFilter(ending_within_days=60))),
        ("Agreements", "detail: agreement with its records", DETAIL, agreement_detail),
        ("Grievances", "list: open ones", FIRST_ROWS, lambda s: ag.list_grievances(s, True)),
        ("Grievances", "filter: all, closed too", FILTER, lambda s: ag.list_grievances(s, False)),
        ("Training", "list: first 200 sessions + count", FIRST_ROWS, session_page()),
        ("Training", "search 'cafe'", FILTER, session_page(query="cafe")),
        ("Training", "filter this year", FILTER, session_page(date_from=date(year, 1, 1))),
        ("Training", "detail: session and attendance", DETAIL, session_detail),
        ("Training", "figures, all time (by month)", FIGURES,
         lambda s: training.training_figures(s)),
        ("Training", "figures, this year (by month)", FIGURES,
         lambda s: training.training_figures(s, date(year, 1, 1))),
        ("Training", "figures, one community (by year)", FIGURES,
         lambda s: training.training_figures(s, period="year", community_id=community)),
        ("Training", "trainings per family: first 200 (this year)", FIRST_ROWS,
         lambda s: training.untrained_families(s, year, limit=200)),
        ("Training", "trainings per family: next 200", FIRST_ROWS,
         lambda s: training.untrained_families(s, year, after=untrained[-1], limit=200)),
        ("Training", "trainings per family: one community", FIRST_ROWS,
         lambda s: training.untrained_families(s, year, community, limit=200)),
        ("Training", "trainings per family: order, in background", FIGURES,
         lambda s: training.family_ranking(s, year)),
        ("Training", "trainings per family: a page past the untrained", FIRST_ROWS,
         lambda s: training.family_rows(s, ranking[-200:])),
        *home_checks(),
        ("Cooperative", "members: first 200 rows with the year's totals", FIRST_ROWS,
         lambda s: cooperative.totals_of_members(
             s, coop, [m.id for m in cooperative.search_members(s, coop, "", limit=200)],
             date(year, 1, 1), date(year, 12, 31))),
        ("Cooperative", "members: search 'quispe'", FILTER,
         lambda s: cooperative.search_members(s, coop, "quispe", limit=500)),
        ("Cooperative", "member detail: plots", DETAIL,
         lambda s: cooperative.member_plot_rows(s, member)),
        ("Deliveries", "list: first 200 rows + count", FIRST_ROWS, delivery_page(all_deliveries)),
        ("Deliveries", "search 'quispe': first page", FILTER,
         delivery_rows(DeliveryFilter(coop, "quispe"))),
        ("Deliveries", "search 'quispe': count (off the GUI thread)", FIGURES,
         lambda s: cooperative.count_deliveries(s, DeliveryFilter(coop, "quispe"))),
        ("Deliveries", "search a receipt number", FILTER,
         delivery_page(DeliveryFilter(coop, "2026-000123"))),
        ("Deliveries", "filter unpaid", FILTER,
         delivery_page(DeliveryFilter(coop, unpaid_only=True))),
        ("Deliveries", "filter flagged", FILTER,
         delivery_page(DeliveryFilter(coop, flagged_only=True))),
        ("Deliveries", "filter one member", FILTER,
         delivery_page(DeliveryFilter(coop, membership_id=member))),
        ("Deliveries", "detail: delivery and its member's plots", DETAIL,
         lambda s: (cooperative.delivery_row(s, delivery),
                    cooperative.member_plots(s, cooperative.delivery_row(s, delivery)
                                             .membership_id))),
        ("Deliveries", "season summary, all seasons", FIGURES,
         lambda s: cooperative.season_summary(s, coop)),
        ("Cooperative", "season totals per member (2026)", FIGURES,
         lambda s: cooperative.member_totals(s, coop, *season)),
        ("Cooperative", "season totals per member: first 200 by code", FIGURES,
         lambda s: cooperative.member_totals_page(s, coop, *season)),
        ("Cooperative", "season totals per month (2026)", FIGURES,
         lambda s: cooperative.monthly_totals(s, coop, *season)),
        ("Cooperative", "season totals per certification (2026)", FIGURES,
         lambda s: cooperative.certification_totals(s, coop, *season)),
        ("Cooperative", "season totals per lot (2026)", FIGURES,
         lambda s: cooperative.lot_totals(s, coop, *season)),
        ("Cooperative", "season summary (2026)", FIGURES,
         lambda s: cooperative.season_summary(s, coop, *season)),
        ("Payments", "amounts owed per member", FIRST_ROWS,
         lambda s: cooperative.amounts_owed(s, coop)),
        ("Lots", "list of lots", FIRST_ROWS, lambda s: cooperative.list_lots(s, coop)),
        ("Lots", "detail: a lot's deliveries", DETAIL,
         delivery_rows(DeliveryFilter(coop, lot_id=lot, include_voided=False))),
        ("Lots", "available deliveries (in no lot)", FIRST_ROWS,
         delivery_rows(DeliveryFilter(coop, unassigned=True))),
        ("Lots", "available: search 'quispe'", FILTER,
         delivery_rows(DeliveryFilter(coop, "quispe", unassigned=True))),
    ]


def measure(db: Path, areas: list[str] | None = None):
    """(area, what, median, first run, median CPU, target) of every figure (seconds), as
    measured."""
    import tempfile

    from desktop.services.database import open_database

    database = open_database(db, backup_dir=Path(tempfile.mkdtemp()))
    try:
        add_bench_records(database)
        with database.session() as session:
            items = checks(session)
        for area, what, target, call in items:
            if areas and area not in areas:
                continue
            median, first, cpu = timed(database, call)
            yield area, what, median, first, cpu, target
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--json", action="store_true", help="one JSON line per figure")
    parser.add_argument("--area", action="append", help="only this area's figures (repeatable)")
    args = parser.parse_args()
    db = args.db or big_database()
    if args.json:
        for area, what, median, first, cpu, target in measure(db, args.area):
            print(json.dumps({"area": area, "what": what, "seconds": median, "first": first,
                              "cpu": cpu, "target": target}), flush=True)
        return
    print(f"{'area':12} {'what':44} {'median':>9} {'first':>9} {'CPU':>9} {'target':>9}  met?")
    missed = 0
    for area, what, median, first, cpu, target in measure(db, args.area):
        met = median < target
        missed += not met
        print(f"{area:12} {what:44} {median * 1000:6.0f} ms {first * 1000:6.0f} ms "
              f"{cpu * 1000:6.0f} ms {target * 1000:6.0f} ms  {'yes' if met else 'NO'}",
              flush=True)
    print(f"{missed} figure(s) missed their target")


if __name__ == "__main__":
    main()

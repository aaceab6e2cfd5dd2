"""The programme's figures on both engines: the summary's rows (the tests of
tests/services/test_summary.py and test_indicators.py, run here on SQLite and PostgreSQL)
and the summary workbook itself, reopened."""

import openpyxl

from desktop.reports.summary.workbook import write_summary
from tests.services.test_indicators import (  # noqa: F401  (a fixture, and tests collected here)
    programme, test_a_period_limits_the_dated_indicators,
    test_coffee_counts_deliveries_by_their_day_and_payments_by_theirs,
    test_indicators_hand_checked, test_only_the_indicators_asked_for_are_computed,
    test_the_training_tile_alone_equals_the_training_figures,
)
from tests.services.test_summary import (  # noqa: F401  (collected here on both engines)
    test_agreements_with_their_commitments_and_benefits,
    test_anonymised_rows_carry_codes_instead_of_names,
    test_deliveries_are_decimals_and_dates_without_the_voided_one,
    test_lots_count_their_live_deliveries_and_an_empty_lot_shows_zero,
    test_training_counts_women_and_men_per_session, test_training_sessions_of_the_period,
)


def test_the_summary_workbook_reads_the_same_on_both_engines(database, session, programme,  # noqa: F811
                                                              tmp_path):
    session.commit()
    out = tmp_path / "summary.xlsx"
    write_summary(database, out, lang="en")
    book = openpyxl.load_workbook(out, read_only=True)
    sheets = {ws.title: [row for row in ws.iter_rows(values_only=True)] for ws in book}
    assert len(sheets) > 3
    text = repr(sheets)
    assert "José Núñez Pérez" in text and "M-0001" in text


def test_the_summary_in_two_processes_reads_as_in_one_on_both_engines(
        database, session, programme, tmp_path):  # noqa: F811
    """The second process opens the same database (a file or the central server) itself."""
    session.commit()
    books = []
    for two in (False, True):
        out = tmp_path / f"summary-{two}.xlsx"
        write_summary(database, out, lang="en", in_two_processes=two)
        book = openpyxl.load_workbook(out, read_only=True)
        books.append({ws.title: [row for row in ws.iter_rows(values_only=True)] for ws in book})
    assert books[1] == books[0]
    assert "José Núñez Pérez" in repr(books[1])


def test_the_home_page_figures_read_on_both_engines(database, session, programme):  # noqa: F811
    """What the home page reads (charts and due lists) runs on PostgreSQL too: the active
    agreement ending on 31 December 2026 is due for renewal by then, and still listed (in
    front) once its end has passed."""
    from datetime import date

    from desktop.services import overview

    session.commit()
    coverage = overview.coverage_by_community(session)
    assert sum(c.inside for c in coverage) == 2 and sum(c.covered for c in coverage) == 1
    assert overview.agreements_by_status(session) == {"active": 1}
    assert sum(m.delivered_kg for m in overview.coffee_by_month(
        session, date(2026, 9, 30))) > 0
    assert overview.participants_by_sex(session, date(2026, 9, 30))
    for today in (date(2026, 11, 15), date(2027, 2, 1)):  # before and after its end
        ending = overview.due(session, today).ending
        assert ending.total == 1 and ending.rows[0].when == date(2026, 12, 31)
    assert overview.due(session, date(2026, 9, 1)).ending.total == 0
    assert overview.count_benefits_owed(session) == 1

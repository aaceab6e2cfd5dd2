"""The Reports area: indicators calculated in the background and shown when ready, and the
summary workbook with a progress bar."""

from openpyxl import load_workbook

from desktop.services import indicators
from desktop.ui.reports.reports_page import CODE_ROLE, ReportsPage
from tests.services.test_indicators import programme  # noqa: F401  (fixture)
from tests.ui.helpers import finish


def shown(qtbot, page):
    """Show `page` and wait until its figures came from the background."""
    page.show()
    qtbot.waitUntil(lambda: page.computing is None, timeout=30000)
    return page


def test_nothing_is_calculated_until_the_page_shows(qtbot, database, programme):  # noqa: F811
    page = ReportsPage(database)
    qtbot.addWidget(page)
    assert page.computing is None and page.table.rowCount() == 0
    page.show()
    assert page.computing is not None  # started, off the GUI thread
    assert page.status.text() == "Calculating…" and page.status.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=30000)
    assert page.computing is None and not page.status.isVisibleTo(page)


def test_indicators_shown_and_workbook_exported(qtbot, tmp_path, database, programme):  # noqa: F811
    page = shown(qtbot, ReportsPage(database))
    qtbot.addWidget(page)
    codes = [page.table.item(r, 0).data(CODE_ROLE) for r in range(page.table.rowCount())]
    assert codes[0] == "families_total"
    assert page.table.item(codes.index("families_total"), 1).text() == "3"
    assert page.owed_label.text().endswith("S/ 150.00")  # 3 of 4 kits worth S/ 200
    page.doc_language.setCurrentIndex(page.doc_language.findData("en"))
    page.anonymise.setChecked(True)
    messages = []
    page.changed.connect(messages.append)
    target = finish(qtbot, page.export_to(tmp_path / "from-window.xlsx"))
    assert target.exists() and messages[-1].startswith("Summary written to")
    wb = load_workbook(target)
    assert wb.worksheets[0]["B2"].value == "Families registered"
    assert "DNI" not in [c.value for c in wb["Members"][1]]


def test_period_limits_what_is_shown(qtbot, database, programme):  # noqa: F811
    from PySide6.QtCore import QDate

    page = shown(qtbot, ReportsPage(database))
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2030, 1, 1))
    page.date_to.setDate(QDate(2030, 12, 31))
    page.use_period.setChecked(True)
    shown(qtbot, page)
    codes = [page.table.item(r, 0).data(CODE_ROLE) for r in range(page.table.rowCount())]
    assert page.table.item(codes.index("training_sessions"), 1).text() == "0"


def test_a_calculation_stops_when_the_page_is_left(qtbot, database, programme,  # noqa: F811
                                                   monkeypatch):
    """A long calculation is interrupted mid-query by stop_work (the window leaving this
    database or closing) and nothing stale is shown."""
    def slow(session, *period):  # a query that would run for minutes
        session.connection().exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT count(*) FROM n").fetchall()

    monkeypatch.setattr(indicators, "compute", slow)
    page = ReportsPage(database)
    qtbot.addWidget(page)
    page.show()
    operation = page.computing
    page.stop_work()
    qtbot.waitUntil(lambda: operation.done, timeout=10000)
    assert operation.state == "cancelled"
    assert page.computing is None and page.table.rowCount() == 0


def test_a_newer_calculation_wins(qtbot, database, programme):  # noqa: F811
    page = ReportsPage(database)
    qtbot.addWidget(page)
    page.show()
    first = page.computing
    page.refresh()  # a change announced while the first still runs
    second = page.computing
    assert second is not first
    qtbot.waitUntil(lambda: first.done and second.done, timeout=30000)
    assert page.computing is None and page.table.rowCount() > 0



def test_labels_not_codes_and_dates_as_people_write_them(qtbot, database, programme):  # noqa: F811
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from desktop.ui.widgets.language import apply_language

    page = shown(qtbot, ReportsPage(database))
    qtbot.addWidget(page)
    assert page.table.columnCount() == 2
    first = page.table.item(0, 0)
    assert first.text() == "Families registered" and first.toolTip() == "families_total"
    page.date_from.setDate(QDate(2026, 1, 5))
    assert page.date_from.text() == "Jan 5, 2026"
    apply_language(QApplication.instance(), "es")
    try:
        assert page.date_from.text() == "05/01/2026"
        assert page.table.item(0, 0).text() == "Familias registradas"
        assert page.table.horizontalHeaderItem(0).text() == "Indicador"
    finally:
        apply_language(QApplication.instance(), "en")

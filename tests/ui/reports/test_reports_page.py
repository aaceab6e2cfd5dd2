"""The Reports area: indicators on screen and the summary workbook with a progress bar."""

from openpyxl import load_workbook

from desktop.ui.reports.reports_page import ReportsPage
from tests.services.test_indicators import programme  # noqa: F401  (fixture)
from tests.ui.helpers import finish


def test_indicators_shown_and_workbook_exported(qtbot, tmp_path, database, programme):  # noqa: F811
    page = ReportsPage(database)
    qtbot.addWidget(page)
    codes = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert codes[0] == "families_total"
    assert page.table.item(codes.index("families_total"), 2).text() == "3"
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

    page = ReportsPage(database)
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2030, 1, 1))
    page.date_to.setDate(QDate(2030, 12, 31))
    page.use_period.setChecked(True)
    codes = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert page.table.item(codes.index("training_sessions"), 2).text() == "0"

"""Every area and every tab, in both languages and with a record selected, fits a 1024×768
laptop: the window never asks for more than 1000×700."""

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.language import apply_language
from tests.services.overview.test_overview import demo, demo_template  # noqa: F401

MAX_WIDTH, MAX_HEIGHT = 1000, 700


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_area_and_tab_fits_1024_by_768(qtbot, demo, lang):  # noqa: F811
    apply_language(QApplication.instance(), lang)
    try:
        window = MainWindow(demo)
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        too_big = []
        for row, (name, _) in enumerate(window.areas):
            window.nav.setCurrentRow(row)
            page = window.page(name)
            table = getattr(page, "table", None)
            if table is not None and table.model() is not None and table.model().rowCount():
                table.selectRow(0)  # a record's detail open, as a user has it
            for tabs in [page, *page.findChildren(QTabWidget)]:
                for index in range(tabs.count() if isinstance(tabs, QTabWidget) else 1):
                    if isinstance(tabs, QTabWidget):
                        tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    hint = window.minimumSizeHint()
                    if hint.width() > MAX_WIDTH or hint.height() > MAX_HEIGHT:
                        label = tabs.tabText(index) if isinstance(tabs, QTabWidget) else ""
                        too_big.append((name, label, hint.width(), hint.height()))
        assert too_big == []
        assert window.width() <= MAX_WIDTH
    finally:
        apply_language(QApplication.instance(), "en")

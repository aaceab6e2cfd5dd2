"""Every area and every tab, in both languages and with a record selected, fits a 1024×768
laptop: the window never asks for more than 1000×700; so does every dialog a button or a
menu opens."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QTabWidget

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
        window.resize(1024, 740)  # a 1024×768 screen less the task bar
        hidden_keys = []
        for name, _ in window.areas:
            window.nav.setCurrentRow([n for n, _ in window.areas].index(name))
            table = getattr(window.page(name), "table", None)
            QApplication.processEvents()
            if table is None:
                continue
            fields = getattr(table.model(), "fields", [])
            header = table.horizontalHeader()
            keys = [column for column, field in enumerate(fields) if field.key_column]
            right = max((header.sectionViewportPosition(c) + header.sectionSize(c)
                         for c in keys), default=0)
            if right > table.viewport().width():  # a key column needs scrolling
                hidden_keys.append((name, right, table.viewport().width()))
        assert "incidents" in [n for n, _ in window.areas]
        assert hidden_keys == []
    finally:
        apply_language(QApplication.instance(), "en")


def catch_dialog(found: list, origin: str, tries: int = 8) -> dict:
    """Record the next modal dialog's title and sizes (if one opens soon), then close it;
    the returned dict's "done" says when it is over."""
    state = {"done": False}

    def attempt(left=tries):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(25, lambda: attempt(left - 1))
            else:
                state["done"] = True
            return
        QApplication.processEvents()
        found.append((origin, dialog.windowTitle(), dialog.minimumSizeHint(),
                      dialog.sizeHint()))
        dialog.reject()
        state["done"] = True

    QTimer.singleShot(0, attempt)
    return state


def dialog_buttons(widget) -> list[QPushButton]:
    """The visible, enabled buttons of `widget` that open a dialog ("…" ends their text)."""
    return [b for b in widget.findChildren(QPushButton)
            if b.isVisibleTo(widget) and b.isEnabled() and b.text().endswith("…")
            and not isinstance(b.window(), QDialog)]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_dialog_fits_1024_by_768(qtbot, demo, lang):  # noqa: F811
    """Every button that opens a dialog ("…"), in every area and tab with a record selected,
    and every menu entry that does: the dialog asks for at most 1000×700, and opens no larger
    than a 1024×768 screen."""
    apply_language(QApplication.instance(), lang)
    try:
        window = MainWindow(demo)
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        found, clicked = [], 0
        for row, (name, _) in enumerate(window.areas):
            window.nav.setCurrentRow(row)
            page = window.page(name)
            table = getattr(page, "table", None)
            if table is not None and table.model() is not None and table.model().rowCount():
                table.selectRow(0)
            tab_widgets = page.findChildren(QTabWidget) or [None]
            for tabs in tab_widgets:
                for index in range(tabs.count() if tabs is not None else 1):
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    for button in dialog_buttons(page):
                        state = catch_dialog(found, f"{name}: {button.text()}")
                        button.click()
                        qtbot.waitUntil(lambda: state["done"], timeout=3000)
                        clicked += 1
        actions = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
        for action in actions:
            if action.text().endswith("…") and action.isEnabled() and action.isVisible():
                state = catch_dialog(found, f"menu: {action.text()}")
                action.trigger()
                qtbot.waitUntil(lambda: state["done"], timeout=3000)
        too_big = [(origin, title, hint.width(), hint.height(), size.width(), size.height())
                   for origin, title, hint, size in found
                   if hint.width() > MAX_WIDTH or hint.height() > MAX_HEIGHT
                   or size.width() > 1024 or size.height() > 740]
        print("\n".join(f"{o} | {t} | {h.width()}x{h.height()} | {z.width()}x{z.height()}"
                        for o, t, h, z in found))
        assert clicked > 20 and len(found) > 20
        assert too_big == []
    finally:
        apply_language(QApplication.instance(), "en")

"""The Agreements list with the keyboard only: Ctrl+F, Down, Enter, Delete, F5, and Ctrl+N
with the family taken from a lookup by its head's DNI."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import agreements as ag
from desktop.ui.agreements.agreements_page import AgreementsPage
from tests.ui.helpers import on_next_dialog, type_text


def focused():
    return QApplication.focusWidget()


@pytest.fixture
def page(qtbot, database, family, session):
    ag.create_agreement(session, family.id, {"start_date": "2026-01-01",
                                             "end_date": "2026-12-31"})
    page = AgreementsPage(database)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    back_to(qtbot, page, page.table)
    return page


def back_to(qtbot, page, widget):
    page.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget)


def test_find_open_delete_and_refresh_with_the_keyboard(qtbot, page, family, session):
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.search
    type_text(page.search, "nunez")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert focused() is page.table and page.selected_id() is not None
    seen = {}

    def note(dialog, answer=None):
        seen.setdefault("titles", []).append(dialog.windowTitle())
        (answer or type(dialog).reject)(dialog)

    on_next_dialog(note)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # a draft opens in its form
    on_next_dialog(lambda box: note(box, lambda b: b.button(
        QMessageBox.StandardButton.Yes).click()))
    back_to(qtbot, page, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # a draft may be deleted, after asking
    assert seen["titles"] == ["Edit agreement", "Agreement"]
    assert page.model.rowCount() == 0

    ag.create_agreement(session, family.id, {"start_date": "2027-01-01",
                                             "end_date": "2027-12-31"})
    back_to(qtbot, page, page.search)
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_F5)
    assert page.model.rowCount() == 1


def test_ctrl_n_and_a_dni_in_the_lookup_make_a_draft(qtbot, page, family):
    def new(dialog):
        lookup = dialog.widgets["family_id"]
        qtbot.waitUntil(lambda: focused() is lookup)  # the first field
        type_text(lookup, "01234567")
        qtbot.keyClick(lookup, Qt.Key.Key_Return)  # takes the family (searched at once)
        assert lookup.value() == family.id and "Aguas Claras" in lookup.toolTip()
        qtbot.keyClick(lookup, Qt.Key.Key_Return)  # Save, the default button

    on_next_dialog(new)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 2
    assert page.title.text().endswith("Draft")

"""The Families list with the keyboard only: Ctrl+F, Down, Enter, double-click, Delete, F5,
Ctrl+N; and "Save and add another" for members."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.services import registry
from desktop.ui.families.families_page import FamiliesPage
from tests.conftest import head
from tests.ui.helpers import on_next_dialog, type_text


@pytest.fixture
def page(qtbot, database, family, session, community):
    registry.create_family(session, {"community_id": community.id},
                           head(given_names="Rosa", paternal_surname="Tapia",
                                maternal_surname="Vela", dni="76543210", sex="F"))
    page = FamiliesPage(database)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    return page


def focused():
    return QApplication.focusWidget()


def back_to(qtbot, page, widget):
    """After a dialog closed, the page's window is active again with `widget` in focus."""
    page.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget)


def title_of_next_dialog(seen: dict, answer=None):
    """Note the next dialog's title, then answer it (Cancel by default)."""
    def act(dialog):
        seen["title"] = dialog.windowTitle()
        if answer is not None:
            answer(dialog)
        else:
            dialog.reject()
    on_next_dialog(act)


def test_ctrl_f_then_down_then_enter_opens_the_family_found(qtbot, page, family):
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.search
    type_text(page.search, "nunez")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # before the pause: the search is applied
    assert focused() is page.table
    assert page.model.rowCount() == 1 and page.selected_id() == family.id
    seen = {}
    title_of_next_dialog(seen)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen["title"] == f"Edit family {family.code}"
    back_to(qtbot, page, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # back up from the first row
    assert focused() is page.search


def test_double_click_opens_once(qtbot, page, family):
    seen = {"count": 0}

    def count(dialog):
        seen["count"] += 1
        dialog.reject()

    on_next_dialog(count)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(100)
    assert seen["count"] == 1


def test_delete_asks_and_f5_reads_the_list_again(qtbot, page, family, session, community):
    page.table.selectRow(0)
    seen = {}
    title_of_next_dialog(seen, lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert seen["title"] == "Delete family" and page.model.rowCount() == 2
    back_to(qtbot, page, page.table)
    title_of_next_dialog(seen, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 1
    assert page.undo_delete()  # the usual undo
    assert page.model.rowCount() == 2

    registry.create_family(session, {"community_id": community.id},
                           head(given_names="Ana", paternal_surname="Ríos", dni="11112222",
                                sex="F"))
    assert page.model.rowCount() == 2  # written elsewhere: not seen yet
    back_to(qtbot, page, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert page.model.rowCount() == 3  # at once; its count comes from the background
    qtbot.waitUntil(lambda: page.count_label.text() == "3 families")


def test_ctrl_n_opens_a_new_family(qtbot, page):
    seen = {}
    title_of_next_dialog(seen)
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["title"] == "New family"
    assert page.new_record.__func__ is FamiliesPage.new_record  # what the window calls


def test_save_and_add_another_keeps_the_dialog_open_and_saves_twice(qtbot, page, family,
                                                                    session):
    page.table.selectRow(page.model.row_of(family.id))
    seen = {}

    def two_members(dialog):
        for given, dni in (("Lucía", "22223333"), ("Mateo", "44445555")):
            type_text(dialog.widgets["given_names"], given)
            type_text(dialog.widgets["paternal_surname"], "Núñez")
            for name, code in (("sex", "F"), ("relation", "child")):
                dialog.widgets[name].setCurrentIndex(dialog.widgets[name].findData(code))
            type_text(dialog.widgets["dni"], dni)
            dialog.add_another_button.click()
            seen.setdefault("errors", []).append([dialog.general_error.text()] + [
                dialog.error_text(k) for k in dialog.error_labels if dialog.error_text(k)])
            seen.setdefault("open", []).append(dialog.isVisible())
            seen.setdefault("cleared", []).append(dialog.widgets["given_names"].text() == "")
        seen["note"] = dialog.saved_note.text()
        seen["close"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        dialog.reject()

    on_next_dialog(two_members)
    page.member_buttons[0].click()
    assert seen["errors"] == [[""], [""]]
    assert seen["open"] == [True, True] and seen["cleared"] == [True, True]
    assert seen["note"] == "Saved (2). Enter the next one, or Close." and seen["close"] == "Close"
    with page.database.session() as fresh:
        names = [m.given_names for m in registry.get_family(fresh, family.id).living_members]
    assert names == ["José", "Lucía", "Mateo"]
    assert page.members.rowCount() == 3  # the list shows them once the dialog closed


def test_in_the_window_a_key_has_one_owner(qtbot, database, family):
    """The page takes Ctrl+N only once the window's menu no longer holds it (New database
    moves to Ctrl+Shift+N); never both, or Qt would call the key ambiguous and do nothing."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    from desktop.ui.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(1)
    page = window.pages.currentWidget()
    assert isinstance(page, FamiliesPage)
    page_keys = {s.objectName() for s in page.findChildren(QShortcut)}
    assert {"key:find", "key:refresh"} <= page_keys
    window_has_ctrl_n = any(a.shortcut() == QKeySequence("Ctrl+N")
                            for a in window.findChildren(QAction))
    assert not window_has_ctrl_n and "key:new" in page_keys
    assert window.new_action.shortcut() == QKeySequence("Ctrl+Shift+N")

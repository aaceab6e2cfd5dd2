"""The Training area as office staff use it: a paper sign-in sheet turned into attendance."""

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from desktop.services import training
from desktop.ui.widgets.language import apply_language
from desktop.ui.training.pick_members_dialog import PickMembersDialog
from desktop.ui.training.session_list_model import SessionListModel, period_range
from desktop.ui.training.training_page import TrainingPage
from desktop.ui.widgets.text_table_model import TextTableModel
# The example of tests/services/test_training.py, copied from a file built once per module.
from tests.services.training.example import database, programme, programme_template  # noqa: F401
from tests.ui.helpers import on_next_dialog, type_text


@pytest.fixture
def page(qtbot, database, programme):
    page = TrainingPage(database)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # the lookup's popup opens only in the window with the focus
    qtbot.waitUntil(page.isActiveWindow)
    yield page
    apply_language(QApplication.instance(), "en")


def enter(widget):
    QTest.keyClick(widget, Qt.Key.Key_Return)


def select(page, session_id):
    page.table.selectRow(page.model.row_of(session_id))


def names(page):
    return [page.attendance.index(r, 1).data() for r in range(page.attendance.rowCount())]


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_models_are_correct_qt_models(qtmodeltester, database, programme):
    qtmodeltester.check(SessionListModel(database))
    figures = TextTableModel()
    figures.set_content(["a", "b"], [["1", "2"], ["3", "4"]], numeric={1}, marked={0})
    qtmodeltester.check(figures)


def test_trainings_per_family_are_read_a_page_at_a_time(qtbot, qtmodeltester, page, database):
    from desktop.ui.training.family_counts_model import FamilyCountsModel

    model = FamilyCountsModel(database, page, page=1)
    model.set_filter(2024, None)
    with database.session() as session:
        whole = training.family_training_counts(session, 2024)
    assert [row.family_id for row in model.rows] == [whole[0].family_id]  # at once
    assert model.total() is None and model.canFetchMore()
    model.fetchMore()  # the second untrained family, before the whole order is known
    assert [row.family_id for row in model.rows] == [c.family_id for c in whole[:2]]
    qtbot.waitUntil(lambda: model.total() == len(whole), timeout=10_000)
    assert model.untrained() == 2
    while model.canFetchMore():
        model.fetchMore()
    assert model.rows == whole
    qtmodeltester.check(model)


def test_list_newest_first_with_counts(page, programme):
    assert page.model.rowCount() == 4
    assert page.count_label.text() == "4 sessions"
    assert page.model.index(0, 1).data() == "El bosque y el agua"
    columns = [f.name for f in page.model.fields]
    jan = page.model.row_of(programme.sessions["jan"].id)
    assert page.model.index(jan, columns.index("participants")).data() == "4"
    assert page.model.index(jan, columns.index("women")).data() == "1"
    assert page.model.index(jan, columns.index("community_id")).data() == "Aguas Claras"
    assert page.model.index(jan, columns.index("kind")).data() == "Sustainable coffee production"


def test_filters_by_words_kind_community_and_period(qtbot, page, programme):
    type_text(page.search, "renovación")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.title.text() == "Poda y renovación del cafetal"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    choose(page.kind, "Sustainable coffee production")
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 sessions"
    choose(page.kind, "All kinds of training")
    choose(page.community, "San Andrés")
    assert page.model.rowCount() == 0
    assert page.title.text() == "No session selected"
    assert not page.member_box.isEnabled() and not page.print_button.isEnabled()
    choose(page.community, "Aguas Claras")
    choose(page.period, "This month")
    assert page.model.rowCount() == 0
    choose(page.period, "All dates")
    assert page.model.rowCount() == 4


def test_period_ranges():
    today = date(2026, 2, 14)
    assert period_range("all", today) == (None, None)
    assert period_range("this_month", today) == (date(2026, 2, 1), None)
    assert period_range("last_3_months", today) == (date(2025, 12, 1), None)
    assert period_range("this_year", today) == (date(2026, 1, 1), None)
    assert period_range("last_year", today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_range("last_12_months", today) == (date(2025, 2, 14), None)


def test_record_a_sessions_attendance_from_the_paper_sheet(qtbot, page, programme):
    seen = {}

    def fill_and_save(dialog):
        seen["title"] = dialog.windowTitle()
        for key, text in {"held_on": "12/03/2025", "topic": "Cosecha selectiva",
                          "facilitator": "Ing. Íñigo Ruiz", "hours": "2,5"}.items():
            dialog.widgets[key].clear()
            type_text(dialog.widgets[key], text)
        choose(dialog.widgets["kind"], "Sustainable coffee production")
        choose(dialog.widgets["community_id"], "Aguas Claras")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(fill_and_save)
    page.add_button.click()
    assert seen["title"] == "New training session"
    assert page.model.rowCount() == 5
    assert page.title.text() == "Cosecha selectiva"
    assert "Ing. Íñigo Ruiz" in page.details.text() and "2.5 h" in page.details.text()
    assert page.member_box.isEnabled()

    # 1. a DNI from the sheet, then Enter
    type_text(page.member_search, "2222")
    enter(page.member_search)
    assert names(page) == ["Pedro Huamán Quispe"]
    assert page.member_search.text() == ""
    assert page.message.text() == "Pedro Huamán Quispe added."

    # 2. part of the names, accents typed or not: the lookup's popup shows the match
    page.activateWindow()  # back from the session's dialog
    qtbot.waitUntil(page.isActiveWindow)
    type_text(page.member_search, "núñez jo")
    qtbot.waitUntil(lambda: page.member_search.popup.isVisible(), timeout=5000)
    assert page.member_search.model.rowCount() == 1
    assert page.member_search.model.index(0).data().startswith(
        "José Núñez Pérez · DNI 01234567")
    QTest.keyClick(page.member_search.popup, Qt.Key.Key_Return)
    assert names(page)[-1] == "José Núñez Pérez"
    assert page.member_search.text() == ""

    # 3. the same person again is refused with a clear message
    type_text(page.member_search, "01234567")
    enter(page.member_search)
    assert page.message.text() == (
        "José Núñez Pérez is already on the attendance list of this session.")
    assert page.attendance.rowCount() == 2
    assert page.member_search.text().startswith("José Núñez Pérez")  # left to correct

    # 4. arrow keys choose among several; who is on the list already is said so
    page.member_search.clear()
    type_text(page.member_search, "nunez")
    page.member_search.search()
    model, popup = page.member_search.model, page.member_search.popup
    assert model.rowCount() == 2
    lines = [model.index(i).data() for i in range(2)]
    assert lines[0].startswith("José") and lines[0].endswith("— already on the list")
    assert popup.currentIndex().row() == 1  # José is already on the list: Lucía highlighted
    QTest.keyClick(popup, Qt.Key.Key_Up)
    assert popup.currentIndex().row() == 0
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert names(page)[-1] == "Lucía Núñez Tuesta"

    # 5. nobody matches
    type_text(page.member_search, "zzz")
    enter(page.member_search)
    assert "No registered member matches “zzz”" in page.message.text()
    page.member_search.clear()

    # 6. tick members of a family in the community list
    f2 = programme.families["f2"].code

    def tick_family(dialog):
        seen["pick_title"] = dialog.windowTitle()
        family = dialog.family_item(f2)
        seen["children"] = [family.child(i).text(0) for i in range(family.childCount())]
        family.setCheckState(0, Qt.CheckState.Checked)
        seen["ticked"] = len(dialog.checked_ids())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(tick_family)
    page.pick_button.click()
    assert seen["pick_title"] == "Pick members"
    assert seen["children"][0] == "Pedro Huamán Quispe  (already on the list)"
    assert seen["ticked"] == 1  # Pedro is already there: only Rosa is added
    assert names(page)[-1] == "Rosa Vásquez Cóndor"
    assert page.message.text() == "Rosa Vásquez Cóndor added."

    # 7. people who are not registered
    type_text(page.guest_name, "Ana Ríos")
    enter(page.guest_name)
    assert "Sex is required." in page.message.text()
    assert "Age is required." in page.message.text()
    choose(page.guest_sex, "Female")
    choose(page.guest_age, "Under 12")
    enter(page.guest_name)
    assert names(page)[-1] == "Ana Ríos"
    assert page.guest_name.text() == "" and page.guest_sex.currentText() == "Female"
    type_text(page.guest_name, "ana rios")
    enter(page.guest_name)
    assert page.message.text() == "Ana Ríos is already on the attendance list of this session."

    # the list, the counts and the sessions table agree
    assert page.attendance.rowCount() == 5
    row = page.attendance.rowCount() - 1
    assert [page.attendance.index(row, c).data() for c in range(7)] == [
        "5", "Ana Ríos", "", "", "Female", "Under 12", "No"]
    assert page.attendance_count.text() == "5 participants · women: 3 · men: 2"
    columns = [f.name for f in page.model.fields]
    current = page.table.currentIndex().row()
    assert page.model.index(current, columns.index("participants")).data() == "5"

    # a wrong line is removed
    page.attendance_view.selectRow(2)
    page.remove_button.click()
    assert "Lucía Núñez Tuesta" not in names(page)
    assert page.message.text() == "Lucía Núñez Tuesta removed from the list."


def test_planned_session_waits_for_its_attendance(qtbot, page, session, programme):
    planned = training.save_session(session, {
        "topic": "Compost", "kind": "coffee", "community_id": programme.community.id,
        "held_on": date.today() + timedelta(days=7)})
    page.refresh(planned.id)
    assert page.title.text() == "Compost"
    assert not page.planned_note.isHidden()
    assert not page.member_box.isEnabled() and not page.guest_box.isEnabled()
    assert page.print_button.isEnabled()


def test_print_sign_in_sheet(qtbot, page, programme, tmp_path, monkeypatch):
    target = tmp_path / "hoja"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    select(page, programme.sessions["feb"].id)
    choose(page.sheet_language, "Español")
    with qtbot.waitSignal(page.changed) as signal:
        page.print_button.click()
    written = tmp_path / "hoja.pdf"
    assert signal.args == [f"Sign-in sheet saved to {written}."]
    text = PdfReader(str(written)).pages[0].extract_text()
    assert "Manejo de la roya" in text and "jueves, 20 de febrero de 2025" in text
    assert "Rosa Vásquez Cóndor" in text


def test_edit_and_delete_a_session_then_undo(qtbot, page, programme):
    select(page, programme.sessions["nov"].id)

    def rename(dialog):
        assert dialog.widgets["held_on"].text() == "05/11/2024"
        dialog.widgets["topic"].clear()
        type_text(dialog.widgets["topic"], "Ahorro y crédito")
        dialog.widgets["hours"].clear()
        type_text(dialog.widgets["hours"], "-2")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.error_text("hours") == "-2 hours is not plausible for one session."
        dialog.widgets["hours"].clear()
        type_text(dialog.widgets["hours"], "4")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(rename)
    page.edit_button.click()
    assert page.title.text() == "Ahorro y crédito"

    on_next_dialog(lambda box: box.button(box.StandardButton.Yes).click())
    page.delete_button.click()
    assert page.model.rowCount() == 3
    assert page.undo_delete()
    assert page.model.rowCount() == 4 and page.title.text() == "Ahorro y crédito"
    assert page.attendance.rowCount() == 2


def test_figures_panel(qtbot, page, programme):
    page.tabs.setCurrentIndex(1)  # the figures are read in the background
    assert page.figure_values[0].text() == "…"
    qtbot.waitUntil(lambda: not page.figures_pending, timeout=10_000)
    values = [label.text() for label in page.figure_values]
    assert values == ["4", "12", "7", "42.9 %", "1", "2"]
    assert "on participations it would be 33.3 %" in page.figure_values[3].toolTip()
    kinds = page.kind_figures
    assert [kinds.index(0, c).data() for c in range(5)] == [
        "Sustainable coffee production", "2", "8", "5", "40.0 %"]
    assert page.period_figures.index(0, 0).data() == "November 2024"
    choose(page.breakdown, "By year")
    qtbot.waitUntil(lambda: not page.figures_pending, timeout=10_000)
    assert [page.period_figures.index(r, 0).data() for r in range(2)] == ["2024", "2025"]
    page.year.setValue(2025)
    families = page.family_figures
    # The untrained families come at once; the rest once the order is read in the background.
    assert [families.index(0, 0).data()] == [programme.families["f4"].code]
    qtbot.waitUntil(lambda: families.total() is not None, timeout=10_000)
    assert page.family_count.text() == "3 families, 1 with no training"
    assert [[families.index(r, c).data() for c in (0, 3, 4)] for r in range(3)] == [
        [programme.families["f4"].code, "0", "0"], [programme.families["f2"].code, "2", "2"],
        [programme.families["f1"].code, "2", "2"]]
    assert families.data(families.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    choose(page.community, "San Andrés")  # the filters apply to the figures too
    qtbot.waitUntil(lambda: not page.figures_pending, timeout=10_000)
    assert page.figure_values[0].text() == "0"
    assert page.figure_values[3].text() == "—"
    qtbot.waitUntil(lambda: families.total() is not None, timeout=10_000)
    assert families.rowCount() == 1


def test_switches_language_at_runtime(qtbot, page, programme):
    apply_language(QApplication.instance(), "es")
    assert page.kind.itemText(1) == "Producción sostenible de café"
    columns = [f.name for f in page.model.fields]
    jan = page.model.row_of(programme.sessions["jan"].id)
    assert page.model.index(jan, columns.index("kind")).data() == "Producción sostenible de café"
    assert page.guest_age.itemText(1) == "Menor de 12"
    select(page, programme.sessions["jan"].id)
    assert "miércoles, 15 de enero de 2025" in page.details.text()
    apply_language(QApplication.instance(), "en")
    assert page.kind.itemText(1) == "Sustainable coffee production"


def test_pick_dialog_filters_families(qtbot, database, programme):
    dialog = PickMembersDialog(None, database, programme.sessions["jan"].id,
                               programme.community.id)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 3
    type_text(dialog.filter, "vásquez")
    hidden = [dialog.tree.topLevelItem(i).isHidden() for i in range(3)]
    assert hidden == [False, True, True]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.load(programme.families["f4"].id)
    assert dialog.tree.topLevelItemCount() == 1


def test_attendance_model_is_a_correct_qt_model(qtmodeltester, page, programme):
    select(page, programme.sessions["jan"].id)
    assert page.attendance.rowCount() == 4
    qtmodeltester.check(page.attendance)

"""The Families detail keeps a member's consents and the reason of a correction (Ley 29733),
through the real dialogs, in Spanish."""

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import people, registry
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.language import apply_language
from tests.ui.helpers import on_next_dialog


@pytest.fixture
def page(qtbot, database, family):
    apply_language(QApplication.instance(), "es")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    page = window.families
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.members.rowCount() == 1)
    page.members_view.selectRow(0)
    yield page
    apply_language(QApplication.instance(), "en")


def test_a_correction_asks_why_and_the_history_shows_it(qtbot, database, family, page):
    seen = {}

    def correct(dialog):
        seen["title"] = dialog.windowTitle()
        dialog.widgets["dni"].setText("01234568")
        dialog.widgets["change_reason"].setText("Mostró su DNI: un dígito errado")
        seen["hint"] = dialog.widgets["change_reason"].placeholderText()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(correct)
    page.edit_member()
    assert seen["title"] == "Editar miembro"
    assert seen["hint"].startswith("Por ejemplo")
    with database.session() as session:
        assert registry.get_family(session, family.id).head.dni == "01234568"
        [row] = [r for r in people.record_history(session, family.head.id) if r.reason]
    assert row.reason == "Mostró su DNI: un dígito errado"
    history = page.history
    reasons = [history.index(r, history.columnCount() - 2).data()
               for r in range(history.rowCount())]
    assert "Mostró su DNI: un dígito errado" in reasons


def test_consents_are_recorded_and_the_newest_holds(qtbot, database, family, page):
    seen = {}

    def record(form, answer):
        for name, code in (("purpose", "sharing"), ("answer", answer)):
            form.widgets[name].setCurrentIndex(form.widgets[name].findData(code))
        form.widgets["explained_by"].setText("Rosa Tapia")
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def in_consents(dialog):
        seen["title"] = dialog.windowTitle()
        seen["before"] = dialog.current.text()
        for answer in ("agrees", "refuses"):
            on_next_dialog(lambda form, a=answer: record(form, a))
            dialog.add_answer()
        seen["rows"] = dialog.model.rowCount()
        seen["after"] = dialog.current.text()
        dialog.reject()

    on_next_dialog(in_consents)
    page.rights.show_consents()
    assert seen["title"] == "Consentimientos de José Núñez Pérez"
    assert "Compartir datos con los socios: aún no se le preguntó" in seen["before"]
    assert seen["rows"] == 2
    assert "Compartir datos con los socios: No acepta o retira" in seen["after"]
    with database.session() as session:
        assert people.current_answers(session, family.head.id)["sharing"] == "refuses"

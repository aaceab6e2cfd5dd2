"""The grievance log: record one about a family, refuse an unknown subject, close it."""

from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.grievances.grievances_page import GrievancesPage
from tests.ui.helpers import on_next_dialog, type_text


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_record_and_close_a_grievance(qtbot, qtmodeltester, database, family):
    page = GrievancesPage(database)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    seen = {}

    def fill(dialog):
        type_text(dialog.widgets["subject"], "F-404")
        type_text(dialog.widgets["raised_by"], "José Núñez")
        type_text(dialog.widgets["description"], "No llegó el kit de salud")
        save(dialog)
        seen["error"] = dialog.error_text("subject")
        dialog.widgets["subject"].clear()
        type_text(dialog.widgets["subject"], "01234567")  # the head's DNI finds the family
        save(dialog)

    on_next_dialog(fill)
    page.add_button.click()
    qtmodeltester.check(page.model)
    assert seen["error"] == "Nothing matches “F-404”."
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == family.code
    page.table.selectRow(0)

    def close(dialog):
        save(dialog)  # no action taken yet: refused
        seen["close_error"] = dialog.general_error.text() or dialog.error_text("action_taken")
        type_text(dialog.widgets["action_taken"], "Se entregó el kit")
        save(dialog)

    on_next_dialog(close)
    page.close_button.click()
    assert "action was taken" in seen["close_error"]
    assert page.model.rowCount() == 0  # open ones only
    page.open_only.setChecked(False)
    assert page.model.rowCount() == 1 and page.model.record(0).closed_on is not None

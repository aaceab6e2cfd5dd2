"""The Data protection area: record an incident through the form as a user would, see the
48-hour notice it starts, and who sees the area (issue 14 item 5)."""

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import people
from desktop.services.people import Actor
from desktop.ui.people.incidents_page import IncidentsPage
from desktop.ui.widgets.language import apply_language
from tests.ui.helpers import on_next_dialog, type_text


@pytest.fixture
def office(database):
    with database.session() as session:
        people.add_user(session, "Ana Admin", "admin", "first-secret", first=True)
    database.actor = Actor("Ana Admin", "admin")
    return database


def test_record_an_incident_and_see_when_the_notice_is_due(qtbot, office):
    apply_language(QApplication.instance(), "en")
    page = IncidentsPage(office)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and page.notice.isHidden()

    def fill(dialog):
        type_text(dialog.widgets["what"], "Laptop de campo robada")
        dialog.widgets["people_affected"].clear()
        type_text(dialog.widgets["people_affected"], "215")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(fill)
    page.new_button.click()
    assert page.model.rowCount() == 1
    row = page.model.record(0)
    assert row.what == "Laptop de campo robada" and row.recorded_by == "Ana Admin"
    assert row.due_on == date.today() + timedelta(days=2)
    assert not page.notice.isHidden()
    assert "must be reported to the authority by" in page.notice.text()

    def notified(dialog):
        widget = dialog.widgets["authority_notified_on"]
        widget.clear()
        type_text(widget, date.today().strftime("%d/%m/%Y"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    page.table.selectRow(0)
    on_next_dialog(notified)
    page.edit_button.click()
    assert page.model.record(0).authority_notified_on == date.today()
    assert page.notice.isHidden()


@pytest.mark.parametrize("role, sees", [("admin", True), ("coordinator", True),
                                        ("office", False), ("cooperative", False)])
def test_only_administrators_and_coordinators_see_the_area(qtbot, office, role, sees):
    from desktop.ui.main_window import MainWindow

    office.actor = Actor("Someone", role)
    window = MainWindow(office)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert ("Data protection" in titles) is sees

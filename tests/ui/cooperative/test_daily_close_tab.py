"""The "Daily close" tab and the expected yields dialog as a manager uses them: the day's
figures shown, the close printed to a PDF, the day closed after a confirmation (and then
refusing deliveries), reopened by an administrator; a yield set in the dialog."""

from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from desktop.services import people
from desktop.services.cooperative.daily_close import station_day
from desktop.services.cooperative.expected_yields import list_expected_yields
from desktop.services.errors import ValidationError
from desktop.services.people import Actor
from desktop.ui.cooperative.expected_yields_dialog import ExpectedYieldsDialog
from desktop.ui.cooperative.models import date_text
from tests.services.cooperative.builders import DAY, deliver
from tests.ui.cooperative.test_cooperative_page import office, page  # noqa: F401 - fixtures
from tests.ui.helpers import finish, on_next_dialog, type_text


@pytest.fixture
def close_tab(page, session, office):  # noqa: F811
    first = deliver(session, office["coop"], office["first"], None,
                    gross_kg="100", tare_kg="0", price_per_kg_pen="10",
                    plot_id=office["first"].family.plots[0].id)
    page.tabs.setCurrentWidget(page.day_close)
    tab = page.day_close
    tab.day_edit.setText(date_text(DAY))
    tab.day_edit.editingFinished.emit()
    return {"tab": tab, "first": first}


def test_the_day_shown_printed_and_closed(qtbot, page, session, office, close_tab,  # noqa: F811
                                          tmp_path):
    tab = close_tab["tab"]
    shown = tab.summary.toPlainText()
    assert close_tab["first"].receipt_number in shown and "Receipts issued: 1" in shown
    assert "Not closed yet" in shown
    assert tab.close_button.isEnabled() and not tab.reopen_button.isEnabled()

    out = tmp_path / "cierre.pdf"
    finish(qtbot, tab.print_close(out))
    assert "Signature of the manager" in PdfReader(str(out)).pages[0].extract_text()

    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert not tab.close_day()
    assert station_day(session, office["coop"].id, DAY) is None
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert tab.close_day()
    assert "Closed by" in tab.summary.toPlainText()
    assert not tab.close_button.isEnabled() and tab.reopen_button.isEnabled()
    with pytest.raises(ValidationError):  # the station refuses that day now
        deliver(session, office["coop"], office["first"], office["first"].family.plots[0])


def test_only_an_administrator_sees_reopen(qtbot, database, page, close_tab):  # noqa: F811
    tab = close_tab["tab"]
    assert tab.close_day(ask=False)
    with database.session() as session:
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    database.actor = Actor("Rosa", "cooperative")
    page.apply_role(database)
    assert not tab.reopen_button.isVisibleTo(page)
    assert tab.close_button.isVisibleTo(page)
    database.actor = Actor("Ana", "admin")
    on_next_dialog(lambda box: box.accept())
    assert not tab.reopen_day("")  # a reason is needed
    assert tab.reopen_day("Faltó registrar un recibo")
    assert tab.close_button.isEnabled()


def test_a_yield_set_in_the_dialog(qtbot, database, session, office, community):  # noqa: F811
    dialog = ExpectedYieldsDialog(None, database, office["coop"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.community.setCurrentIndex(dialog.community.findData(community.id))
    dialog.product.setCurrentIndex(dialog.product.findData("cherry"))
    type_text(dialog.kg_per_ha, "4000")
    assert dialog.save()
    type_text(dialog.kg_per_ha, "cero")
    on_next_dialog(lambda box: box.accept())
    assert not dialog.save()
    rows = list_expected_yields(session, office["coop"].id)
    assert [(r.product, r.community_id, r.kg_per_ha) for r in rows] == [
        ("cherry", community.id, Decimal("4000.000"))]
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.remove_selected() and dialog.model.rowCount() == 0

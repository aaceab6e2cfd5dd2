"""Recording an advance from the Members tab (a validated form) and the member's account with
its running balance (issue 16 item 4), in a window that fits 1024 x 768."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services import cooperative, people
from desktop.services.people import Actor
from desktop.ui.cooperative.cooperative_page import CooperativePage
from desktop.ui.cooperative.member_account import advance_dialog
from tests.services.cooperative.builders import deliver, make_cooperative, make_member, make_plot
from tests.ui.helpers import on_next_dialog, type_text

DAY = date.today() - timedelta(days=10)


@pytest.fixture
def tab(qtbot, database, session, family):
    coop = make_cooperative(session)
    plot = make_plot(session, family)
    member = make_member(session, coop, family)
    deliver(session, coop, member, plot, delivered_on=DAY.isoformat(), gross_kg="100",
            tare_kg="0", price_per_kg_pen="9")  # S/ 900
    page = CooperativePage(database)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.members)
    page.members.refresh()
    page.members.table.selectRow(0)
    return page.members


def fill(qtbot, dialog, amount: str, description="2 sacos de fertilizante"):
    dialog.widgets["amount_pen"].clear()
    type_text(dialog.widgets["amount_pen"], amount)
    dialog.widgets["description"].clear()
    type_text(dialog.widgets["description"], description)


def test_a_bad_advance_stays_in_the_form_with_its_error_then_is_saved(qtbot, tab, session):
    membership_id = tab.model.records[0].id
    dialog = advance_dialog(tab, tab.page.database, membership_id, "M-0001")
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "0")
    dialog.try_save()
    assert dialog.isVisible()
    assert dialog.error_text("amount_pen") == "The amount must be greater than S/ 0."
    share = dialog.widgets["rule"]
    share.setCurrentIndex(share.findData("share"))
    dialog.try_save()
    assert dialog.error_text("share_pct").startswith("Give the share")
    type_text(dialog.widgets["share_pct"], "25")
    dialog.widgets["amount_pen"].clear()
    type_text(dialog.widgets["amount_pen"], "300")
    dialog.try_save()
    assert not dialog.isVisible() and dialog.saved
    advance = dialog.saved[-1]
    assert (advance.amount_pen, advance.rule, advance.share_pct) == (
        Decimal("300.00"), "share", Decimal("25.00"))


def test_the_account_shows_the_running_balance_and_fits_the_screen(qtbot, tab, session):
    membership_id = tab.model.records[0].id
    cooperative.record_advance(session, membership_id, {
        "given_on": DAY.isoformat(), "kind": "cash", "description": "Efectivo para cosecha",
        "amount_pen": "300", "rule": "next_payment"})
    cooperative.pay_member_up_to(session, membership_id, DAY, paid_on=DAY + timedelta(1))
    dialog = tab.account_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 768
    model = dialog.account
    shown = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert [row[1] for row in shown] == ["Delivery", "Advance", "Payment", "Advance repaid"]
    assert shown[-1][-1].replace("\u00a0", " ") == "0.00"
    assert "Owed to the member: S/ 0.00" in dialog.balance_label.text()
    assert dialog.advances.rowCount() == 1
    assert not dialog.void_advance("no")  # nothing chosen: nothing happens
    dialog.advances_view.selectRow(0)
    said = {}

    def close(box):
        said["text"] = box.text()
        box.close()

    on_next_dialog(close)
    assert not dialog.void_advance("error")  # already repaid: refused with a message box
    assert "already repaid" in said["text"]


def test_the_buttons_are_hidden_from_a_role_that_cannot_edit(qtbot, database, session, tab):
    assert tab.advance_button.isVisibleTo(tab) and tab.account_button.isVisibleTo(tab)
    people.add_user(session, "Ana", "admin", "first-secret", first=True)
    database.actor = Actor("Luz Oficina", "office")
    page = CooperativePage(database)
    qtbot.addWidget(page)
    page.apply_role(database)
    assert not page.members.advance_button.isVisibleTo(page.members)
    assert not page.members.account_button.isVisibleTo(page.members)


def test_the_tab_opens_the_form_for_the_selected_member(qtbot, tab, monkeypatch):
    seen = {}

    def run(dialog):
        seen["title"] = dialog.windowTitle()
        seen["kind"] = dialog.widgets["kind"].currentData()
        return None

    monkeypatch.setattr("desktop.ui.widgets.form_dialog.FormDialog.run", run)
    assert tab.record_advance() is None
    assert seen == {"title": f"Advance to M-0001 {tab.model.records[0].name}",
                    "kind": "in_kind"}
    assert tab.table.currentIndex().isValid()


def test_the_statement_prints_from_the_account(qtbot, tab, session, tmp_path):
    from pypdf import PdfReader

    membership_id = tab.model.records[0].id
    cooperative.record_advance(session, membership_id, {
        "given_on": DAY.isoformat(), "kind": "in_kind", "description": "Una lampa",
        "amount_pen": "45", "rule": "next_payment"})
    dialog = tab.account_dialog()
    qtbot.addWidget(dialog)
    written = dialog.print_statement(tmp_path / "estado")
    assert written == tmp_path / "estado.pdf"
    text = PdfReader(str(written)).pages[0].extract_text()
    assert "Member statement" in text and tab.model.records[0].member_code in text
    assert "Una lampa" in text

"""Payment day in the window: the list for a date, a wrong date said above it, the list and
its workbook printed, approval off the GUI thread, and the Payments tab emptied after it."""

from datetime import date

import openpyxl
from pypdf import PdfReader

from desktop.services import cooperative
from tests.services.cooperative.builders import deliver
from tests.ui.cooperative.test_cooperative_page import office, page  # noqa: F401 (fixtures)
from tests.ui.helpers import finish


def test_review_print_and_approve_a_payment_day(qtbot, page, session, office,  # noqa: F811
                                                tmp_path):
    for member in (office["first"], office["second"]):
        plot = cooperative.member_plots(session, member.id)[0]
        deliver(session, office["coop"], member, plot, delivered_on=date(2026, 5, 4))
    page.tabs.setCurrentWidget(page.payments)
    dialog = page.payments.open_payment_day(modal=False)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.approve_button.isEnabled()
    assert dialog.totals.text().startswith("2 members")

    dialog.paid_on.setText("31/02/2026")
    dialog.read()
    assert dialog.model.rowCount() == 0 and not dialog.approve_button.isEnabled()
    assert "dd/mm/yyyy" in dialog.error.text()
    dialog.paid_on.setText(date.today().strftime("%d/%m/%Y"))
    dialog.read()

    written = dialog.print_list(tmp_path / "pagos")
    assert written == tmp_path / "pagos.pdf"
    text = PdfReader(str(written)).pages[0].extract_text()
    assert "Payment list" in text and office["second"].member_code in text
    rows = list(openpyxl.load_workbook(tmp_path / "pagos.xlsx").active.values)
    assert len(rows) == 3 and rows[0][-1] == "Net payable (S/)"

    finish(qtbot, dialog.approve(ask=False))
    assert dialog.approved is not None and len(dialog.approved.lines) == 2
    assert dialog.model.rowCount() == 0  # read again: nothing left to pay
    said = []
    page.changed.connect(said.append)
    dialog.reject()  # its Close button
    qtbot.waitUntil(lambda: page.payments.model.rowCount() == 0)
    assert said and said[-1].startswith("Payment day: 2 members paid")

"""Payment day (issue 16 item 5) in the window: choose the date deliveries are paid up to,
review one line per member (kilos, gross, deductions, net), print the list to sign and the
transfer workbook, then approve: every line is paid at once, or nothing is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import language
from desktop.i18n.formatting import fmt_kg, fmt_number, fmt_soles
from desktop.reports.payment_list import write_payment_list, write_transfer_workbook
from desktop.services.cooperative import payment_day
from desktop.services.cooperative.fields import PAYMENT_LINE_FIELDS
from desktop.services.errors import ValidationError
from desktop.ui.cooperative.models import RowsModel, date_text, parse_date
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.operations import COOPERATIVE, Operation
from desktop.ui.widgets.tables import make_table


class PaymentDay(QDialog):
    """Review, print and approve one payment day of the page's cooperative."""

    def __init__(self, parent: QWidget, database, cooperative_id: str, up_to: date | None = None):
        super().__init__(parent)
        self.setObjectName("paymentDay")
        self.database = database
        self.cooperative_id = cooperative_id
        self.data: payment_day.PaymentList | None = None
        self.approved: payment_day.PaymentList | None = None
        self.setWindowTitle(self.tr("Payment day"))
        self.up_to = QLineEdit(date_text(up_to or date.today()), objectName="paymentUpTo")
        self.paid_on = QLineEdit(date_text(date.today()), objectName="paymentPaidOn")
        for box in (self.up_to, self.paid_on):
            box.setPlaceholderText(self.tr("dd/mm/yyyy"))
            box.setMaximumWidth(130)
            box.editingFinished.connect(self.read)
        self.error = QLabel(objectName="paymentDayError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        self.totals = QLabel(objectName="paymentDayTotals", wordWrap=True)
        self.model = RowsModel(PAYMENT_LINE_FIELDS, self)
        self.table = make_table(self.model)
        self.empty = empty_hint(self.table, lambda: (
            self.tr("Nothing to pay for deliveries up to this date."), "", None))
        self.table.setObjectName("paymentLines")
        self.print_button = QPushButton(self.tr("Print the list…"), objectName="printPayments")
        self.print_button.clicked.connect(lambda: self.print_list())
        self.approve_button = QPushButton(self.tr("Approve and pay…"),
                                          objectName="approvePayments")
        self.approve_button.clicked.connect(lambda: self.approve())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        dates = QFormLayout()
        dates.addRow(self.tr("Deliveries up to:"), self.up_to)
        dates.addRow(self.tr("Paid on:"), self.paid_on)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)
        self.resize(960, 560)
        self.read()

    def read(self) -> None:
        """Read the list for the dates typed; a wrong date is said above the list."""
        self.data = None
        self.error.clear()
        up_to, paid_on = parse_date(self.up_to.text()), parse_date(self.paid_on.text())
        if up_to is None or paid_on is None:
            self.error.setText(self.tr("Write both dates as dd/mm/yyyy."))
        else:
            try:
                with self.database.session() as session:
                    self.data = payment_day.payment_list(session, self.cooperative_id, up_to,
                                                         paid_on)
            except ValidationError as error:
                self.error.setText(error.text())
        self.model.set_records(self.data.lines if self.data else [])
        self.print_button.setEnabled(self.data is not None)
        self.approve_button.setEnabled(bool(self.data and self.data.lines))
        self.show_totals()

    def show_totals(self) -> None:
        data = self.data
        if data is None:
            self.totals.clear()
            return
        self.totals.setText(self.tr(
            "{members} members · {kg} kg · gross {gross} · deductions {deductions} · "
            "net payable {net}").format(
            members=fmt_number(len(data.lines)), kg=fmt_kg(data.net_kg),
            gross=fmt_soles(data.gross_pen), deductions=fmt_soles(data.deductions_pen),
            net=fmt_soles(data.net_pen)))

    def print_list(self, path: str | Path | None = None) -> Path | None:
        """Write the list to sign (PDF) and, beside it, the transfer workbook (.xlsx)."""
        if self.data is None:
            return None
        if path is None:
            suggested = Path.home() / f"{self.tr('payments')}-{self.data.up_to.isoformat()}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the list…"),
                                                  str(suggested), self.tr("PDF (*.pdf)"))
            if not path:
                return None
        path = Path(path).with_suffix(".pdf")
        lang = language()
        try:
            written = write_payment_list(self.data, path, lang)
            write_transfer_workbook(self.data, path.with_suffix(".xlsx"), lang)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Print the list…"), str(error))
            return None
        self.error.setText(self.tr("List written to {path}, with its workbook.").format(
            path=written))
        return written

    def approve(self, ask: bool = True) -> Operation | None:
        """Pay every line as reviewed (asked first), off the GUI thread; refused when the list
        changed meanwhile. `approved` then holds what was paid."""
        if not (self.data and self.data.lines):
            return None
        if ask and QMessageBox.question(self, self.tr("Approve and pay…"), self.tr(
                "Pay {members} members {net} in all, on {day}? Every delivery listed is "
                "marked paid.").format(members=fmt_number(len(self.data.lines)),
                                       net=fmt_soles(self.data.net_pen),
                                       day=date_text(self.data.paid_on))
                ) != QMessageBox.StandardButton.Yes:
            return None
        database, coop, reviewed = self.database, self.cooperative_id, self.data

        def job(_progress):
            with database.session() as session:
                return payment_day.approve_payment_day(session, coop, reviewed)

        def failed(error: BaseException) -> None:
            if not isinstance(error, ValidationError):
                raise error
            QMessageBox.warning(self, self.tr("Approve and pay…"), error.text())
            self.read()

        def paid(result: payment_day.PaymentList) -> None:
            self.approved = result
            self.read()

        self.approve_button.setEnabled(False)
        return Operation(self, job, changes={COOPERATIVE}) \
            .with_progress(self.tr("Paying {members} members…").format(
                members=fmt_number(len(reviewed.lines)))) \
            .success(paid).failure(failed).run_in_background()


__all__ = ["PaymentDay"]

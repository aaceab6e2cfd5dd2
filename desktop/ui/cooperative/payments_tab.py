"""The Payments tab: what is owed to whom; pay a member everything up to a date.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from desktop.i18n.formatting import fmt_number, fmt_soles
from desktop.services import cooperative
from desktop.services.cooperative import (
    OWED_FIELDS,
)
from desktop.services.errors import ValidationError
from desktop.ui.cooperative.models import (
    RowsModel,
    date_text,
    parse_date,
)
from desktop.ui.cooperative.payment_day import PaymentDay
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.tables import make_table
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.layouts import hbox, vbox

# --- payments ------------------------------------------------------------------------------

class PaymentsTab(Page):
    """What is owed to whom; pay a member everything up to a date."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.up_to_caption = QLabel()
        self.up_to = QLineEdit(date_text(date.today()), objectName="payUpTo")
        self.up_to.setMaximumWidth(120)
        self.up_to.editingFinished.connect(self.refresh)
        self.total_label = QLabel(objectName="owedTotal")
        self.model = RowsModel(OWED_FIELDS, self)
        self.table = make_table(self.model)
        self.table.setObjectName("owedTable")
        self.empty = empty_hint(self.table, lambda: (
            self.tr("Nothing owed for deliveries up to this date."), "", None))
        self.pay_button = QPushButton(objectName="payMember")
        self.pay_button.clicked.connect(lambda: self.pay_selected_member())
        self.payment_day_button = QPushButton(objectName="paymentDayButton")
        self.payment_day_button.clicked.connect(lambda: self.open_payment_day())
        top = hbox(self.up_to_caption, self.up_to)
        top.addWidget(self.total_label, 1)
        vbox(self, top, self.table, hbox(self.pay_button, self.payment_day_button, None))
        self.retranslate()

    def retranslate(self) -> None:
        self.up_to_caption.setText(self.tr("Delivered up to:"))
        self.up_to.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.pay_button.setText(self.tr("Pay the member up to this date…"))
        self.payment_day_button.setText(self.tr("Payment day…"))
        self.model.retranslate()
        self.update_total()

    def date(self) -> date | None:
        return parse_date(self.up_to.text())

    def refresh(self) -> None:
        coop = self.page.cooperative_id
        if not coop:
            self.model.set_records([])
        else:
            with self.page.database.session() as session:
                self.model.set_records(cooperative.amounts_owed(session, coop, self.date()))
        self.update_total()

    def update_total(self) -> None:
        rows = self.model.records
        total = sum((r.amount_pen for r in rows), Decimal(0))
        self.total_label.setText(self.tr("Owed to {members} members: {amount}").format(
            members=fmt_number(len(rows)), amount=fmt_soles(total)))

    def open_payment_day(self, modal: bool = True) -> PaymentDay | None:
        """Every member owed up to the date, reviewed, printed and paid at once."""
        if not self.page.cooperative_id:
            return None
        dialog = PaymentDay(self, self.page.database, self.page.cooperative_id, self.date())
        dialog.finished.connect(lambda _: self._payment_day_closed(dialog))
        if modal:
            dialog.exec()
        return dialog

    def _payment_day_closed(self, dialog: PaymentDay) -> None:
        if dialog.approved is not None:
            self.page.data_changed(self.tr("Payment day: {members} members paid, {amount}.")
                                   .format(members=fmt_number(len(dialog.approved.lines)),
                                           amount=fmt_soles(dialog.approved.net_pen)))

    def pay_selected_member(self, ask: bool = True) -> bool:
        index = self.table.currentIndex()
        up_to = self.date()
        if not index.isValid() or up_to is None:
            return False
        row = self.model.record(index.row())
        if ask:
            question = self.tr("Mark paid today every delivery of {member} up to {day}: "
                               "{amount}?").format(member=f"{row.member_code} {row.member}",
                                                   day=date_text(up_to),
                                                   amount=fmt_soles(row.amount_pen))
            with self.page.database.session() as session:
                due = cooperative.deductions_due(session, row.membership_id, row.amount_pen)
            if due.deducted_pen:
                question += "\n\n" + self.tr("{deducted} will be kept back for advances: "
                                              "{net} paid.").format(
                    deducted=fmt_soles(due.deducted_pen), net=fmt_soles(due.net_pen))
            answer = QMessageBox.question(self, self.tr("Pay member"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self.page.database.session() as session:
                result = cooperative.pay_member_up_to(session, row.membership_id, up_to)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Pay member"), error.text())
            return False
        if result.deducted_pen:
            message = self.tr("{member}: {n} deliveries paid, {gross} gross, {deducted} kept "
                              "back for advances, {net} paid.").format(
                member=row.member_code, n=result.deliveries, gross=fmt_soles(result.gross_pen),
                deducted=fmt_soles(result.deducted_pen), net=fmt_soles(result.net_pen))
        else:
            message = self.tr("{member}: {n} deliveries paid, {amount}.").format(
                member=row.member_code, n=result.deliveries, amount=fmt_soles(result.amount_pen))
        self.page.data_changed(message)
        return True

"""The Deliveries tab: every delivery, newest first; search, correct, void, reprint, mark paid.
"""

from __future__ import annotations


from PySide6.QtCore import (
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from desktop.i18n.formatting import fmt_kg, fmt_number, fmt_soles
from desktop.services import cooperative, people
from desktop.services.cooperative import (
    DELIVERY_FIELDS,
    DeliveryFilter,
)
from desktop.services.errors import ValidationError
from desktop.ui.cooperative.models import (
    SEARCH_DELAY_MS,
    DeliveryListModel,
    selected_rows,
)
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.services.lookup import PLOT
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.lookup import Lookup
from desktop.ui.widgets.operations import Operation
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.tables import make_table
from desktop.ui.cooperative.delivery_history import DeliveryHistory
from desktop.ui.widgets.layouts import hbox, vbox

# --- deliveries ---------------------------------------------------------------------------

#: What can be corrected on a delivery (the member: void it and record it again).
CORRECTABLE = [f for f in DELIVERY_FIELDS if f.in_form and f.name != "membership_id"]


class DeliveriesTab(Page):
    """Every delivery, newest first: search, correct, void, reprint, mark paid."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.search = QLineEdit(objectName="deliverySearch")
        self.search.setClearButtonEnabled(True)
        self.unpaid = QCheckBox(objectName="unpaidOnly")
        self.flagged = QCheckBox(objectName="flaggedOnly")
        self.voided = QCheckBox(objectName="showVoided")
        self.voided.setChecked(True)
        self.count_label = QLabel(objectName="deliveryCount")
        self.total: int | None = None  # None while the list is being counted
        self.counting: Operation | None = None
        self._asked = 0  # which count the label waits for: a newer filter's, not an older one
        self.summary = QLabel(objectName="seasonSummary")
        self.summary.setWordWrap(True)
        self.season: cooperative.SeasonSummary | None = None  # the figures shown
        self.season_of: str | None = None  # ... of this cooperative
        self.summing: Operation | None = None
        self._summed = 0  # which reading the line waits for: the newest
        self.model = DeliveryListModel(page.database, parent=self)
        self.table = make_table(self.model, multi=True)
        self.table.setObjectName("deliveryTable")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _: self.correct_selected())
        self.empty = empty_hint(self.table, self.describe_empty)
        self.correct_button = QPushButton(objectName="correctDelivery")
        self.void_button = QPushButton(objectName="voidDelivery")
        self.print_button = QPushButton(objectName="printReceipt")
        self.pay_button = QPushButton(objectName="markPaid")
        self.history_button = QPushButton(objectName="deliveryHistoryButton")
        self.history_button.clicked.connect(lambda: self.show_history())
        self.correct_button.clicked.connect(self.correct_selected)
        self.void_button.clicked.connect(lambda: self.void_selected())
        self.print_button.clicked.connect(self.reprint_selected)
        self.pay_button.clicked.connect(lambda: self.mark_selected_paid())
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for box in (self.unpaid, self.flagged, self.voided):
            box.toggled.connect(lambda _: self.apply_filter())

        top = hbox(self.unpaid, self.flagged, self.voided, self.count_label)
        top.insertWidget(0, self.search, 3)
        vbox(self, top, self.summary, self.table,
             hbox(self.correct_button, self.void_button, self.print_button, self.pay_button,
                  self.history_button, None))
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by receipt, member code, name or DNI…"))
        self.unpaid.setText(self.tr("Unpaid only"))
        self.flagged.setText(self.tr("Flagged only"))
        self.voided.setText(self.tr("Show voided"))
        buttons = (self.correct_button, self.void_button, self.print_button, self.pay_button)
        texts = (self.tr("Correct…"), self.tr("Void…"), self.tr("Print receipt"),
                 self.tr("Mark paid"))
        for button, text in zip(buttons, texts):
            button.setText(text)
        self.history_button.setText(self.tr("History…"))
        self.model.retranslate()
        self.show_count()
        self.show_summary()

    def describe_empty(self):
        """What the empty list says (see empty_hint)."""
        if self.search.text().strip() or self.unpaid.isChecked() or self.flagged.isChecked():
            return self.tr("No delivery matches these filters."), "", None
        return (self.tr("No deliveries yet. Each delivery is weighed and recorded at the "
                        "weighing station, which prints its receipt."),
                self.tr("Open the weighing station"),
                lambda: self.page.tabs.setCurrentWidget(self.page.station))

    def refresh(self) -> None:
        """The deliveries changed (or the cooperative): the list, its count and the season's
        figures read again."""
        self.apply_filter()
        self.update_summary()

    def apply_filter(self) -> None:
        """A search or a tick box changed: the list and its count only; the season's figures,
        over every delivery, stay as they are (half a second at 1,000,000 deliveries)."""
        coop = self.page.cooperative_id
        where = None if not coop else DeliveryFilter(
            coop, self.search.text(), unpaid_only=self.unpaid.isChecked(),
            include_voided=self.voided.isChecked(), flagged_only=self.flagged.isChecked())
        self.model.set_filter(where)
        self.update_count(summary=False)

    def update_count(self, summary: bool = True) -> Operation:
        """Count the list off the GUI thread: its first page shows at once, the count of a
        common name's deliveries (190,000 of 1,000,000) follows when ready."""
        self._asked += 1
        asked, where, database = self._asked, self.model.where, self.page.database
        self.total = None
        self.show_count()

        def job(_progress) -> int:
            with database.session() as session:
                return 0 if where is None else cooperative.count_deliveries(session, where)

        def counted(total: int) -> None:
            if asked == self._asked:  # else the filter changed meanwhile: a newer count comes
                self.total = total
                self.show_count()

        self.counting = Operation(self, job).success(counted).run_in_background()
        if summary:
            self.update_summary()
        return self.counting

    def show_count(self) -> None:
        total = self.total
        self.count_label.setText(
            self.tr("Counting…") if total is None else self.tr("1 delivery") if total == 1
            else self.tr("{n} deliveries").format(n=fmt_number(total)))

    def update_summary(self) -> Operation | None:
        """Read the season's figures off the GUI thread: they sum every delivery (0.3-0.4 s
        at 1,000,000), so the list shows at once and its line of figures follows. The
        figures shown stay until the new ones arrive (another cooperative's are cleared)."""
        self._summed += 1
        asked, coop, database = self._summed, self.page.cooperative_id, self.page.database
        if coop != self.season_of:
            self.season, self.season_of = None, coop
            self.show_summary()
        if not coop:
            return None

        def job(_progress):
            with database.session() as session:
                return cooperative.season_summary(session, coop)

        def summed(season) -> None:
            if asked == self._summed:  # else something changed meanwhile: newer ones come
                self.season = season
                self.show_summary()

        self.summing = Operation(self, job).success(summed).run_in_background()
        return self.summing

    def show_summary(self) -> None:
        s = self.season
        if s is None:
            self.summary.clear()
            return
        self.summary.setText(self.tr(
            "All deliveries: {members} members delivering, {kg} kg, {amount}; average price "
            "{price} per kg; unpaid {unpaid}.").format(
            members=fmt_number(s.members_delivering), kg=fmt_kg(s.net_kg),
            amount=fmt_soles(s.amount_pen),
            price=fmt_soles(s.average_price) if s.average_price is not None else "—",
            unpaid=fmt_soles(s.unpaid_pen)))

    def selected(self) -> list[cooperative.DeliveryRow]:
        return [self.model.row(r) for r in selected_rows(self.table)]

    def select_receipt(self, receipt: str) -> bool:
        for number, row in enumerate(self.model.rows):
            if row.receipt_number == receipt:
                self.table.selectRow(number)
                return True
        return False

    def _warn(self, title: str, error: ValidationError) -> None:
        QMessageBox.warning(self, title, error.text())

    def correct_selected(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row, database = rows[0], self.page.database
        with database.session() as session:
            family_id = cooperative.get_membership(session, row.membership_id).family_id
        values = {"": {f.name: row.value(f.name) for f in CORRECTABLE}}

        def save(raw, _allow_duplicate):
            with self.page.database.session() as session:
                return cooperative.correct_delivery(session, row.id, raw[""])

        dialog = FormDialog(self, self.tr("Correct receipt {receipt}").format(
            receipt=row.receipt_number), [Section("", row.member, CORRECTABLE)], values, save,
            lookups={"plot_id": lambda: Lookup(database, PLOT, family_id=family_id)})
        if dialog.exec():
            self.page.data_changed(self.tr("Receipt {receipt} corrected.").format(
                receipt=row.receipt_number))

    def void_selected(self, reason: str | None = None) -> bool:
        rows = self.selected()
        if len(rows) != 1:
            return False
        row = rows[0]
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Void receipt {receipt}").format(receipt=row.receipt_number),
                self.tr("Why is this delivery voided? (kept in the audit trail)"))
            if not ok:
                return False
        try:
            with self.page.database.session() as session:
                cooperative.void_delivery(session, row.id, reason)
        except ValidationError as error:
            self._warn(self.tr("Void receipt"), error)
            return False
        self.page.data_changed(self.tr("Receipt {receipt} voided.").format(
            receipt=row.receipt_number))
        return True

    def show_history(self, modal: bool = True) -> DeliveryHistory | None:
        """The selected receipt's audit in a dialog (a role without the audit sees why not)."""
        rows = self.selected()
        if len(rows) != 1:
            return None
        dialog = DeliveryHistory(self, self.page.database, rows[0].id, rows[0].receipt_number)
        if not dialog.allowed:
            QMessageBox.information(self, self.tr("History…"), self.tr(
                "Your role does not include reading the audit."))
            return None
        if modal:
            dialog.exec()
        return dialog

    def reprint_selected(self) -> Operation | None:
        rows = self.selected()
        if len(rows) != 1:
            return None
        try:
            return self.page.print_receipt(rows[0].receipt_number, copy=True)
        except people.PermissionDenied as error:
            QMessageBox.warning(self, self.tr("Print receipt"), error.text())
            return None

    def mark_selected_paid(self, ask: bool = True) -> bool:
        rows = [r for r in self.selected()]
        if not rows:
            return False
        ids = [r.id for r in rows]
        if ask:
            try:
                with self.page.database.session() as session:
                    due = cooperative.mark_paid_due(session, ids)
            except ValidationError as error:
                self._warn(self.tr("Mark paid"), error)
                return False
            question = self.tr("Mark {n} deliveries paid today, {amount} in all?").format(
                n=due.deliveries, amount=fmt_soles(due.gross_pen))
            if due.deducted_pen:
                question += "\n\n" + self.tr("{deducted} will be kept back for advances: "
                                              "{net} paid.").format(
                    deducted=fmt_soles(due.deducted_pen), net=fmt_soles(due.net_pen))
            answer = QMessageBox.question(self, self.tr("Mark paid"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self.page.database.session() as session:
                result = cooperative.mark_paid(session, ids)
        except ValidationError as error:
            self._warn(self.tr("Mark paid"), error)
            return False
        if result.deducted_pen:
            message = self.tr("{n} deliveries marked paid: {gross} gross, {deducted} kept back "
                              "for advances, {net} paid.").format(
                n=result.deliveries, gross=fmt_soles(result.gross_pen),
                deducted=fmt_soles(result.deducted_pen), net=fmt_soles(result.net_pen))
        else:
            message = self.tr("{n} deliveries marked paid: {amount}.").format(
                n=result.deliveries, amount=fmt_soles(result.amount_pen))
        self.page.data_changed(message)
        return True

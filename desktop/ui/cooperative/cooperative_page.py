"""The Cooperative area: the weighing station, deliveries, payments, lots and members.

Thin like every page: it shows what desktop.services.cooperative returns and
sends what the user typed to it. The weighing station is made for a whole day
at the scale with the keyboard alone: type a member's code, name or DNI and
press Enter; the plot is chosen when there is only one; Tab through the
weights; Enter saves and prints the receipt; Esc clears.

The page holds the cooperative chooser and one module per tab.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import language
from desktop.services import cooperative
from desktop.services.cooperative import (
    COOPERATIVE_FIELDS,
)
from desktop.ui.cooperative.daily_close_tab import DailyCloseTab
from desktop.ui.cooperative.deliveries_tab import DeliveriesTab
from desktop.ui.cooperative.expected_yields_dialog import ExpectedYieldsDialog
from desktop.ui.cooperative.lots_tab import LotsTab
from desktop.ui.cooperative.members_tab import MembersTab
from desktop.ui.cooperative.payments_tab import PaymentsTab
from desktop.ui.cooperative.pricing_dialog import PricingDialog
from desktop import config
from desktop.reports.receipt import print_receipt, receipt_content
from desktop.reports.receipt_ticket import ticket_html
from desktop.services.cooperative import receipt_data
from desktop.services.cooperative.reprints import note_reprint
from desktop.ui.cooperative.ticket_printer import print_ticket, station_printer
from desktop.ui.cooperative.receipts import receipts_folder
from desktop.ui.cooperative.weighing_station import WeighingStation
from desktop.ui.widgets.operations import COOPERATIVE, FAMILIES, Operation
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.page import Page

# --- the page ------------------------------------------------------------------------------

class CooperativePage(Page):
    """The cooperative's area in the main window."""
    role_widgets = {name: "cooperative.edit" for name in (
        "new_coop", "edit_coop", "station.save_button", "station.prices_button",
        "deliveries.correct_button",
        "deliveries.pay_button", "deliveries.void_button", "payments.pay_button",
        "payments.payment_day_button",
        "lots.new_button", "lots.edit_button", "lots.add_button", "lots.remove_button",
        "members.new_button", "members.edit_button", "members.boundary_button",
        "members.advance_button", "members.account_button", "day_close.close_button",
        "yields_button")} | {
        "deliveries.history_button": "audit.read",
        "day_close.reopen_button": "cooperative.reopen_day"}


    shows = frozenset({COOPERATIVE, FAMILIES})

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.cooperative_id: str | None = None
        self.receipts_dir = receipts_folder()
        self.receipt_format = "ticket"
        self.open_receipts = True  # open each printed receipt in the PDF viewer

        self.coop_caption = QLabel()
        self.coop_combo = QComboBox(objectName="cooperative")
        # A long cooperative name is elided rather than widening the window (tooltip: whole).
        self.coop_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.coop_combo.setMinimumContentsLength(18)
        self.coop_combo.currentTextChanged.connect(self.coop_combo.setToolTip)
        self.coop_combo.currentIndexChanged.connect(lambda _: self.set_cooperative(
            self.coop_combo.currentData()))
        self.new_coop = QPushButton(objectName="newCooperative")
        self.edit_coop = QPushButton(objectName="editCooperative")
        self.new_coop.clicked.connect(self.new_cooperative)
        self.edit_coop.clicked.connect(self.edit_cooperative)
        self.yields_button = QPushButton(objectName="expectedYields")
        self.yields_button.clicked.connect(lambda: self.edit_expected_yields())
        self.format_caption = QLabel()
        self.format_combo = QComboBox(objectName="receiptFormat")
        self.format_combo.currentIndexChanged.connect(
            lambda _: setattr(self, "receipt_format", self.format_combo.currentData() or "ticket"))
        self.hint = QLabel(objectName="noCooperative")
        self.hint.setWordWrap(True)

        self.tabs = QTabWidget(objectName="cooperativeTabs")
        self.station = WeighingStation(self)
        self.deliveries = DeliveriesTab(self)
        self.payments = PaymentsTab(self)
        self.lots = LotsTab(self)
        self.members = MembersTab(self)
        self.day_close = DailyCloseTab(self)
        self.day_close.buttons.insertWidget(1, self.yields_button)
        for tab in (self.station, self.deliveries, self.payments, self.lots, self.members,
                    self.day_close):
            self.tabs.addTab(tab, "")
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())
        self.station.saved.connect(lambda number: self.data_changed(
            self.tr("Receipt {receipt} saved and printed.").format(receipt=number),
            keep_station=True))

        top = QHBoxLayout()
        top.addWidget(self.coop_caption)
        top.addWidget(self.coop_combo, 1)
        top.addWidget(self.new_coop)
        top.addWidget(self.edit_coop)
        top.addSpacing(20)
        top.addWidget(self.format_caption)
        top.addWidget(self.format_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.load_cooperatives()

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.coop_caption.setText(self.tr("Cooperative:"))
        self.new_coop.setText(self.tr("New cooperative…"))
        self.edit_coop.setText(self.tr("Edit…"))
        self.yields_button.setText(self.tr("Yields…"))
        self.yields_button.setToolTip(self.tr("Expected yields per hectare (plausible kilos)"))
        self.format_caption.setText(self.tr("Receipt:"))
        current = self.format_combo.currentData() or self.receipt_format
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("80 mm ticket"), "ticket")
        self.format_combo.addItem(self.tr("A6 page"), "a6")
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(current), 0))
        self.format_combo.blockSignals(False)
        self.hint.setText(self.tr("Register the cooperative first (New cooperative…); then its "
                                  "members, and the weighing station is ready."))
        for number, text in enumerate((self.tr("Weighing station"), self.tr("Deliveries"),
                                       self.tr("Payments"), self.tr("Lots"),
                                       self.tr("Members"), self.tr("Daily close"))):
            self.tabs.setTabText(number, text)

    # --- cooperatives ------------------------------------------------------------------
    def load_cooperatives(self, select_id: str | None = None) -> None:
        keep = select_id or self.cooperative_id
        with self.database.session() as session:
            rows = [(c.id, c.name) for c in cooperative.list_cooperatives(session)]
        self.coop_combo.blockSignals(True)
        self.coop_combo.clear()
        for id_, name in rows:
            self.coop_combo.addItem(name, id_)
        self.coop_combo.setCurrentIndex(max(self.coop_combo.findData(keep), 0) if rows else -1)
        self.coop_combo.blockSignals(False)
        self.set_cooperative(self.coop_combo.currentData(), force=True)

    def set_cooperative(self, cooperative_id: str | None, force: bool = False) -> None:
        if cooperative_id == self.cooperative_id and not force:
            return
        self.cooperative_id = cooperative_id
        has = cooperative_id is not None
        self.tabs.setEnabled(has)
        self.edit_coop.setEnabled(has)
        self.yields_button.setEnabled(has)
        self.hint.setVisible(not has)
        self.station.reset()
        self._stale = {self.deliveries, self.payments, self.lots, self.members, self.day_close}
        self._refresh_current()

    def _cooperative_dialog(self, coop=None) -> FormDialog:
        values = {"": {"receipt_prefix": "COOP"}}
        if coop is not None:
            values[""] = {f.name: getattr(coop, f.name) for f in COOPERATIVE_FIELDS}

        def save(raw, _allow_duplicate):
            with self.database.session() as session:
                return cooperative.save_cooperative(session, raw[""], coop.id if coop else None)

        title = self.tr("New cooperative") if coop is None else self.tr(
            "Edit cooperative")
        return FormDialog(self, title, [Section("", "", COOPERATIVE_FIELDS)], values, save)

    def new_cooperative(self) -> None:
        dialog = self._cooperative_dialog()
        if dialog.exec():
            self.load_cooperatives(dialog.result_object.id)
            self.changed.emit(self.tr("Cooperative {name} saved.").format(
                name=dialog.result_object.name))

    def edit_cooperative(self) -> None:
        if not self.cooperative_id:
            return
        with self.database.session() as session:
            coop = cooperative.get_cooperative(session, self.cooperative_id)
        dialog = self._cooperative_dialog(coop)
        if dialog.exec():
            self.load_cooperatives(coop.id)

    def open_pricing(self) -> None:
        """The price table and discount rules; then the station reads them again (changed
        here, or at another station meanwhile) and proposes the price anew."""
        if not self.cooperative_id:
            return
        PricingDialog(self).exec()
        self.station.pricing.forget()
        self.station.pricing.propose()
    def edit_expected_yields(self) -> None:
        if self.cooperative_id:
            ExpectedYieldsDialog(self, self.database, self.cooperative_id).exec()

    # --- refreshing --------------------------------------------------------------------
    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.station:
            self.station.member_edit.setFocus()
        elif tab in self._stale:
            self._stale.discard(tab)
            tab.refresh()

    def data_changed(self, message: str = "", keep_station: bool = False) -> None:
        """Deliveries changed: the visible tab refreshes now, the others when shown."""
        if not keep_station:
            self.station.refresh()
        self._stale = {self.deliveries, self.payments, self.lots, self.members, self.day_close}
        self._refresh_current()
        if message:
            self.changed.emit(message)

    def refresh(self) -> None:
        """Something this page shows changed elsewhere (an import): read the lists again; the
        weighing station keeps what is being typed."""
        self.data_changed()

    # --- printing ----------------------------------------------------------------------
    def print_receipt(self, receipt_number: str, printed=None, failed=None,
                      copy: bool = False) -> Operation | None:
        """Print the receipt on the station's ticket printer when one is chosen (Settings),
        else write its PDF into the receipts folder off the GUI thread and open it (when asked
        to); then `printed(where)`, or `failed(error)`. A `copy` (a reprint) says COPIA and is
        noted in the audit."""
        database, folder = self.database, self.receipts_dir
        lang, fmt = language(), self.receipt_format
        if copy:
            with database.session() as session:
                note_reprint(session, receipt_number)
        printer = station_printer()
        if printer is not None:
            with database.session() as session:
                data = receipt_data(session, receipt_number)
            print_ticket(ticket_html(receipt_content(data, lang, copy)), printer,
                         1 if copy else config.get(config.TICKET_COPIES))
            if printed is not None:
                printed(printer.printerName())
            return None

        def done(path: Path) -> None:
            if self.open_receipts:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            if printed is not None:
                printed(path)

        def not_written(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            if failed is not None:
                failed(error)
            else:
                QMessageBox.warning(self, self.tr("Print receipt"), self.tr(
                    "The receipt could not be printed: {reason}").format(
                    reason=error.strerror or error))

        # No progress dialog: a window-modal one would take the keyboard from the station,
        # where the next member is already being typed while a slow laptop writes the PDF.
        return Operation(self, lambda progress: print_receipt(
            database, receipt_number, folder, lang, fmt, copy=copy)) \
            .success(done).failure(not_written).run_in_background()


__all__ = ["CooperativePage"]

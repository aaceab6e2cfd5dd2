"""The Cooperative area: the weighing station, deliveries, payments, lots and members.

Thin like every page: it shows what desktop.services.cooperative returns and
sends what the user typed to it. The weighing station is made for a whole day
at the scale with the keyboard alone: type a member's code, name or DNI and
press Enter; the plot is chosen when there is only one; Tab through the
weights; Enter saves and prints the receipt; Esc clears.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import (
    QEvent, QObject, Qt, QTimer, QUrl, Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QInputDialog,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop import config
from desktop.i18n import language
from desktop.i18n.formatting import fmt_hectares, fmt_kg, fmt_number, fmt_soles, parse_number
from desktop.i18n.labels import choices
from desktop.reports.receipt import write_receipt
from desktop.services import cooperative, traceability
from desktop.services.cooperative import (
    COOPERATIVE_FIELDS, DELIVERY_FIELDS, LOT_FIELDS, MEMBERSHIP_FIELDS, OWED_FIELDS,
    DeliveryFilter,
)
from desktop.services.errors import ValidationError
from desktop.services.fields import by_name
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.lazy_table_model import ID_ROLE, LazyTableModel
from desktop.ui.widgets.tables import make_table
from desktop.ui.widgets.record_table_model import RecordTableModel, cell

ERROR_STYLE = "color: #b00020;"
FLAG_STYLE = "color: #8a5a00; font-weight: bold;"
MEMBER_MATCHES = 8
SEARCH_DELAY_MS = 150


#: The columns of the short delivery lists (latest deliveries, a lot's deliveries).
COMPACT = [f for f in DELIVERY_FIELDS if f.name in (
    "receipt_number", "delivered_on", "member", "plot", "product", "net_kg", "amount_pen",
    "flags")]


def receipts_folder() -> Path:
    return config.data_dir() / "receipts"


def print_receipt(database, receipt_number: str, folder: Path | str | None = None,
                  lang: str | None = None, fmt: str = "ticket") -> Path:
    """Write the receipt of `receipt_number` as a PDF in `folder`; return the file."""
    with database.session() as session:
        data = cooperative.receipt_data(session, receipt_number)
    folder = Path(folder) if folder else receipts_folder()
    return write_receipt(data, folder / f"{data.receipt_number}.pdf", lang or language(), fmt)


def _date_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _parse_date(text: str) -> date | None:
    try:
        return by_name(DELIVERY_FIELDS)["delivered_on"].parse(text)
    except Exception:  # noqa: BLE001 - any unreadable date is simply "no date"
        return None


def _selected_rows(view: QTableView) -> list[int]:
    return sorted({index.row() for index in view.selectionModel().selectedRows()})


# --- models ----------------------------------------------------------------------------------

class DeliveryListModel(LazyTableModel):
    """Deliveries filtered and sorted in SQL, a page at a time; voided ones greyed out."""

    default_sort, default_descending = "receipt_number", True

    def __init__(self, database, fields=None, parent=None):
        self.where: DeliveryFilter | None = None
        super().__init__(database, fields or DELIVERY_FIELDS, parent)

    def fetch(self, session, offset, limit):
        if self.where is None:
            return []
        return cooperative.search_deliveries(session, self.where, self.sort_key,
                                             self.descending, offset, limit)

    def count(self, session):
        return 0 if self.where is None else cooperative.count_deliveries(session, self.where)

    def set_filter(self, where: DeliveryFilter | None) -> None:
        self.where = where
        self.reload()

    def row(self, number: int) -> cooperative.DeliveryRow:
        return self.rows[number]

    def display(self, row, field, role):
        if row.voided:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#888888"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(field.name != "voided_at")
                return font
        if field.name == "flags":
            if role == Qt.ItemDataRole.ForegroundRole and row.flags:
                return QBrush(QColor("#8a5a00"))
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return cooperative.flags_text(row.flags) or None
            return None
        if role == Qt.ItemDataRole.ToolTipRole and row.voided:
            return row.void_reason or None
        return super().display(row, field, role)



class RowsModel(RecordTableModel):
    """Short lists of service rows (members, amounts owed, lots, plots)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == ID_ROLE:
            return getattr(record, "id", None) or getattr(record, "membership_id", None)
        field = self.fields[index.column()]
        if field.name == "certifications":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return ", ".join(cooperative.domain_label("certification", k)
                                 for k in record.certifications) or None
            return None
        return cell(field, getattr(record, field.name, None), role)


# --- the weighing station --------------------------------------------------------------------

class WeighingStation(Page):
    """One delivery after another: member, plot, weights, moisture, quality, price, Enter."""

    saved = Signal(str)  # the receipt number

    NUMERIC = ("gross_kg", "tare_kg", "moisture_pct", "cup_score", "price_per_kg_pen")

    def __init__(self, page: "CooperativePage"):
        super().__init__(page)
        self.page = page
        self.membership: cooperative.MemberRow | None = None
        self.prices: dict[str, str] = {}
        self.last_receipt: str | None = None
        self.last_pdf: Path | None = None

        self.date_edit = QLineEdit(_date_text(date.today()), objectName="deliveredOn")
        self.member_edit = QLineEdit(objectName="memberSearch")
        self.member_edit.setClearButtonEnabled(True)
        self.matches = QListWidget(objectName="memberMatches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.hide()
        self.matches.itemClicked.connect(lambda item: self.choose_member(item.data(ID_ROLE)))
        self.member_info = QLabel(objectName="memberInfo")
        self.flag_label = QLabel(objectName="flagPreview")
        self.flag_label.setStyleSheet(FLAG_STYLE)
        self.flag_label.setWordWrap(True)
        self.plot_combo = QComboBox(objectName="plot")
        self.product_combo = QComboBox(objectName="product")
        self.gross_edit = QLineEdit(objectName="grossKg")
        self.tare_edit = QLineEdit(objectName="tareKg")
        self.moisture_edit = QLineEdit(objectName="moisturePct")
        self.grade_edit = QLineEdit(objectName="grade")
        self.grade_edit.setMaxLength(20)
        self.cup_edit = QLineEdit(objectName="cupScore")
        self.price_edit = QLineEdit(objectName="pricePerKg")
        self.net_label = QLabel(objectName="netKg")
        self.amount_label = QLabel(objectName="amount")
        self.amount_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.save_button = QPushButton(objectName="saveDelivery")
        self.clear_button = QPushButton(objectName="clearDelivery")
        self.last_label = QLabel(objectName="lastSaved")
        self.last_label.setWordWrap(True)
        self.save_button.clicked.connect(self.save_and_print)
        self.clear_button.clicked.connect(self.clear)

        self.inputs = {
            "delivered_on": self.date_edit, "membership_id": self.member_edit,
            "plot_id": self.plot_combo, "product": self.product_combo,
            "gross_kg": self.gross_edit, "tare_kg": self.tare_edit,
            "moisture_pct": self.moisture_edit, "grade": self.grade_edit,
            "cup_score": self.cup_edit, "price_per_kg_pen": self.price_edit,
        }
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        row = 0
        for name, widget in self.inputs.items():
            caption = QLabel()
            caption.setBuddy(widget)
            error = QLabel(objectName=f"error:{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            self.captions[name], self.errors[name] = caption, error
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(error, row, 2)
            row += 1
            if name == "membership_id":
                grid.addWidget(self.matches, row, 1, 1, 2)
                grid.addWidget(self.member_info, row + 1, 1, 1, 2)
                grid.addWidget(self.flag_label, row + 2, 1, 1, 2)
                row += 3
            if name == "tare_kg":
                grid.addWidget(self.net_label, row, 1)
                row += 1
        grid.addWidget(self.amount_label, row, 1, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        self.recent_caption = QLabel()
        self.recent = DeliveryListModel(page.database, COMPACT, parent=self)
        self.recent_view = make_table(self.recent)
        self.recent_view.setObjectName("recentDeliveries")
        self.recent_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addLayout(grid)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.last_label)
        form_layout.addStretch()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.recent_caption)
        right_layout.addWidget(self.recent_view)
        splitter = QSplitter()
        splitter.addWidget(form)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        chain = [self.date_edit, self.member_edit, self.plot_combo, self.product_combo,
                 self.gross_edit, self.tare_edit, self.moisture_edit, self.grade_edit,
                 self.cup_edit, self.price_edit, self.save_button, self.clear_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        for widget in self.inputs.values():
            widget.installEventFilter(self)
        self.member_edit.textEdited.connect(self.search_member)
        self.plot_combo.currentIndexChanged.connect(lambda _: self.update_flags())
        self.product_combo.currentIndexChanged.connect(lambda _: self.product_changed())
        for edit in (self.gross_edit, self.tare_edit, self.price_edit):
            edit.textChanged.connect(lambda _: self.update_totals())
        for name in self.NUMERIC + ("delivered_on",):
            self.inputs[name].editingFinished.connect(lambda n=name: self.check_field(n))
        self._product = "dry_parchment"
        self.retranslate()

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        fields = by_name(DELIVERY_FIELDS)
        for name, caption in self.captions.items():
            caption.setText(fields[name].title() + (" *" if fields[name].required else ""))
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.member_edit.setPlaceholderText(self.tr("Member code, name or DNI, then Enter"))
        self.save_button.setText(self.tr("Save and print (Enter)"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
        self.recent_caption.setText(self.tr("Latest deliveries"))
        current = self.product_combo.currentData() or self._product
        self.product_combo.blockSignals(True)
        self.product_combo.clear()
        for code, text in choices("product"):
            self.product_combo.addItem(text, code)
        self.product_combo.setCurrentIndex(max(self.product_combo.findData(current), 0))
        self.product_combo.blockSignals(False)
        if self.membership is not None:
            self.show_member()
        self.update_flags()
        self.update_totals()
        self.recent.retranslate()

    # --- cooperative -------------------------------------------------------------------
    def reset(self) -> None:
        """A new cooperative was chosen: start afresh from its last prices."""
        self.prices.clear()
        self.clear()
        self.refresh()
        self.product_changed(force=True)

    def refresh(self) -> None:
        coop = self.page.cooperative_id
        self.recent.set_filter(DeliveryFilter(coop) if coop else None)

    # --- keyboard ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if key == Qt.Key.Key_Escape:
            self.clear()
            return True
        if watched is self.member_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
            if enter or (key == Qt.Key.Key_Tab and self.membership is None
                         and self.matches.count()):
                if self.membership is None:
                    self.choose_member()
                else:
                    self.advance_from_member()
                return True
            return False
        if watched in (self.plot_combo, self.product_combo) and enter:
            self.focusNextChild()
            return True
        if enter and isinstance(watched, QLineEdit):
            self.save_and_print()
            return True
        return False

    # --- the member --------------------------------------------------------------------
    def search_member(self, text: str) -> None:
        self.membership = None
        self.member_info.clear()
        self.flag_label.clear()
        self.plot_combo.clear()
        self.matches.clear()
        coop = self.page.cooperative_id
        if not text.strip() or not coop:
            self.matches.hide()
            return
        with self.page.database.session() as session:
            rows = cooperative.search_members(session, coop, text, limit=MEMBER_MATCHES)
        for row in rows:
            item = QListWidgetItem(row.display())
            item.setData(ID_ROLE, row)
            self.matches.addItem(item)
        self.matches.setVisible(bool(rows))
        if rows:
            self.matches.setCurrentRow(0)
            row_height = self.matches.sizeHintForRow(0)
            self.matches.setFixedHeight(row_height * len(rows) + 2 * self.matches.frameWidth())

    def choose_member(self, row: cooperative.MemberRow | None = None) -> bool:
        """Take the highlighted match (or the given one); say so beside the field if none."""
        if row is None:
            if not self.matches.count() and self.member_edit.text().strip():
                self.search_member(self.member_edit.text())
            item = self.matches.currentItem() or (self.matches.item(0)
                                                  if self.matches.count() else None)
            row = item.data(ID_ROLE) if item is not None else None
        if row is None:
            text = self.member_edit.text().strip()
            self.errors["membership_id"].setText(
                self.tr("No member matches “{text}”.").format(text=text) if text
                else self.tr("Type the member's code, name or DNI."))
            return False
        self.membership = row
        self.member_edit.setText(row.display())
        self.member_edit.setCursorPosition(0)
        self.matches.clear()
        self.matches.hide()
        self.errors["membership_id"].clear()
        self.show_member()
        self.load_plots()
        self.advance_from_member()
        return True

    def advance_from_member(self) -> None:
        if self.plot_combo.count() > 1 and self.plot_combo.currentData() is None:
            self.plot_combo.setFocus()
        else:
            self.gross_edit.setFocus()
            self.gross_edit.selectAll()

    def show_member(self) -> None:
        row = self.membership
        certifications = ", ".join(cooperative.domain_label("certification", k)
                                   for k in row.certifications)
        text = self.tr("Family {family}").format(family=row.family_code)
        if certifications:
            text += " · " + certifications
        self.member_info.setText(text)

    def load_plots(self) -> None:
        self.plot_combo.blockSignals(True)
        self.plot_combo.clear()
        with self.page.database.session() as session:
            plots = cooperative.member_plots(session, self.membership.id)
        if len(plots) > 1:
            self.plot_combo.addItem(self.tr("— choose the plot —"), None)
        for plot in plots:
            self.plot_combo.addItem(f"{plot.name} ({fmt_hectares(plot.area_ha)} ha)", plot.id)
        if not plots:
            self.plot_combo.addItem(self.tr("(no plots registered)"), None)
        self.plot_combo.setCurrentIndex(0)
        self.plot_combo.blockSignals(False)
        self.update_flags()

    def update_flags(self) -> None:
        if self.membership is None:
            self.flag_label.clear()
            return
        with self.page.database.session() as session:
            flags = cooperative.delivery_flags(session, self.membership.id,
                                               self.plot_combo.currentData(),
                                               _parse_date(self.date_edit.text()))
        self.flag_label.setText(
            "⚠ " + cooperative.flags_text(",".join(flags)) if flags else "")

    # --- product, price and totals ----------------------------------------------------
    def product_changed(self, force: bool = False) -> None:
        new = self.product_combo.currentData()
        old_price = self.prices.get(self._product)
        if force or not self.price_edit.text().strip() or self.price_edit.text() == old_price:
            price = self.prices.get(new)
            if price is None and self.page.cooperative_id:
                with self.page.database.session() as session:
                    last = cooperative.last_price(session, self.page.cooperative_id, new)
                price = "" if last is None else fmt_number(last, places=2)
                self.prices[new] = price
            self.price_edit.setText(price or "")
        self._product = new

    def _number(self, edit: QLineEdit) -> Decimal | None:
        try:
            return parse_number(edit.text()) if edit.text().strip() else None
        except (InvalidOperation, ValueError):
            return None

    def update_totals(self) -> None:
        gross, tare, price = (self._number(e) for e in (self.gross_edit, self.tare_edit,
                                                       self.price_edit))
        net = None
        if gross is not None:
            net = gross - (tare or Decimal(0))
        self.net_label.setText(self.tr("Net: {kg} kg").format(kg=fmt_number(net, places=2))
                               if net is not None and net > 0 else "")
        if net is not None and net > 0 and price is not None and price > 0:
            self.amount_label.setText(self.tr("Amount: {amount}").format(
                amount=fmt_soles(cooperative.amount_for(net, price))))
        else:
            self.amount_label.clear()

    # --- checking and saving ------------------------------------------------------------
    def raw(self) -> dict:
        raw = {"delivered_on": self.date_edit.text(),
               "membership_id": self.membership.id if self.membership else None,
               "plot_id": self.plot_combo.currentData(),
               "product": self.product_combo.currentData()}
        if self.membership is None:
            raw["member"] = self.member_edit.text()
        for name in ("gross_kg", "tare_kg", "moisture_pct", "grade", "cup_score",
                     "price_per_kg_pen"):
            raw[name] = self.inputs[name].text()
        return raw

    def check_field(self, name: str) -> None:
        """Check one field as soon as the user leaves it."""
        raw = {name: self.inputs[name].text()}
        if name == "tare_kg":
            raw["gross_kg"] = self.gross_edit.text()
        errors = [e for e in cooperative.delivery_field_errors(raw) if e.field == name]
        self.errors[name].setText(errors[0].text() if errors else "")

    def show_errors(self, error: ValidationError) -> None:
        for label in self.errors.values():
            label.clear()
        general = []
        for item in error.errors:
            label = self.errors.get(item.field or "")
            if label is None:
                general.append(item.text())
                continue
            if not label.text():
                label.setText(item.text())
        first = next((w for name, w in self.inputs.items() if self.errors[name].text()), None)
        self.last_label.setStyleSheet(ERROR_STYLE if general else "")
        self.last_label.setText("\n".join(general))
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def error_text(self, name: str) -> str:
        return self.errors[name].text()

    def save_and_print(self) -> str | None:
        """Save the delivery and print its receipt; return the receipt number (None if the
        form had errors, shown beside the fields)."""
        coop = self.page.cooperative_id
        if not coop:
            return None
        typed = self.member_edit.text().strip()
        if self.membership is None and typed and self.matches.count() == 1:
            self.choose_member()
        try:
            with self.page.database.session() as session:
                delivery = cooperative.record_delivery(session, coop, self.raw())
                number, net, amount = (delivery.receipt_number, delivery.net_kg,
                                       delivery.amount_pen)
                product, price = delivery.product, delivery.price_per_kg_pen
        except ValidationError as error:
            self.show_errors(error)
            return None
        for label in self.errors.values():
            label.clear()
        self.prices[product] = fmt_number(price, places=2)
        self.last_receipt = number
        try:
            self.last_pdf = self.page.print_receipt(number)
            printed = self.tr("Receipt: {path}").format(path=self.last_pdf)
        except OSError as error:
            self.last_pdf = None
            printed = self.tr("The receipt could not be printed: {reason}").format(
                reason=error.strerror or error)
        self.last_label.setStyleSheet("")
        self.last_label.setText(self.tr("Saved {receipt}: {kg} kg, {amount}.").format(
            receipt=number, kg=fmt_kg(net), amount=fmt_soles(amount)) + "\n" + printed)
        self.clear(keep_message=True)
        self.refresh()
        self.saved.emit(number)
        return number

    def clear(self, keep_message: bool = False) -> None:
        """Empty the form for the next delivery; the date, product and price stay."""
        self.membership = None
        for edit in (self.member_edit, self.gross_edit, self.tare_edit, self.moisture_edit,
                     self.grade_edit, self.cup_edit):
            edit.clear()
        self.matches.clear()
        self.matches.hide()
        self.member_info.clear()
        self.flag_label.clear()
        self.plot_combo.clear()
        for label in self.errors.values():
            label.clear()
        if not keep_message:
            self.last_label.clear()
        self.update_totals()
        self.member_edit.setFocus()


# --- deliveries ---------------------------------------------------------------------------

#: What can be corrected on a delivery (the member: void it and record it again).
CORRECTABLE = [f for f in DELIVERY_FIELDS if f.in_form and f.name != "membership_id"]


class DeliveriesTab(Page):
    """Every delivery, newest first: search, correct, void, reprint, mark paid."""

    def __init__(self, page: "CooperativePage"):
        super().__init__(page)
        self.page = page
        self.search = QLineEdit(objectName="deliverySearch")
        self.search.setClearButtonEnabled(True)
        self.unpaid = QCheckBox(objectName="unpaidOnly")
        self.flagged = QCheckBox(objectName="flaggedOnly")
        self.voided = QCheckBox(objectName="showVoided")
        self.voided.setChecked(True)
        self.count_label = QLabel(objectName="deliveryCount")
        self.summary = QLabel(objectName="seasonSummary")
        self.summary.setWordWrap(True)
        self.model = DeliveryListModel(page.database, parent=self)
        self.table = make_table(self.model, multi=True)
        self.table.setObjectName("deliveryTable")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _: self.correct_selected())
        self.correct_button = QPushButton(objectName="correctDelivery")
        self.void_button = QPushButton(objectName="voidDelivery")
        self.print_button = QPushButton(objectName="printReceipt")
        self.pay_button = QPushButton(objectName="markPaid")
        self.correct_button.clicked.connect(self.correct_selected)
        self.void_button.clicked.connect(lambda: self.void_selected())
        self.print_button.clicked.connect(self.reprint_selected)
        self.pay_button.clicked.connect(lambda: self.mark_selected_paid())
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for box in (self.unpaid, self.flagged, self.voided):
            box.toggled.connect(lambda _: self.refresh())

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        for widget in (self.unpaid, self.flagged, self.voided, self.count_label):
            top.addWidget(widget)
        actions = QHBoxLayout()
        for button in (self.correct_button, self.void_button, self.print_button,
                       self.pay_button):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by receipt, member code, name or DNI…"))
        self.unpaid.setText(self.tr("Unpaid only"))
        self.flagged.setText(self.tr("Flagged only"))
        self.voided.setText(self.tr("Show voided"))
        self.correct_button.setText(self.tr("Correct…"))
        self.void_button.setText(self.tr("Void…"))
        self.print_button.setText(self.tr("Print receipt"))
        self.pay_button.setText(self.tr("Mark paid"))
        self.model.retranslate()
        self.update_count()

    def refresh(self) -> None:
        coop = self.page.cooperative_id
        where = None if not coop else DeliveryFilter(
            coop, self.search.text(), unpaid_only=self.unpaid.isChecked(),
            include_voided=self.voided.isChecked(), flagged_only=self.flagged.isChecked())
        self.model.set_filter(where)
        self.update_count()

    def update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("1 delivery") if total == 1 else
                                 self.tr("{n} deliveries").format(n=fmt_number(total)))
        coop = self.page.cooperative_id
        if not coop:
            self.summary.clear()
            return
        with self.page.database.session() as session:
            s = cooperative.season_summary(session, coop)
        self.summary.setText(self.tr(
            "All deliveries: {members} members delivering, {kg} kg, {amount}; average price "
            "{price} per kg; unpaid {unpaid}.").format(
            members=fmt_number(s.members_delivering), kg=fmt_kg(s.net_kg),
            amount=fmt_soles(s.amount_pen),
            price=fmt_soles(s.average_price) if s.average_price is not None else "—",
            unpaid=fmt_soles(s.unpaid_pen)))

    def selected(self) -> list[cooperative.DeliveryRow]:
        return [self.model.row(r) for r in _selected_rows(self.table)]

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
        row = rows[0]
        with self.page.database.session() as session:
            plots = [(p.id, f"{p.name} ({fmt_hectares(p.area_ha)} ha)")
                     for p in cooperative.member_plots(session, row.membership_id)]
        values = {"": {f.name: row.value(f.name) for f in CORRECTABLE}}

        def save(raw, _allow_duplicate):
            with self.page.database.session() as session:
                return cooperative.correct_delivery(session, row.id, raw[""])

        dialog = FormDialog(self, self.tr("Correct receipt {receipt}").format(
            receipt=row.receipt_number), [Section("", row.member, CORRECTABLE)], values, save,
            {"plot_id": plots})
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

    def reprint_selected(self) -> Path | None:
        rows = self.selected()
        if len(rows) != 1:
            return None
        return self.page.print_receipt(rows[0].receipt_number)

    def mark_selected_paid(self, ask: bool = True) -> bool:
        rows = [r for r in self.selected()]
        if not rows:
            return False
        total = sum((r.amount_pen for r in rows), Decimal(0))
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Mark paid"),
                self.tr("Mark {n} deliveries paid today, {amount} in all?").format(
                    n=len(rows), amount=fmt_soles(total)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self.page.database.session() as session:
                result = cooperative.mark_paid(session, [r.id for r in rows])
        except ValidationError as error:
            self._warn(self.tr("Mark paid"), error)
            return False
        self.page.data_changed(self.tr("{n} deliveries marked paid: {amount}.").format(
            n=result.deliveries, amount=fmt_soles(result.amount_pen)))
        return True


# --- payments ------------------------------------------------------------------------------

class PaymentsTab(Page):
    """What is owed to whom; pay a member everything up to a date."""

    def __init__(self, page: "CooperativePage"):
        super().__init__(page)
        self.page = page
        self.up_to_caption = QLabel()
        self.up_to = QLineEdit(_date_text(date.today()), objectName="payUpTo")
        self.up_to.setMaximumWidth(120)
        self.up_to.editingFinished.connect(self.refresh)
        self.total_label = QLabel(objectName="owedTotal")
        self.model = RowsModel(OWED_FIELDS, self)
        self.table = make_table(self.model)
        self.table.setObjectName("owedTable")
        self.pay_button = QPushButton(objectName="payMember")
        self.pay_button.clicked.connect(lambda: self.pay_selected_member())
        top = QHBoxLayout()
        top.addWidget(self.up_to_caption)
        top.addWidget(self.up_to)
        top.addWidget(self.total_label, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.pay_button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.up_to_caption.setText(self.tr("Delivered up to:"))
        self.up_to.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.pay_button.setText(self.tr("Pay the member up to this date…"))
        self.model.retranslate()
        self.update_total()

    def date(self) -> date | None:
        return _parse_date(self.up_to.text())

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

    def pay_selected_member(self, ask: bool = True) -> bool:
        index = self.table.currentIndex()
        up_to = self.date()
        if not index.isValid() or up_to is None:
            return False
        row = self.model.record(index.row())
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Pay member"),
                self.tr("Mark paid today every delivery of {member} up to {day}: {amount}?")
                .format(member=f"{row.member_code} {row.member}", day=_date_text(up_to),
                        amount=fmt_soles(row.amount_pen)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self.page.database.session() as session:
                result = cooperative.pay_member_up_to(session, row.membership_id, up_to)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Pay member"), error.text())
            return False
        self.page.data_changed(self.tr("{member}: {n} deliveries paid, {amount}.").format(
            member=row.member_code, n=result.deliveries, amount=fmt_soles(result.amount_pen)))
        return True


# --- lots ----------------------------------------------------------------------------------

class LotsTab(Page):
    """Export lots: their deliveries, and the GeoJSON that traces them to the plots."""

    def __init__(self, page: "CooperativePage"):
        super().__init__(page)
        self.page = page
        self.last_problems: list[traceability.TraceProblem] = []
        self.lots = RowsModel(LOT_FIELDS, self)
        self.lots_view = make_table(self.lots)
        self.lots_view.setObjectName("lotTable")
        self.lots_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_lot())
        self.lots_view.doubleClicked.connect(lambda _: self.edit_lot())
        self.new_button = QPushButton(objectName="newLot")
        self.edit_button = QPushButton(objectName="editLot")
        self.export_button = QPushButton(objectName="exportLot")
        self.new_button.clicked.connect(self.new_lot)
        self.edit_button.clicked.connect(self.edit_lot)
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.in_lot_caption, self.available_caption = QLabel(), QLabel()
        self.in_lot = DeliveryListModel(page.database, COMPACT, parent=self)
        self.in_lot_view = make_table(self.in_lot, multi=True)
        self.in_lot_view.setObjectName("lotDeliveries")
        self.available = DeliveryListModel(page.database, COMPACT, parent=self)
        self.available_view = make_table(self.available, multi=True)
        self.available_view.setObjectName("availableDeliveries")
        self.available_search = QLineEdit(objectName="availableSearch")
        self.available_search.setClearButtonEnabled(True)
        self.available_search.textChanged.connect(lambda _: self.refresh_available())
        self.remove_button = QPushButton(objectName="removeFromLot")
        self.add_button = QPushButton(objectName="addToLot")
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_selected)

        lot_actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.export_button):
            lot_actions.addWidget(button)
        lot_actions.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.lots_view)
        top_layout.addLayout(lot_actions)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.in_lot_caption)
        left_layout.addWidget(self.in_lot_view)
        left_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.available_caption)
        right_layout.addWidget(self.available_search)
        right_layout.addWidget(self.available_view)
        right_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        bottom = QSplitter()
        bottom.addWidget(left)
        bottom.addWidget(right)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New lot…"))
        self.edit_button.setText(self.tr("Edit lot…"))
        self.export_button.setText(self.tr("Export traceability (GeoJSON)…"))
        self.in_lot_caption.setText(self.tr("Deliveries in the lot"))
        self.available_caption.setText(self.tr("Deliveries in no lot"))
        self.available_search.setPlaceholderText(self.tr("Search by receipt, member…"))
        self.remove_button.setText(self.tr("Take out of the lot"))
        self.add_button.setText(self.tr("Add to the lot"))
        for model in (self.lots, self.in_lot, self.available):
            model.retranslate()

    def selected_lot_id(self) -> str | None:
        index = self.lots_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def refresh(self, select_id: str | None = None) -> None:
        keep = select_id or self.selected_lot_id()
        coop = self.page.cooperative_id
        with self.page.database.session() as session:
            rows = cooperative.list_lots(session, coop) if coop else []
        self.lots.set_records(rows)
        number = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if number >= 0:
            self.lots_view.selectRow(number)
        self.show_lot()
        self.refresh_available()

    def show_lot(self) -> None:
        lot_id = self.selected_lot_id()
        coop = self.page.cooperative_id
        self.in_lot.set_filter(DeliveryFilter(coop, lot_id=lot_id, include_voided=False)
                               if lot_id and coop else None)
        for button in (self.edit_button, self.export_button, self.add_button,
                       self.remove_button):
            button.setEnabled(lot_id is not None)

    def refresh_available(self) -> None:
        coop = self.page.cooperative_id
        self.available.set_filter(DeliveryFilter(coop, self.available_search.text(),
                                                 unassigned=True) if coop else None)

    def _lot_dialog(self, lot=None) -> FormDialog:
        values = {"": {}}
        if lot is not None:
            values[""] = {f.name: getattr(lot, f.name) for f in LOT_FIELDS
                          if f.in_form and hasattr(lot, f.name)}
            for kind in cooperative.CERTIFICATION_KINDS:
                values[""][kind] = kind in lot.certifications
        coop = self.page.cooperative_id

        def save(raw, _allow_duplicate):
            with self.page.database.session() as session:
                return cooperative.save_lot(session, coop, raw[""], lot.id if lot else None)

        title = self.tr("New lot") if lot is None else self.tr("Edit lot {code}").format(
            code=lot.code)
        return FormDialog(self, title, [Section("", "", LOT_FIELDS)], values, save)

    def new_lot(self) -> None:
        dialog = self._lot_dialog()
        if dialog.exec():
            saved = dialog.result_object
            self.refresh(saved.id)
            self.page.changed.emit(self.tr("Lot {code} saved.").format(code=saved.code))

    def edit_lot(self) -> None:
        index = self.lots_view.currentIndex()
        if not index.isValid():
            return
        dialog = self._lot_dialog(self.lots.record(index.row()))
        if dialog.exec():
            self.refresh(dialog.result_object.id)

    def add_selected(self) -> int:
        lot_id = self.selected_lot_id()
        ids = [self.available.row(r).id for r in _selected_rows(self.available_view)]
        if not lot_id or not ids:
            return 0
        try:
            with self.page.database.session() as session:
                count = cooperative.assign_to_lot(session, lot_id, ids)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Add to the lot"), error.text())
            return 0
        self.page.data_changed(self.tr("{n} deliveries added to the lot.").format(n=count))
        return count

    def remove_selected(self) -> int:
        ids = [self.in_lot.row(r).id for r in _selected_rows(self.in_lot_view)]
        if not ids:
            return 0
        with self.page.database.session() as session:
            count = cooperative.remove_from_lot(session, ids)
        self.page.data_changed(self.tr("{n} deliveries taken out of the lot.").format(n=count))
        return count

    def export_selected(self, path: str | Path | None = None):
        """Write the selected lot's GeoJSON (asking where when `path` is None); problem plots
        are listed instead, and nothing is written."""
        lot_id = self.selected_lot_id()
        if not lot_id:
            return None
        self.last_problems = []
        if path is None:
            code = self.lots.record(self.lots_view.currentIndex().row()).code
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export traceability"), str(Path.home() / f"{code}.geojson"),
                self.tr("GeoJSON (*.geojson)"))
            if not path:
                return None
        try:
            with self.page.database.session() as session:
                result = traceability.export_lot(session, lot_id, path)
        except traceability.TraceabilityProblems as problems:
            self.last_problems = problems.problems
            QMessageBox.warning(self, self.tr("Export traceability"), self.tr(
                "Lot {lot} cannot be exported yet; fix these plots first:").format(
                lot=problems.lot_code) + "\n\n" + problems.text())
            return None
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export traceability"),
                                self.tr("Cannot write {path}: {reason}").format(
                                    path=path, reason=error.strerror or error))
            return None
        self.page.changed.emit(self.tr(
            "{features} plots written to {path} (polygons: {polygons}, points: {points}).").format(
            features=result.features, polygons=result.polygons, points=result.points,
            path=result.path))
        return result


# --- members -------------------------------------------------------------------------------

class MembersTab(Page):
    """The cooperative's members, their plots, and plot boundaries from GPS files."""

    LIMIT = 500

    def __init__(self, page: "CooperativePage"):
        super().__init__(page)
        self.page = page
        self.search = QLineEdit(objectName="memberListSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.model = RowsModel(MEMBERSHIP_FIELDS, self)
        self.table = make_table(self.model)
        self.table.setObjectName("memberTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_plots())
        self.table.doubleClicked.connect(lambda _: self.edit_member())
        self.plots = RowsModel(cooperative.PLOT_TRACE_FIELDS, self)
        self.plots_view = make_table(self.plots)
        self.plots_view.setObjectName("memberPlots")
        self.plots_caption = QLabel()
        self.new_button = QPushButton(objectName="newMember")
        self.edit_button = QPushButton(objectName="editMember")
        self.boundary_button = QPushButton(objectName="importBoundary")
        self.new_button.clicked.connect(self.new_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.boundary_button.clicked.connect(lambda: self.import_boundary())
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.plots_caption)
        right_layout.addWidget(self.plots_view)
        right_layout.addWidget(self.boundary_button, 0, Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self).addWidget(self.side_by_side(left, right))
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by member code, name or DNI…"))
        self.new_button.setText(self.tr("New member…"))
        self.edit_button.setText(self.tr("Edit member…"))
        self.boundary_button.setText(self.tr("Import boundary (GeoJSON, KML, GPX)…"))
        self.plots_caption.setText(self.tr("The member's plots"))
        self.model.retranslate()
        self.plots.retranslate()

    def refresh(self, select_id: str | None = None) -> None:
        keep = select_id or self.selected_id()
        coop = self.page.cooperative_id
        with self.page.database.session() as session:
            rows = cooperative.search_members(session, coop, self.search.text(),
                                              limit=self.LIMIT) if coop else []
        self.model.set_records(rows)
        number = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if number >= 0:
            self.table.selectRow(number)
        self.show_plots()

    def show_plots(self) -> None:
        member_id = self.selected_id()
        self.edit_button.setEnabled(member_id is not None)
        if member_id is None:
            self.plots.set_records([])
        else:
            with self.page.database.session() as session:
                self.plots.set_records(cooperative.member_plot_rows(session, member_id))
        self.boundary_button.setEnabled(bool(self.plots.records))

    def _member_dialog(self, membership=None) -> FormDialog:
        values = {"": {"joined_on": date.today()}}
        if membership is not None:
            certifications = cooperative.parse_certifications(membership.certifications)
            values[""] = {"member_code": membership.member_code,
                          "family_code": membership.family.code,
                          "dni": membership.person.dni if membership.person else "",
                          "joined_on": membership.joined_on}
            for item in certifications:
                values[""][f"{item['kind']}_until"] = item["valid_to"]
        coop = self.page.cooperative_id

        def save(raw, _allow_duplicate):
            with self.page.database.session() as session:
                return cooperative.save_membership(session, coop, raw[""],
                                                   membership.id if membership else None)

        title = self.tr("New member") if membership is None else self.tr(
            "Edit member {code}").format(code=membership.member_code)
        return FormDialog(self, title, [Section("", "", MEMBERSHIP_FIELDS)], values, save)

    def new_member(self) -> None:
        dialog = self._member_dialog()
        if dialog.exec():
            saved = dialog.result_object
            self.refresh(saved.id)
            self.page.changed.emit(self.tr("Member {code} saved.").format(
                code=saved.member_code))

    def edit_member(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        with self.page.database.session() as session:
            membership = cooperative.get_membership(session, member_id)
            membership.family, membership.person  # noqa: B018 - load for the dialog
        dialog = self._member_dialog(membership)
        if dialog.exec():
            self.refresh(member_id)

    def import_boundary(self, path: str | Path | None = None, accept_area: bool | None = None):
        """Read the selected plot's boundary from a GPS file; ask before changing the area."""
        index = self.plots_view.currentIndex()
        if not index.isValid() and self.plots.records:
            self.plots_view.selectRow(0)
            index = self.plots_view.currentIndex()
        if not index.isValid():
            return None
        plot = self.plots.record(index.row())
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Boundary of {plot}").format(plot=plot.name), str(Path.home()),
                self.tr("GPS files (*.geojson *.json *.kml *.kmz *.gpx)"))
            if not path:
                return None
        try:
            with self.page.database.session() as session:
                boundary = traceability.import_boundary(session, plot.id, path,
                                                        accept_measured_area=bool(accept_area))
        except ValidationError as error:
            if error.for_field("area_ha") and accept_area is None:
                answer = QMessageBox.question(
                    self, self.tr("Boundary of {plot}").format(plot=plot.name),
                    error.text() + "\n\n" + self.tr("Use the measured area for the plot?"))
                if answer == QMessageBox.StandardButton.Yes:
                    return self.import_boundary(path, accept_area=True)
                return None
            QMessageBox.warning(self, self.tr("Boundary of {plot}").format(plot=plot.name),
                                error.text())
            return None
        self.show_plots()
        self.page.changed.emit(self.tr("Boundary of {plot} saved: {area} ha.").format(
            plot=plot.name, area=fmt_hectares(boundary.area_ha)))
        return boundary


# --- the page ------------------------------------------------------------------------------

class CooperativePage(Page):
    """The cooperative's area in the main window."""

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.cooperative_id: str | None = None
        self.receipts_dir = receipts_folder()
        self.receipt_format = "ticket"
        self.open_receipts = True  # open each printed receipt in the PDF viewer

        self.coop_caption = QLabel()
        self.coop_combo = QComboBox(objectName="cooperative")
        self.coop_combo.currentIndexChanged.connect(lambda _: self.set_cooperative(
            self.coop_combo.currentData()))
        self.new_coop = QPushButton(objectName="newCooperative")
        self.edit_coop = QPushButton(objectName="editCooperative")
        self.new_coop.clicked.connect(self.new_cooperative)
        self.edit_coop.clicked.connect(self.edit_cooperative)
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
        for tab in (self.station, self.deliveries, self.payments, self.lots, self.members):
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
                                       self.tr("Members"))):
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
        self.hint.setVisible(not has)
        self.station.reset()
        self._stale = {self.deliveries, self.payments, self.lots, self.members}
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
        self._stale = {self.deliveries, self.payments, self.lots, self.members}
        self._refresh_current()
        if message:
            self.changed.emit(message)

    # --- printing ----------------------------------------------------------------------
    def print_receipt(self, receipt_number: str) -> Path:
        """Write the receipt PDF into the receipts folder and open it (when asked to)."""
        path = print_receipt(self.database, receipt_number, self.receipts_dir, language(),
                             self.receipt_format)
        if self.open_receipts:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path


__all__ = ["CooperativePage", "print_receipt"]

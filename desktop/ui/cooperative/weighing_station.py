"""The weighing station: made for a whole day at the scale with the keyboard alone. Type a
member's code, name or DNI and press Enter; the plot is chosen when there is only one, else
its list opens (type part of its name, Enter); Tab through the weights; Enter saves and
prints the receipt; Esc clears.

The member box is in member_picker.py, the scale in station_scale.py, the proposed price,
discounts and amount in station_pricing.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.formatting import fmt_kg, fmt_soles
from desktop.i18n.labels import choices
from desktop.services import cooperative
from desktop.services.cooperative import (
    DELIVERY_FIELDS,
    DeliveryFilter,
)
from desktop.services.errors import ValidationError
from desktop.services.lookup import MEMBER, PLOT
from desktop.services.fields import by_name
from desktop.ui.cooperative.station_pricing import StationPricing
from desktop.ui.cooperative.station_scale import StationScale
from desktop.ui.cooperative.member_picker import WAITING, MemberPicker
from desktop.ui.cooperative.models import (
    COMPACT,
    DeliveryListModel,
    date_text,
)
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.lookup import Lookup
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.style import ERROR_STYLE, FLAG_STYLE, TITLE_STYLE
from desktop.ui.widgets.tables import make_table


class WeighingStation(MemberPicker, Page):
    """One delivery after another: member, plot, weights, moisture, quality, price, Enter."""

    saved = Signal(str)  # the receipt number

    NUMERIC = ("gross_kg", "tare_kg", "moisture_pct", "defects", "cup_score",
               "price_per_kg_pen")

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.membership: cooperative.MemberRow | None = None
        self.last_receipt: str | None = None
        self.last_pdf: Path | None = None

        self.date_edit = QLineEdit(date_text(date.today()), objectName="deliveredOn")
        self.member_edit = Lookup(page.database, MEMBER, cooperative_id=page.cooperative_id)
        self.member_edit.setObjectName("memberSearch")
        self.member_edit.setMinimumWidth(250)  # its placeholder whole at 1024 px
        self.member_info = QLabel(objectName="memberInfo")
        self.flag_label = QLabel(objectName="flagPreview")
        self.flag_label.setStyleSheet(FLAG_STYLE)
        self.flag_label.setWordWrap(True)
        self.plot_edit = Lookup(page.database, PLOT)  # scoped to the member's family
        self.plot_edit.setObjectName("plot")
        self.plot_edit.waiting_text = WAITING
        self.plot_count = 0
        self.product_combo = QComboBox(objectName="product")
        self.gross_edit = QLineEdit(objectName="grossKg")
        self.tare_edit = QLineEdit(objectName="tareKg")
        self.moisture_edit = QLineEdit(objectName="moisturePct")
        self.defects_edit = QLineEdit(objectName="defects")
        self.grade_edit = QLineEdit(objectName="grade")
        self.grade_edit.setMaxLength(20)
        self.cup_edit = QLineEdit(objectName="cupScore")
        self.price_edit = QLineEdit(objectName="pricePerKg")
        self.pricing = StationPricing(self)
        self.net_label = self.pricing.net_label
        self.amount_label = QLabel(objectName="amount")
        self.amount_label.setStyleSheet(TITLE_STYLE)
        self.save_button = QPushButton(objectName="saveDelivery")
        self.clear_button = QPushButton(objectName="clearDelivery")
        self.prices_button = QPushButton(objectName="pricesAndDiscounts")
        self.last_label = QLabel(objectName="lastSaved")
        self.last_label.setWordWrap(True)
        self.save_button.clicked.connect(self.save_and_print)
        self.clear_button.clicked.connect(self.clear)
        self.prices_button.clicked.connect(lambda: self.page.open_pricing())

        self.inputs = {
            "delivered_on": self.date_edit, "membership_id": self.member_edit,
            "plot_id": self.plot_edit, "product": self.product_combo,
            "gross_kg": self.gross_edit, "tare_kg": self.tare_edit,
            "moisture_pct": self.moisture_edit, "defects": self.defects_edit,
            "grade": self.grade_edit,
            "cup_score": self.cup_edit, "price_per_kg_pen": self.price_edit,
        }
        self.scale = StationScale(self, self.gross_edit)
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 3)  # the boxes get the room; messages wrap beside them
        grid.setColumnStretch(2, 2)
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
                grid.addWidget(self.member_info, row, 1, 1, 2)
                grid.addWidget(self.flag_label, row + 1, 1, 1, 2)
                row += 2
            if name == "gross_kg":
                grid.addWidget(self.scale.widget, row, 1, 1, 2)
                row += 1
            if name == "tare_kg":
                grid.addWidget(self.net_label, row, 1)
                row += 1
            if name == "defects":
                grid.addWidget(self.pricing.discount_label, row, 1, 1, 2)
                row += 1
        grid.addWidget(self.amount_label, row, 1, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        buttons.addWidget(self.prices_button)
        self.recent_caption = QLabel()
        self.recent = DeliveryListModel(page.database, COMPACT, parent=self)
        self.recent_view = make_table(self.recent)
        self.recent_view.setObjectName("recentDeliveries")
        self.empty = empty_hint(self.recent_view, lambda: (
            self.tr("No deliveries yet. Each one weighed here shows at the top of this list."),
            "", None))
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
        splitter = QSplitter(objectName="stationAndRecent")  # remembered (see Page)
        splitter.addWidget(form)
        splitter.addWidget(right)
        # the form's boxes need about 250 px: the rest goes to the latest deliveries, so the
        # member and the kilos show beside the receipt number even at 1024 px
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        chain = [self.date_edit, self.member_edit, self.plot_edit, self.product_combo,
                 self.gross_edit, self.tare_edit, self.moisture_edit, self.defects_edit,
                 self.grade_edit,
                 self.cup_edit, self.price_edit, self.save_button, self.clear_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        for widget in self.inputs.values():
            widget.installEventFilter(self)
        self.member_edit.chosen.connect(self.member_chosen)
        self.plot_edit.chosen.connect(self.plot_chosen)
        self.forget_plot()
        self.product_combo.currentIndexChanged.connect(lambda _: self.product_changed())
        for edit in (self.gross_edit, self.tare_edit, self.moisture_edit, self.defects_edit,
                     self.price_edit):
            edit.textChanged.connect(lambda _: self.update_totals())
        for name in self.NUMERIC + ("delivered_on",):
            self.inputs[name].editingFinished.connect(lambda n=name: self.check_field(n))
        for edit in (self.date_edit, self.grade_edit):  # the price in force may change
            edit.editingFinished.connect(lambda: self.pricing.propose())
        self._product = "dry_parchment"
        self.retranslate()

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.scale.retranslate()
        fields = by_name(DELIVERY_FIELDS)
        for name, caption in self.captions.items():
            caption.setText(fields[name].title() + (" *" if fields[name].required else ""))
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.save_button.setText(self.tr("Save and print (Enter)"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
        self.prices_button.setText(self.tr("Prices and discounts…"))
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
        """A new cooperative was chosen: start afresh from its prices."""
        self.pricing.forget()
        self.member_edit.set_scope(cooperative_id=self.page.cooperative_id)
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
        if watched is self.member_edit:  # Up, Down and its popup's keys are the Lookup's
            if enter or (key == Qt.Key.Key_Tab and self.membership is None
                         and self.member_edit.text().strip()):
                if self.membership is None:
                    self.choose_member()
                else:
                    self.advance_from_member()
                return True
            return False
        if watched is self.plot_edit:  # Down and a typed name's Enter are the Lookup's
            typed = self.plot_edit.match() is None and self.plot_edit.text().strip()
            if typed and (enter or key == Qt.Key.Key_Tab):
                self.resolve_plot()  # takes the best match: plot_chosen moves on
                return True
            if enter:
                self.product_combo.setFocus()
                return True
            return False
        if watched is self.product_combo and enter:
            self.focusNextChild()
            return True
        if enter and isinstance(watched, QLineEdit):
            self.save_and_print()
            return True
        return False

    # --- product, price and totals ----------------------------------------------------
    def product_changed(self, force: bool = False) -> None:
        self.pricing.propose(force)
        self._product = self.product_combo.currentData()

    def update_totals(self) -> None:
        self.pricing.update_totals()

    # --- checking and saving ------------------------------------------------------------
    def raw(self) -> dict:
        raw = {"delivered_on": self.date_edit.text(),
               "membership_id": self.membership.id if self.membership else None,
               "plot_id": self.plot_edit.value(),
               "product": self.product_combo.currentData()}
        if self.membership is None:
            raw["member"] = self.member_edit.text()
        for name in ("gross_kg", "tare_kg", "moisture_pct", "defects", "grade", "cup_score",
                     "price_per_kg_pen"):
            raw[name] = self.inputs[name].text()
        raw["weight_source"] = self.scale.source
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
        self.choose_member(only_if_single=True)
        if not self.resolve_plot():
            return None
        try:
            with self.page.database.session() as session:
                delivery = cooperative.record_delivery(session, coop, self.raw())
                number, net, amount = (delivery.receipt_number, delivery.net_kg,
                                       delivery.amount_pen)
        except ValidationError as error:
            self.show_errors(error)
            return None
        for label in self.errors.values():
            label.clear()
        self.last_receipt, self.last_pdf = number, None
        saved = self.tr("Saved {receipt}: {kg} kg, {amount}.").format(
            receipt=number, kg=fmt_kg(net), amount=fmt_soles(amount))
        self.last_label.setStyleSheet("")
        self.last_label.setText(saved)

        def printed(path: Path) -> None:  # the receipt is printed off the GUI thread
            self.last_pdf = path
            if self.last_receipt == number:
                self.last_label.setText(saved + "\n" + self.tr("Receipt: {path}").format(
                    path=path))

        def failed(error: OSError) -> None:
            if self.last_receipt == number:
                self.last_label.setText(saved + "\n" + self.tr(
                    "The receipt could not be printed: {reason}").format(
                    reason=error.strerror or error))

        self.page.print_receipt(number, printed, failed)
        self.clear(keep_message=True)
        self.refresh()
        self.saved.emit(number)
        return number

    def clear(self, keep_message: bool = False) -> None:
        """Empty the form for the next delivery; the date, product and price stay."""
        self.membership = None
        self.member_edit.set_value(None)
        for edit in (self.gross_edit, self.tare_edit, self.moisture_edit, self.defects_edit,
                     self.grade_edit, self.cup_edit):
            edit.clear()
        self.member_info.clear()
        self.flag_label.clear()
        self.scale.reset()
        self.forget_plot()
        for label in self.errors.values():
            label.clear()
        if not keep_message:
            self.last_label.clear()
        self.pricing.propose()  # the grade is empty again: its price may differ
        self.member_edit.setFocus()

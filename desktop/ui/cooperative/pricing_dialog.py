"""Prices and discounts (issue 16 item 3): the cooperative's price table and discount rules,
each a list of periods (past ones kept, with their status), added, changed and deleted through
the one form dialog; a History tab shows every change the audit kept (for a role that may read
the audit). A delivery keeps what it applied, so nothing changed here alters a receipt given."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QTabWidget, QWidget,
)

from desktop.services import cooperative, people
from desktop.services.cooperative import DISCOUNT_RULE_FIELDS, PRICE_FIELDS
from desktop.services.errors import NotFound
from desktop.ui.cooperative.models import RowsModel, selected_rows
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.layouts import hbox, vbox
from desktop.ui.widgets.record_history import RecordHistory
from desktop.ui.widgets.tables import make_table


class PeriodsPanel(QWidget):
    """One list of periods (prices, or discount rules) with New…, Edit… and Delete."""

    def __init__(self, dialog: PricingDialog, name: str, fields: list, read: Callable,
                 save: Callable, delete: Callable):
        super().__init__()
        self.dialog, self.fields = dialog, fields
        self._read, self._save, self._delete = read, save, delete
        self.model = RowsModel(fields, self)
        self.table = make_table(self.model)
        self.table.setObjectName(f"{name}Table")
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.new_button = QPushButton(objectName=f"new_{name}")
        self.edit_button = QPushButton(objectName=f"edit_{name}")
        self.delete_button = QPushButton(objectName=f"delete_{name}")
        self.new_button.clicked.connect(lambda: self.open_form())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        vbox(self, self.table, hbox(self.new_button, self.edit_button, self.delete_button,
                                    None))

    def refresh(self, session) -> None:
        self.model.set_records(self._read(session, self.dialog.cooperative_id))

    def selected(self):
        rows = selected_rows(self.table)
        return self.model.record(rows[0]) if rows else None

    def form(self, title: str, row=None) -> FormDialog:
        values = {"": {"product": "dry_parchment"}}
        if row is not None:
            values[""] = {f.name: row.value(f.name) for f in self.fields if f.in_form}

        def save(raw, _allow_duplicate):
            with self.dialog.database.session() as session:
                return self._save(session, self.dialog.cooperative_id, raw[""],
                                  row.id if row is not None else None)

        return FormDialog(self, title, [Section("", "", self.fields)], values, save)

    def open_form(self, row=None) -> bool:
        titles = self.dialog.titles[self.objectName()]
        if self.form(titles[0] if row is None else titles[1], row).exec():
            self.dialog.changed()
            return True
        return False

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_form(row)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, self.dialog.windowTitle(), self.tr(
            "Delete this period? Deliveries already recorded keep what they applied; the "
            "history keeps the change."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.dialog.database.session() as session:
                self._delete(session, row.id)
        except NotFound:  # deleted meanwhile, elsewhere
            pass
        self.dialog.changed()

    def retranslate(self) -> None:
        for button, text in ((self.new_button, self.tr("New…")),
                             (self.edit_button, self.tr("Edit…")),
                             (self.delete_button, self.tr("Delete"))):
            button.setText(text)
        self.model.retranslate()


class PricingDialog(QDialog):
    """The cooperative's price table, discount rules and their history."""

    def __init__(self, page):
        super().__init__(page)
        self.setObjectName("pricingDialog")
        self.database, self.cooperative_id = page.database, page.cooperative_id
        self.dirty = False  # something was saved or deleted here
        self.note = QLabel(objectName="pricingNote")
        self.note.setWordWrap(True)
        self.prices = PeriodsPanel(self, "prices", PRICE_FIELDS, cooperative.list_prices,
                                   cooperative.save_price, cooperative.delete_price)
        self.prices.setObjectName("prices")
        self.rules = PeriodsPanel(self, "rules", DISCOUNT_RULE_FIELDS,
                                  cooperative.list_discount_rules,
                                  cooperative.save_discount_rule,
                                  cooperative.delete_discount_rule)
        self.rules.setObjectName("rules")
        self.prices.empty = empty_hint(self.prices.table, lambda: (
            self.tr("No prices yet. Give each product's price per kg for the season: the "
                    "weighing station proposes the one in force on a delivery's date."),
            self.tr("New price…"), self.prices.open_form))
        self.rules.empty = empty_hint(self.rules.table, lambda: (
            self.tr("No discount rules: deliveries are paid on their whole net weight."),
            self.tr("New discount rule…"), self.rules.open_form))
        self.history = RecordHistory(self, "pricingHistory")
        self.tabs = QTabWidget(objectName="pricingTabs")
        for widget in (self.prices, self.rules, self.history.view):
            self.tabs.addTab(widget, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        vbox(self, self.note, self.tabs, buttons)
        self.resize(900, 520)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prices and discounts"))
        self.titles = {
            "prices": (self.tr("New price"), self.tr("Change price")),
            "rules": (self.tr("New discount rule"), self.tr("Change discount rule"))}
        self.note.setText(self.tr(
            "The weighing station proposes the price in force on the delivery's date for its "
            "product and grade (a price without grade is for any grade). Discount rules take "
            "off, for every 100 kg of net weight, the kilos set per point of moisture above "
            "the limit and per defect point above those allowed. Each delivery keeps the "
            "price and discounts it was recorded with: nothing changed here alters a receipt "
            "already given."))
        for index, text in enumerate((self.tr("Prices"), self.tr("Discount rules"),
                                      self.tr("History"))):
            self.tabs.setTabText(index, text)
        self.prices.retranslate()
        self.rules.retranslate()

    def refresh(self) -> None:
        with self.database.session() as session:
            self.prices.refresh(session)
            self.rules.refresh(session)
            ids = cooperative.pricing_record_ids(session, self.cooperative_id)
            if ids:
                self.history.show(session, self.tabs, *ids)
            else:  # nothing yet (and no ids would mean every record's history)
                self.history.clear()
                self.tabs.setTabVisible(2, people.allowed(session, "audit.read"))

    def changed(self) -> None:
        self.dirty = True
        self.refresh()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["PricingDialog", "PeriodsPanel"]

"""The weighing station's price and discounts (issue 16 item 3): it proposes the price in force
on the delivery's date for the product and grade typed (else, with no price set, the last
delivery's, as before the price table), and shows what the discount rule in force takes off
the net, the payable kilos and the amount as the weights are typed. The price stays a box the
user may type over; the service computes what is saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.i18n.formatting import fmt_number, fmt_soles, parse_number
from desktop.services import cooperative
from desktop.ui.cooperative.models import parse_date


def number(edit: QLineEdit) -> Decimal | None:
    try:
        return parse_number(edit.text()) if edit.text().strip() else None
    except (InvalidOperation, ValueError):
        return None


class StationPricing(QObject):
    """Owns the station's net, discount and amount lines."""

    def __init__(self, station):
        super().__init__(station)
        self.station = station
        self.net_label = QLabel(objectName="netKg")
        self.discount_label = QLabel(objectName="discounts")
        self.discount_label.setWordWrap(True)
        self.proposal = ""  # the price text last proposed: replaced while not typed over
        self.terms: cooperative.DiscountTerms | None = None
        self._terms_key = None

    def day(self) -> date:
        return parse_date(self.station.date_edit.text()) or date.today()

    def forget(self) -> None:
        """A new cooperative, or its prices and rules changed: read them again."""
        self._terms_key = None

    def propose(self, force: bool = False) -> None:
        """Propose the price for the product, grade and date now in the form."""
        station = self.station
        coop = station.page.cooperative_id
        product, day = station.product_combo.currentData(), self.day()
        price = None
        if coop and product:
            with station.page.database.session() as session:
                price = cooperative.proposed_price(session, coop, product,
                                                   station.grade_edit.text(), day)
                if self._terms_key != (coop, product, day):
                    self.terms = cooperative.terms_in_force(session, coop, product, day)
                    self._terms_key = (coop, product, day)
        text = "" if price is None else fmt_number(price, places=2)
        typed = station.price_edit.text().strip()
        if force or not typed or typed == self.proposal:
            station.price_edit.setText(text)
        self.proposal = text
        self.update_totals()

    def update_totals(self) -> None:
        station = self.station
        gross, tare, moisture, defects, price = (number(e) for e in (
            station.gross_edit, station.tare_edit, station.moisture_edit, station.defects_edit,
            station.price_edit))
        net = None if gross is None else gross - (tare or Decimal(0))
        if net is None or net <= 0:
            for label in (self.net_label, self.discount_label, station.amount_label):
                label.clear()
            return
        self.net_label.setText(self.tr("Net: {kg} kg").format(kg=fmt_number(net, places=2)))
        settled = cooperative.settle(net, moisture or Decimal(0), defects,
                                     price or Decimal(0), self.terms)
        if self.terms is None:
            self.discount_label.clear()
        else:
            self.discount_label.setText(self.tr(
                "Discounts: {moisture} kg for moisture, {defects} kg for defects. Payable: "
                "{payable} kg").format(
                moisture=fmt_number(settled.moisture_discount_kg, places=2),
                defects=fmt_number(settled.defects_discount_kg, places=2),
                payable=fmt_number(settled.payable_kg, places=2)))
        if price is not None and price > 0:
            station.amount_label.setText(self.tr("Amount: {amount}").format(
                amount=fmt_soles(settled.amount_pen)))
        else:
            station.amount_label.clear()


__all__ = ["StationPricing", "number"]

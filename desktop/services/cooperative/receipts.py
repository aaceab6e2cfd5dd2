"""What a delivery's printed receipt shows, read once from the database."""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.services.cooperative.deliveries import delivery_by_receipt
from desktop.services.cooperative.discounts import DiscountTerms
from desktop.services.cooperative.members import member_dni, member_name
from desktop.services.cooperative.rules import flag_codes
from desktop.services.cooperative.weighing import Weighing


@dataclass(frozen=True)
class ReceiptData(Weighing):
    """Everything a printed receipt shows, read once from the database."""

    cooperative: str
    ruc: str
    address: str
    receipt_number: str
    delivered_on: date
    member_code: str
    member: str
    dni: str
    family_code: str
    plot: str
    plot_area_ha: Decimal | None
    flags: tuple = dc_field(default=())
    #: "scale", "manual" or "" (labels.toml "weight_source"): the receipt says which.
    weight_source: str = ""
    #: The discount rule's values the delivery applied (None: no rule applied).
    terms: DiscountTerms | None = None


def receipt_data(session: Session, receipt_number: str,
                 cooperative_id: str | None = None) -> ReceiptData:
    delivery = delivery_by_receipt(session, receipt_number, cooperative_id)
    membership, cooperative, plot = delivery.membership, delivery.cooperative, delivery.plot
    return ReceiptData(
        cooperative=cooperative.name, ruc=cooperative.ruc, address=cooperative.address,
        receipt_number=delivery.receipt_number, delivered_on=delivery.delivered_on,
        member_code=membership.member_code, member=member_name(membership),
        dni=member_dni(membership), family_code=membership.family.code,
        plot=plot.name if plot else "", plot_area_ha=plot.area_ha if plot else None,
        product=delivery.product, gross_kg=delivery.gross_kg, tare_kg=delivery.tare_kg,
        net_kg=delivery.net_kg, moisture_pct=delivery.moisture_pct, grade=delivery.grade,
        cup_score=delivery.cup_score, price_per_kg_pen=delivery.price_per_kg_pen,
        amount_pen=delivery.amount_pen, paid_on=delivery.paid_on,
        voided_at=delivery.voided_at, void_reason=delivery.void_reason,
        flags=tuple(flag_codes(delivery.flags)), weight_source=delivery.weight_source,
        defects=delivery.defects, moisture_discount_kg=delivery.moisture_discount_kg,
        defects_discount_kg=delivery.defects_discount_kg, payable_kg=delivery.payable,
        terms=DiscountTerms.of(delivery))


__all__ = [
    "ReceiptData", "receipt_data",
]

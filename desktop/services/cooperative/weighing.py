"""What the scale and the price made of one delivery: the part of a delivery that the
deliveries list and the printed receipt both show, declared once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, kw_only=True)
class Weighing:
    product: str
    gross_kg: Decimal
    tare_kg: Decimal
    net_kg: Decimal
    moisture_pct: Decimal
    grade: str
    cup_score: Decimal | None
    price_per_kg_pen: Decimal
    amount_pen: Decimal
    paid_on: date | None
    voided_at: date | None
    void_reason: str
    #: Discounts (issue 16 item 3): the defect points typed, what was taken off the net, and
    #: the kilos paid for (the net on deliveries recorded before discounts).
    defects: Decimal | None = None
    moisture_discount_kg: Decimal = Decimal(0)
    defects_discount_kg: Decimal = Decimal(0)
    payable_kg: Decimal | None = None

    @property
    def discount_kg(self) -> Decimal:
        return self.moisture_discount_kg + self.defects_discount_kg

    def __post_init__(self):
        if self.payable_kg is None:
            object.__setattr__(self, "payable_kg", self.net_kg)

    @property
    def voided(self) -> bool:
        return self.voided_at is not None

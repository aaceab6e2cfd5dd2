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

    @property
    def voided(self) -> bool:
        return self.voided_at is not None

"""What a delivery is paid for (issue 16 item 3): its net weight less the kilos the discount
rule takes off, times the price. Plain Decimal arithmetic, no database.

A rule deducts, for every 100 kg of net weight, `moisture_kg_per_point` kg per point of
moisture above `moisture_limit_pct`, and `defects_kg_per_point` kg per defect point above
`defects_allowed`. Each discount is rounded to the cent of a kilo (half up), and together
they never take more than the net: payable kg = net − discounts ≥ 0, and the amount is payable
kg × price to the cent (desktop.services.cooperative.rules.amount_for).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.services.cooperative.rules import CENT, ZERO, amount_for

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class DiscountTerms:
    """A discount rule's values, as a delivery applied (and keeps) them."""

    moisture_limit_pct: Decimal
    moisture_kg_per_point: Decimal
    defects_allowed: Decimal
    defects_kg_per_point: Decimal

    NAMES = ("moisture_limit_pct", "moisture_kg_per_point", "defects_allowed",
             "defects_kg_per_point")

    @classmethod
    def of(cls, record) -> DiscountTerms | None:
        """The terms a rule or a delivery holds (None: a delivery that applied no rule)."""
        if record is None or record.moisture_limit_pct is None:
            return None
        return cls(*(Decimal(getattr(record, name) or 0) for name in cls.NAMES))

    def values(self) -> dict:
        return {name: getattr(self, name) for name in self.NAMES}


#: The columns a delivery keeps when no rule applied.
NO_TERMS = dict.fromkeys(DiscountTerms.NAMES)


@dataclass(frozen=True)
class Settlement:
    moisture_discount_kg: Decimal
    defects_discount_kg: Decimal
    payable_kg: Decimal
    amount_pen: Decimal

    @property
    def discount_kg(self) -> Decimal:
        return self.moisture_discount_kg + self.defects_discount_kg

    def values(self) -> dict:
        """The delivery's columns this settlement fills."""
        return {"moisture_discount_kg": self.moisture_discount_kg,
                "defects_discount_kg": self.defects_discount_kg,
                "payable_kg": self.payable_kg, "amount_pen": self.amount_pen}


def kilos_off(net_kg: Decimal, points: Decimal, kg_per_point: Decimal) -> Decimal:
    """kg_per_point for every 100 kg of `net_kg`, `points` times, to the cent of a kilo."""
    if points <= 0 or kg_per_point <= 0:
        return ZERO.quantize(CENT)
    return (net_kg * points * kg_per_point / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


def settle(net_kg: Decimal, moisture_pct: Decimal, defects: Decimal | None, price: Decimal,
           terms: DiscountTerms | None) -> Settlement:
    """The discounts, payable kilos and amount of a delivery under `terms` (None: no rule)."""
    net_kg = Decimal(net_kg)
    moisture_off = defects_off = ZERO.quantize(CENT)
    if terms is not None:
        moisture_off = min(kilos_off(net_kg, Decimal(moisture_pct) - terms.moisture_limit_pct,
                                     terms.moisture_kg_per_point), net_kg)
        defects_off = min(kilos_off(net_kg, (defects or ZERO) - terms.defects_allowed,
                                    terms.defects_kg_per_point), net_kg - moisture_off)
    payable = net_kg - moisture_off - defects_off
    return Settlement(moisture_off, defects_off, payable, amount_for(payable, price))


__all__ = ["DiscountTerms", "NO_TERMS", "Settlement", "kilos_off", "settle"]

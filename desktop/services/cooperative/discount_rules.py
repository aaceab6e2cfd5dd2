"""Discount rules (issue 16 item 3): per cooperative and product, for a period, the moisture
limit and the kilos deducted per point above it, the defect points allowed and the kilos
deducted per defect point above them (both for every 100 kg of net weight: see
desktop.services.cooperative.discounts). Changes are audited; a delivery keeps the rule's
values it applied, so a rule changed later never alters a receipt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.db.pricing import DiscountRule
from desktop.services.cooperative.discounts import DiscountTerms
from desktop.services.cooperative.fields import DISCOUNT_RULE_FIELDS
from desktop.services.cooperative.periods import (
    PeriodRow, delete_period, in_force, list_periods, save_period,
)
from desktop.services.cooperative.rules import MAX_DEFECTS, ZERO, range_error
from desktop.services.fields import by_name, parse_values

_FIELDS = by_name(DISCOUNT_RULE_FIELDS)
#: name -> (highest value, decimals)
LIMITS = {"moisture_limit_pct": (Decimal(100), 1), "moisture_kg_per_point": (Decimal(100), 2),
          "defects_allowed": (MAX_DEFECTS, 1), "defects_kg_per_point": (Decimal(100), 2)}


def list_discount_rules(session: Session, cooperative_id: str,
                        today: date | None = None) -> list[PeriodRow]:
    return list_periods(session, DiscountRule, cooperative_id, today)


def save_discount_rule(session: Session, cooperative_id: str, raw: dict,
                       rule_id: str | None = None) -> DiscountRule:
    """Add a rule (or change `rule_id`): one rule per product on any day."""
    values, errors = parse_values(DISCOUNT_RULE_FIELDS, raw)
    for name in ("defects_allowed", "defects_kg_per_point"):
        if values.get(name) is None:
            values[name] = ZERO
    errors += [range_error(name, values.get(name), high, places, _FIELDS)
               for name, (high, places) in LIMITS.items()]
    return save_period(session, DiscountRule, "discount rule", cooperative_id, values, errors,
                       rule_id)


def delete_discount_rule(session: Session, rule_id: str) -> None:
    delete_period(session, DiscountRule, "discount rule", rule_id)


def terms_in_force(session: Session, cooperative_id: str, product: str,
                   day: date) -> DiscountTerms | None:
    """The terms of the rule for `product` in force on `day` (None: no discount)."""
    rules = in_force(session, DiscountRule, cooperative_id, product, day)
    return DiscountTerms.of(rules[0]) if rules else None


__all__ = ["list_discount_rules", "save_discount_rule", "delete_discount_rule",
           "terms_in_force"]

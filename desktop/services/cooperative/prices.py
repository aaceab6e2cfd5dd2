"""The price table (issue 16 item 3): a price per kg for each product, and grade ("" = any
grade), valid from one day to another; the weighing station proposes the price in force on
the delivery's date. Changes are audited (desktop.db.hooks); a delivery keeps the price it was
recorded with, so a price changed later never alters a receipt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.db.pricing import DiscountRule, Price
from desktop.services.cooperative.deliveries import last_price
from desktop.services.cooperative.fields import PRICE_FIELDS
from desktop.services.cooperative.periods import (
    PeriodRow, delete_period, every_id, in_force, list_periods, save_period,
)
from desktop.services.cooperative.rules import price_errors
from desktop.services.fields import parse_values
from desktop.textnorm import fold


def list_prices(session: Session, cooperative_id: str,
                today: date | None = None) -> list[PeriodRow]:
    return list_periods(session, Price, cooperative_id, today)


def save_price(session: Session, cooperative_id: str, raw: dict,
               price_id: str | None = None) -> Price:
    """Add a price (or change `price_id`): no two prices of a product and grade may be valid
    on the same day."""
    values, errors = parse_values(PRICE_FIELDS, raw)
    values["grade"] = (values.get("grade") or "").strip()
    errors += price_errors(values)
    grade = fold(values["grade"])
    return save_period(session, Price, "price", cooperative_id, values, errors, price_id,
                       same=lambda other: fold(other.grade) == grade)


def delete_price(session: Session, price_id: str) -> None:
    delete_period(session, Price, "price", price_id)


def price_in_force(session: Session, cooperative_id: str, product: str, grade: str,
                   day: date) -> Decimal | None:
    """The price of `product` on `day`: the one for this grade, else the one for any grade."""
    prices = in_force(session, Price, cooperative_id, product, day)
    wanted = fold(grade or "")
    own = [p for p in prices if p.grade and fold(p.grade) == wanted]
    chosen = (own or [p for p in prices if not p.grade] or [None])[0]
    return None if chosen is None else chosen.price_per_kg_pen


def proposed_price(session: Session, cooperative_id: str, product: str, grade: str,
                   day: date) -> Decimal | None:
    """What the station proposes: the price in force, else (no price set) the price of the
    latest delivery of the product, as before the price table."""
    found = price_in_force(session, cooperative_id, product, grade, day)
    return found if found is not None else last_price(session, cooperative_id, product)


def pricing_record_ids(session: Session, cooperative_id: str) -> list[str]:
    """Every price and discount rule the cooperative had, deleted ones too: their history."""
    return every_id(session, Price, cooperative_id) + every_id(session, DiscountRule,
                                                               cooperative_id)


__all__ = ["pricing_record_ids", "list_prices", "save_price", "delete_price", "price_in_force", "proposed_price"]

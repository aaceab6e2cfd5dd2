"""The cooperative's price table and discount rules, each valid for a period (issue 16 item 3).

A delivery copies what it applied (price, discount kilos and the rule's values) into its own
row (desktop.db.cooperative.Delivery), so changing or deleting a rule later never alters a
receipt already given. Changes go through the ORM: desktop.db.hooks audits each one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Record
from desktop.db.cooperative import Cooperative
from desktop.db.types import Kilograms, Percent, Soles

_PRODUCT_KNOWN = "product IN ('cherry', 'wet_parchment', 'dry_parchment')"
_PERIOD = "valid_to IS NULL OR valid_to >= valid_from"


class Price(Record, Base):
    """The price per kg of a product (and grade; "" = any grade) from one day to another
    (open-ended when `valid_to` is empty)."""

    __tablename__ = "prices"
    __table_args__ = (
        CheckConstraint("price_per_kg_pen > 0", name="price_positive"),
        CheckConstraint(_PERIOD, name="period_ordered"),
        CheckConstraint(_PRODUCT_KNOWN, name="product_known"),
        Index("ix_prices_in_force", "cooperative_id", "product", "valid_from"),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperatives.id"), nullable=False)
    product: Mapped[str] = mapped_column(String(20), nullable=False)
    grade: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    valid_from: Mapped[date] = mapped_column(nullable=False)
    valid_to: Mapped[date | None]
    price_per_kg_pen: Mapped[Decimal] = mapped_column(Soles, nullable=False)

    cooperative: Mapped[Cooperative] = relationship()


class DiscountRule(Record, Base):
    """Kilos deducted from a delivery's net weight, for every 100 kg of it: per point of
    moisture above a limit, and per defect point above the defects allowed."""

    __tablename__ = "discount_rules"
    __table_args__ = (
        CheckConstraint(_PERIOD, name="period_ordered"),
        CheckConstraint(_PRODUCT_KNOWN, name="product_known"),
        CheckConstraint("moisture_limit_pct BETWEEN 0 AND 10000", name="moisture_limit_0_100"),
        CheckConstraint("moisture_kg_per_point >= 0 AND defects_kg_per_point >= 0 "
                        "AND defects_allowed >= 0", name="rates_nonneg"),
        Index("ix_discount_rules_in_force", "cooperative_id", "product", "valid_from"),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperatives.id"), nullable=False)
    product: Mapped[str] = mapped_column(String(20), nullable=False)
    valid_from: Mapped[date] = mapped_column(nullable=False)
    valid_to: Mapped[date | None]
    moisture_limit_pct: Mapped[Decimal] = mapped_column(Percent, nullable=False)
    moisture_kg_per_point: Mapped[Decimal] = mapped_column(Kilograms, nullable=False)
    defects_allowed: Mapped[Decimal] = mapped_column(Percent, nullable=False)
    defects_kg_per_point: Mapped[Decimal] = mapped_column(Kilograms, nullable=False)

    cooperative: Mapped[Cooperative] = relationship()

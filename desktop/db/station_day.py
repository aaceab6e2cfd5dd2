"""The weighing station's days and the yields a plot is expected to give (issue 16 items 7, 8).

A StationDay row exists once a cooperative's day has been closed (the cash close signed by
the manager): it names who closed it and when; reopening it (administrators only, with a
reason) clears `closed_at` and keeps who reopened it and why. Changes go through the ORM, so
the audit trail keeps every close and reopening.

An ExpectedYield is the kilos per hectare of a product that a coffee plot can give in a
season, set per cooperative for one community or, without a community, as the cooperative's
default.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Record
from desktop.db.types import Kilograms, UTCDateTime


class StationDay(Record, Base):
    __tablename__ = "station_days"
    __table_args__ = (UniqueConstraint("cooperative_id", "day", name="uq_station_days_day"),)

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperatives.id"), nullable=False)
    day: Mapped[date] = mapped_column(nullable=False)
    #: When the day was closed (UTC); None once reopened.
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    reopened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reopened_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    reopen_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ExpectedYield(Record, Base):
    __tablename__ = "expected_yields"
    __table_args__ = (
        CheckConstraint("kg_per_ha > 0", name="kg_per_ha_positive"),
        CheckConstraint(
            "product IN ('cherry', 'wet_parchment', 'dry_parchment')", name="product_known"),
        Index("ix_expected_yields_product", "cooperative_id", "product"),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperatives.id"), nullable=False)
    product: Mapped[str] = mapped_column(String(20), nullable=False)
    #: None: the cooperative's default for the product.
    community_id: Mapped[str | None] = mapped_column(ForeignKey("communities.id"))
    kg_per_ha: Mapped[Decimal] = mapped_column(Kilograms, nullable=False)

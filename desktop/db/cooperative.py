"""The coffee cooperative: members and the deliveries they bring."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Record
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.db.types import Kilograms, Percent, Soles

#: A delivery that counts: neither deleted nor voided (the partial indexes' condition).
LIVE = "deleted_at IS NULL AND voided_at IS NULL"


class Cooperative(Record, Base):
    __tablename__ = "cooperatives"
    __table_args__ = (
        CheckConstraint("length(ruc) = 11 AND ruc NOT GLOB '*[^0-9]*'", name="ruc_11_digits"),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    ruc: Mapped[str] = mapped_column(String(11), nullable=False, unique=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    receipt_prefix: Mapped[str] = mapped_column(String(12), nullable=False, default="COOP")


class Membership(Record, Base):
    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("cooperative_id", "member_code", name="uq_memberships_code"),
        Index("ix_memberships_family", "family_id"),
        # The members a search word matches: codes and families, from this index alone.
        Index("ix_memberships_search", "cooperative_id", "family_id", "member_code", "id"),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperatives.id"), nullable=False)
    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), nullable=False)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"))
    member_code: Mapped[str] = mapped_column(String(20), nullable=False)
    joined_on: Mapped[date | None]
    #: JSON list of {"kind", "valid_from", "valid_to"}.
    certifications: Mapped[str] = mapped_column(Text, nullable=False, default="[]")

    cooperative: Mapped[Cooperative] = relationship()
    family: Mapped[Family] = relationship()
    person: Mapped[Person | None] = relationship()


class Lot(Record, Base):
    """An export lot: deliveries grouped for one buyer, traced back to their plots."""

    __tablename__ = "lots"
    __table_args__ = (UniqueConstraint("cooperative_id", "code", name="uq_lots_code"),)

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperatives.id"), nullable=False)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    buyer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    destination_country: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    shipping_date: Mapped[date | None]
    #: JSON list of certification kinds.
    certifications: Mapped[str] = mapped_column(Text, nullable=False, default="[]")

    cooperative: Mapped[Cooperative] = relationship()


class Delivery(Record, Base):
    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("cooperative_id", "receipt_number", name="uq_deliveries_receipt"),
        CheckConstraint("gross_kg > 0", name="gross_positive"),
        CheckConstraint("tare_kg >= 0", name="tare_nonneg"),
        CheckConstraint("net_kg > 0", name="net_positive"),
        CheckConstraint("moisture_pct BETWEEN 0 AND 10000", name="moisture_0_100"),
        CheckConstraint("cup_score IS NULL OR cup_score BETWEEN 0 AND 10000",
                        name="cup_score_0_100"),
        CheckConstraint("price_per_kg_pen >= 0", name="price_nonneg"),
        CheckConstraint(
            "product IN ('cherry', 'wet_parchment', 'dry_parchment')", name="product_known"
        ),
        Index("ix_deliveries_membership", "membership_id", "delivered_on"),
        Index("ix_deliveries_delivered_on", "delivered_on"),
        Index("ix_deliveries_lot", "lot_id"),
        # Members' totals (a season, or all) read only this index: no table rows.
        Index("ix_deliveries_member_totals", "cooperative_id", "membership_id", "delivered_on",
              "net_kg", "amount_pen", "paid_on", "deleted_at", "voided_at",
              sqlite_where=text(LIVE),
              postgresql_where=text(LIVE)),
        # A season's totals (by date, month, lot, member), read from this index alone.
        Index("ix_deliveries_season", "cooperative_id", "delivered_on", "membership_id",
              "lot_id", "net_kg", "amount_pen", "paid_on", "deleted_at", "voided_at",
              sqlite_where=text(LIVE), postgresql_where=text(LIVE)),
        # What is owed to each member.
        Index("ix_deliveries_owed", "cooperative_id", "membership_id", "delivered_on", "net_kg",
              "amount_pen", "lot_id", "deleted_at", "voided_at", "paid_on",
              sqlite_where=text(f"{LIVE} AND paid_on IS NULL"),
              postgresql_where=text(f"{LIVE} AND paid_on IS NULL")),
        # The deliveries list searched by member: what its filters name, per member.
        Index("ix_deliveries_member_list", "cooperative_id", "membership_id", "deleted_at",
              "voided_at", "paid_on", "lot_id", "flags", "receipt_number"),
        # The few flagged, deleted and voided deliveries (the list counts by subtraction).
        Index("ix_deliveries_flagged", "cooperative_id", "receipt_number",
              sqlite_where=text("deleted_at IS NULL AND flags != ''"),
              postgresql_where=text("deleted_at IS NULL AND flags != ''")),
        Index("ix_deliveries_deleted", "cooperative_id",
              sqlite_where=text("deleted_at IS NOT NULL"),
              postgresql_where=text("deleted_at IS NOT NULL")),
        Index("ix_deliveries_voided", "cooperative_id",
              sqlite_where=text("deleted_at IS NULL AND voided_at IS NOT NULL"),
              postgresql_where=text("deleted_at IS NULL AND voided_at IS NOT NULL")),
        # The station's starting price: the latest delivery of a product.
        Index("ix_deliveries_latest", "cooperative_id", "product", "created_at",
              sqlite_where=text(LIVE),
              postgresql_where=text(LIVE)),
        # What is still to be paid, oldest first (the home page, payments).
        Index("ix_deliveries_unpaid", "delivered_on", "receipt_number",
              sqlite_where=text(f"{LIVE} AND paid_on IS NULL"),
              postgresql_where=text(f"{LIVE} AND paid_on IS NULL")),
        # Payments by day from the index alone (the home page's coffee chart: migration 0013).
        Index("ix_deliveries_paid_day", "paid_on", "amount_pen", "deleted_at", "voided_at",
              sqlite_where=text(f"{LIVE} AND paid_on IS NOT NULL"),
              postgresql_where=text(f"{LIVE} AND paid_on IS NOT NULL")),
        # Kilograms delivered and soles paid over every living delivery (the indicators,
        # the home page's tiles) from this narrow index alone, not the table (0017). Its
        # condition is the indicators' own: "coalesce(deleted_at, voided_at) IS NULL".
        Index("ix_deliveries_live_sums", "net_kg", "amount_pen", "paid_on", "delivered_on",
              "deleted_at", "voided_at",
              sqlite_where=text("coalesce(deleted_at, voided_at) IS NULL"),
              postgresql_where=text("coalesce(deleted_at, voided_at) IS NULL")),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperatives.id"), nullable=False)
    receipt_number: Mapped[str] = mapped_column(String(40), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    delivered_on: Mapped[date] = mapped_column(nullable=False)
    membership_id: Mapped[str] = mapped_column(ForeignKey("memberships.id"), nullable=False)
    plot_id: Mapped[str | None] = mapped_column(ForeignKey("plots.id"))
    product: Mapped[str] = mapped_column(String(20), nullable=False, default="dry_parchment")
    gross_kg: Mapped[Decimal] = mapped_column(Kilograms, nullable=False)
    tare_kg: Mapped[Decimal] = mapped_column(Kilograms, nullable=False, default=Decimal(0))
    net_kg: Mapped[Decimal] = mapped_column(Kilograms, nullable=False)
    moisture_pct: Mapped[Decimal] = mapped_column(Percent, nullable=False)
    grade: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    cup_score: Mapped[Decimal | None] = mapped_column(Percent)
    price_per_kg_pen: Mapped[Decimal] = mapped_column(Soles, nullable=False)
    amount_pen: Mapped[Decimal] = mapped_column(Soles, nullable=False)
    paid_on: Mapped[date | None]
    voided_at: Mapped[date | None]
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    flags: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    #: How the gross weight was taken: "scale" (read from the station's scale), "manual"
    #: (typed), "" (recorded before the program told them apart).
    weight_source: Mapped[str] = mapped_column(String(10), nullable=False, default="",
                                               server_default="")
    lot_id: Mapped[str | None] = mapped_column(ForeignKey("lots.id"))
    # Discounts (issue 16 item 3, desktop.db.pricing): the defect points counted, what the
    # rule in force took off the net weight and that rule's values (NULL: no rule applied),
    # kept on the delivery so that a rule changed later never alters its receipt.
    defects: Mapped[Decimal | None] = mapped_column(Percent)
    moisture_discount_kg: Mapped[Decimal] = mapped_column(
        Kilograms, nullable=False, default=Decimal(0), server_default="0")
    defects_discount_kg: Mapped[Decimal] = mapped_column(
        Kilograms, nullable=False, default=Decimal(0), server_default="0")
    #: Net less the discounts; NULL on deliveries recorded before discounts existed, whose
    #: payable kilos are their net (see `payable`): the table is not rewritten to fill it.
    payable_kg: Mapped[Decimal | None] = mapped_column(Kilograms)
    moisture_limit_pct: Mapped[Decimal | None] = mapped_column(Percent)
    moisture_kg_per_point: Mapped[Decimal | None] = mapped_column(Kilograms)
    defects_allowed: Mapped[Decimal | None] = mapped_column(Percent)
    defects_kg_per_point: Mapped[Decimal | None] = mapped_column(Kilograms)

    cooperative: Mapped[Cooperative] = relationship()
    membership: Mapped[Membership] = relationship()
    plot: Mapped[Plot | None] = relationship()
    lot: Mapped[Lot | None] = relationship()

    @property
    def payable(self) -> Decimal:
        """The kilos paid for: `payable_kg`, or the net on a delivery older than discounts."""
        return self.net_kg if self.payable_kg is None else self.payable_kg

"""Advances and loans to cooperative members, and the deductions that repay them (issue 16
item 4).

An advance is given to a member in cash or in kind (fertiliser, tools) and valued in soles.
It is repaid by deductions from the member's payments, under its rule: everything at the next
payment ("next_payment"), or a share of each payment ("share": `share_pct` per cent of each
payment's gross amount) until it is repaid. A deduction is one payment's part kept for one
advance, on the payment's date. Both are soft-deleted (an advance is voided with a reason).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Record
from desktop.db.cooperative import Cooperative, Membership
from desktop.db.types import Percent, Soles


class Advance(Record, Base):
    __tablename__ = "advances"
    __table_args__ = (
        CheckConstraint("amount_pen > 0", name="amount_positive"),
        CheckConstraint("kind IN ('cash', 'in_kind')", name="kind_known"),
        CheckConstraint("rule IN ('next_payment', 'share')", name="rule_known"),
        CheckConstraint("(rule = 'share' AND share_pct > 0 AND share_pct <= 10000) OR "
                        "(rule = 'next_payment' AND share_pct IS NULL)", name="share_pct_rule"),
        Index("ix_advances_member", "membership_id", "given_on"),
        Index("ix_advances_cooperative", "cooperative_id", "given_on"),
    )

    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperatives.id"), nullable=False)
    membership_id: Mapped[str] = mapped_column(ForeignKey("memberships.id"), nullable=False)
    given_on: Mapped[date] = mapped_column(nullable=False)
    #: "cash" or "in_kind"
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    #: What was given ("2 sacos de fertilizante", "efectivo para la cosecha").
    description: Mapped[str] = mapped_column(String(200), nullable=False)
    amount_pen: Mapped[Decimal] = mapped_column(Soles, nullable=False)
    #: "next_payment" (all at the next payment) or "share" (share_pct % of each payment).
    rule: Mapped[str] = mapped_column(String(20), nullable=False)
    share_pct: Mapped[Decimal | None] = mapped_column(Percent)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    voided_at: Mapped[date | None]
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    cooperative: Mapped[Cooperative] = relationship()
    membership: Mapped[Membership] = relationship()


class AdvanceDeduction(Record, Base):
    __tablename__ = "advance_deductions"
    __table_args__ = (
        CheckConstraint("amount_pen > 0", name="amount_positive"),
        Index("ix_advance_deductions_advance", "advance_id"),
        Index("ix_advance_deductions_member", "membership_id", "paid_on"),
    )

    advance_id: Mapped[str] = mapped_column(ForeignKey("advances.id"), nullable=False)
    membership_id: Mapped[str] = mapped_column(ForeignKey("memberships.id"), nullable=False)
    #: The day of the payment it was kept from.
    paid_on: Mapped[date] = mapped_column(nullable=False)
    amount_pen: Mapped[Decimal] = mapped_column(Soles, nullable=False)

    advance: Mapped[Advance] = relationship()

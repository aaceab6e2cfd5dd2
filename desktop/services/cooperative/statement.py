"""A member's statement (issue 16 item 6): what the cooperative owes the member, movement by
movement over a period — each delivery credited on its day, each payment debited on the day
it was paid — with the balance brought forward, a running balance and the totals.

Advances and deductions (issue 16 item 4) will join the same list as movements of their own.
Voided deliveries are left out: they never were owed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.cooperative import Delivery, Membership
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.cooperative.members import member_name
from desktop.services.errors import NotFound, ValidationError
from desktop.services.people.permissions import require

ZERO = Decimal("0.00")
DELIVERY, PAYMENT = "delivery", "payment"


@dataclass(frozen=True)
class Movement:
    day: date
    kind: str  # DELIVERY or PAYMENT
    receipt_number: str
    net_kg: Decimal | None  # a delivery's kilos; None on a payment
    credit: Decimal  # owed to the member by a delivery
    debit: Decimal  # paid to the member
    balance: Decimal  # owed after this movement


@dataclass
class MemberStatement:
    cooperative: str
    member_code: str
    member: str
    family_code: str
    date_from: date | None
    date_to: date | None
    opening: Decimal
    movements: list[Movement] = field(default_factory=list)

    @property
    def delivered_kg(self) -> Decimal:
        return sum((m.net_kg for m in self.movements if m.net_kg is not None), ZERO)

    @property
    def credited(self) -> Decimal:
        return sum((m.credit for m in self.movements), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((m.debit for m in self.movements), ZERO)

    @property
    def closing(self) -> Decimal:
        return self.opening + self.credited - self.paid


def member_by_code(session: Session, code: str) -> Membership:
    """The living member with this code in any cooperative; NotFound when there is none, a
    clear error when two cooperatives use the same code."""
    found = session.scalars(select(Membership).where(
        Membership.deleted_at.is_(None),
        func.upper(Membership.member_code) == (code or "").strip().upper()).limit(2)).all()
    if not found:
        raise NotFound("member", code)
    if len(found) > 1:
        raise ValidationError.single("member", QT_TRANSLATE_NOOP(
            "Validation", "Two cooperatives have a member {code}; choose the cooperative."),
            {"code": code})
    return found[0]


def member_statement(session: Session, membership_id: str, date_from: date | None = None,
                     date_to: date | None = None) -> MemberStatement:
    """The statement of one member between two dates (either may be open)."""
    require(session, "cooperative.edit")
    if date_from and date_to and date_from > date_to:
        raise ValidationError.single("date_to", QT_TRANSLATE_NOOP(
            "Validation", "The period ends before it starts."))
    membership = session.get(Membership, membership_id)
    if membership is None or membership.deleted_at is not None:
        raise NotFound("member", membership_id)
    rows = session.execute(select(
        Delivery.delivered_on, Delivery.paid_on, Delivery.receipt_number, Delivery.net_kg,
        Delivery.amount_pen).where(
        Delivery.membership_id == membership.id, Delivery.deleted_at.is_(None),
        Delivery.voided_at.is_(None))).all()
    events = []
    for delivered_on, paid_on, number, net_kg, amount in rows:
        events.append((delivered_on, 0, number, DELIVERY, net_kg, amount))
        if paid_on is not None:
            events.append((paid_on, 1, number, PAYMENT, None, amount))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    statement = MemberStatement(
        cooperative=membership.cooperative.name, member_code=membership.member_code,
        member=member_name(membership), family_code=membership.family.code,
        date_from=date_from, date_to=date_to, opening=ZERO)
    balance = ZERO
    for day, _, number, kind, net_kg, amount in events:
        if date_to and day > date_to:
            break
        credit, debit = (amount, ZERO) if kind == DELIVERY else (ZERO, amount)
        balance += credit - debit
        if date_from and day < date_from:
            statement.opening = balance
            continue
        statement.movements.append(Movement(day, kind, number, net_kg, credit, debit, balance))
    return statement


__all__ = ["DELIVERY", "MemberStatement", "Movement", "PAYMENT", "member_by_code",
           "member_statement"]

"""A member's account and statement (issue 16 items 4 and 6): what the cooperative owes the
member, movement by movement over a period, with the balance brought forward, a running
balance and the totals.

- a delivery is credited on its day (its amount);
- a payment is debited on the day it was paid (the receipt's gross amount);
- an advance (cash or in kind) is debited on the day it was given;
- a deduction (part of a payment kept back to repay an advance) is credited on the payment's
  day: the payment's debit was its gross amount, of which the member was paid in cash only
  the rest.

So the balance is deliveries − advances − what was paid in cash (gross − deductions), to the
cent; negative when the member owes the cooperative. Voided deliveries and advances are left
out: they never counted. On one day, deliveries come first, then advances, payments and
deductions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.advance import Advance, AdvanceDeduction
from desktop.db.cooperative import Delivery, Membership
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.cooperative.members import member_name
from desktop.services.errors import NotFound, ValidationError
from desktop.services.people.permissions import require

ZERO = Decimal("0.00")
DELIVERY, PAYMENT, ADVANCE, DEDUCTION = "delivery", "payment", "advance", "deduction"
#: Order of the movements of one day.
_ORDER = {DELIVERY: 0, ADVANCE: 1, PAYMENT: 2, DEDUCTION: 3}


@dataclass(frozen=True)
class Movement:
    day: date
    kind: str  # DELIVERY, PAYMENT, ADVANCE or DEDUCTION
    receipt_number: str  # a delivery's or payment's; "" for an advance or a deduction
    net_kg: Decimal | None  # a delivery's kilos; None otherwise
    credit: Decimal  # owed to the member: a delivery, a deduction
    debit: Decimal  # given to the member: a payment, an advance
    balance: Decimal  # owed after this movement
    detail: str = ""  # an advance (or the advance a deduction repays): date and what

    @property
    def reference(self) -> str:
        return self.receipt_number or self.detail

    def value(self, name: str):
        return getattr(self, name)


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

    def _sum(self, kind: str, column: str) -> Decimal:
        return sum((getattr(m, column) for m in self.movements if m.kind == kind), ZERO)

    @property
    def delivered_kg(self) -> Decimal:
        return sum((m.net_kg for m in self.movements if m.net_kg is not None), ZERO)

    @property
    def credited(self) -> Decimal:
        """Everything credited: deliveries and deductions."""
        return sum((m.credit for m in self.movements), ZERO)

    @property
    def paid(self) -> Decimal:
        """Everything debited: payments (gross) and advances."""
        return sum((m.debit for m in self.movements), ZERO)

    @property
    def delivered(self) -> Decimal:
        return self._sum(DELIVERY, "credit")

    @property
    def advanced(self) -> Decimal:
        return self._sum(ADVANCE, "debit")

    @property
    def deducted(self) -> Decimal:
        return self._sum(DEDUCTION, "credit")

    @property
    def paid_in_cash(self) -> Decimal:
        """Payments' gross amounts less what they kept back for advances."""
        return self._sum(PAYMENT, "debit") - self.deducted

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
            code=code)
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
        events.append((delivered_on, _ORDER[DELIVERY], number, DELIVERY, net_kg, amount, ""))
        if paid_on is not None:
            events.append((paid_on, _ORDER[PAYMENT], number, PAYMENT, None, amount, ""))
    events += _advance_events(session, membership.id)
    events.sort(key=lambda e: e[:3])
    statement = MemberStatement(
        cooperative=membership.cooperative.name, member_code=membership.member_code,
        member=member_name(membership), family_code=membership.family.code,
        date_from=date_from, date_to=date_to, opening=ZERO)
    balance = ZERO
    for day, _, key, kind, net_kg, amount, detail in events:
        number = key if kind in (DELIVERY, PAYMENT) else ""
        if date_to and day > date_to:
            break
        credit, debit = (amount, ZERO) if kind in (DELIVERY, DEDUCTION) else (ZERO, amount)
        balance += credit - debit
        if date_from and day < date_from:
            statement.opening = balance
            continue
        statement.movements.append(Movement(day, kind, number, net_kg, credit, debit, balance,
                                            detail))
    return statement


def _advance_events(session: Session, membership_id: str) -> list[tuple]:
    """The member's living advances and deductions as events of the statement."""
    events = []
    advances = session.execute(select(
        Advance.id, Advance.given_on, Advance.description, Advance.amount_pen,
        Advance.created_at).where(
        Advance.membership_id == membership_id, Advance.deleted_at.is_(None),
        Advance.voided_at.is_(None))).all()
    names, keys = {}, {}
    for advance_id, given_on, description, amount, created_at in advances:
        names[advance_id] = f"{given_on.isoformat()} · {description}"
        # the third key: advances of one day (and their deductions) oldest first, as they
        # are repaid
        keys[advance_id] = f"{created_at.isoformat()} {advance_id}"
        events.append((given_on, _ORDER[ADVANCE], keys[advance_id], ADVANCE, None, amount,
                       description))
    for advance_id, paid_on, amount in session.execute(select(
            AdvanceDeduction.advance_id, AdvanceDeduction.paid_on,
            AdvanceDeduction.amount_pen).where(
            AdvanceDeduction.membership_id == membership_id,
            AdvanceDeduction.deleted_at.is_(None))):
        if advance_id in names:
            events.append((paid_on, _ORDER[DEDUCTION], keys[advance_id], DEDUCTION, None,
                           amount, names[advance_id]))
    return events


#: A member's account is their statement over all dates.
member_account = member_statement

__all__ = ["ADVANCE", "DEDUCTION", "DELIVERY", "MemberStatement", "Movement", "PAYMENT",
           "member_account", "member_by_code", "member_statement"]

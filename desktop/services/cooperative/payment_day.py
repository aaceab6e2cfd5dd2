"""Payment day (issue 16 item 5): what each member is paid for the deliveries up to a date —
kilos, gross amount, deductions, net payable — reviewed as a list, then approved at once.

Approval is all-or-nothing and checks that the list is still the one reviewed: a delivery
recorded, voided or paid meanwhile makes the person review it again rather than pay a sum
nobody saw. The deliveries are marked paid in bulk (desktop.db.bulk), each with the audit
entry and sync mark the ORM would give it; what is kept back for advances and loans (desktop.services.cooperative.deductions) is
recorded in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.advance import Advance
from desktop.db.bulk import StaleBulkChange, set_on_many
from desktop.db.cooperative import Delivery
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.cooperative.cooperatives import get_cooperative
from desktop.services.cooperative.daily_close import ensure_days_open
from desktop.services.cooperative.deductions import add_deductions, deductions_due
from desktop.services.cooperative.payments import amounts_owed
from desktop.services.cooperative.rules import ZERO
from desktop.services.errors import ValidationError
from desktop.services.people.permissions import require


@dataclass(frozen=True)
class PaymentLine:
    membership_id: str
    member_code: str
    member: str
    deliveries: int
    net_kg: Decimal
    gross_pen: Decimal
    deductions_pen: Decimal
    net_pen: Decimal

    def value(self, name: str):
        return getattr(self, name)


@dataclass(frozen=True)
class PaymentList:
    cooperative: str
    up_to: date
    paid_on: date
    lines: list[PaymentLine] = field(default_factory=list)

    @property
    def net_kg(self) -> Decimal:
        return sum((line.net_kg for line in self.lines), ZERO)

    @property
    def gross_pen(self) -> Decimal:
        return sum((line.gross_pen for line in self.lines), ZERO)

    @property
    def deductions_pen(self) -> Decimal:
        return sum((line.deductions_pen for line in self.lines), ZERO)

    @property
    def net_pen(self) -> Decimal:
        return sum((line.net_pen for line in self.lines), ZERO)


def _members_with_advances(session: Session, cooperative_id: str) -> set[str]:
    """Members who were ever given an advance that is not voided: only they can owe one (one
    query, rather than asking for each of thousands of members)."""
    return set(session.scalars(select(Advance.membership_id).where(
        Advance.cooperative_id == cooperative_id, Advance.deleted_at.is_(None),
        Advance.voided_at.is_(None)).distinct()))


def _check_dates(up_to: date, paid_on: date) -> None:
    if paid_on > date.today():
        raise ValidationError.single("paid_on", QT_TRANSLATE_NOOP(
            "Validation", "The payment date cannot be in the future."))
    if up_to > paid_on:
        raise ValidationError.single("up_to", QT_TRANSLATE_NOOP(
            "Validation", "Deliveries cannot be paid before they are made: choose a date up "
                          "to the payment date."))


def payment_list(session: Session, cooperative_id: str, up_to: date,
                 paid_on: date | None = None) -> PaymentList:
    """One line per member owed for unpaid, unvoided deliveries up to `up_to` (inclusive),
    in member-code order (the order the list is signed in)."""
    require(session, "cooperative.edit")
    paid_on = paid_on or date.today()
    _check_dates(up_to, paid_on)
    cooperative = get_cooperative(session, cooperative_id)
    owing = _members_with_advances(session, cooperative_id)
    lines = []
    for row in sorted(amounts_owed(session, cooperative_id, up_to),
                      key=lambda r: r.member_code):
        deducted = deductions_due(session, row.membership_id, row.amount_pen,
                                  paid_on).deducted_pen if row.membership_id in owing else ZERO
        lines.append(PaymentLine(row.membership_id, row.member_code, row.member,
                                 row.deliveries, row.net_kg, row.amount_pen, deducted,
                                 row.amount_pen - deducted))
    return PaymentList(cooperative.name, up_to, paid_on, lines)


def _changed_meanwhile() -> ValidationError:
    return ValidationError.single(None, QT_TRANSLATE_NOOP(
        "Validation", "The deliveries owed changed since this list was read (a delivery "
                      "was recorded, voided or paid meanwhile): review the list again."))


def approve_payment_day(session: Session, cooperative_id: str, reviewed: PaymentList
                        ) -> PaymentList:
    """Pay every line of `reviewed` at once, or nothing: refused when the deliveries owed
    changed since the list was read (someone recorded, voided or paid one meanwhile)."""
    require(session, "cooperative.edit")
    ensure_days_open(session, cooperative_id, reviewed.paid_on)  # its cash close is final
    current = payment_list(session, cooperative_id, reviewed.up_to, reviewed.paid_on)
    if current.lines != reviewed.lines:
        raise _changed_meanwhile()
    if not current.lines:
        raise ValidationError.single(None, QT_TRANSLATE_NOOP(
            "Validation", "Nothing is owed up to this date: there is nothing to pay."))
    try:
        # Every delivery the list adds up (it covers every member owed), marked paid in a few
        # statements with the audit entry and sync mark the ORM would give each one.
        ids = list(session.scalars(select(Delivery.id).where(
            Delivery.cooperative_id == cooperative_id, Delivery.deleted_at.is_(None),
            Delivery.voided_at.is_(None), Delivery.paid_on.is_(None),
            Delivery.delivered_on <= current.up_to)))
        set_on_many(session, Delivery, ids, "paid_on", None, current.paid_on, None,
                    current.paid_on.isoformat())
        for line in current.lines:
            if line.deductions_pen:  # kept back for advances, in the same transaction
                add_deductions(session, line.membership_id, line.gross_pen, current.paid_on)
        session.commit()
    except StaleBulkChange:
        session.rollback()
        raise _changed_meanwhile() from None
    except BaseException:
        session.rollback()
        raise
    return current


__all__ = ["PaymentLine", "PaymentList", "approve_payment_day", "payment_list"]

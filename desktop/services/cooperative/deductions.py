"""What a payment keeps back to repay a member's advances (issue 16 item 4).

Given a member and the gross amount of a payment on a date, each outstanding advance given on
or before that date is repaid in turn, oldest first:

- "next_payment": all that is outstanding, as far as the payment goes (the rest waits for the
  next payment);
- "share": `share_pct` per cent of the payment's gross amount, rounded down to the cent,
  never more than is outstanding.

Amounts are exact Decimals; together they never exceed the gross amount, so the net paid is
never negative. Each deduction is a row linked to its advance and the payment's date.
`add_deductions` writes inside the caller's transaction (a payment: all or nothing);
`record_deductions` is the same on its own, committed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.advance import AdvanceDeduction
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.cooperative.advances import (
    SHARE, AdvanceRow, advance_label, outstanding_advances,
)
from desktop.services.cooperative.members import get_membership
from desktop.services.cooperative.rules import CENT, ZERO
from desktop.services.errors import ValidationError
from desktop.services.people.permissions import require


@dataclass(frozen=True)
class DeductionLine:
    advance_id: str
    advance: str  # how the advance is named: its date and what was given
    amount_pen: Decimal
    outstanding_after: Decimal


@dataclass(frozen=True)
class DeductionResult:
    gross_pen: Decimal
    lines: list[DeductionLine] = field(default_factory=list)

    @property
    def deducted_pen(self) -> Decimal:
        return sum((line.amount_pen for line in self.lines), ZERO)

    @property
    def net_pen(self) -> Decimal:
        return self.gross_pen - self.deducted_pen


def plan_deductions(advances: list[AdvanceRow], gross: Decimal) -> list[tuple[AdvanceRow, Decimal]]:
    """(advance, amount) kept from a payment of `gross` for each advance, in the order given
    (oldest first); no database. The amounts add up to at most `gross`."""
    left = Decimal(gross)
    plan = []
    for advance in advances:
        if left <= 0:
            break
        due = advance.outstanding_pen
        if advance.rule == SHARE:
            share = (Decimal(gross) * advance.share_pct / 100).quantize(CENT, rounding=ROUND_DOWN)
            due = min(due, share)
        amount = min(due, left)
        if amount > 0:
            plan.append((advance, amount))
            left -= amount
    return plan


def _check(gross: Decimal, paid_on: date) -> None:
    if gross < 0 or gross != gross.quantize(CENT):
        raise ValidationError.single("amount_pen", QT_TRANSLATE_NOOP(
            "Validation", "A payment's amount is a positive number of soles and cents."))
    if paid_on > date.today():
        raise ValidationError.single("paid_on", QT_TRANSLATE_NOOP(
            "Validation", "The payment date cannot be in the future."))


def deductions_due(session: Session, membership_id: str, gross: Decimal,
                   paid_on: date | None = None) -> DeductionResult:
    """What a payment of `gross` on `paid_on` (today when None) would keep back; nothing is
    written."""
    get_membership(session, membership_id)
    paid_on = paid_on or date.today()
    gross = Decimal(gross)
    _check(gross, paid_on)
    advances = [a for a in outstanding_advances(session, membership_id) if a.given_on <= paid_on]
    return DeductionResult(gross, [
        DeductionLine(a.id, advance_label(a), amount, a.outstanding_pen - amount)
        for a, amount in plan_deductions(advances, gross)])


def add_deductions(session: Session, membership_id: str, gross: Decimal,
                   paid_on: date) -> DeductionResult:
    """Compute the deductions of a payment and add their rows to the session, uncommitted: the
    caller commits them with the payment, or rolls both back."""
    require(session, "cooperative.edit")
    result = deductions_due(session, membership_id, gross, paid_on)
    for line in result.lines:
        session.add(AdvanceDeduction(advance_id=line.advance_id, membership_id=membership_id,
                                     paid_on=paid_on, amount_pen=line.amount_pen))
    session.flush()
    return result


def record_deductions(session: Session, membership_id: str, gross: Decimal,
                      paid_on: date | None = None) -> DeductionResult:
    """`add_deductions`, committed (all the rows or none)."""
    try:
        result = add_deductions(session, membership_id, gross, paid_on or date.today())
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return result


def deductions_on(session: Session, membership_id: str, paid_on: date) -> list[AdvanceDeduction]:
    """The member's living deductions kept from the payments of one day."""
    return list(session.scalars(select(AdvanceDeduction).where(
        AdvanceDeduction.membership_id == membership_id, AdvanceDeduction.paid_on == paid_on,
        AdvanceDeduction.deleted_at.is_(None))))


__all__ = [
    "DeductionLine", "DeductionResult", "plan_deductions", "deductions_due", "add_deductions",
    "record_deductions", "deductions_on",
]

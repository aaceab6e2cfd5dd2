"""Paying members for their deliveries, undoing a payment, and what is still owed.

Paying a member up to a date, or chosen deliveries by hand, also keeps back what their
advances are due (desktop.services.cooperative.deductions: each member's deliveries paid
together are one payment, as on payment day), in the same transaction: the result gives the
gross amount, what was deducted and the net paid; `mark_paid_due` gives the same figures
beforehand, for the confirmation. Payments go through the ORM, so desktop.db.hooks writes the audit
trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.db.cooperative import Delivery
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check
from desktop.services.cooperative.deductions import (
    DeductionLine, add_deductions, deductions_due, deductions_on,
)
from desktop.services.cooperative.daily_close import ensure_days_open
from desktop.services.cooperative.deliveries import get_delivery
from desktop.services.cooperative.members import get_membership, member_name_sql
from desktop.services.cooperative.rules import ZERO, as_date, kilograms, soles
from desktop.services.errors import FieldError, ValidationError
from desktop.services.people.permissions import require


@dataclass(frozen=True)
class PaymentResult:
    deliveries: int
    amount_pen: Decimal  # the gross amount of the deliveries paid
    deducted_pen: Decimal = ZERO  # kept back to repay advances
    deductions: tuple[DeductionLine, ...] = ()

    @property
    def gross_pen(self) -> Decimal:
        return self.amount_pen

    @property
    def net_pen(self) -> Decimal:
        return self.amount_pen - self.deducted_pen


def _paid_on(paid_on: date | None) -> date:
    paid_on = paid_on or date.today()
    if paid_on > date.today():
        raise ValidationError.single("paid_on", QT_TRANSLATE_NOOP(
            "Validation", "The payment date cannot be in the future."))
    return paid_on


def _checked_deliveries(session: Session, delivery_ids: list[str], paid_on: date
                        ) -> list[Delivery]:
    """The deliveries to pay, each one payable on `paid_on` (every problem at once)."""
    deliveries = [get_delivery(session, i) for i in delivery_ids]
    errors = []
    for delivery in deliveries:
        if delivery.voided_at is not None:
            errors.append(FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} is voided; it is not paid."),
                {"receipt": delivery.receipt_number}))
        elif delivery.paid_on is not None:
            errors.append(FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} was already paid."),
                {"receipt": delivery.receipt_number}))
        elif delivery.delivered_on > paid_on:
            errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} cannot be paid before it was delivered."),
                {"receipt": delivery.receipt_number}))
    check(errors)
    return deliveries


def _gross_by_member(deliveries: list[Delivery]) -> dict[str, Decimal]:
    """{membership id: the gross amount of its deliveries}, in the order first met: each
    member's deliveries are one payment, as on payment day."""
    gross: dict[str, Decimal] = {}
    for delivery in deliveries:
        gross[delivery.membership_id] = gross.get(delivery.membership_id, ZERO) \
            + delivery.amount_pen
    return gross


def mark_paid_due(session: Session, delivery_ids: list[str], paid_on: date | None = None
                  ) -> PaymentResult:
    """What `mark_paid` would pay: the gross amount, and what each member's advances would
    keep back of it (nothing is written; the confirmation shows it)."""
    require(session, "cooperative.edit")
    paid_on = _paid_on(paid_on)
    deliveries = _checked_deliveries(session, delivery_ids, paid_on)
    lines: list[DeductionLine] = []
    for membership_id, gross in _gross_by_member(deliveries).items():
        lines += deductions_due(session, membership_id, gross, paid_on).lines
    return PaymentResult(len(deliveries), sum((d.amount_pen for d in deliveries), ZERO),
                         sum((line.amount_pen for line in lines), ZERO), tuple(lines))


def mark_paid(session: Session, delivery_ids: list[str], paid_on: date | None = None
              ) -> PaymentResult:
    """Mark deliveries paid, keeping back what the members' advances are due from each
    member's deliveries (desktop.services.cooperative.deductions, as payment day does);
    all of it or nothing."""
    require(session, "cooperative.edit")
    paid_on = _paid_on(paid_on)
    deliveries = _checked_deliveries(session, delivery_ids, paid_on)
    for cooperative_id in {d.cooperative_id for d in deliveries}:  # its cash close is final
        ensure_days_open(session, cooperative_id, paid_on)
    lines: list[DeductionLine] = []
    try:
        for delivery in deliveries:
            delivery.paid_on = paid_on
        for membership_id, gross in _gross_by_member(deliveries).items():
            lines += add_deductions(session, membership_id, gross, paid_on).lines
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return PaymentResult(len(deliveries), sum((d.amount_pen for d in deliveries), ZERO),
                         sum((line.amount_pen for line in lines), ZERO), tuple(lines))


def pay_member_up_to(session: Session, membership_id: str, up_to: date,
                     paid_on: date | None = None) -> PaymentResult:
    """Mark every unpaid, unvoided delivery of the member up to `up_to` (inclusive) paid,
    keeping back what the member's advances are due; all of it or nothing."""
    require(session, "cooperative.edit")
    membership = get_membership(session, membership_id)
    paid_on = _paid_on(paid_on)
    ensure_days_open(session, membership.cooperative_id, paid_on)  # its cash close is final
    if up_to > paid_on:
        raise ValidationError.single("up_to", QT_TRANSLATE_NOOP(
            "Validation", "Deliveries cannot be paid before they are made: choose a date up "
                          "to the payment date."))
    deliveries = list(session.scalars(select(Delivery).where(
        Delivery.membership_id == membership_id, Delivery.deleted_at.is_(None),
        Delivery.voided_at.is_(None), Delivery.paid_on.is_(None),
        Delivery.delivered_on <= up_to)))
    gross = sum((d.amount_pen for d in deliveries), ZERO)
    try:
        for delivery in deliveries:
            delivery.paid_on = paid_on
        kept = add_deductions(session, membership_id, gross, paid_on)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return PaymentResult(len(deliveries), gross, kept.deducted_pen, tuple(kept.lines))


def mark_unpaid(session: Session, delivery_id: str) -> Delivery:
    """Undo a payment entered by mistake (the audit keeps the date that was there)."""
    require(session, "cooperative.edit")
    delivery = get_delivery(session, delivery_id)
    if delivery.paid_on is not None and deductions_on(session, delivery.membership_id,
                                                      delivery.paid_on):
        raise ValidationError.single(None, QT_TRANSLATE_NOOP(
            "Validation", "Receipt {receipt} was paid on {day} with deductions for advances; "
                          "that payment cannot be undone receipt by receipt."),
            receipt=delivery.receipt_number, day=delivery.paid_on.isoformat())
    delivery.paid_on = None
    session.commit()
    return delivery


@dataclass(frozen=True)
class OwedRow:
    membership_id: str
    member_code: str
    member: str
    deliveries: int
    net_kg: Decimal
    amount_pen: Decimal
    oldest: date

    def value(self, name: str):
        return getattr(self, name)


def amounts_owed(session: Session, cooperative_id: str, up_to: date | None = None
                 ) -> list[OwedRow]:
    """What the cooperative owes each member: unpaid, unvoided deliveries, largest first."""
    params: dict = {"coop": cooperative_id}
    extra = ""
    if up_to is not None:
        extra = " AND d.delivered_on <= :up_to"
        params["up_to"] = up_to
    # grouped by member from ix_deliveries_owed alone (SQLite would rather walk the members'
    # totals, in member order, through every delivery), then each member's code and name
    # and the members' names from uq_persons_id_names alone (member_name_sql)
    dialect = session.get_bind().dialect.name
    indexed = " INDEXED BY ix_deliveries_owed" if dialect == "sqlite" else ""
    sql = f"""
        SELECT m.id, m.member_code, {member_name_sql(dialect)} AS member, t.n, t.kg, t.amount,
          t.oldest
        FROM (SELECT d.membership_id, count(*) AS n, sum(d.net_kg) AS kg,
                sum(d.amount_pen) AS amount, min(d.delivered_on) AS oldest
              FROM deliveries d{indexed}
              WHERE d.cooperative_id = :coop AND d.deleted_at IS NULL AND d.voided_at IS NULL
                AND d.paid_on IS NULL{extra}
              GROUP BY d.membership_id) t
        JOIN memberships m ON m.id = t.membership_id
        ORDER BY t.amount DESC, m.member_code"""
    # unpacked, not read by name: 10,000 rows' attributes were a third of the time
    return [OwedRow(id_, code, member, n, kilograms(kg), soles(amount), as_date(oldest))
            for id_, code, member, n, kg, amount, oldest in session.execute(text(sql), params)]


__all__ = [
    "PaymentResult", "mark_paid", "mark_paid_due", "pay_member_up_to", "mark_unpaid", "OwedRow",
    "amounts_owed",
]

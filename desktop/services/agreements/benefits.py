"""Benefits: planned while drafting, delivered under a signed or active agreement, and what is
still owed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from desktop.db.agreement import Agreement, Benefit, BenefitDelivery
from desktop.db.person import Person
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements.fields import BENEFIT_DELIVERY_FIELDS, BENEFIT_FIELDS
from desktop.services.agreements.records import get_agreement
from desktop.services.agreements.rules import (
    benefit_rules,
    fail,
    living,
    remove_from_draft,
    require_draft,
)
from desktop.services.common import check, live
from desktop.services.errors import FieldError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require


def add_benefit(session: Session, agreement_id: str, raw: dict) -> Benefit:
    require(session, "agreements.draft")
    agreement = get_agreement(session, agreement_id)
    require_draft(agreement)
    values, errors = parse_values(BENEFIT_FIELDS, raw)
    errors += benefit_rules(values)
    check(errors)
    values["estimated_value_pen"] = values.get("estimated_value_pen") or Decimal(0)
    benefit = Benefit(**values)
    agreement.benefits.append(benefit)
    session.commit()
    return benefit


def update_benefit(session: Session, benefit_id: str, raw: dict) -> Benefit:
    require(session, "agreements.draft")
    benefit = live(session, Benefit, benefit_id, "benefit")
    require_draft(benefit.agreement)
    values, errors = parse_values(BENEFIT_FIELDS, raw, only_given=True)
    errors += benefit_rules(values)
    check(errors)
    for key, value in values.items():
        setattr(benefit, key, value if value is not None else getattr(benefit, key))
    session.commit()
    return benefit


def remove_benefit(session: Session, benefit_id: str) -> None:
    require(session, "agreements.draft")
    remove_from_draft(session, Benefit, benefit_id, "benefit")


def delivered_quantity(benefit: Benefit) -> Decimal:
    return sum((d.quantity for d in living(benefit.deliveries)), Decimal(0))


def record_benefit_delivery(session: Session, benefit_id: str, raw: dict) -> BenefitDelivery:
    """A delivered benefit: only on a signed or active agreement whose benefits are not suspended."""
    require(session, "agreements.draft")
    benefit = live(session, Benefit, benefit_id, "benefit")
    agreement = benefit.agreement
    if agreement.status not in ("signed", "active"):
        fail(None, QT_TRANSLATE_NOOP(
            "Validation", "Benefits are delivered only under a signed or active agreement."))
    if agreement.benefits_suspended:
        fail(None, QT_TRANSLATE_NOOP(
            "Validation", "Benefits of agreement {number} are suspended after a compliance "
            "visit."), number=agreement.number)
    values, errors = parse_values(BENEFIT_DELIVERY_FIELDS, raw)
    if values.get("quantity") is not None and values["quantity"] <= 0:
        errors.append(FieldError("quantity", QT_TRANSLATE_NOOP(
            "Validation", "The quantity must be greater than 0.")))
    if values.get("delivered_on") and values["delivered_on"] > date.today():
        errors.append(FieldError("delivered_on", QT_TRANSLATE_NOOP(
            "Validation", "The date cannot be in the future.")))
    check(errors)
    receiver = None
    if values.get("received_by_id"):
        receiver = session.get(Person, values["received_by_id"])
        if receiver is None or receiver.family_id != agreement.family_id:
            fail("received_by_id", QT_TRANSLATE_NOOP(
                "Validation", "The benefit is received by a member of the family."))
    delivery = BenefitDelivery(delivered_on=values["delivered_on"], quantity=values["quantity"],
                               received_by_id=receiver.id if receiver else None,
                               received_by_name=receiver.full_name if receiver else "")
    benefit.deliveries.append(delivery)
    session.commit()
    return delivery


@dataclass
class BenefitLine:
    benefit_id: str
    agreement_number: str
    kind: str
    description: str
    unit: str
    quantity: Decimal
    delivered: Decimal
    estimated_value_pen: Decimal

    @property
    def owed(self) -> Decimal:
        return max(self.quantity - self.delivered, Decimal(0))

    @property
    def owed_value_pen(self) -> Decimal:
        if not self.quantity:
            return Decimal(0)
        return (self.estimated_value_pen * self.owed / self.quantity).quantize(Decimal("0.01"))

    @property
    def delivered_value_pen(self) -> Decimal:
        if not self.quantity:
            return Decimal(0)
        done = min(self.delivered, self.quantity)
        return (self.estimated_value_pen * done / self.quantity).quantize(Decimal("0.01"))


def benefit_lines(agreement: Agreement) -> list[BenefitLine]:
    return [BenefitLine(b.id, agreement.number, b.kind, b.description, b.unit, b.quantity,
                        delivered_quantity(b), b.estimated_value_pen)
            for b in living(agreement.benefits)]


def benefits_owed(session: Session, family_id: str | None = None) -> list[BenefitLine]:
    """What is still owed under signed or active agreements (of one family, or all)."""
    query = select(Agreement).where(Agreement.deleted_at.is_(None),
                                    Agreement.status.in_(("signed", "active"))).options(
        selectinload(Agreement.benefits).selectinload(Benefit.deliveries))
    if family_id:
        query = query.where(Agreement.family_id == family_id)
    lines = []
    for agreement in session.scalars(query):
        lines += [line for line in benefit_lines(agreement) if line.owed > 0]
    return lines


def total_owed_value(session: Session) -> Decimal:
    """The value of what is still owed under signed or active agreements: the sum of
    benefits_owed()'s lines, read as one streamed query of numbers (no objects loaded, so
    flat in memory at 100,000 agreements)."""
    delivered = type_coerce(select(func.coalesce(func.sum(BenefitDelivery.quantity), 0))
                            .where(BenefitDelivery.benefit_id == Benefit.id,
                                   BenefitDelivery.deleted_at.is_(None))
                            .scalar_subquery(), Benefit.quantity.type)
    query = (select(Benefit.quantity, delivered, Benefit.estimated_value_pen)
             .join(Agreement, Agreement.id == Benefit.agreement_id)
             .where(Agreement.deleted_at.is_(None), Agreement.status.in_(("signed", "active")),
                    Benefit.deleted_at.is_(None)))
    total = Decimal(0)
    for quantity, done, value in session.execute(query.execution_options(yield_per=2000)):
        line = BenefitLine("", "", "", "", "", quantity, done, value)
        if line.owed > 0:
            total += line.owed_value_pen
    return total

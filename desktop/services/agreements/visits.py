"""Compliance visits: what a visit decides after a breach sets the agreement's status."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, ComplianceVisit
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements.fields import VISIT_FIELDS
from desktop.services.agreements.records import get_agreement
from desktop.services.agreements.rules import fail, living
from desktop.services.common import check
from desktop.services.errors import FieldError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require

CONSEQUENCE_STATUS = {"agreement_suspended": "suspended", "agreement_ended": "ended"}


def record_visit(session: Session, agreement_id: str, raw: dict) -> ComplianceVisit:
    """A compliance visit; the consequence decided after a breach sets the agreement's status."""
    require(session, "agreements.decide")
    agreement = get_agreement(session, agreement_id)
    if agreement.status not in ("signed", "active", "suspended"):
        fail(None, QT_TRANSLATE_NOOP(
            "Validation", "Visits are recorded on signed, active or suspended agreements."))
    values, errors = parse_values(VISIT_FIELDS, raw)
    if values.get("visited_on") and values["visited_on"] > date.today():
        errors.append(FieldError("visited_on", QT_TRANSLATE_NOOP(
            "Validation", "The date cannot be in the future.")))
    cleared = values.get("forest_cleared_ha")
    if cleared is not None and cleared < 0:
        errors.append(FieldError("forest_cleared_ha", QT_TRANSLATE_NOOP(
            "Validation", "The area cannot be negative.")))
    if values.get("result") == "compliant" and values.get("consequence"):
        errors.append(FieldError("consequence", QT_TRANSLATE_NOOP(
            "Validation", "A compliant visit has no consequence.")))
    check(errors)
    values["forest_cleared_ha"] = cleared or Decimal(0)
    visit = ComplianceVisit(**values)
    agreement.visits.append(visit)
    consequence = values.get("consequence")
    if consequence == "benefits_suspended":
        agreement.benefits_suspended = True
    elif consequence in CONSEQUENCE_STATUS:
        agreement.status = CONSEQUENCE_STATUS[consequence]
    session.commit()
    return visit


def lift_benefit_suspension(session: Session, agreement_id: str) -> Agreement:
    require(session, "agreements.decide")
    agreement = get_agreement(session, agreement_id)
    agreement.benefits_suspended = False
    session.commit()
    return agreement


def last_visit(agreement: Agreement) -> ComplianceVisit | None:
    visits = sorted(living(agreement.visits), key=lambda v: v.visited_on)
    return visits[-1] if visits else None

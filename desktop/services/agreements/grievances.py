"""Grievances: raised about an agreement, a family or the programme, and closed with the action
taken."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, Grievance
from desktop.db.family import Family
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements.fields import GRIEVANCE_FIELDS
from desktop.services.agreements.records import get_agreement
from desktop.services.agreements.rules import fail
from desktop.services.common import check, live
from desktop.services.errors import FieldError, ValidationError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require


def add_grievance(session: Session, raw: dict, agreement_id: str | None = None,
                  family_id: str | None = None) -> Grievance:
    require(session, "grievances.edit")
    values, errors = parse_values(GRIEVANCE_FIELDS, raw)
    if values.get("closed_on") and values.get("raised_on") and \
            values["closed_on"] < values["raised_on"]:
        errors.append(FieldError("closed_on", QT_TRANSLATE_NOOP(
            "Validation", "A grievance is closed after it is raised.")))
    check(errors)
    if agreement_id:
        family_id = get_agreement(session, agreement_id).family_id
    grievance = Grievance(agreement_id=agreement_id, family_id=family_id, **values)
    session.add(grievance)
    session.commit()
    return grievance


def close_grievance(session: Session, grievance_id: str, closed_on: date | str,
                    action_taken: str) -> Grievance:
    require(session, "grievances.edit")
    grievance = live(session, Grievance, grievance_id, "grievance")
    if not isinstance(closed_on, date):  # as typed in a form
        closed_field = replace(next(f for f in GRIEVANCE_FIELDS if f.name == "closed_on"),
                               required=True)
        try:
            closed_on = closed_field.parse(closed_on)
        except FieldError as error:
            raise ValidationError(error) from None
    if closed_on < grievance.raised_on:
        fail("closed_on", QT_TRANSLATE_NOOP(
            "Validation", "A grievance is closed after it is raised."))
    if not action_taken.strip():
        fail("action_taken", QT_TRANSLATE_NOOP(
            "Validation", "Say what action was taken before closing the grievance."))
    grievance.closed_on = closed_on
    grievance.action_taken = action_taken.strip()
    session.commit()
    return grievance


@dataclass(frozen=True)
class GrievanceRow:
    id: str
    raised_on: date
    raised_by: str
    subject: str  # the agreement number or family code it is about
    description: str
    action_taken: str
    closed_on: date | None


def list_grievances(session: Session, open_only: bool = True) -> list[GrievanceRow]:
    """Newest first, each with the agreement number or family code it is about (one query)."""
    subject = func.coalesce(Agreement.number, Family.code, "")
    query = (select(Grievance.id, Grievance.raised_on, Grievance.raised_by, subject,
                    Grievance.description, Grievance.action_taken, Grievance.closed_on)
             .outerjoin(Agreement, Agreement.id == Grievance.agreement_id)
             .outerjoin(Family, Family.id == Grievance.family_id)
             .where(Grievance.deleted_at.is_(None)))
    if open_only:
        query = query.where(Grievance.closed_on.is_(None))
    return [GrievanceRow(*row) for row in session.execute(
        query.order_by(Grievance.raised_on.desc()))]


def grievance_subject(session: Session, text_: str) -> tuple[str | None, str | None]:
    """(agreement_id, family_id) named by an agreement number or a family code; (None, None)
    for a grievance about the programme in general."""
    key = (text_ or "").strip()
    if not key:
        return None, None
    agreement = session.scalar(select(Agreement).where(Agreement.number == key,
                                                       Agreement.deleted_at.is_(None)))
    if agreement is not None:
        return agreement.id, agreement.family_id
    family = session.scalar(select(Family).where(Family.code == key,
                                                 Family.deleted_at.is_(None)))
    if family is not None:
        return None, family.id
    fail("subject", QT_TRANSLATE_NOOP(
        "Validation", "No agreement number or family code is “{key}”."), key=key)


def open_grievances(session: Session) -> list[Grievance]:
    return list(session.scalars(select(Grievance).where(
        Grievance.closed_on.is_(None), Grievance.deleted_at.is_(None))
        .order_by(Grievance.raised_on)))

"""Renewal: a new draft copied from an agreement, one by one or for a whole community, and the
reason when an agreement is not renewed."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, Benefit, Commitment, Signatory
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.labels import LABELS
from desktop.services.agreements.records import default_signatories, get_agreement, next_number
from desktop.services.agreements.rules import fail, living
from desktop.services.people.permissions import require


def renew(session: Session, agreement_id: str, commit: bool = True) -> Agreement:
    """A new draft linked to `agreement`, with its plots, commitments, benefits and signatories
    copied (editable before signing) and dates moved on by the agreement's own duration."""
    require(session, "agreements.decide")
    old = get_agreement(session, agreement_id)
    if old.status == "draft":
        fail(None, QT_TRANSLATE_NOOP("Validation", "A draft cannot be renewed; sign it first."))
    existing = session.scalar(select(Agreement).where(Agreement.previous_id == old.id,
                                                      Agreement.deleted_at.is_(None)))
    if existing is not None:
        fail(None, QT_TRANSLATE_NOOP("Validation", "Agreement {number} was already renewed "
                                     "as {renewal}."), number=old.number,
             renewal=existing.number)
    start = (old.end_date + timedelta(days=1)) if old.end_date else date.today()
    length = (old.end_date - old.start_date) if old.start_date and old.end_date else timedelta(
        days=364)
    new = Agreement(family_id=old.family_id, status="draft", previous_id=old.id,
                    number=next_number(session, start.year), start_date=start,
                    end_date=start + length, forest_area_ha=old.forest_area_ha,
                    notes=old.notes)
    new.plots = living(old.plots)
    session.add(new)
    for c in living(old.commitments):
        new.commitments.append(Commitment(kind=c.kind, text=c.text, position=c.position))
    for b in living(old.benefits):
        new.benefits.append(Benefit(kind=b.kind, description=b.description,
                                    quantity=b.quantity, unit=b.unit,
                                    estimated_value_pen=b.estimated_value_pen))
    family = session.get(Family, old.family_id)
    for s in living(old.signatories):
        if s.person_id and (session.get(Person, s.person_id).deleted_at is not None):
            continue
        new.signatories.append(Signatory(person_id=s.person_id, name=s.name, role=s.role,
                                         dni=s.dni, uses_thumbprint=s.uses_thumbprint))
    if family.head and not any(s.person_id == family.head.id for s in new.signatories):
        new.signatories.insert(0, Signatory(**default_signatories(family)[0]))
    session.flush()
    if commit:
        session.commit()
    return new


def ending_within(session: Session, community_id: str | None, days: int,
                  today: date | None = None) -> list[Agreement]:
    """Active agreements (of a community) ending within `days`, not yet renewed or closed."""
    today = today or date.today()
    renewed = select(Agreement.previous_id).where(Agreement.previous_id.is_not(None),
                                                  Agreement.deleted_at.is_(None))
    query = select(Agreement).join(Family).where(
        Agreement.deleted_at.is_(None), Agreement.status == "active",
        Agreement.end_date <= today + timedelta(days=days),
        Agreement.not_renewed_reason.is_(None), Agreement.id.not_in(renewed))
    if community_id:
        query = query.where(Family.community_id == community_id)
    return list(session.scalars(query.order_by(Agreement.number)))


def renew_community(session: Session, community_id: str | None, days: int,
                    today: date | None = None) -> list[Agreement]:
    """Renew, in one step, every active agreement of a community ending within `days`."""
    require(session, "agreements.decide")
    renewals = [renew(session, a.id, commit=False)
                for a in ending_within(session, community_id, days, today)]
    session.commit()
    return renewals


def mark_not_renewed(session: Session, agreement_id: str, reason: str,
                     note: str = "") -> Agreement:
    require(session, "agreements.decide")
    agreement = get_agreement(session, agreement_id)
    if reason not in LABELS["not_renewed"]:
        fail("not_renewed_reason", QT_TRANSLATE_NOOP(
            "Validation", "Choose why the agreement is not renewed."))
    agreement.not_renewed_reason = reason
    agreement.not_renewed_note = note.strip()
    session.commit()
    return agreement

"""The life cycle after signing: active (at most one per family), suspended, ended."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements.records import get_agreement
from desktop.services.agreements.rules import fail
from desktop.services.people.permissions import require


def _other_active(session: Session, agreement: Agreement) -> Agreement | None:
    return session.scalar(select(Agreement).where(
        Agreement.family_id == agreement.family_id, Agreement.status == "active",
        Agreement.deleted_at.is_(None), Agreement.id != agreement.id))


def activate(session: Session, agreement_id: str) -> Agreement:
    require(session, "agreements.decide")
    agreement = get_agreement(session, agreement_id)
    if agreement.status not in ("signed", "suspended"):
        fail(None, QT_TRANSLATE_NOOP(
            "Validation", "Only a signed or suspended agreement can become active."))
    other = _other_active(session, agreement)
    if other is not None:
        if other.id == agreement.previous_id:
            other.status = "ended"  # the renewal takes over from the agreement it renews
        else:
            fail(None, QT_TRANSLATE_NOOP(
                "Validation", "Family {code} already has an active agreement: {number}."),
                code=agreement.family.code, number=other.number)
    agreement.status = "active"
    session.commit()
    return agreement


def suspend(session: Session, agreement_id: str) -> Agreement:
    require(session, "agreements.decide")
    agreement = get_agreement(session, agreement_id)
    if agreement.status != "active":
        fail(None, QT_TRANSLATE_NOOP("Validation", "Only an active agreement can be suspended."))
    agreement.status = "suspended"
    session.commit()
    return agreement


def end(session: Session, agreement_id: str) -> Agreement:
    require(session, "agreements.decide")
    agreement = get_agreement(session, agreement_id)
    if agreement.status in ("draft", "ended"):
        fail(None, QT_TRANSLATE_NOOP(
            "Validation", "A draft is deleted, not ended; an ended agreement stays ended."))
    agreement.status = "ended"
    session.commit()
    return agreement

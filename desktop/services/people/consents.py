"""A person's consent for each purpose (Ley 29733): registration in the register, photos, and
sharing their data with partners; with the date and who explained it.

Answers are never edited: a change of mind is a new record for the same purpose, and the
newest one holds, so the file keeps what the person said and when.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.person import Person, PersonConsent
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.labels import LABELS
from desktop.services.common import check, live
from desktop.services.errors import FieldError
from desktop.services.fields import parse_values
from desktop.services.people.fields import PERSON_CONSENT_FIELDS
from desktop.services.people.permissions import require

PURPOSES = tuple(LABELS["consent_purpose"])


def record_person_consent(session: Session, person_id: str, raw: dict) -> PersonConsent:
    """Keep one answer of a member for one purpose (office staff and above)."""
    require(session, "registry.edit")
    person = live(session, Person, person_id, "person")
    values, errors = parse_values(PERSON_CONSENT_FIELDS, raw)
    informed_on = values.get("informed_on")
    if informed_on and informed_on > date.today():
        errors.append(FieldError("informed_on", QT_TRANSLATE_NOOP(
            "Validation", "The date cannot be in the future.")))
    elif informed_on and person.birth_date and informed_on < person.birth_date:
        errors.append(FieldError("informed_on", QT_TRANSLATE_NOOP(
            "Validation", "The date is before the person was born.")))
    check(errors)
    consent = PersonConsent(person_id=person.id, **values)
    session.add(consent)
    session.commit()
    return consent


def person_consents(session: Session, *person_ids: str) -> list[PersonConsent]:
    """Every answer of these people, oldest first (their file, the consent dialog)."""
    if not person_ids:
        return []
    return list(session.scalars(
        select(PersonConsent).where(PersonConsent.person_id.in_(person_ids),
                                    PersonConsent.deleted_at.is_(None))
        .order_by(PersonConsent.person_id, PersonConsent.purpose, PersonConsent.informed_on,
                  PersonConsent.created_at)))


def current_answers(session: Session, person_id: str) -> dict[str, str | None]:
    """Purpose -> the answer that holds now ("agrees", "refuses"), None when never asked."""
    answers: dict[str, str | None] = dict.fromkeys(PURPOSES)
    for consent in person_consents(session, person_id):  # oldest first: the newest wins
        answers[consent.purpose] = consent.answer
    return answers


__all__ = ["PURPOSES", "current_answers", "person_consents", "record_person_consent"]

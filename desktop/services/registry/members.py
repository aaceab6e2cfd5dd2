"""A family's members: added, edited and removed under the one-head and duplicate rules."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.db.family import Family
from desktop.db.person import Person
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check, live, utcnow
from desktop.services.errors import ValidationError
from desktop.services.fields import parse_values
from desktop.services.people.fields import CHANGE_REASON
from desktop.services.people.permissions import require
from desktop.services.registry.fields import PERSON_FIELDS
from desktop.services.registry.rules import person_rules, refuse_duplicates


def add_member(session: Session, family_id: str, raw: dict,
               allow_duplicate: bool = False) -> Person:
    require(session, "registry.edit")
    family = live(session, Family, family_id, "family")
    values, errors = parse_values(PERSON_FIELDS, raw)
    errors += person_rules(session, values, None, family_id)
    check(errors)
    if not allow_duplicate:
        refuse_duplicates(session, values, None)
    person = Person()
    for key, value in values.items():
        setattr(person, key, value)
    family.members.append(person)
    session.commit()
    return person


def update_member(session: Session, person_id: str, raw: dict,
                  allow_duplicate: bool = False) -> Person:
    """Edit a member; `raw["change_reason"]`, when given, goes into the audit of the change
    (a correction the person asked for: Ley 29733, rectification)."""
    require(session, "registry.edit")
    person = live(session, Person, person_id, "person")
    values, errors = parse_values(PERSON_FIELDS, raw, only_given=True)
    reason, reason_errors = parse_values([CHANGE_REASON], raw)
    errors += reason_errors + person_rules(session, values, person_id, person.family_id)
    check(errors)
    if not allow_duplicate:
        merged = {f.name: values.get(f.name, getattr(person, f.name)) for f in PERSON_FIELDS
                  if f.in_form}
        refuse_duplicates(session, merged, person_id)
    for key, value in values.items():
        setattr(person, key, value)
    session.info["reason"] = reason.get(CHANGE_REASON.name) or ""
    try:
        session.commit()
    finally:
        session.info.pop("reason", None)
    return person


def delete_member(session: Session, person_id: str) -> None:
    require(session, "registry.edit")
    person = live(session, Person, person_id, "person")
    if person.relation == "head":
        raise ValidationError.single("relation", QT_TRANSLATE_NOOP(
            "Validation", "The head of a family cannot be removed; make another member head first."))
    person.deleted_at = utcnow()
    session.commit()

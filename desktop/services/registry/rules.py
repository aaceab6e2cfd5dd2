"""The registry's validation rules, public so imports check rows exactly as the forms do."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import FieldError, PossibleDuplicate
from desktop.textnorm import name_key

DNI_RE = re.compile(r"^\d{8}$")
#: Peru's bounding box in WGS84 degrees.
PERU_LAT = (Decimal("-18.40"), Decimal("-0.03"))
PERU_LON = (Decimal("-81.40"), Decimal("-68.65"))
MAX_PLOT_HA = Decimal("1000")


def family_rules(session: Session, values: dict, family_id: str | None) -> list:
    errors = []
    code = values.get("code")
    if code:
        clash = session.scalar(select(Family.id).where(Family.code == code,
                                                       Family.id != (family_id or "")))
        if clash:
            errors.append(code_taken(code))
    community_id = values.get("community_id")
    if community_id is not None:
        community = session.get(Community, community_id)
        if community is None or community.deleted_at is not None:
            errors.append(FieldError("community_id",
                                     QT_TRANSLATE_NOOP("Validation", "Choose the family's community.")))
    return errors


def code_taken(code: str) -> FieldError:
    return FieldError("code", QT_TRANSLATE_NOOP("Validation", "Family code {code} is already used."),
                      {"code": code})


def person_value_rules(values: dict, holder_of: Callable[[str], tuple[str, str] | None]) -> list:
    """The DNI (8 digits, held by no other living person) and the birth date of a person.

    `holder_of(dni)` gives (full name, family code) of the other living person holding the
    DNI, or None: a query for a form, a dictionary fetched once for an import.
    """
    errors = []
    dni = values.get("dni")
    if dni:
        if not DNI_RE.match(dni):
            errors.append(FieldError("dni", QT_TRANSLATE_NOOP("Validation", "A DNI has exactly 8 digits.")))
        else:
            holder = holder_of(dni)
            if holder is not None:
                errors.append(FieldError("dni", QT_TRANSLATE_NOOP(
                    "Validation", "DNI {dni} is already registered to {name} of family {code}."),
                    {"dni": dni, "name": holder[0], "code": holder[1]}))
    elif "dni" in values:
        values["dni"] = None  # no DNI: NULL, so the unique index ignores it
    birth = values.get("birth_date")
    if birth and birth > date.today():
        errors.append(FieldError("birth_date",
                                 QT_TRANSLATE_NOOP("Validation", "The birth date cannot be in the future.")))
    if birth and birth.year < 1900:
        errors.append(FieldError("birth_date", QT_TRANSLATE_NOOP("Validation", "The birth date is not plausible.")))
    return errors


def person_rules(session: Session, values: dict, person_id: str | None,
                 family_id: str | None) -> list:
    def holder_of(dni: str) -> tuple[str, str] | None:
        holder = session.scalar(select(Person).where(
            Person.dni == dni, Person.deleted_at.is_(None), Person.id != (person_id or "")))
        return (holder.full_name, holder.family.code) if holder is not None else None

    errors = person_value_rules(values, holder_of)
    if family_id is not None and "relation" in values:
        head = session.scalar(select(Person).where(
            Person.family_id == family_id, Person.relation == "head",
            Person.deleted_at.is_(None)))
        if values["relation"] == "head" and head is not None and head.id != person_id:
            errors.append(FieldError("relation", QT_TRANSLATE_NOOP(
                "Validation", "This family already has a head: {name}."), {"name": head.full_name}))
        if values["relation"] != "head" and head is not None and head.id == person_id:
            errors.append(FieldError("relation", QT_TRANSLATE_NOOP(
                "Validation", "A family needs exactly one head; make another member head first.")))
    return errors


def find_possible_duplicates(session: Session, given_names: str, paternal: str, maternal: str,
                             birth_date: date | None, exclude_id: str | None = None) -> list:
    """Living persons with the same names (any order, accents ignored) and birth date."""
    if not birth_date:
        return []
    key = name_key(given_names, paternal, maternal)
    return list(session.scalars(select(Person).where(
        Person.name_key == key, Person.birth_date == birth_date,
        Person.deleted_at.is_(None), Person.id != (exclude_id or ""))))


def refuse_duplicates(session: Session, values: dict, person_id: str | None) -> None:
    """Raise PossibleDuplicate when the person looks like one already registered."""
    matches = find_possible_duplicates(session, values.get("given_names"),
                                       values.get("paternal_surname"),
                                       values.get("maternal_surname"),
                                       values.get("birth_date"), person_id)
    if matches:
        raise PossibleDuplicate(matches)


def plot_rules(values: dict) -> list:
    errors = []
    area = values.get("area_ha")
    if area is not None and area <= 0:
        errors.append(FieldError("area_ha", QT_TRANSLATE_NOOP("Validation", "The area must be greater than 0 ha.")))
    elif area is not None and area > MAX_PLOT_HA:
        errors.append(FieldError("area_ha", QT_TRANSLATE_NOOP(
            "Validation", "{area} ha is not plausible for a family plot."), {"area": area}))
    lat, lon = values.get("latitude"), values.get("longitude")
    if (lat is None) != (lon is None) and ("latitude" in values or "longitude" in values):
        errors.append(FieldError("longitude" if lon is None else "latitude", QT_TRANSLATE_NOOP(
            "Validation", "Give both latitude and longitude, or neither.")))
    if lat is not None and not PERU_LAT[0] <= lat <= PERU_LAT[1]:
        errors.append(FieldError("latitude", QT_TRANSLATE_NOOP("Validation", "The latitude is outside Peru.")))
    if lon is not None and not PERU_LON[0] <= lon <= PERU_LON[1]:
        errors.append(FieldError("longitude", QT_TRANSLATE_NOOP("Validation", "The longitude is outside Peru.")))
    return errors

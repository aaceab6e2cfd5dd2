"""Communities, families, members and plots: validate, save, soft-delete, get and search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.i18n import QT_TRANSLATE_NOOP
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.db import search_index
from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.db.types import utcnow
from desktop.services.errors import check, FieldError, NotFound, PossibleDuplicate, ValidationError
from desktop.services.fields import (
    COMMUNITY_FIELDS, FAMILY_FIELDS, PERSON_FIELDS, PLOT_FIELDS, parse_values,
)
from desktop.textnorm import fold, like_pattern, name_key

DNI_RE = re.compile(r"^\d{8}$")
#: Peru's bounding box in WGS84 degrees.
PERU_LAT = (Decimal("-18.40"), Decimal("-0.03"))
PERU_LON = (Decimal("-81.40"), Decimal("-68.65"))
MAX_PLOT_HA = Decimal("1000")


_now = utcnow  # timestamps are UTC
_check = check


def _apply(obj, values: dict) -> None:
    for key, value in values.items():
        setattr(obj, key, value)


def _live(session: Session, model, id_: str, what: str):
    obj = session.get(model, id_)
    if obj is None or obj.deleted_at is not None:
        raise NotFound(what, id_)
    return obj


# --- communities -------------------------------------------------------------------------

def list_communities(session: Session) -> list[Community]:
    return list(session.scalars(select(Community).where(Community.deleted_at.is_(None))
                                .order_by(Community.name_folded)))


def save_community(session: Session, raw: dict, community_id: str | None = None) -> Community:
    values, errors = parse_values(COMMUNITY_FIELDS, raw, only_given=community_id is not None)
    _check(errors)
    community = Community() if community_id is None else _live(
        session, Community, community_id, "community")
    _apply(community, values)
    session.add(community)
    session.commit()
    return community


# --- families ------------------------------------------------------------------------------

def next_family_code(session: Session) -> str:
    codes = session.scalars(select(Family.code).where(Family.code.like("F-%"))
                            .order_by(Family.code.desc()).limit(1)).all()
    number = 1
    if codes and codes[0][2:].isdigit():
        number = int(codes[0][2:]) + 1
    return f"F-{number:06d}"


def _family_rules(session: Session, values: dict, family_id: str | None) -> list:
    errors = []
    code = values.get("code")
    if code:
        clash = session.scalar(select(Family.id).where(Family.code == code,
                                                       Family.id != (family_id or "")))
        if clash:
            errors.append(FieldError("code", QT_TRANSLATE_NOOP("Validation", "Family code {code} is already used."),
                                     {"code": code}))
    community_id = values.get("community_id")
    if community_id is not None:
        community = session.get(Community, community_id)
        if community is None or community.deleted_at is not None:
            errors.append(FieldError("community_id",
                                     QT_TRANSLATE_NOOP("Validation", "Choose the family's community.")))
    return errors


def create_family(session: Session, family_raw: dict, head_raw: dict,
                  allow_duplicate: bool = False) -> Family:
    """A family and its head, saved together or not at all."""
    values, errors = parse_values(FAMILY_FIELDS, family_raw)
    head_raw = {**head_raw, "relation": "head"}
    head_values, head_errors = parse_values(PERSON_FIELDS, head_raw)
    errors += _family_rules(session, values, None)
    for error in head_errors + _person_rules(session, head_values, None, None):
        error.field = f"head.{error.field}" if error.field else None  # the form's head section
        errors.append(error)
    _check(errors)
    if not allow_duplicate:
        _refuse_duplicates(session, head_values, None)
    if not values.get("code"):
        values["code"] = next_family_code(session)
    family = Family()
    _apply(family, values)
    head = Person(family=family)
    _apply(head, head_values)
    session.add_all([family, head])
    session.commit()
    return family


def update_family(session: Session, family_id: str, raw: dict) -> Family:
    family = _live(session, Family, family_id, "family")
    values, errors = parse_values(FAMILY_FIELDS, raw, only_given=True)
    if "code" in values and not values["code"]:
        values.pop("code")
    errors += _family_rules(session, values, family_id)
    _check(errors)
    _apply(family, values)
    session.commit()
    return family


def delete_family(session: Session, family_id: str) -> None:
    """Soft-delete the family with its members and plots; it stays in the file and the audit."""
    family = _live(session, Family, family_id, "family")
    now = _now()
    for obj in [*family.members, *family.plots]:
        if obj.deleted_at is None:
            obj.deleted_at = now
    family.deleted_at = now
    session.commit()


def restore_family(session: Session, family_id: str) -> Family:
    family = session.get(Family, family_id)
    if family is None:
        raise NotFound("family", family_id)
    stamp = family.deleted_at
    for obj in [*family.members, *family.plots]:
        if obj.deleted_at == stamp:
            obj.deleted_at = None
    family.deleted_at = None
    session.commit()
    return family


def get_family(session: Session, family_id: str) -> Family:
    return _live(session, Family, family_id, "family")


def family_by_code(session: Session, code: str) -> Family:
    family = session.scalar(select(Family).where(Family.code == code,
                                                 Family.deleted_at.is_(None)))
    if family is None:
        raise NotFound("family", code)
    return family


# --- members ------------------------------------------------------------------------------

def _person_rules(session: Session, values: dict, person_id: str | None,
                  family_id: str | None) -> list:
    errors = []
    dni = values.get("dni")
    if dni:
        if not DNI_RE.match(dni):
            errors.append(FieldError("dni", QT_TRANSLATE_NOOP("Validation", "A DNI has exactly 8 digits.")))
        else:
            holder = session.scalar(select(Person).where(
                Person.dni == dni, Person.deleted_at.is_(None), Person.id != (person_id or "")))
            if holder is not None:
                errors.append(FieldError("dni", QT_TRANSLATE_NOOP(
                    "Validation", "DNI {dni} is already registered to {name} of family {code}."),
                    {"dni": dni, "name": holder.full_name, "code": holder.family.code}))
    elif "dni" in values:
        values["dni"] = None  # no DNI: NULL, so the unique index ignores it
    birth = values.get("birth_date")
    if birth and birth > date.today():
        errors.append(FieldError("birth_date",
                                 QT_TRANSLATE_NOOP("Validation", "The birth date cannot be in the future.")))
    if birth and birth.year < 1900:
        errors.append(FieldError("birth_date", QT_TRANSLATE_NOOP("Validation", "The birth date is not plausible.")))
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


def _refuse_duplicates(session: Session, values: dict, person_id: str | None) -> None:
    matches = find_possible_duplicates(session, values.get("given_names"),
                                       values.get("paternal_surname"),
                                       values.get("maternal_surname"),
                                       values.get("birth_date"), person_id)
    if matches:
        raise PossibleDuplicate(matches)


def add_member(session: Session, family_id: str, raw: dict,
               allow_duplicate: bool = False) -> Person:
    family = _live(session, Family, family_id, "family")
    values, errors = parse_values(PERSON_FIELDS, raw)
    errors += _person_rules(session, values, None, family_id)
    _check(errors)
    if not allow_duplicate:
        _refuse_duplicates(session, values, None)
    person = Person()
    _apply(person, values)
    family.members.append(person)
    session.commit()
    return person


def update_member(session: Session, person_id: str, raw: dict,
                  allow_duplicate: bool = False) -> Person:
    person = _live(session, Person, person_id, "person")
    values, errors = parse_values(PERSON_FIELDS, raw, only_given=True)
    errors += _person_rules(session, values, person_id, person.family_id)
    _check(errors)
    if not allow_duplicate:
        merged = {f.name: values.get(f.name, getattr(person, f.name)) for f in PERSON_FIELDS
                  if f.in_form}
        _refuse_duplicates(session, merged, person_id)
    _apply(person, values)
    session.commit()
    return person


def delete_member(session: Session, person_id: str) -> None:
    person = _live(session, Person, person_id, "person")
    if person.relation == "head":
        raise ValidationError.single("relation", QT_TRANSLATE_NOOP(
            "Validation", "The head of a family cannot be removed; make another member head first."))
    person.deleted_at = _now()
    session.commit()


# --- plots --------------------------------------------------------------------------------

def _plot_rules(values: dict) -> list:
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


def add_plot(session: Session, family_id: str, raw: dict) -> Plot:
    family = _live(session, Family, family_id, "family")
    values, errors = parse_values(PLOT_FIELDS, raw)
    errors += _plot_rules(values)
    _check(errors)
    plot = Plot()
    _apply(plot, values)
    family.plots.append(plot)
    session.commit()
    return plot


def update_plot(session: Session, plot_id: str, raw: dict) -> Plot:
    plot = _live(session, Plot, plot_id, "plot")
    values, errors = parse_values(PLOT_FIELDS, raw, only_given=True)
    merged = {"latitude": plot.latitude, "longitude": plot.longitude, **values}
    errors += _plot_rules(merged)
    _check(errors)
    _apply(plot, values)
    session.commit()
    return plot


def delete_plot(session: Session, plot_id: str) -> None:
    plot = _live(session, Plot, plot_id, "plot")
    plot.deleted_at = _now()
    session.commit()


# --- the families list -------------------------------------------------------------------

@dataclass(frozen=True)
class FamilyRow:
    id: str
    code: str
    head: str
    community: str
    members: int
    inside_forest: bool
    agreement_status: str | None

    def value(self, name: str):
        return getattr(self, name)


SORT_COLUMNS = {
    "code": "f.code",
    "head": "f.head_name",
    "community": "c.name_folded",
    "community_id": "c.name_folded",
    "members": "members",
    "inside_forest": "f.inside_forest",
    "agreement_status": "agreement_status",
}

_LIST_SELECT = """
SELECT f.id, f.code,
  coalesce((SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname)
            FROM persons p WHERE p.family_id = f.id AND p.relation = 'head'
              AND p.deleted_at IS NULL), '') AS head,
  c.name AS community,
  (SELECT count(*) FROM persons p WHERE p.family_id = f.id AND p.deleted_at IS NULL) AS members,
  f.inside_forest,
  (SELECT a.status FROM agreements a WHERE a.family_id = f.id AND a.deleted_at IS NULL
   ORDER BY a.start_date DESC LIMIT 1) AS agreement_status
FROM families f JOIN communities c ON c.id = f.community_id
"""


def _where(query: str, community_id: str | None) -> tuple[str, dict]:
    clauses, params = ["f.deleted_at IS NULL"], {}
    for i, word in enumerate(fold(query).split()):
        params[f"w{i}"] = like_pattern(word)
        in_community = (f"SELECT rowid FROM families WHERE community_id IN (SELECT id FROM "
                        f"communities WHERE name_folded LIKE :w{i} ESCAPE '\\')")
        if len(word) >= search_index.MIN_WORD:
            # A set of rowids SQLite walks directly: the trigram index, plus the families of
            # communities whose name matches (an OR here would scan the whole table).
            params[f"m{i}"] = search_index.match_phrase(word)
            clauses.append(f"f.rowid IN (SELECT rowid FROM {search_index.TABLE} WHERE "
                           f"{search_index.TABLE} MATCH :m{i} UNION {in_community})")
        else:
            clauses.append(f"(f.search_text LIKE :w{i} ESCAPE '\\' OR f.rowid IN ({in_community}))")
    if community_id:
        clauses.append("f.community_id = :community_id")
        params["community_id"] = community_id
    return " AND ".join(clauses), params


def search_families(session: Session, query: str = "", sort: str = "code",
                    descending: bool = False, offset: int = 0, limit: int = 200,
                    community_id: str | None = None) -> list[FamilyRow]:
    """One page of living families matching every word of `query`, sorted in SQL.

    A word matches a family's code, any living member's name or DNI, or its
    community's name, ignoring case and accents.
    """
    where, params = _where(query, community_id)
    order = SORT_COLUMNS.get(sort, "f.code") + (" DESC" if descending else "")
    sql = f"{_LIST_SELECT} WHERE {where} ORDER BY {order}, f.code LIMIT :limit OFFSET :offset"
    rows = session.execute(text(sql), {**params, "limit": limit, "offset": offset})
    return [FamilyRow(r.id, r.code, r.head, r.community, r.members, bool(r.inside_forest),
                      r.agreement_status) for r in rows]


def count_families(session: Session, query: str = "", community_id: str | None = None) -> int:
    where, params = _where(query, community_id)
    sql = f"SELECT count(*) FROM families f WHERE {where}"
    return session.execute(text(sql), params).scalar_one()


def family_totals(session: Session) -> dict:
    return {
        "families": session.scalar(select(func.count()).select_from(Family)
                                   .where(Family.deleted_at.is_(None))),
        "persons": session.scalar(select(func.count()).select_from(Person)
                                  .where(Person.deleted_at.is_(None))),
    }

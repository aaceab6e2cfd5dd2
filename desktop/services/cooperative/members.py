"""Members of a cooperative: memberships, their certifications, search, and their plots.

A member is a family; the member person is one of its people (the head when none is named)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.db.cooperative import Membership
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check, live
from desktop.services.cooperative.cooperatives import get_cooperative
from desktop.services.cooperative.delivery_search import (
    all_common, member_condition, members_matching,
)
from desktop.services.cooperative.fields import MEMBERSHIP_FIELDS
from desktop.services.cooperative.rules import (
    CERTIFICATION_KINDS,
    DNI_RE,
    as_date,
    certification_kind,
)
from desktop.services.errors import FieldError, NotFound
from desktop.services.fields import parse_values
from desktop.services.people.permissions import allowed, require
from desktop.services.registry.search import search_words

#: A search word matching at least 1/COMMON_SHARE as many families as the cooperative has
#: members is checked member by member along the codes (see search_members).
COMMON_SHARE = 20

#: SQL for a member's display name: the member person, else the family's head.
MEMBER_NAME_SQL = """coalesce(
  (SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname)
   FROM persons p WHERE p.id = m.person_id),
  (SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname)
   FROM persons p WHERE p.family_id = m.family_id AND p.relation = 'head'
     AND p.deleted_at IS NULL), '')"""


def member_name_sql(dialect: str) -> str:
    """MEMBER_NAME_SQL for a list of many members: on SQLite the person's name read from
    uq_persons_id_names alone (0023), not the table's row (10,000 members owed: a quarter of
    the time); a file never ANALYZEd would take the primary key."""
    if dialect != "sqlite":
        return MEMBER_NAME_SQL
    return MEMBER_NAME_SQL.replace("FROM persons p WHERE p.id =",
                                   "FROM persons p INDEXED BY uq_persons_id_names WHERE p.id =")


def member_name(membership: Membership) -> str:
    person = membership.person
    if person is None or person.deleted_at is not None:
        person = membership.family.head
    return person.full_name if person is not None else ""


def member_dni(membership: Membership) -> str:
    person = membership.person
    if person is None or person.deleted_at is not None:
        person = membership.family.head
    return (person.dni or "") if person is not None else ""


@dataclass(frozen=True)
class MemberRow:
    id: str
    member_code: str
    name: str
    dni: str
    family_id: str
    family_code: str
    certifications: tuple = ()  # kinds valid today
    joined_on: date | None = None

    def value(self, name: str):
        return getattr(self, name)

    def display(self) -> str:
        text = f"{self.member_code} — {self.name}"
        return text + (f" ({self.dni})" if self.dni else "")


def parse_certifications(raw: str | list | None) -> list[dict]:
    """The membership's certifications as a list of {kind, valid_from, valid_to} (dates or None)."""
    items = json.loads(raw or "[]") if isinstance(raw, (str, type(None))) else raw
    result = []
    for item in items or []:
        result.append({"kind": certification_kind(item.get("kind", "")),
                       "valid_from": as_date(item.get("valid_from")),
                       "valid_to": as_date(item.get("valid_to"))})
    return result


def valid_certifications(raw: str | list | None, on: date | None = None) -> list[str]:
    """Kinds whose validity covers `on` (today by default)."""
    on = on or date.today()
    return [c["kind"] for c in parse_certifications(raw)
            if (c["valid_from"] is None or c["valid_from"] <= on)
            and (c["valid_to"] is None or on <= c["valid_to"])]


def _dump_certifications(items: list[dict]) -> str:
    return json.dumps([{"kind": c["kind"],
                        "valid_from": c["valid_from"].isoformat() if c["valid_from"] else None,
                        "valid_to": c["valid_to"].isoformat() if c["valid_to"] else None}
                       for c in items], sort_keys=True)


def next_member_code(session: Session, cooperative_id: str) -> str:
    codes = session.scalars(select(Membership.member_code).where(
        Membership.cooperative_id == cooperative_id, Membership.member_code.like("M-%")))
    numbers = [int(c[2:]) for c in codes if c[2:].isdigit()]
    return f"M-{max(numbers, default=0) + 1:04d}"


def _certifications_from_form(values: dict, current: list[dict]) -> list[dict] | None:
    """The `*_until` form fields applied to the current list (None when none was given)."""
    keys = [k for k in CERTIFICATION_KINDS if f"{k}_until" in values]
    if not keys:
        return None
    result = [c for c in current if c["kind"] not in keys]
    for kind in keys:
        until = values.pop(f"{kind}_until")
        if until is not None:
            before = next((c for c in current if c["kind"] == kind), None)
            result.append({"kind": kind, "valid_from": before["valid_from"] if before else None,
                           "valid_to": until})
    return result


def _certification_errors(items: list[dict]) -> list:
    errors = []
    for item in items:
        if item["kind"] not in CERTIFICATION_KINDS:
            errors.append(FieldError("certifications", QT_TRANSLATE_NOOP(
                "Validation", "“{kind}” is not a known certification."),
                {"kind": item["kind"]}))
        if item["valid_from"] and item["valid_to"] and item["valid_to"] < item["valid_from"]:
            errors.append(FieldError(f"{item['kind']}_until", QT_TRANSLATE_NOOP(
                "Validation", "A certification cannot end before it starts.")))
    return errors


def save_membership(session: Session, cooperative_id: str, raw: dict,
                    membership_id: str | None = None) -> Membership:
    """Create or edit a membership.

    `raw` holds the form fields (family_code, person_id or dni of the member person, …); a
    `certifications` list of {kind, valid_from, valid_to} replaces the `*_until` fields.
    """
    require(session, "cooperative.edit")
    cooperative = get_cooperative(session, cooperative_id)
    membership = None if membership_id is None else live(
        session, Membership, membership_id, "member")
    values, errors = parse_values(MEMBERSHIP_FIELDS, raw, only_given=membership is not None)
    current = parse_certifications(membership.certifications) if membership else []
    certifications = (parse_certifications(raw["certifications"]) if "certifications" in raw
                      else _certifications_from_form(values, current))
    for kind in CERTIFICATION_KINDS:
        values.pop(f"{kind}_until", None)
    if certifications is not None:
        errors += _certification_errors(certifications)

    family = None
    code = values.pop("family_code", None)
    if code:
        family = session.scalar(select(Family).where(Family.code == code,
                                                     Family.deleted_at.is_(None)))
        if family is None:
            errors.append(FieldError("family_code", QT_TRANSLATE_NOOP(
                "Validation", "There is no family with code {code}."), {"code": code}))
    elif membership is not None:
        family = membership.family
    person_id, person_errors = _member_person(session, raw, values, family, membership)
    errors += person_errors
    member_code = values.get("member_code")
    if member_code:
        clash = session.scalar(select(Membership.id).where(
            Membership.cooperative_id == cooperative.id, Membership.member_code == member_code,
            Membership.id != (membership_id or "")))
        if clash:
            errors.append(FieldError("member_code", QT_TRANSLATE_NOOP(
                "Validation", "Member code {code} is already used."), {"code": member_code}))
    elif "member_code" in values:
        values.pop("member_code")
    if family is not None:
        clash = session.scalar(select(Membership.member_code).where(
            Membership.cooperative_id == cooperative.id, Membership.family_id == family.id,
            Membership.deleted_at.is_(None), Membership.id != (membership_id or "")))
        if clash:
            errors.append(FieldError("family_code", QT_TRANSLATE_NOOP(
                "Validation", "Family {family} is already member {code}."),
                {"family": family.code, "code": clash}))
    joined = values.get("joined_on")
    if joined and joined > date.today():
        errors.append(FieldError("joined_on", QT_TRANSLATE_NOOP(
            "Validation", "The date joined cannot be in the future.")))
    check(errors)

    if membership is None:
        membership = Membership(cooperative_id=cooperative.id)
        membership.member_code = values.pop("member_code", None) or next_member_code(
            session, cooperative.id)
    for key, value in values.items():
        setattr(membership, key, value)
    if family is not None:
        membership.family_id = family.id
    membership.person_id = person_id
    if certifications is not None:
        membership.certifications = _dump_certifications(certifications)
    session.add(membership)
    session.commit()
    return membership


def _member_person(session: Session, raw: dict, values: dict, family: Family | None,
                   membership: Membership | None) -> tuple[str | None, list[FieldError]]:
    """The member person: chosen by id (the form's lookup) or by DNI (older callers); none
    means the family's head. Either must be a live person of the member's family."""
    person_id = membership.person_id if membership else None
    chosen = values.pop("person_id", None) if "person_id" in values else None
    if "person_id" not in raw and "dni" not in raw:
        moved = family is not None and membership is not None and membership.family_id != family.id
        return (None if moved else person_id), []
    if "person_id" in raw:
        if not chosen:
            return None, []
        person = session.get(Person, chosen)
        if person is None or person.deleted_at is not None or (
                family is not None and person.family_id != family.id):
            return person_id, [FieldError("person_id", QT_TRANSLATE_NOOP(
                "Validation", "Choose a person of the member's family."))]
        return person.id, []
    dni = (raw.get("dni") or "").strip()
    if not dni:
        return None, []
    if not DNI_RE.match(dni):
        return person_id, [FieldError("dni", QT_TRANSLATE_NOOP(
            "Validation", "A DNI has exactly 8 digits."))]
    person = session.scalar(select(Person).where(Person.dni == dni, Person.deleted_at.is_(None)))
    if person is None or (family is not None and person.family_id != family.id):
        return person_id, [FieldError("dni", QT_TRANSLATE_NOOP(
            "Validation", "No member of this family has DNI {dni}."), {"dni": dni})]
    return person.id, []


def get_membership(session: Session, membership_id: str) -> Membership:
    return live(session, Membership, membership_id, "member")


def membership_by_code(session: Session, cooperative_id: str, code: str) -> Membership:
    membership = session.scalar(select(Membership).where(
        Membership.cooperative_id == cooperative_id, Membership.deleted_at.is_(None),
        func.upper(Membership.member_code) == (code or "").strip().upper()))
    if membership is None:
        raise NotFound("member", code)
    return membership


def search_members(session: Session, cooperative_id: str, query: str = "", limit: int = 10,
                   offset: int = 0) -> list[MemberRow]:
    """Members whose code, family code, member names or DNIs match every word of `query`
    (case and accents ignored); an exact member code comes first, then the others by code.

    Each word is a set of members read through indexes (members_matching); the page's members
    are found walking the codes in order, their names and DNIs then read for those only."""
    clauses = ["m.cooperative_id = :coop", "m.deleted_at IS NULL"]
    params: dict = {"coop": cooperative_id}
    words = search_words(query)
    # common words (a name a fifth of the members share) are checked on each member's row
    # as the codes are walked in order, rare ones read their few members first
    by_row = bool(words) and session.get_bind().dialect.name == "sqlite" and all_common(
        session, cooperative_id, words, COMMON_SHARE)
    for i, word in enumerate(words):
        clauses.append(member_condition(word, params, str(i)) if by_row else
                       f"m.id IN ({members_matching(session, word, params, str(i))})")
    where = " AND ".join(clauses)
    exact = (query or "").strip()
    first = [] if not exact else list(session.execute(text(
        f"SELECT m.id FROM memberships m WHERE m.member_code IN (:exact, :typed) AND {where} "
        "AND upper(m.member_code) = :exact ORDER BY m.member_code"),
        {**params, "exact": exact.upper(), "typed": exact}).scalars())
    ids = first[offset:offset + limit]
    if len(ids) < limit:
        others = [f":x{i}" for i in range(len(first))]
        params.update({f"x{i}": id_ for i, id_ in enumerate(first)})
        rest = f" AND m.id NOT IN ({', '.join(others)})" if others else ""
        ids += session.execute(text(
            f"SELECT m.id FROM memberships m WHERE {where}{rest} ORDER BY m.member_code "
            "LIMIT :limit OFFSET :offset"),
            {**params, "limit": limit - len(ids),
             "offset": max(0, offset - len(first))}).scalars()
    if not ids:
        return []
    marks = ", ".join(f":k{i}" for i in range(len(ids)))
    rows = {r.id: r for r in _member_rows(session, [f"m.id IN ({marks})"],
                                          {f"k{i}": id_ for i, id_ in enumerate(ids)}, "")}
    return [rows[id_] for id_ in ids]


def member_row(session: Session, membership_id: str) -> MemberRow:
    """One living member as the weighing station shows it (NotFound when there is none)."""
    rows = _member_rows(session, ["m.id = :id", "m.deleted_at IS NULL"],
                        {"id": membership_id}, "")
    if not rows:
        raise NotFound("member", membership_id)
    return rows[0]


def _member_rows(session: Session, clauses: list[str], params: dict,
                 tail: str) -> list[MemberRow]:
    sql = f"""
        SELECT m.id, m.member_code, {MEMBER_NAME_SQL} AS name,
          coalesce((SELECT p.dni FROM persons p WHERE p.id = m.person_id),
                   (SELECT p.dni FROM persons p WHERE p.family_id = m.family_id
                      AND p.relation = 'head' AND p.deleted_at IS NULL), '') AS dni,
          f.id AS family_id, f.code AS family_code, m.certifications, m.joined_on
        FROM memberships m JOIN families f ON f.id = m.family_id
        WHERE {' AND '.join(clauses)}
        {tail}"""
    shown = allowed(session, "personal.read")  # a cooperative manager sees no DNI
    return [MemberRow(r.id, r.member_code, r.name, (r.dni or "") if shown else "", r.family_id,
                      r.family_code,
                      tuple(valid_certifications(r.certifications)), as_date(r.joined_on))
            for r in session.execute(text(sql), params)]


def member_plots(session: Session, membership_id: str) -> list[Plot]:
    """The living plots of the member's family: a delivery comes from one of them."""
    membership = get_membership(session, membership_id)
    return list(session.scalars(select(Plot).where(
        Plot.family_id == membership.family_id, Plot.deleted_at.is_(None))
        .order_by(Plot.created_at)))


@dataclass(frozen=True)
class PlotRow:
    id: str
    name: str
    area_ha: Decimal
    boundary: bool
    located: bool

    def value(self, name: str):
        return getattr(self, name)


def member_plot_rows(session: Session, membership_id: str) -> list[PlotRow]:
    return [PlotRow(p.id, p.name, p.area_ha, bool(p.boundary_geojson),
                    p.latitude is not None and p.longitude is not None)
            for p in member_plots(session, membership_id)]


__all__ = [
    "MEMBER_NAME_SQL", "member_name_sql", "member_name", "member_dni", "MemberRow", "parse_certifications",
    "valid_certifications", "next_member_code", "save_membership", "get_membership",
    "membership_by_code", "search_members", "member_row", "member_plots", "PlotRow",
    "member_plot_rows",
]

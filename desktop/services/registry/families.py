"""Families: created with their head in one step, edited, soft-deleted with their members and
plots (and restored the same way), found by id or code."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.family import Family
from desktop.db.office import office_code, with_office
from desktop.db.person import Person
from desktop.services.common import check, live, restore_deleted, soft_delete
from desktop.services.errors import NotFound
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require
from desktop.services.registry.fields import FAMILY_FIELDS, PERSON_FIELDS
from desktop.services.registry.rules import family_rules, person_rules, refuse_duplicates


def family_code_stem(session: Session) -> str:
    """What this database's family codes start with: "F-", or "F-LIM1-" for office LIM1 (see
    desktop.db.office: two laptops never make the same code)."""
    return with_office("F-", office_code(session))


def highest_family_code(session: Session, stem: str | None = None) -> str | None:
    """The last code (in text order) of the form F-… (F-LIM1-… for an office), deleted families
    included; without an office, codes made by an office (a second dash) do not count."""
    stem = stem or family_code_stem(session)
    query = select(Family.code).where(Family.code.startswith(stem, autoescape=True))
    if stem == "F-":
        query = query.where(~Family.code.like("F-%-%"))
    return session.scalar(query.order_by(Family.code.desc()).limit(1))


def family_code_after(highest: str | None, stem: str = "F-") -> str:
    """The code a new family gets when `highest` is the last code of `stem`
    ("F-000041" → "F-000042"; "F-LIM1-000041" → "F-LIM1-000042")."""
    number = 1
    if highest and highest[len(stem):].isdigit():
        number = int(highest[len(stem):]) + 1
    return f"{stem}{number:06d}"


def next_family_code(session: Session) -> str:
    stem = family_code_stem(session)
    return family_code_after(highest_family_code(session, stem), stem)


def create_family(session: Session, family_raw: dict, head_raw: dict,
                  allow_duplicate: bool = False) -> Family:
    """A family and its head, saved together or not at all."""
    require(session, "registry.edit")
    values, errors = parse_values(FAMILY_FIELDS, family_raw)
    head_raw = {**head_raw, "relation": "head"}
    head_values, head_errors = parse_values(PERSON_FIELDS, head_raw)
    errors += family_rules(session, values, None)
    for error in head_errors + person_rules(session, head_values, None, None):
        error.field = f"head.{error.field}" if error.field else None  # the form's head section
        errors.append(error)
    check(errors)
    if not allow_duplicate:
        refuse_duplicates(session, head_values, None)
    if not values.get("code"):
        values["code"] = next_family_code(session)
    family = Family()
    for key, value in values.items():
        setattr(family, key, value)
    head = Person(family=family)
    for key, value in head_values.items():
        setattr(head, key, value)
    session.add_all([family, head])
    session.commit()
    return family


def update_family(session: Session, family_id: str, raw: dict) -> Family:
    require(session, "registry.edit")
    family = live(session, Family, family_id, "family")
    values, errors = parse_values(FAMILY_FIELDS, raw, only_given=True)
    if "code" in values and not values["code"]:
        values.pop("code")
    errors += family_rules(session, values, family_id)
    check(errors)
    for key, value in values.items():
        setattr(family, key, value)
    session.commit()
    return family


def delete_family(session: Session, family_id: str) -> None:
    """Soft-delete the family with its members and plots; it stays in the file and the audit."""
    require(session, "registry.edit")
    family = live(session, Family, family_id, "family")
    soft_delete(family, [*family.members, *family.plots])
    session.commit()


def restore_family(session: Session, family_id: str) -> Family:
    require(session, "registry.edit")
    family = session.get(Family, family_id)
    if family is None:
        raise NotFound("family", family_id)
    restore_deleted(family, [*family.members, *family.plots])
    session.commit()
    return family


def get_family(session: Session, family_id: str) -> Family:
    return live(session, Family, family_id, "family")


def family_by_code(session: Session, code: str) -> Family:
    family = session.scalar(select(Family).where(Family.code == code,
                                                 Family.deleted_at.is_(None)))
    if family is None:
        raise NotFound("family", code)
    return family

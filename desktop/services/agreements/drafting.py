"""Drafting an agreement: its dates, plots and commitments, editable until it is signed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, Signatory
from desktop.db.family import Family
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements import rules
from desktop.services.agreements.fields import AGREEMENT_FIELDS
from desktop.services.agreements.records import default_signatories, get_agreement, next_number
from desktop.services.agreements.rules import (
    STANDARD_COMMITMENTS,
    agreement_dates,
    family_plots,
    forest_area,
    require_draft,
)
from desktop.services.common import check, live, utcnow
from desktop.services.errors import FieldError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require


def create_agreement(session: Session, family_id: str, raw: dict, plot_ids=None,
                     commitments: list[str] | None = None,
                     free_commitments: list[str] = ()) -> Agreement:
    """A draft for the family, covering its plots, with the standard commitments by default."""
    require(session, "agreements.draft")
    family = live(session, Family, family_id, "family")
    values, errors = parse_values(AGREEMENT_FIELDS, raw)
    errors += agreement_dates(values)
    number = values.get("number")
    if number and session.scalar(select(Agreement.id).where(Agreement.number == number)):
        errors.append(FieldError("number", QT_TRANSLATE_NOOP(
            "Validation", "Agreement number {number} is already used."), {"number": number}))
    check(errors)
    plots = family_plots(session, family, plot_ids)
    if values.get("forest_area_ha") is None:
        values["forest_area_ha"] = forest_area(plots)
    if not number:
        values["number"] = next_number(session, values["start_date"].year)
    agreement = Agreement(family=family, status="draft", **values)
    agreement.plots = plots
    session.add(agreement)
    rules.set_commitments(agreement, STANDARD_COMMITMENTS if commitments is None else commitments,
                          free_commitments)
    for row in default_signatories(family):
        agreement.signatories.append(Signatory(**row))
    session.commit()
    return agreement


def update_agreement(session: Session, agreement_id: str, raw: dict, plot_ids=None) -> Agreement:
    require(session, "agreements.draft")
    agreement = get_agreement(session, agreement_id)
    require_draft(agreement)
    values, errors = parse_values(AGREEMENT_FIELDS, raw, only_given=True)
    merged = {"start_date": agreement.start_date, "end_date": agreement.end_date, **values}
    errors += agreement_dates(merged)
    if not values.get("number"):
        values.pop("number", None)
    elif session.scalar(select(Agreement.id).where(Agreement.number == values["number"],
                                                   Agreement.id != agreement.id)):
        errors.append(FieldError("number", QT_TRANSLATE_NOOP(
            "Validation", "Agreement number {number} is already used."),
            {"number": values["number"]}))
    check(errors)
    if plot_ids is not None:
        agreement.plots = family_plots(session, agreement.family, plot_ids)
    if "forest_area_ha" in values and values["forest_area_ha"] is None:
        values["forest_area_ha"] = forest_area(agreement.plots)
    for key, value in values.items():
        setattr(agreement, key, value)
    session.commit()
    return agreement


def set_commitments(session: Session, agreement_id: str, kinds: list[str],
                    free: list[str] = ()) -> Agreement:
    require(session, "agreements.draft")
    agreement = get_agreement(session, agreement_id)
    require_draft(agreement)
    rules.set_commitments(agreement, kinds, list(free))
    session.commit()
    return agreement


def delete_draft(session: Session, agreement_id: str) -> None:
    require(session, "agreements.draft")
    agreement = get_agreement(session, agreement_id)
    require_draft(agreement)
    agreement.deleted_at = utcnow()
    session.commit()

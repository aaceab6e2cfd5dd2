"""Importing agreements: one row per agreement, for families already registered.

Commitments are codes or labels separated by ";" (empty: the standard commitments). A
signed or active agreement takes the family's head as its signatory. The import follows
the agreement's life cycle forwards only, and never changes the content of an agreement
that was signed.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, Signatory
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.labels import LABELS, code_for, label
from desktop.services import agreements as agreement_service
from desktop.services.agreements.fields import AGREEMENT_FIELDS, SIGNED_ON
from desktop.services.agreements.rules import agreement_dates, forest_area, set_commitments
from desktop.services.errors import FieldError
from desktop.services.fields import TEXT, Field, by_name
from desktop.services.imports.columns import Column, ImportKind, SheetSpec
from desktop.services.imports.results import CREATE, SAME, UPDATE
from desktop.services.imports.rows import Row
from desktop.services.imports.transaction import NO_FAMILY, Run, living_family, set_values

_AGREEMENT = by_name(AGREEMENT_FIELDS)
COMMITMENTS = Field("commitments", QT_TRANSLATE_NOOP("Fields", "Commitments"), TEXT)
#: Status changes an import may make on an existing agreement (the life cycle, forwards).
NEXT_STATUSES = {
    "draft": {"draft", "signed", "active"},
    "signed": {"signed", "active", "suspended", "ended"},
    "active": {"active", "suspended", "ended"},
    "suspended": {"suspended", "active", "ended"},
    "ended": {"ended"},
}

AGREEMENT_COLUMNS = (
    Column("agreement_number", dataclasses.replace(_AGREEMENT["number"], placeholder=""),
           "numero_acuerdo", "agreement_number", required=True, also=("number",)),
    Column("family_code", _AGREEMENT["family_code"], "codigo_familia", "family_code",
           required=True),
    Column("signed_on", SIGNED_ON, "fecha_firma", "signed_on", also=("signatories",)),
    Column("start_date", _AGREEMENT["start_date"], "fecha_inicio", "starts_on", required=True),
    Column("end_date", _AGREEMENT["end_date"], "fecha_fin", "ends_on", required=True),
    Column("status", _AGREEMENT["status"], "estado", "status",
           hint=QT_TRANSLATE_NOOP("Import", "Empty means draft.")),
    Column("forest_area_ha", _AGREEMENT["forest_area_ha"], "area_bosque_ha", "forest_area_ha",
           hint=QT_TRANSLATE_NOOP("Import", "Empty: the forest plots of the family.")),
    Column("commitments", COMMITMENTS, "compromisos", "commitments",
           hint=QT_TRANSLATE_NOOP("Import", "Codes or texts separated by “;”. Empty: the "
                                  "standard commitments.")),
    Column("notes", _AGREEMENT["notes"], "notas", "notes", in_template=False),
)


def parse_commitments(row: Row) -> list[str] | None:
    text = row.get("commitments")
    if text is None:
        return None
    kinds = []
    for part in re.split(r"[;\n]", text):
        part = part.strip()
        if not part:
            continue
        code = part if part in LABELS["commitment"] else code_for("commitment", part)
        if code is None:
            row.fail_message("commitments", QT_TRANSLATE_NOOP(
                "Validation", "Unknown commitment: {kind}."), kind=part)
        elif code not in kinds:
            kinds.append(code)
    return kinds


def _import_agreements(run: Run, rows: dict[str, list[Row]]) -> None:
    session = run.session
    numbers: dict[str, int] = {}
    for row in rows["main"]:
        _agreement_row(run, session, row, numbers)
        run.tick()


def _agreement_row(run: Run, session: Session, row: Row, numbers: dict) -> None:
    number, code = row.require("agreement_number"), row.require("family_code")
    values = {"start_date": row.require("start_date"), "end_date": row.require("end_date"),
              "forest_area_ha": row.get("forest_area_ha"), "notes": row.get("notes")}
    signed_on, status = row.get("signed_on"), row.get("status")
    kinds = parse_commitments(row)
    for error in agreement_dates(values):
        row.fail_field(error)
    if values["forest_area_ha"] is not None and values["forest_area_ha"] < 0:
        row.fail_message("forest_area_ha", QT_TRANSLATE_NOOP(
            "Validation", "The area cannot be negative."))
    if number:
        if number in numbers:
            row.fail_message("agreement_number", QT_TRANSLATE_NOOP(
                "Validation", "Agreement {number} appears twice in the file (rows {first} and "
                "{row})."), number=number, first=numbers[number], row=row.number)
            return
        numbers[number] = row.number
    family = living_family(session, code) if code else None
    if code and family is None:
        row.fail_message("family_code", NO_FAMILY, code=code)
    existing = session.scalar(select(Agreement).where(Agreement.number == number)) \
        if number else None
    if existing is not None:
        if existing.deleted_at is not None:
            row.fail_message("agreement_number", QT_TRANSLATE_NOOP(
                "Validation", "Agreement number {number} is already used."), number=number)
            return
        if family is not None and existing.family_id != family.id:
            row.fail_message("family_code", QT_TRANSLATE_NOOP(
                "Validation", "Agreement {number} belongs to family {code}."),
                number=number, code=existing.family.code)
            return
        if status and status not in NEXT_STATUSES[existing.status]:
            row.fail_message("status", QT_TRANSLATE_NOOP(
                "Validation", "Agreement {number} is {old}: it cannot become {new}."),
                number=number, old=label("agreement_status", existing.status),
                new=label("agreement_status", status))
    # An empty status keeps an existing agreement's, and makes a new one a draft.
    was = existing.status if existing is not None else "draft"
    status = status or was
    if "status" in row.bad_keys:
        return
    if status != "draft" and was == "draft":  # being signed now
        if signed_on is None and "signed_on" not in row.bad_keys:
            row.fail_message("signed_on", QT_TRANSLATE_NOOP(
                "Validation", "Give the signing date."))
        if family is not None and family.head is None:
            row.fail_message(None, QT_TRANSLATE_NOOP(
                "Validation", "The head of the family must be among the signatories."))
    if signed_on and signed_on > date.today():
        row.fail_message("signed_on", QT_TRANSLATE_NOOP(
            "Validation", "The signing date cannot be in the future."))
    if status == "draft" and signed_on is not None:
        row.fail_message("signed_on", QT_TRANSLATE_NOOP(
            "Validation", "A draft has no signing date: give the status (signed, active…) or "
            "leave the date empty."))
    if status == "active" and family is not None:
        other = session.scalar(select(Agreement).where(
            Agreement.family_id == family.id, Agreement.status == "active",
            Agreement.deleted_at.is_(None),
            Agreement.id != (existing.id if existing is not None else "")))
        if other is not None:
            row.fail_message("status", QT_TRANSLATE_NOOP(
                "Validation", "Family {code} already has an active agreement: {number}."),
                code=family.code, number=other.number)
    if row.failed:
        return
    if existing is None:
        _create_agreement(run, row, family, number, values, signed_on, status, kinds)
    else:
        _update_agreement(run, row, existing, values, signed_on, status, kinds)


def _set_commitments(agreement: Agreement, kinds: list[str]) -> None:
    set_commitments(agreement, kinds, [])


def _create_agreement(run, row, family, number, values, signed_on, status, kinds) -> None:
    plots = [p for p in family.plots if p.deleted_at is None]
    if values["forest_area_ha"] is None:
        values["forest_area_ha"] = forest_area(plots)
    agreement = Agreement(family=family, number=number, status=status,
                          signed_on=signed_on if status != "draft" else None,
                          **{k: v for k, v in values.items() if v is not None})
    agreement.plots = plots
    run.session.add(agreement)
    _set_commitments(agreement, agreement_service.STANDARD_COMMITMENTS if kinds is None
                     else kinds)
    for signatory in agreement_service.default_signatories(family):
        agreement.signatories.append(Signatory(**signatory))
    if status != "draft":
        agreement.fingerprint = agreement_service.content_fingerprint(agreement)
    run.flush(row)
    run.change(row, "agreement", CREATE, number)


def _update_agreement(run, row, agreement, values, signed_on, status, kinds) -> None:
    living = agreement_service.living
    current_kinds = [c.kind for c in living(agreement.commitments)]
    content = {k: v for k, v in values.items() if v is not None and k != "notes"
               and getattr(agreement, k) != v}
    new_kinds = kinds is not None and kinds != current_kinds
    if (content or new_kinds) and agreement.status != "draft":
        row.fail(None, FieldError(None, agreement_service.CONTENT_LOCKED, {
            "number": agreement.number,
            "status": label("agreement_status", agreement.status)}))
        return
    changed = set_values(agreement, {**content, "notes": values.get("notes")})
    if new_kinds:
        _set_commitments(agreement, kinds)
        changed = True
    if status != agreement.status:
        signing = agreement.status == "draft"
        agreement.status = status
        if signing:
            agreement.signed_on = signed_on
            head = agreement.family.head
            if not any(s.person_id == head.id for s in living(agreement.signatories)):
                agreement.signatories.append(
                    Signatory(**agreement_service.default_signatories(agreement.family)[0]))
            agreement.fingerprint = agreement_service.content_fingerprint(agreement)
        changed = True
    elif signed_on is not None and agreement.signed_on != signed_on:
        agreement.signed_on = signed_on
        changed = True
    run.flush(row)
    run.change(row, "agreement", UPDATE if changed else SAME, agreement.number)


KIND = ImportKind(
    "agreements", QT_TRANSLATE_NOOP("Import", "Agreements"),
    (SheetSpec("main", "Agreements", "Acuerdos", AGREEMENT_COLUMNS),),
    _import_agreements,
    QT_TRANSLATE_NOOP("Import", "One row per agreement, for families already registered. An "
                      "agreement that is signed, active, suspended or ended needs its signing "
                      "date and takes the family's head as its signatory. Agreements are found "
                      "by number: importing the file again updates them."))

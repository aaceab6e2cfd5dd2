"""Signing: who signs, the content fingerprint printed as a QR code, and the signature itself,
which needs the head of the family among the signatories and a signing date."""

from __future__ import annotations

import hashlib
import json
from datetime import date

from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, Signatory
from desktop.db.person import Person
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements.fields import NO_FOREST_REASON, SIGNATORY_FIELDS, SIGNED_ON
from desktop.services.agreements.records import get_agreement
from desktop.services.agreements.rules import fail, living, remove_from_draft, require_draft
from desktop.services.common import check
from desktop.services.errors import FieldError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require


def add_signatory(session: Session, agreement_id: str, raw: dict,
                  person_id: str | None = None) -> Signatory:
    require(session, "agreements.draft")
    agreement = get_agreement(session, agreement_id)
    require_draft(agreement)
    if person_id:
        person = session.get(Person, person_id)
        if person is None or person.family_id != agreement.family_id or person.deleted_at:
            fail("name", QT_TRANSLATE_NOOP(
                "Validation", "Choose a member of the agreement's family."))
        raw = {"name": person.full_name, "dni": person.dni,
               "role": "head" if person.relation == "head" else "member",
               "uses_thumbprint": not person.signs, **raw}
    values, errors = parse_values(SIGNATORY_FIELDS, raw)
    check(errors)
    if person_id and any(s.person_id == person_id for s in living(agreement.signatories)):
        fail("name", QT_TRANSLATE_NOOP("Validation", "{name} already signs this agreement."),
             name=values["name"])
    signatory = Signatory(person_id=person_id, **values)
    agreement.signatories.append(signatory)
    session.commit()
    return signatory


def remove_signatory(session: Session, signatory_id: str) -> None:
    require(session, "agreements.draft")
    remove_from_draft(session, Signatory, signatory_id, "signatory")


def content_fingerprint(agreement: Agreement) -> str:
    """A short hash of what the paper says, so a printed copy can be checked against the file."""
    family = agreement.family
    content = {
        "number": agreement.number,
        "family": family.code,
        "head_dni": family.head.dni if family.head else None,
        "start": str(agreement.start_date), "end": str(agreement.end_date),
        "forest_area_ha": str(agreement.forest_area_ha),
        "plots": sorted((p.name, str(p.area_ha), p.land_use) for p in agreement.plots),
        "commitments": [(c.kind, c.text) for c in living(agreement.commitments)],
        "benefits": sorted((b.kind, b.description, str(b.quantity), b.unit,
                            str(b.estimated_value_pen)) for b in living(agreement.benefits)),
        "signatories": sorted((s.role, s.name, s.dni or "") for s in
                              living(agreement.signatories)),
    }
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=True).encode())
    return digest.hexdigest()[:12].upper()


def qr_payload(agreement: Agreement) -> str:
    """ASCII text of the QR code: the number and the content fingerprint."""
    return f"{agreement.number}|{content_fingerprint(agreement)}"


def sign(session: Session, agreement_id: str, signed_on: date | str | None,
         no_forest_reason: str = "") -> Agreement:
    """Sign a draft. One that commits no forest (0 ha) is signed only with the coordinator's
    reason (a family with only coffee plots in the buffer zone, say)."""
    require(session, "agreements.decide")
    agreement = get_agreement(session, agreement_id)
    require_draft(agreement)
    errors = []
    if isinstance(signed_on, str):
        try:
            signed_on = SIGNED_ON.parse(signed_on)
        except FieldError as error:
            errors.append(error)
            signed_on = None
    if signed_on is None and not errors:
        errors.append(FieldError("signed_on", QT_TRANSLATE_NOOP(
            "Validation", "Give the signing date.")))
    if signed_on and signed_on > date.today():
        errors.append(FieldError("signed_on", QT_TRANSLATE_NOOP(
            "Validation", "The signing date cannot be in the future.")))
    head = agreement.family.head
    if head is None or not any(s.person_id == head.id for s in living(agreement.signatories)):
        errors.append(FieldError("signatories", QT_TRANSLATE_NOOP(
            "Validation", "The head of the family must be among the signatories.")))
    if not living(agreement.commitments):
        errors.append(FieldError("commitments", QT_TRANSLATE_NOOP(
            "Validation", "An agreement needs at least one commitment.")))
    if agreement.start_date is None or agreement.end_date is None:
        errors.append(FieldError("start_date", QT_TRANSLATE_NOOP(
            "Validation", "Give the start and end dates.")))
    reason = NO_FOREST_REASON.parse(no_forest_reason)
    if not agreement.forest_area_ha and not reason:
        errors.append(FieldError("no_forest_reason", QT_TRANSLATE_NOOP(
            "Validation", "The agreement commits no forest (0 ha): cover a forest plot or "
            "give the forest area, or record why it is signed without forest.")))
    check(errors)
    agreement.no_forest_reason = reason if not agreement.forest_area_ha else ""
    agreement.signed_on = signed_on
    agreement.status = "signed"
    agreement.fingerprint = content_fingerprint(agreement)
    session.commit()
    return agreement

"""Free, prior and informed consent: when and how the family was told about its agreement."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import ConsentRecord
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements.fields import CONSENT_FIELDS
from desktop.services.agreements.records import get_agreement
from desktop.services.common import check
from desktop.services.errors import FieldError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require


def record_consent(session: Session, agreement_id: str, raw: dict) -> ConsentRecord:
    require(session, "agreements.draft")
    agreement = get_agreement(session, agreement_id)
    values, errors = parse_values(CONSENT_FIELDS, raw)
    if values.get("informed_on") and values["informed_on"] > date.today():
        errors.append(FieldError("informed_on", QT_TRANSLATE_NOOP(
            "Validation", "The date cannot be in the future.")))
    check(errors)
    record = ConsentRecord(agreement_id=agreement.id, **values)
    session.add(record)
    session.commit()
    return record


def consent_records(session: Session, agreement_id: str) -> list[ConsentRecord]:
    return list(session.scalars(select(ConsentRecord).where(
        ConsentRecord.agreement_id == agreement_id, ConsentRecord.deleted_at.is_(None))
        .order_by(ConsentRecord.informed_on)))

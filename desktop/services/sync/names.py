"""What a conflict is about, in words a person reads: the kind of record, its own name or
number, and the family it belongs to (code and head's name), never a raw id.

Names come from the record's values as the conflict kept them (a record the centre refused is
only there), and the family from the database (through an agreement or a membership when the
record does not name it itself).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.sync.tables import BY_NAME

KINDS = {
    "families": QT_TRANSLATE_NOOP("Sync", "Family"),
    "persons": QT_TRANSLATE_NOOP("Sync", "Member"),
    "plots": QT_TRANSLATE_NOOP("Sync", "Plot"),
    "agreements": QT_TRANSLATE_NOOP("Sync", "Agreement"),
    "communities": QT_TRANSLATE_NOOP("Sync", "Community"),
    "cooperatives": QT_TRANSLATE_NOOP("Sync", "Cooperative"),
    "lots": QT_TRANSLATE_NOOP("Sync", "Lot"),
    "training_sessions": QT_TRANSLATE_NOOP("Sync", "Training session"),
    "attendance": QT_TRANSLATE_NOOP("Sync", "Attendance"),
    "benefits": QT_TRANSLATE_NOOP("Sync", "Benefit"),
    "commitments": QT_TRANSLATE_NOOP("Sync", "Commitment"),
    "compliance_visits": QT_TRANSLATE_NOOP("Sync", "Compliance visit"),
    "consent_records": QT_TRANSLATE_NOOP("Sync", "Consent"),
    "grievances": QT_TRANSLATE_NOOP("Sync", "Grievance"),
    "memberships": QT_TRANSLATE_NOOP("Sync", "Cooperative membership"),
    "signatories": QT_TRANSLATE_NOOP("Sync", "Signatory"),
    "benefit_deliveries": QT_TRANSLATE_NOOP("Sync", "Benefit delivery"),
    "deliveries": QT_TRANSLATE_NOOP("Sync", "Coffee delivery"),
    "incidents": QT_TRANSLATE_NOOP("Sync", "Data protection incident"),
    "audit_entries": QT_TRANSLATE_NOOP("Sync", "Audit entry"),
    "person_consents": QT_TRANSLATE_NOOP("Sync", "Person's consent"),
    "prices": QT_TRANSLATE_NOOP("Sync", "Coffee price"),
    "discount_rules": QT_TRANSLATE_NOOP("Sync", "Discount rule"),
    "advances": QT_TRANSLATE_NOOP("Sync", "Advance to a member"),
    "advance_deductions": QT_TRANSLATE_NOOP("Sync", "Deduction for an advance"),
    "station_days": QT_TRANSLATE_NOOP("Sync", "Daily close"),
    "expected_yields": QT_TRANSLATE_NOOP("Sync", "Expected yield"),
}
OF_FAMILY = QT_TRANSLATE_NOOP("Sync", "family {code} ({head})")
#: The record's own words, first found wins.
OWN = ("code", "number", "receipt_number", "topic", "name")
#: Where a record's family is found when it does not name it: (its column, that table).
THROUGH = {"agreement_id": "agreements", "membership_id": "memberships"}


def own_name(table: str, values: dict) -> str:
    if table == "persons":
        return " ".join(str(values.get(part) or "") for part in (
            "given_names", "paternal_surname", "maternal_surname")).strip().replace("  ", " ")
    if table == "families":
        return " ".join(filter(None, (values.get("code"), values.get("head_name"))))
    return next((str(values[key]) for key in OWN if values.get(key)), "")


def family_of(session: Session, table: str, values: dict) -> str:
    """"family CODE (head's name)" of the record, or ""."""
    family_id = values.get("family_id")
    for column, parent in THROUGH.items():
        if family_id is None and values.get(column):
            parents = BY_NAME[parent]
            family_id = session.scalar(select(parents.c.family_id).where(
                parents.c.id == values[column]))
    if table == "families" or not family_id:
        return ""
    families = BY_NAME["families"]
    found = session.execute(select(families.c.code, families.c.head_name).where(
        families.c.id == family_id)).first()
    if found is None:
        return ""
    return translate("Sync", OF_FAMILY).format(code=found.code, head=found.head_name or "?")


def describe(session: Session, table: str, values: dict) -> str:
    """"Member Ana Núñez, family F-LA-000003 (Rosa Quispe)" in the current language."""
    kind = translate("Sync", KINDS[table]) if table in KINDS else table
    words = [kind, own_name(table, values)]
    family = family_of(session, table, values)
    text = " ".join(word for word in words if word)
    return f"{text}, {family}" if family else text

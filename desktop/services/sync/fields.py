"""How a conflict names a record's fields: each column by the label its area declares (the
areas' fields.py: a field is declared once), and the columns no form shows (the links between
records, the deletion mark, an agreement's plots…) by the labels declared here, the only place
they are.
"""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements import fields as agreements
from desktop.services.cooperative import fields as cooperative
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT, REF, TEXT, Field
from desktop.services.people import fields as people
from desktop.services.registry import fields as registry
from desktop.services.sync.tables import BY_NAME, PLOTS, decode
from desktop.services.training import fields as training

#: The columns of synced records that no area's form declares.
SYNC_FIELDS = [
    Field("deleted_at", QT_TRANSLATE_NOOP("Fields", "Deleted on"), DATE),
    Field("family_id", QT_TRANSLATE_NOOP("Fields", "Family"), REF),
    Field("person_id", QT_TRANSLATE_NOOP("Fields", "Family member"), REF),
    Field("agreement_id", QT_TRANSLATE_NOOP("Fields", "Agreement"), REF),
    Field("previous_id", QT_TRANSLATE_NOOP("Fields", "Renews agreement"), REF),
    Field("session_id", QT_TRANSLATE_NOOP("Fields", "Training session"), REF),
    Field("cooperative_id", QT_TRANSLATE_NOOP("Fields", "Cooperative"), REF),
    Field("benefit_id", QT_TRANSLATE_NOOP("Fields", "Benefit"), REF),
    Field("lot_id", QT_TRANSLATE_NOOP("Fields", "Lot"), REF),
    Field(PLOTS, QT_TRANSLATE_NOOP("Fields", "Plots covered"), REF),
    Field("benefits_suspended", QT_TRANSLATE_NOOP("Fields", "Benefits suspended"), BOOL),
    Field("not_renewed_reason", QT_TRANSLATE_NOOP("Fields", "Why it was not renewed"), CHOICE,
          choices="not_renewed"),
    Field("not_renewed_note", QT_TRANSLATE_NOOP("Fields", "Note on not renewing"), TEXT),
    Field("boundary_geojson", QT_TRANSLATE_NOOP("Fields", "Boundary"), TEXT),
    Field("received_by_name", QT_TRANSLATE_NOOP("Fields", "Received by"), TEXT),
    Field("sequence", QT_TRANSLATE_NOOP("Fields", "Sequence number"), INT),
    Field("noticed_at", QT_TRANSLATE_NOOP("Fields", "Noticed on"), DATE),
    Field("authority_notified_at", QT_TRANSLATE_NOOP("Fields", "Authority notified on"), DATE),
    Field("fingerprint", QT_TRANSLATE_NOOP("Fields", "Printed version"), TEXT),
    Field("entity_id", QT_TRANSLATE_NOOP("Fields", "Record"), REF),
    Field("membership_id", QT_TRANSLATE_NOOP("Fields", "Member"), REF),
    Field("advance_id", QT_TRANSLATE_NOOP("Fields", "Advance"), REF),
    Field("community_id", QT_TRANSLATE_NOOP("Fields", "Community"), REF),
    Field("paid_on", QT_TRANSLATE_NOOP("Fields", "Paid on"), DATE),
    Field("amount_pen", QT_TRANSLATE_NOOP("Fields", "Amount (S/)"), DECIMAL, places=2,
          unit="pen"),
    Field("day", QT_TRANSLATE_NOOP("Fields", "Day"), DATE),
    Field("closed_at", QT_TRANSLATE_NOOP("Fields", "Closed at"), DATE),
    Field("closed_by", QT_TRANSLATE_NOOP("Fields", "Closed by"), TEXT),
    Field("reopened_at", QT_TRANSLATE_NOOP("Fields", "Reopened at"), DATE),
    Field("reopened_by", QT_TRANSLATE_NOOP("Fields", "Reopened by"), TEXT),
    Field("reopen_reason", QT_TRANSLATE_NOOP("Fields", "Why it was reopened"), TEXT),
]
#: A commitment's columns (no form of its own declares them: the agreement's lists them).
COMMITMENT_FIELDS = [
    Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind of commitment"), CHOICE, choices="commitment"),
    Field("text", QT_TRANSLATE_NOOP("Fields", "Commitment"), TEXT),
    Field("position", QT_TRANSLATE_NOOP("Fields", "Order"), INT),
]

#: Each synced table's declarations, its own area's first.
DECLARED: dict[str, list[list[Field]]] = {
    "communities": [registry.COMMUNITY_FIELDS],
    "families": [registry.FAMILY_FIELDS],
    "persons": [registry.PERSON_FIELDS],
    "plots": [registry.PLOT_FIELDS],
    "agreements": [agreements.AGREEMENT_FIELDS, [agreements.SIGNED_ON,
                                                 agreements.NO_FOREST_REASON]],
    "commitments": [COMMITMENT_FIELDS],
    "benefits": [agreements.BENEFIT_FIELDS],
    "benefit_deliveries": [agreements.BENEFIT_DELIVERY_FIELDS],
    "signatories": [agreements.SIGNATORY_FIELDS],
    "compliance_visits": [agreements.VISIT_FIELDS],
    "consent_records": [agreements.CONSENT_FIELDS],
    "grievances": [agreements.GRIEVANCE_FIELDS],
    "cooperatives": [cooperative.COOPERATIVE_FIELDS],
    "memberships": [cooperative.MEMBERSHIP_FIELDS],
    "deliveries": [cooperative.DELIVERY_FIELDS, cooperative.DISCOUNT_RULE_FIELDS],
    "prices": [cooperative.PRICE_FIELDS],
    "discount_rules": [cooperative.DISCOUNT_RULE_FIELDS],
    "advances": [cooperative.ADVANCE_FIELDS],
    "expected_yields": [cooperative.EXPECTED_YIELD_FIELDS],
    "lots": [cooperative.LOT_FIELDS],
    "incidents": [people.INCIDENT_FIELDS],
    "person_consents": [people.PERSON_CONSENT_FIELDS],
    "training_sessions": [training.TRAINING_SESSION_FIELDS],
    "attendance": [training.ATTENDANCE_FIELDS],
    "audit_entries": [people.AUDIT_FIELDS],
}


def field_of(table: str, column: str) -> Field | None:
    """The declaration of `column` of `table`: its area's, else the sync's own."""
    for fields in [*DECLARED.get(table, []), SYNC_FIELDS]:
        for field in fields:
            if field.name == column:
                return field
    return None


def title(table: str, column: str, lang: str | None = None) -> str:
    """The field's label in `lang` (the column's name, spaced, if nothing declares it)."""
    field = field_of(table, column)
    return field.title(lang) if field is not None else column.replace("_", " ")


def shown(table: str, column: str, value, lang: str | None = None) -> str:
    """A conflict's value as a person reads it: choices and yes/no by their labels, dates
    and numbers in `lang`'s format; links and anything else as kept."""
    if value is None or value == "":
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    field = field_of(table, column)
    if field is None or field.kind == REF or field.kind == TEXT:
        return str(value)
    try:
        column_of = BY_NAME[table].c.get(column)
        typed = decode(column_of, value) if column_of is not None else value
        if field.kind == DATE and hasattr(typed, "date"):
            typed = typed.date()
        return field.display(typed, lang)
    except (ValueError, KeyError, TypeError, ArithmeticError):
        return str(value)

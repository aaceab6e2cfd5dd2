"""The audit as people read it: who did what and when, filtered by person, record, kind of
change and dates, with old and new values under the fields' own labels (issue 14 item 3).

desktop.db.hooks writes an entry on every change with the signed-in name; this module only
reads them, a page at a time, newest first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.audit import AuditEntry
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_date, fmt_datetime
from desktop.i18n.labels import label
from desktop.services.agreements import fields as agreement_fields
from desktop.services.cooperative import fields as cooperative_fields
from desktop.services.cooperative.discounts import DiscountTerms
from desktop.services.fields import DATE
from desktop.services.people.fields import AUDIT_FIELDS, PERSON_CONSENT_FIELDS, USER_FIELDS
from desktop.services.people.permissions import require
from desktop.services.registry import fields as registry_fields
from desktop.services.training import fields as training_fields

AUDIT_TITLE = QT_TRANSLATE_NOOP("Audit", "Audit")
#: What each table's records are called.
RECORDS = {
    "families": QT_TRANSLATE_NOOP("Audit", "Family"),
    "persons": QT_TRANSLATE_NOOP("Audit", "Member"),
    "plots": QT_TRANSLATE_NOOP("Audit", "Plot"),
    "communities": QT_TRANSLATE_NOOP("Audit", "Community"),
    "agreements": QT_TRANSLATE_NOOP("Audit", "Agreement"),
    "commitments": QT_TRANSLATE_NOOP("Audit", "Commitment"),
    "benefits": QT_TRANSLATE_NOOP("Audit", "Benefit"),
    "benefit_deliveries": QT_TRANSLATE_NOOP("Audit", "Benefit delivered"),
    "signatories": QT_TRANSLATE_NOOP("Audit", "Signatory"),
    "compliance_visits": QT_TRANSLATE_NOOP("Audit", "Compliance visit"),
    "consent_records": QT_TRANSLATE_NOOP("Audit", "Consent"),
    "person_consents": QT_TRANSLATE_NOOP("Audit", "Consent of a person"),
    "grievances": QT_TRANSLATE_NOOP("Audit", "Grievance"),
    "training_sessions": QT_TRANSLATE_NOOP("Audit", "Training session"),
    "attendance": QT_TRANSLATE_NOOP("Audit", "Attendance"),
    "cooperatives": QT_TRANSLATE_NOOP("Audit", "Cooperative"),
    "memberships": QT_TRANSLATE_NOOP("Audit", "Cooperative member"),
    "deliveries": QT_TRANSLATE_NOOP("Audit", "Delivery"),
    "lots": QT_TRANSLATE_NOOP("Audit", "Lot"),
    "prices": QT_TRANSLATE_NOOP("Audit", "Price"),
    "discount_rules": QT_TRANSLATE_NOOP("Audit", "Discount rule"),
    "expected_yields": QT_TRANSLATE_NOOP("Audit", "Expected yield"),
    "advances": QT_TRANSLATE_NOOP("Audit", "Advance"),
    "advance_deductions": QT_TRANSLATE_NOOP("Audit", "Deduction for an advance"),
    "station_days": QT_TRANSLATE_NOOP("Audit", "Station day (cash close)"),
    "users": QT_TRANSLATE_NOOP("Audit", "User"),
    "demo": QT_TRANSLATE_NOOP("Audit", "Demo data"),
}
#: What was done.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "created"),
    "update": QT_TRANSLATE_NOOP("Audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "restore": QT_TRANSLATE_NOOP("Audit", "restored"),
    "erase": QT_TRANSLATE_NOOP("Audit", "erased"),
    "reprint": QT_TRANSLATE_NOOP("Audit", "printed again"),
}


def _declared() -> tuple[dict[str, dict[str, object]], dict[str, object]]:
    """Per table, column name -> its Field; and the same for any table (first one wins)."""
    f = (registry_fields, agreement_fields, training_fields, cooperative_fields)
    by_table = {
        "families": registry_fields.FAMILY_FIELDS, "persons": registry_fields.PERSON_FIELDS,
        "plots": registry_fields.PLOT_FIELDS, "communities": registry_fields.COMMUNITY_FIELDS,
        "agreements": agreement_fields.AGREEMENT_FIELDS,
        "benefits": agreement_fields.BENEFIT_FIELDS,
        "benefit_deliveries": agreement_fields.BENEFIT_DELIVERY_FIELDS,
        "signatories": agreement_fields.SIGNATORY_FIELDS,
        "compliance_visits": agreement_fields.VISIT_FIELDS,
        "consent_records": agreement_fields.CONSENT_FIELDS,
        "person_consents": PERSON_CONSENT_FIELDS,
        "grievances": agreement_fields.GRIEVANCE_FIELDS,
        "training_sessions": training_fields.TRAINING_SESSION_FIELDS,
        "attendance": training_fields.ATTENDANCE_FIELDS,
        "cooperatives": cooperative_fields.COOPERATIVE_FIELDS,
        "memberships": cooperative_fields.MEMBERSHIP_FIELDS,
        # a delivery keeps the values of the discount rule it applied, under the rule's labels
        "deliveries": cooperative_fields.DELIVERY_FIELDS + [
            f for f in cooperative_fields.DISCOUNT_RULE_FIELDS if f.name in DiscountTerms.NAMES],
        "lots": cooperative_fields.LOT_FIELDS,
        "prices": cooperative_fields.PRICE_FIELDS,
        "discount_rules": cooperative_fields.DISCOUNT_RULE_FIELDS,
        "expected_yields": cooperative_fields.EXPECTED_YIELD_FIELDS,
        "advances": cooperative_fields.ADVANCE_FIELDS,
        "station_days": cooperative_fields.STATION_DAY_FIELDS,
        "users": USER_FIELDS,
    }
    anywhere: dict[str, object] = {}
    for module in f:
        for name in dir(module):
            if name.endswith("FIELDS") and isinstance(getattr(module, name), list):
                for item in getattr(module, name):
                    anywhere.setdefault(item.name, item)
    return ({table: {item.name: item for item in items} for table, items in by_table.items()},
            anywhere)


_BY_TABLE, _ANYWHERE = _declared()
#: Columns that say nothing to a reader (the record's own key; a receipt's serial, which its
#: number already shows).
UNREAD = {"id", "sequence"}
#: Columns holding a comma-separated list of codes, and the kind of their labels.
CODE_LISTS = {"flags": "delivery_flag"}


def _field(name: str, entity: str | None):
    """Its table's own field first (a community's "name" is not a user's)."""
    return _BY_TABLE.get(entity or "", {}).get(name) or (
        None if entity in _BY_TABLE else _ANYWHERE.get(name))


def field_title(name: str, lang: str | None = None, entity: str | None = None) -> str:
    """A changed column under its label in `lang`; its own name when no form shows it."""
    declared = _field(name, entity)
    return declared.title(lang) if declared is not None else name


def _shown(value, declared, lang: str | None) -> str:
    """A stored value as people read it: a code of a list under its label."""
    if value in (None, ""):
        return "—"
    if declared is not None and declared.choices and isinstance(value, (str, bool)):
        return label(declared.choices, value, lang)
    if declared is not None and declared.name in CODE_LISTS and isinstance(value, str):
        return "; ".join(label(CODE_LISTS[declared.name], code, lang)
                         for code in value.split(",") if code)
    if declared is not None and declared.name.endswith("_at") and isinstance(value, str) \
            and "T" in value:
        try:  # a timestamp as the audit stores it (ISO, UTC)
            return fmt_datetime(datetime.fromisoformat(value), lang)
        except ValueError:
            pass
    if declared is not None and declared.kind == DATE and isinstance(value, str):
        try:
            return fmt_date(date.fromisoformat(value), lang)
        except ValueError:
            pass  # an old entry with another form: shown as stored
    return str(value)


def record_title(entity: str, lang: str | None = None) -> str:
    return translate("Audit", RECORDS[entity], lang) if entity in RECORDS else entity


def action_title(action: str, lang: str | None = None) -> str:
    return translate("Audit", ACTIONS[action], lang) if action in ACTIONS else action


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    entity: str | None = None  # a table name (RECORDS' keys)
    action: str | None = None
    record_id: str | None = None
    #: Several records at once (a family's detail: the family, its members, its plots).
    record_ids: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime
    user: str
    action: str
    entity: str
    entity_id: str
    #: (column, old, new) for each changed column.
    changes: tuple = field(default_factory=tuple)
    workstation: str = ""
    reason: str = ""

    def value(self, name: str):
        return getattr(self, name)

    def cells(self, lang: str | None = None) -> list[str]:
        """The row as the page and the workbook show it (AUDIT_FIELDS' order)."""
        shown = {"at": fmt_datetime(self.at, lang), "user": self.user,
                 "workstation": self.workstation, "action": action_title(self.action, lang),
                 "entity": record_title(self.entity, lang), "changes": self.described(lang),
                 "reason": self.reason}
        return [shown[f.name] for f in AUDIT_FIELDS]

    def described(self, lang: str | None = None) -> str:
        """"Estado: draft → signed; Notas: … → …" in `lang`."""
        parts = []
        for column, old, new in self.changes:
            if column in UNREAD or column.endswith("_id"):  # keys say nothing to a reader
                continue
            declared = _field(column, self.entity)
            title = declared.title(lang) if declared is not None else column
            if self.action == "update":
                parts.append(f"{title}: {_shown(old, declared, lang)} → "
                             f"{_shown(new, declared, lang)}")
            else:
                parts.append(f"{title}: {_shown(new if new is not None else old, declared, lang)}")
        return "; ".join(parts)


def _where(flt: AuditFilter) -> list:
    clauses = []
    if flt.user:
        clauses.append(AuditEntry.user == flt.user)
    if flt.entity:
        clauses.append(AuditEntry.entity == flt.entity)
    if flt.action:
        clauses.append(AuditEntry.action == flt.action)
    if flt.record_id:
        clauses.append(AuditEntry.entity_id == flt.record_id)
    if flt.record_ids:
        clauses.append(AuditEntry.entity_id.in_(flt.record_ids))
    if flt.date_from:
        clauses.append(AuditEntry.at >= datetime.combine(flt.date_from, time(), timezone.utc))
    if flt.date_to:
        clauses.append(AuditEntry.at < datetime.combine(flt.date_to + timedelta(days=1), time(),
                                                        timezone.utc))
    return clauses


def _row(entry: AuditEntry) -> AuditRow:
    try:
        raw = json.loads(entry.changes or "{}")
    except ValueError:
        raw = {}
    changes = []
    for column, value in sorted(raw.items()):
        if isinstance(value, list) and len(value) == 2:
            changes.append((column, value[0], value[1]))
        else:
            changes.append((column, None, value))
    return AuditRow(entry.id, entry.at, entry.user, entry.action, entry.entity, entry.entity_id,
                    tuple(changes), entry.workstation, entry.reason)


def list_entries(session: Session, flt: AuditFilter | None = None, offset: int = 0,
                 limit: int = 200) -> list[AuditRow]:
    """The entries matching `flt`, newest first (administrators and coordinators only)."""
    require(session, "audit.read")
    query = select(AuditEntry).where(*_where(flt or AuditFilter())) \
        .order_by(AuditEntry.at.desc(), AuditEntry.id).offset(offset).limit(limit)
    return [_row(e) for e in session.scalars(query)]


def count_entries(session: Session, flt: AuditFilter | None = None) -> int:
    require(session, "audit.read")
    return session.scalar(select(func.count()).select_from(AuditEntry)
                          .where(*_where(flt or AuditFilter())))


def audit_users(session: Session) -> list[str]:
    """Everyone named in the audit, for the filter."""
    require(session, "audit.read")
    return list(session.scalars(select(AuditEntry.user).distinct().order_by(AuditEntry.user)))


def record_history(session: Session, *record_ids: str) -> list[AuditRow]:
    """Everything that happened to some records, oldest first (a detail view's history), in
    one query."""
    return list(reversed(list_entries(session, AuditFilter(record_ids=record_ids),
                                      limit=10_000)))


__all__ = ["AUDIT_TITLE", "AuditFilter", "AuditRow", "action_title", "audit_users", "count_entries",
           "field_title", "list_entries", "record_history", "record_title"]

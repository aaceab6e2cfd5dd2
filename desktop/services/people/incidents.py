"""The incident log (Ley 29733, DS 016-2024-JUS; issue 14 item 5): what happened to the
register's data, and whether the Autoridad Nacional de Protección de Datos Personales was
told within 48 hours of the office learning of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.incident import Incident
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check, live
from desktop.services.errors import FieldError
from desktop.services.fields import parse_values
from desktop.services.people.fields import INCIDENT_FIELDS
from desktop.services.people.permissions import require

#: DS 016-2024-JUS: the authority is told within 48 hours of learning of an incident.
NOTIFY_WITHIN = timedelta(hours=48)


@dataclass(frozen=True)
class IncidentRow:
    """An incident as the log shows it (the fields of INCIDENT_FIELDS, by name)."""

    id: str
    happened_on: date
    noticed_on: date
    what: str
    people_affected: int
    measures: str
    due_on: date
    authority_notified_on: date | None
    people_notified: bool
    recorded_by: str
    due_at: datetime

    def overdue(self, now: datetime) -> bool:
        return self.authority_notified_on is None and now >= self.due_at


def _row(incident: Incident) -> IncidentRow:
    due = incident.noticed_at + NOTIFY_WITHIN
    notified = incident.authority_notified_at
    return IncidentRow(incident.id, incident.happened_on, incident.noticed_at.date(),
                       incident.what, incident.people_affected, incident.measures, due.date(),
                       notified.date() if notified else None, incident.people_notified,
                       incident.recorded_by, due)


def list_incidents(session: Session) -> list[IncidentRow]:
    """Newest first."""
    require(session, "incidents.manage")
    return [_row(i) for i in session.scalars(select(Incident).where(
        Incident.deleted_at.is_(None)).order_by(Incident.noticed_at.desc()))]


def waiting_for_notice(session: Session) -> list[IncidentRow]:
    """Incidents the authority has not been told of yet, the most urgent first."""
    return sorted((r for r in list_incidents(session) if r.authority_notified_on is None),
                  key=lambda r: r.due_at)


def _moment(day: date, now: datetime) -> datetime:
    """A day typed in a form as a moment: now when it is today, else noon of that day."""
    return now if day == now.date() else datetime.combine(day, time(12), timezone.utc)


def save_incident(session: Session, raw: dict, incident_id: str | None = None,
                  now: datetime | None = None) -> Incident:
    require(session, "incidents.manage")
    now = now or datetime.now(timezone.utc)
    incident = live(session, Incident, incident_id, "incident") if incident_id else Incident()
    values, errors = parse_values(INCIDENT_FIELDS, raw, only_given=incident_id is not None)
    happened = values.get("happened_on", incident.happened_on)
    noticed = values.get("noticed_on") or (incident.noticed_at.date() if incident_id else None)
    if happened and noticed and noticed < happened:
        errors.append(FieldError("noticed_on", QT_TRANSLATE_NOOP(
            "Validation", "One cannot learn of an incident before it happens.")))
    if happened and happened > now.date():
        errors.append(FieldError("happened_on", QT_TRANSLATE_NOOP(
            "Validation", "This date is in the future.")))
    notified = values.get("authority_notified_on")
    if notified and noticed and notified < noticed:
        errors.append(FieldError("authority_notified_on", QT_TRANSLATE_NOOP(
            "Validation", "The authority cannot be told before the office learnt of it.")))
    if values.get("people_affected") is not None and values["people_affected"] < 0:
        errors.append(FieldError("people_affected", QT_TRANSLATE_NOOP(
            "Validation", "Give zero or more people.")))
    check(errors)
    for key in ("happened_on", "what", "people_affected", "measures", "people_notified"):
        if key in values:
            setattr(incident, key, values[key] if values[key] is not None else
                    (0 if key == "people_affected" else values[key]))
    if "noticed_on" in values:
        incident.noticed_at = _moment(values["noticed_on"], now)
    if "authority_notified_on" in values:
        incident.authority_notified_at = (_moment(notified, now) if notified else None)
    if incident_id is None:
        actor = session.info.get("actor")
        incident.recorded_by = actor.name if actor else ""
        session.add(incident)
    session.commit()
    return incident


def incident_values(row: IncidentRow) -> dict:
    """The form's values for editing an incident."""
    return {f.name: getattr(row, f.name) for f in INCIDENT_FIELDS if f.in_form}


__all__ = ["NOTIFY_WITHIN", "IncidentRow", "incident_values", "list_incidents",
           "save_incident", "waiting_for_notice"]

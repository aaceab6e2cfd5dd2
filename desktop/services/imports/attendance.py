"""Importing training attendance: one row per participant.

Rows with the same date, topic and community are one session, checked and written
together. A known DNI links the member; anyone else is an unregistered participant.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.db.community import Community
from desktop.db.training import Attendance, TrainingSession
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services import registry
from desktop.services import training as training_service
from desktop.services.errors import FieldError
from desktop.services.fields import by_name
from desktop.services.registry.fields import COMMUNITY_FIELDS, PERSON_FIELDS
from desktop.services.training.rules import session_rules, stamps
from desktop.services.imports.columns import LAST_NAMES, Column, ImportKind, SheetSpec
from desktop.services.imports.results import CREATE, SAME, UPDATE
from desktop.services.imports.rows import Row
from desktop.services.imports.transaction import Run, living_person, set_values
from desktop.textnorm import fold

_PERSON = by_name(PERSON_FIELDS)
_SESSION = by_name(training_service.TRAINING_SESSION_FIELDS)

ATTENDANCE_COLUMNS = (
    Column("held_on", _SESSION["held_on"], "fecha", "date", required=True),
    Column("topic", _SESSION["topic"], "tema", "topic", required=True),
    Column("kind", _SESSION["kind"], "tipo", "kind", required=True),
    Column("community", dataclasses.replace(COMMUNITY_FIELDS[0], required=False),
           "comunidad", "community", also=("community_id",),
           hint=QT_TRANSLATE_NOOP("Import", "A community that does not exist yet is created.")),
    Column("dni", _PERSON["dni"], "dni", "dni",
           hint=QT_TRANSLATE_NOOP("Import", "A registered member is found by DNI; anyone else "
                                  "is recorded as an unregistered participant.")),
    Column("given_names", _PERSON["given_names"], "nombres", "first_names", also=("name",)),
    Column("last_names", LAST_NAMES, "apellidos", "last_names"),
    Column("sex", _PERSON["sex"], "sexo", "sex"),
    Column("place", _SESSION["place"], "lugar", "place", in_template=False),
    Column("facilitator", _SESSION["facilitator"], "facilitador", "facilitator",
           in_template=False),
    Column("hours", _SESSION["hours"], "horas", "hours", in_template=False),
)


def _import_attendance(run: Run, rows: dict[str, list[Row]]) -> None:
    groups: dict[tuple, list[Row]] = {}
    for row in rows["main"]:
        held_on, topic = row.require("held_on"), row.require("topic")
        community = row.get("community")
        if held_on is None or topic is None:
            run.tick()
            continue
        groups.setdefault((held_on, fold(topic), fold(community or "")), []).append(row)
    for group in groups.values():
        _session_group(run, group)
        run.tick(len(group))


def _session_group(run: Run, group: list[Row]) -> None:
    session = run.session
    first = group[0]
    kind_row, kind = None, None
    for row in group:
        value = row.get("kind")
        if value is None:
            continue
        if kind is None:
            kind_row, kind = row, value
        elif value != kind:
            row.fail_message("kind", QT_TRANSLATE_NOOP(
                "Validation", "Row {row} gives another kind for the same session."),
                row=kind_row.number)
    held_on, topic, name = first.get("held_on"), first.get("topic"), first.get("community")
    place = next((r.get("place") for r in group if r.get("place")), None)
    facilitator = next((r.get("facilitator") for r in group if r.get("facilitator")), None)
    hours = next((r.get("hours") for r in group if r.get("hours") is not None), None)
    community = None
    if name:
        community = session.scalar(select(Community).where(
            Community.name_folded == fold(name), Community.deleted_at.is_(None)).limit(1))
    training = None
    if community is not None or not name:  # a community not registered yet has no sessions
        query = select(TrainingSession).where(
            TrainingSession.held_on == held_on, TrainingSession.deleted_at.is_(None),
            func.fold(TrainingSession.topic) == fold(topic),
            TrainingSession.community_id == community.id if community is not None
            else TrainingSession.community_id.is_(None))
        training = session.scalar(query.order_by(TrainingSession.created_at).limit(1))
    errors = []
    if training is None:
        if kind is None:
            for row in group:
                if "kind" not in row.bad_keys:
                    row.require("kind")
        values = {"held_on": held_on, "hours": hours, "place": place,
                  "community_id": community.id if community else None}
        merged = {**values, "community_id": community.id if community else name}
        errors += [e for e in session_rules(session, values, merged)
                   if e.field != "community_id"]
    if held_on > date.today():
        errors.append(FieldError("held_on", QT_TRANSLATE_NOOP(
            "Validation", "This session is planned for a later date; record its attendance "
            "once it has been held.")))
    for row in group:
        for error in errors:
            row.fail_field(error)
    participants = [_participant(run, row) for row in group]
    keys, added = [], {}
    for row, (person, guest_name, _) in zip(group, participants):
        key = (person.id, "") if person is not None else ("", fold(guest_name or ""))
        keys.append(key)
        if key in added:
            row.fail_message("dni" if person is not None else "given_names", QT_TRANSLATE_NOOP(
                "Validation", "{name} appears twice for this session (rows {first} and {row})."),
                name=guest_name, first=added[key], row=row.number)
        else:
            added[key] = row.number
    if any(row.failed for row in group):
        run.hold(group, QT_TRANSLATE_NOOP(
            "Validation", "Kept back with its session: correct row(s) {rows} first."))
        return
    if training is None:
        if community is None and name:
            community = run.community(first, "community", name)
        training = TrainingSession(held_on=held_on, topic=topic, kind=kind,
                                   community_id=community.id if community else None,
                                   place=place or "", facilitator=facilitator or "",
                                   hours=hours or Decimal(0))
        session.add(training)
        run.flush(first)
        run.change(first, "training_session", CREATE, f"{held_on.isoformat()} · {topic}")
    else:
        changed = set_values(training, {"kind": kind, "place": place, "facilitator": facilitator,
                                      "hours": hours})
        run.flush(first)
        run.change(first, "training_session", UPDATE if changed else SAME,
                   f"{held_on.isoformat()} · {training.topic}")
    present = {(a.person_id or "", fold(a.name) if not a.person_id else "")
               for a in training.attendance if a.deleted_at is None}
    for row, key, (person, guest_name, sex) in zip(group, keys, participants):
        if key in present:
            run.change(row, "attendance", SAME, guest_name)
            continue
        stamp = stamps(session, training.id, 1)[0]
        if person is not None:
            line = Attendance(session_id=training.id, person_id=person.id, name=person.full_name,
                              sex=person.sex, created_at=stamp,
                              age_band=training_service.age_band(person.birth_date, held_on))
        else:
            line = Attendance(session_id=training.id, person_id=None, name=guest_name, sex=sex,
                              created_at=stamp)
        session.add(line)
        run.flush(row)
        run.change(row, "attendance", CREATE, line.name)


def _participant(run: Run, row: Row):
    """(person, None, None) for a registered member, else (None, name, sex)."""
    dni = row.get("dni")
    if dni and not registry.DNI_RE.match(dni):
        row.fail_message("dni", QT_TRANSLATE_NOOP("Validation", "A DNI has exactly 8 digits."))
        dni = None
    person = living_person(run.session, dni) if dni else None
    given, surnames = row.get("given_names"), row.get("last_names")
    sex = row.get("sex")
    if person is not None:  # the member's own name and sex, as registered
        return person, person.full_name, person.sex
    if dni and "dni" not in row.bad_keys:
        run.note(row, QT_TRANSLATE_NOOP(
            "Validation", "No member has DNI {dni}: recorded as an unregistered participant."),
            dni=dni)
    name = " ".join(p for p in (given, surnames) if p)
    if not name and "given_names" not in row.bad_keys:
        row.require("given_names")
    if sex is None and "sex" not in row.bad_keys:
        row.require("sex")
    return None, name, sex


KIND = ImportKind(
    "attendance", QT_TRANSLATE_NOOP("Import", "Training attendance"),
    (SheetSpec("main", "Attendance", "Asistencia", ATTENDANCE_COLUMNS),),
    _import_attendance,
    QT_TRANSLATE_NOOP("Import", "One row per participant. Rows with the same date, topic and "
                      "community are one session. A participant whose DNI is registered is "
                      "linked to the member; anyone else is recorded with name and sex as an "
                      "unregistered participant. Importing the file again adds no one twice."))

"""Attendance: who came to a held session, as registered members or unregistered guests, in
the order the list was taken; nobody twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.training import Attendance, TrainingSession
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check, utcnow
from desktop.services.errors import FieldError, NotFound, ValidationError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require
from desktop.services.training.fields import ATTENDANCE_FIELDS
from desktop.services.training.rules import age_band, stamps
from desktop.services.training.sessions import get_session
from desktop.textnorm import fold


@dataclass(frozen=True)
class AttendanceRow:
    id: str
    number: int
    person_id: str | None
    name: str
    dni: str
    family_code: str
    sex: str
    age_band: str | None
    registered: bool

    def value(self, name: str):
        return getattr(self, name)


def list_attendance(session: Session, session_id: str) -> list[AttendanceRow]:
    """Who attended, in the order they were recorded."""
    get_session(session, session_id)
    stmt = (select(Attendance, Person, Family.code)
            .outerjoin(Person, Person.id == Attendance.person_id)
            .outerjoin(Family, Family.id == Person.family_id)
            .where(Attendance.session_id == session_id, Attendance.deleted_at.is_(None))
            .order_by(Attendance.created_at, Attendance.id))
    rows = []
    for number, (row, person, code) in enumerate(session.execute(stmt), start=1):
        rows.append(AttendanceRow(
            row.id, number, row.person_id, person.full_name if person else row.name,
            (person.dni or "") if person else "", code or "",
            person.sex if person else row.sex, row.age_band, person is not None))
    return rows


def attending_ids(session: Session, session_id: str) -> set[str]:
    return set(session.scalars(select(Attendance.person_id).where(
        Attendance.session_id == session_id, Attendance.deleted_at.is_(None),
        Attendance.person_id.is_not(None))))


def _open_for_attendance(session: Session, session_id: str) -> TrainingSession:
    training = get_session(session, session_id)
    if training.held_on > date.today():
        raise ValidationError.single("session", QT_TRANSLATE_NOOP(
            "Validation", "This session is planned for a later date; record its attendance once "
            "it has been held."))
    return training


def _duplicate(name: str) -> FieldError:
    return FieldError("person", QT_TRANSLATE_NOOP(
        "Validation", "{name} is already on the attendance list of this session."),
        {"name": name})


def add_members(session: Session, session_id: str, person_ids: list[str]) -> list[Attendance]:
    """Mark registered members as present: all of them, or none when one is refused."""
    require(session, "training.edit")
    training = _open_for_attendance(session, session_id)
    present = attending_ids(session, session_id)
    errors, persons, seen = [], [], set()
    for person_id in person_ids:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound("person", person_id)
        if person_id in present or person_id in seen:
            errors.append(_duplicate(person.full_name))
            continue
        seen.add(person_id)
        persons.append(person)
    check(errors)
    rows = [Attendance(session_id=training.id, person_id=p.id, name=p.full_name, sex=p.sex,
                       age_band=age_band(p.birth_date, training.held_on), created_at=stamp)
            for p, stamp in zip(persons, stamps(session, training.id, len(persons)))]
    session.add_all(rows)
    try:
        session.commit()
    except IntegrityError:  # someone else marked the same person in between
        session.rollback()
        raise ValidationError(FieldError("person", QT_TRANSLATE_NOOP(
            "Validation", "One of these people is already on the attendance list of this "
            "session."))) from None
    return rows


def add_member(session: Session, session_id: str, person_id: str) -> Attendance:
    """Mark one registered member as present; refused when already on the list."""
    require(session, "training.edit")
    return add_members(session, session_id, [person_id])[0]


def add_guest(session: Session, session_id: str, raw: dict) -> Attendance:
    """An unregistered participant (student, visitor) with name, sex and age band."""
    require(session, "training.edit")
    training = _open_for_attendance(session, session_id)
    values, errors = parse_values(ATTENDANCE_FIELDS, raw)
    check(errors)
    folded = fold(values["name"])
    guests = session.scalars(select(Attendance).where(
        Attendance.session_id == training.id, Attendance.deleted_at.is_(None),
        Attendance.person_id.is_(None)))
    for row in guests:
        if fold(row.name) == folded:
            raise ValidationError(FieldError("name", QT_TRANSLATE_NOOP(
                "Validation", "{name} is already on the attendance list of this session."),
                {"name": row.name}))
    row = Attendance(session_id=training.id, person_id=None,
                     created_at=stamps(session, training.id, 1)[0], **values)
    session.add(row)
    session.commit()
    return row


def remove_attendance(session: Session, attendance_id: str) -> None:
    require(session, "training.edit")
    row = session.get(Attendance, attendance_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("attendance", attendance_id)
    row.deleted_at = utcnow()
    session.commit()

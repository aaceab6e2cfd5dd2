"""What the printed sign-in sheet lists: the session and the adults of the families invited.

A community can have hundreds of members; the sheet lists only those chosen for the session
(the members already on its list, or the adults of the families named when printing), then
blank numbered lines for everyone else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.training import Attendance
from desktop.services.training.rules import age_on
from desktop.services.training.sessions import get_session
from desktop.textnorm import fold


@dataclass(frozen=True)
class SheetPerson:
    name: str
    dni: str
    family_code: str


@dataclass(frozen=True)
class SheetData:
    id: str
    topic: str
    kind: str
    held_on: date
    community: str
    place: str
    facilitator: str
    hours: Decimal
    people: list[SheetPerson]


def sheet_data(session: Session, session_id: str,
               family_ids: list[str] | None = None) -> SheetData:
    """What the printed sign-in sheet shows: the session and the people invited.

    `family_ids` names the families whose adults are listed; None lists the members already
    on the session's list. Adults are 18 or older on the session's date; a member without a
    birth date is listed too. Sorted by surnames, as people look for their own name.
    """
    training = get_session(session, session_id)
    if family_ids is None:
        # The members chosen for the session (its list), not their whole families.
        chosen = (select(Person, Family.code).join(Family, Family.id == Person.family_id)
                  .join(Attendance, Attendance.person_id == Person.id)
                  .where(Attendance.session_id == training.id,
                         Attendance.deleted_at.is_(None)))
    else:
        chosen = (select(Person, Family.code).join(Family, Family.id == Person.family_id)
                  .where(Family.id.in_(family_ids)))
    people = []
    stmt = chosen.where(Family.deleted_at.is_(None), Person.deleted_at.is_(None))
    for person, code in session.execute(stmt):
        age = age_on(person.birth_date, training.held_on)
        if age is None or age >= 18:
            people.append((fold(f"{person.paternal_surname} {person.maternal_surname} "
                                f"{person.given_names}"),
                           SheetPerson(person.full_name, person.dni or "", code)))
    people.sort(key=lambda pair: pair[0])
    community = training.community.name if training.community else ""
    return SheetData(training.id, training.topic, training.kind, training.held_on, community,
                     training.place, training.facilitator, training.hours,
                     [p for _, p in people])

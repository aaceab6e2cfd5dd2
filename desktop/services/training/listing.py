"""The sessions list: searched, filtered, sorted and paged in SQL, with each session's
participants and women counted there too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.db.community import Community
from desktop.db.person import Person
from desktop.db.training import Attendance, TrainingSession
from desktop.textnorm import fold, like_pattern


@dataclass(frozen=True)
class SessionRow:
    id: str
    held_on: date
    topic: str
    kind: str
    community_id: str | None
    community: str
    place: str
    facilitator: str
    hours: Decimal
    participants: int
    women: int

    def value(self, name: str):
        return getattr(self, name)


def _participants(women_only: bool = False):
    query = select(func.count()).select_from(Attendance).where(
        Attendance.session_id == TrainingSession.id, Attendance.deleted_at.is_(None))
    if women_only:
        query = query.outerjoin(Person, Person.id == Attendance.person_id).where(
            func.coalesce(Person.sex, Attendance.sex) == "F")
    return query.scalar_subquery()


SESSION_SORT = {
    "held_on": TrainingSession.held_on,
    "topic": func.fold(TrainingSession.topic),
    "kind": TrainingSession.kind,
    "community_id": Community.name_folded,
    "place": func.fold(TrainingSession.place),
    "facilitator": func.fold(TrainingSession.facilitator),
    "hours": TrainingSession.hours,
}


def _session_filters(query: str, kind: str | None, community_id: str | None,
                     date_from: date | None, date_to: date | None) -> list:
    clauses = [TrainingSession.deleted_at.is_(None)]
    text = func.fold(TrainingSession.topic + " " + TrainingSession.place + " "
                     + TrainingSession.facilitator + " " + TrainingSession.notes)
    for word in fold(query).split():
        pattern = like_pattern(word)
        clauses.append(or_(text.like(pattern, escape="\\"),
                           Community.name_folded.like(pattern, escape="\\")))
    if kind:
        clauses.append(TrainingSession.kind == kind)
    if community_id:
        clauses.append(TrainingSession.community_id == community_id)
    if date_from:
        clauses.append(TrainingSession.held_on >= date_from)
    if date_to:
        clauses.append(TrainingSession.held_on <= date_to)
    return clauses


def search_sessions(session: Session, query: str = "", kind: str | None = None,
                    community_id: str | None = None, date_from: date | None = None,
                    date_to: date | None = None, sort: str = "held_on",
                    descending: bool = True, offset: int = 0, limit: int = 200) -> list[SessionRow]:
    """One page of living sessions matching every word of `query` and the filters.

    A word matches the topic, place, facilitator, notes or community, ignoring
    case and accents. Newest first by default.
    """
    participants = _participants().label("participants")
    women = _participants(True).label("women")
    computed = {"participants": participants, "women": women}
    sort_column = computed[sort] if sort in computed else SESSION_SORT.get(
        sort, TrainingSession.held_on)
    order = [sort_column.desc() if descending else sort_column.asc(),
             TrainingSession.held_on.desc(), TrainingSession.created_at.desc()]
    stmt = (select(TrainingSession.id, TrainingSession.held_on, TrainingSession.topic,
                   TrainingSession.kind, TrainingSession.community_id,
                   func.coalesce(Community.name, "").label("community"), TrainingSession.place,
                   TrainingSession.facilitator, TrainingSession.hours, participants, women)
            .outerjoin(Community, Community.id == TrainingSession.community_id)
            .where(*_session_filters(query, kind, community_id, date_from, date_to))
            .order_by(*order).offset(offset).limit(limit))
    return [SessionRow(*row) for row in session.execute(stmt)]


def count_sessions(session: Session, query: str = "", kind: str | None = None,
                   community_id: str | None = None, date_from: date | None = None,
                   date_to: date | None = None) -> int:
    stmt = (select(func.count()).select_from(TrainingSession)
            .outerjoin(Community, Community.id == TrainingSession.community_id)
            .where(*_session_filters(query, kind, community_id, date_from, date_to)))
    return session.scalar(stmt)

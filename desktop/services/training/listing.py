"""The sessions list: searched, filtered, sorted and paged in SQL, with each session's
participants and women counted there too."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from decimal import Decimal

from sqlalchemy import func, literal, or_, select, union
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


#: The texts a word of the search is looked for in (with the community's name).
SEARCHED = (TrainingSession.topic, TrainingSession.place, TrainingSession.facilitator,
            TrainingSession.notes)
#: Above this many different values of a text, it is folded in SQL rather than in Python.
FOLDED_HERE = 2000

_fold = lru_cache(maxsize=8192)(fold)


def _word_clauses(session: Session, words: list[str]) -> list:
    """One condition per word: it appears in the topic, place, facilitator, notes or
    community, ignoring case and accents.

    On SQLite fold() is a Python function, and calling it on every session's texts made a
    search of 10,000 sessions take 0.4 s; a programme's topics, places and facilitators
    repeat, so each different text is folded once here and the sessions are found by the
    texts that match (`topic IN (...)`). PostgreSQL folds in SQL (unaccent): unchanged."""
    patterns = [like_pattern(word) for word in words]
    if session.get_bind().dialect.name != "sqlite":
        text = func.fold(TrainingSession.topic + " " + TrainingSession.place + " "
                         + TrainingSession.facilitator + " " + TrainingSession.notes)
        return [or_(text.like(p, escape="\\"), Community.name_folded.like(p, escape="\\"))
                for p in patterns]
    values = [set() for _ in SEARCHED]
    living = TrainingSession.deleted_at.is_(None)
    for index, value in session.execute(union(*(
            select(literal(index), column).where(living)
            for index, column in enumerate(SEARCHED)))):
        values[index].add(value)
    clauses = []
    for word, pattern in zip(words, patterns):
        needle = fold(word)
        alternatives = [Community.name_folded.like(pattern, escape="\\")]
        for column, found in zip(SEARCHED, values):
            if len(found) > FOLDED_HERE:
                alternatives.append(func.fold(column).like(pattern, escape="\\"))
                continue
            matching = [value for value in found if needle in _fold(value)]
            if matching:
                alternatives.append(column.in_(matching))
        clauses.append(or_(*alternatives))
    return clauses


def session_filters(session: Session, query: str = "", kind: str | None = None,
                    community_id: str | None = None, date_from: date | None = None,
                    date_to: date | None = None) -> list:
    """The conditions of a search and its filters, for search_sessions and count_sessions
    (`where=`): a list shows its first page, its count and the pages after with one reading
    of the texts its words are looked for in (see _word_clauses), not one per call."""
    clauses = [TrainingSession.deleted_at.is_(None)]
    words = fold(query).split()
    if words:
        clauses += _word_clauses(session, words)
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
                    descending: bool = True, offset: int = 0, limit: int = 200,
                    where: list | None = None) -> list[SessionRow]:
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
            .where(*(where if where is not None else session_filters(
                session, query, kind, community_id, date_from, date_to)))
            .order_by(*order).offset(offset).limit(limit))
    return [SessionRow(*row) for row in session.execute(stmt)]


def count_sessions(session: Session, query: str = "", kind: str | None = None,
                   community_id: str | None = None, date_from: date | None = None,
                   date_to: date | None = None, where: list | None = None) -> int:
    stmt = (select(func.count()).select_from(TrainingSession)
            .outerjoin(Community, Community.id == TrainingSession.community_id)
            .where(*(where if where is not None else session_filters(
                session, query, kind, community_id, date_from, date_to))))
    return session.scalar(stmt)

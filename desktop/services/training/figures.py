"""The programme's training figures, shared by the Training area and the Excel summary: plain
functions returning dataclasses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_skeleton
from sqlalchemy import (
    Integer, String, case, cast, extract, func, literal, null, select, union_all,
)
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement
from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.training import Attendance, TrainingSession
from desktop.i18n import locale_name
from desktop.i18n.labels import LABELS

PERIODS = ("month", "year")


def share(part: int, whole: int) -> Decimal | None:
    """`part` of `whole` as a percentage rounded to one decimal; None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class GroupFigures:
    """Figures of one group of sessions (all, one kind, one period)."""

    key: object  # the kind code, the first day of the period, or None for all
    sessions: int
    participations: int
    unique_participants: int
    unique_women: int
    women_participations: int

    @property
    def women_share(self) -> Decimal | None:
        """Women among unique participants, in percent (one decimal)."""
        return share(self.unique_women, self.unique_participants)

    @property
    def women_share_of_participations(self) -> Decimal | None:
        return share(self.women_participations, self.participations)


@dataclass(frozen=True)
class TrainingFigures:
    date_from: date | None
    date_to: date | None
    period: str
    total: GroupFigures
    by_kind: list[GroupFigures]
    by_period: list[GroupFigures]
    school_sessions: int
    school_participants: int  # unique participants of school sessions

    # Shortcuts to the totals, as the programme reports them.
    @property
    def sessions(self) -> int:
        return self.total.sessions

    @property
    def participations(self) -> int:
        return self.total.participations

    @property
    def unique_participants(self) -> int:
        return self.total.unique_participants

    @property
    def unique_women(self) -> int:
        return self.total.unique_women

    @property
    def women_share(self) -> Decimal | None:
        return self.total.women_share

    def as_dict(self) -> dict:
        def group(g: GroupFigures) -> dict:
            return {"key": g.key, "sessions": g.sessions, "participations": g.participations,
                    "unique_participants": g.unique_participants,
                    "unique_women": g.unique_women, "women_share": g.women_share}
        return {"date_from": self.date_from, "date_to": self.date_to, "period": self.period,
                **{k: v for k, v in group(self.total).items() if k != "key"},
                "by_kind": [group(g) for g in self.by_kind],
                "by_period": [group(g) for g in self.by_period],
                "school_sessions": self.school_sessions,
                "school_participants": self.school_participants}


def period_start(day: date, period: str) -> date:
    return day.replace(day=1) if period == "month" else day.replace(month=1, day=1)


def period_title(start: date, period: str, lang: str | None = None) -> str:
    """'marzo de 2026' / 'March 2026' for a month, '2026' for a year."""
    if period == "year":
        return str(start.year)
    return format_skeleton("yMMMM", start, locale=locale_name(lang))


def _held_sessions(clauses: list, period: str):
    """The held sessions of the filters, with their kind and the year and month they count
    in (the month is 1 when counting by year): a common table expression."""
    year = cast(extract("year", TrainingSession.held_on), Integer)  # numeric on PostgreSQL
    month = cast(extract("month", TrainingSession.held_on), Integer) if period == "month" \
        else literal(1, Integer)
    return (select(TrainingSession.id, TrainingSession.kind, year.label("y"),
                   month.label("m")).where(*clauses).cte("held"))


def _attendance_groups(session: Session, held) -> dict:
    """{(level, key): (participations, unique people, unique women, women's participations)}
    for the whole, each kind and each period, counted in SQL in one statement.

    A registered member is one person however many sessions they attended (their person id);
    each unregistered participant is one person (their attendance line's id)."""
    who = func.coalesce(Attendance.person_id, Attendance.id)
    woman = case((func.coalesce(Person.sex, Attendance.sex) == "F", 1), else_=0)
    lines = (select(held.c.kind, held.c.y, held.c.m, who.label("who"), woman.label("woman"))
             .join(Attendance, Attendance.session_id == held.c.id)
             .outerjoin(Person, Person.id == Attendance.person_id)
             .where(Attendance.deleted_at.is_(None)).cte("lines"))
    counts = (func.count(), func.count(func.distinct(lines.c.who)),
              func.count(func.distinct(case((lines.c.woman == 1, lines.c.who)))),
              func.coalesce(func.sum(lines.c.woman), 0))
    # typed NULLs: PostgreSQL types a union's columns from its first branch
    no_text, no_number = cast(null(), String), cast(null(), Integer)
    stmt = union_all(
        select(literal("total"), no_text, no_number, no_number, *counts),
        select(literal("kind"), lines.c.kind, no_number, no_number, *counts)
        .group_by(lines.c.kind),
        select(literal("period"), no_text, lines.c.y, lines.c.m, *counts)
        .group_by(lines.c.y, lines.c.m))
    found = {}
    for level, kind, y, m, *numbers in session.execute(stmt):
        key = kind if level == "kind" else date(int(y), int(m), 1) if level == "period" \
            else None
        found[level, key] = tuple(int(n or 0) for n in numbers)
    return found


def training_figures(session: Session, date_from: date | None = None,
                     date_to: date | None = None, period: str = "month",
                     community_id: str | None = None) -> TrainingFigures:
    """Sessions held, participations and unique participants, with the share of women.

    * A session is *held* when its date is on or before today (planned ones do not count).
    * A participation is one line of attendance.
    * Unique participants: a registered member counts once however many sessions they
      attended (by person); each unregistered participant counts as one person.
    * The women's share is computed on unique participants, not on participations.

    Counted in SQL (two statements whatever the size of the programme): no attendance line
    comes into Python.
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}")
    today = date.today()
    upper = min(date_to, today) if date_to else today
    clauses = [TrainingSession.deleted_at.is_(None), TrainingSession.held_on <= upper]
    if date_from:
        clauses.append(TrainingSession.held_on >= date_from)
    if community_id:
        clauses.append(TrainingSession.community_id == community_id)
    held = _held_sessions(clauses, period)
    sessions = Counter()
    for kind, y, m, n in session.execute(select(held.c.kind, held.c.y, held.c.m, func.count())
                                         .group_by(held.c.kind, held.c.y, held.c.m)):
        sessions["total", None] += n
        sessions["kind", kind] += n
        sessions["period", date(int(y), int(m), 1)] += n
    people = _attendance_groups(session, held) if sessions else {}

    def group(level: str, key) -> GroupFigures:
        return GroupFigures(key, sessions[level, key], *people.get((level, key), (0, 0, 0, 0)))

    total = group("total", None)
    kinds = {key for level, key in sessions if level == "kind"}
    order = _kind_order()
    by_kind = [group("kind", kind) for kind in order if kind in kinds]
    by_kind += [group("kind", kind) for kind in sorted(kinds - set(order))]
    by_period = [group("period", start)
                 for start in sorted(key for level, key in sessions if level == "period")]
    school = next((g for g in by_kind if g.key == "school"), None)
    return TrainingFigures(date_from, date_to, period, total, by_kind, by_period,
                           school.sessions if school else 0,
                           school.unique_participants if school else 0)


def _kind_order() -> list[str]:
    return list(LABELS["training_kind"])


@dataclass(frozen=True)
class FamilyTrainingCount:
    family_id: str
    code: str
    head: str
    community: str
    trainings: int  # sessions attended by at least one member
    participations: int  # attendance lines of its members
    members_attending: int  # distinct members who attended at least once


def family_training_counts(session: Session, year: int,
                           community_id: str | None = None) -> list[FamilyTrainingCount]:
    """Per family under an active agreement: how many trainings its members attended in `year`.

    Fewest first, so a coordinator sees at the top who is falling behind.
    A session counts once for a family even when several members attended it.
    """
    start, end = date(year, 1, 1), date(year, 12, 31)
    attended = (select(Person.family_id.label("family_id"),
                       func.count(func.distinct(Attendance.session_id)).label("trainings"),
                       func.count(Attendance.id).label("participations"),
                       func.count(func.distinct(Attendance.person_id)).label("members"))
                .join(Person, Person.id == Attendance.person_id)
                .join(TrainingSession, TrainingSession.id == Attendance.session_id)
                .where(Attendance.deleted_at.is_(None), TrainingSession.deleted_at.is_(None),
                       TrainingSession.held_on >= start, TrainingSession.held_on <= end)
                .group_by(Person.family_id).subquery())
    active = select(Agreement.id).where(Agreement.family_id == Family.id,
                                        Agreement.status == "active",
                                        Agreement.deleted_at.is_(None)).exists()
    head = (select(Person.given_names + " " + Person.paternal_surname + " "
                   + Person.maternal_surname)
            .where(Person.family_id == Family.id, Person.relation == "head",
                   Person.deleted_at.is_(None)).limit(1).scalar_subquery())
    trainings = func.coalesce(attended.c.trainings, 0)
    stmt = (select(Family.id, Family.code, func.coalesce(head, ""), Community.name, trainings,
                   func.coalesce(attended.c.participations, 0),
                   func.coalesce(attended.c.members, 0))
            .join(Community, Community.id == Family.community_id)
            .outerjoin(attended, attended.c.family_id == Family.id)
            .where(Family.deleted_at.is_(None), active)
            .order_by(trainings, Family.head_name, Family.code))
    if community_id:
        stmt = stmt.where(Family.community_id == community_id)
    return [FamilyTrainingCount(r[0], r[1], r[2].strip(), r[3], r[4], r[5], r[6])
            for r in session.execute(stmt)]

"""Trainings per family: the families under an active agreement and how many trainings their
members attended in a year, fewest first (who is falling behind comes first).

At 100,000 families the whole list takes seconds (every attendance line of the year, grouped
by family), so it is read in two ways that give the same order, (trainings, head's name,
family code):

* `untrained_families`: a page of the families that attended nothing, in the order of the
  head's name, found family by family from indexes (an agreement by family, members by
  family, their lines by person, index 0017) and cut at `limit`: the list's first page at
  once, however big the programme. They are the top of the list.
* `family_ranking`: every family's place with its figures but no names (run in the
  background), then `family_rows` gives the names of the page shown. Its length is the
  list's count.

`family_training_counts` is the whole list at once (tests, small programmes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, and_, bindparam, func, or_, select, text
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement
from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.training import Attendance, TrainingSession


@dataclass(frozen=True)
class FamilyTrainingCount:
    family_id: str
    code: str
    head: str
    community: str
    trainings: int  # sessions attended by at least one member
    participations: int  # attendance lines of its members
    members_attending: int  # distinct members who attended at least once


@dataclass(frozen=True)
class FamilyRank:
    """A family's place in the list: its figures, without the names."""

    family_id: str
    trainings: int
    participations: int
    members_attending: int


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _listed(community_id: str | None, family_by_family: bool = False) -> list:
    """The families of the list: living, under an active agreement, of the community.

    For the whole list, one list of the families under an active agreement; for a page
    walked in the order of the heads' names, an agreement looked up by family (`|| ''`
    keeps SQLite from the status index, which would scan every active agreement for each
    family: over 20 minutes at 100,000 families on a file never ANALYZEd)."""
    if family_by_family:
        active = select(Agreement.id).where(
            Agreement.family_id == Family.id, Agreement.deleted_at.is_(None),
            Agreement.status + "" == "active").exists()
    else:
        active = Family.id.in_(select(Agreement.family_id).where(
            Agreement.status == "active", Agreement.deleted_at.is_(None)))
    clauses = [Family.deleted_at.is_(None), active]
    if community_id:
        clauses.append(Family.community_id == community_id)
    return clauses


def _in_year(year: int) -> list:
    start, end = _year(year)
    return [Attendance.deleted_at.is_(None), TrainingSession.deleted_at.is_(None),
            TrainingSession.held_on >= start, TrainingSession.held_on <= end]


def _head():
    return (select(Person.given_names + " " + Person.paternal_surname + " "
                   + Person.maternal_surname)
            .where(Person.family_id == Family.id, Person.relation == "head",
                   Person.deleted_at.is_(None)).limit(1).scalar_subquery())


def family_ranking(session: Session, year: int,
                   community_id: str | None = None) -> list[FamilyRank]:
    """Every family of the list in its order, with its figures for `year`.

    A session counts once for a family even when several members attended it. Each of the
    year's attendances (137,000 at 100,000 families) finds its person's family in
    uq_persons_id_names alone, and the families of the list (55,000) their heads' names in
    ix_families_live_id_head alone (0023), both named on SQLite: a file never ANALYZEd, or
    one whose statistics predate them, would read the table's rows (1.6 s -> 0.9 s)."""
    start, end = _year(year)
    sqlite = session.get_bind().dialect.name == "sqlite"
    by_id = "INDEXED BY uq_persons_id_names" if sqlite else ""
    heads = "INDEXED BY ix_families_live_id_head" if sqlite and not community_id else ""
    params = {"start": start, "end": end, "community_id": community_id}
    one_community = "AND f.community_id = :community_id" if community_id else ""
    sql = f"""
        SELECT f.id, coalesce(t.trainings, 0) AS trainings, coalesce(t.participations, 0),
          coalesce(t.members, 0)
        FROM families f {heads} LEFT JOIN (
          SELECT p.family_id AS family_id, count(DISTINCT a.session_id) AS trainings,
            count(*) AS participations, count(DISTINCT a.person_id) AS members
          FROM attendance a JOIN persons p {by_id} ON p.id = a.person_id
            JOIN training_sessions s ON s.id = a.session_id
          WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL AND s.held_on >= :start
            AND s.held_on <= :end
          GROUP BY p.family_id) t ON t.family_id = f.id
        WHERE f.deleted_at IS NULL AND f.id IN (SELECT family_id FROM agreements
          WHERE status = 'active' AND deleted_at IS NULL) {one_community}
        ORDER BY coalesce(t.trainings, 0), f.head_name, f.code"""
    stmt = text(sql).bindparams(bindparam("start", type_=Date), bindparam("end", type_=Date))
    return [FamilyRank(*row) for row in session.execute(stmt, params)]


def _rows(session: Session, stmt) -> list[FamilyTrainingCount]:
    return [FamilyTrainingCount(r[0], r[1], (r[2] or "").strip(), r[3], 0, 0, 0)
            for r in session.execute(stmt)]


def family_rows(session: Session, ranks: list[FamilyRank]) -> list[FamilyTrainingCount]:
    """The lines of `ranks` (a page of family_ranking) with their names, in that order."""
    ranks = list(ranks)
    named = {row.family_id: row for row in _rows(session, select(
        Family.id, Family.code, _head(), Community.name)
        .join(Community, Community.id == Family.community_id)
        .where(Family.id.in_([r.family_id for r in ranks])))}
    return [FamilyTrainingCount(r.family_id, named[r.family_id].code, named[r.family_id].head,
                                named[r.family_id].community, r.trainings, r.participations,
                                r.members_attending)
            for r in ranks if r.family_id in named]


def untrained_families(session: Session, year: int, community_id: str | None = None,
                       after: str | None = None, limit: int = 200) -> list[FamilyTrainingCount]:
    """Up to `limit` families of the list whose members attended no training in `year`, in
    the list's order, after the family `after` (the last one shown)."""
    attended = (select(Attendance.session_id)
                .join(Person, Person.id == Attendance.person_id)
                .join(TrainingSession, TrainingSession.id == Attendance.session_id)
                .where(Person.family_id == Family.id, *_in_year(year)).exists())
    stmt = (select(Family.id, Family.code, _head(), Community.name)
            .join(Community, Community.id == Family.community_id)
            .where(*_listed(community_id, family_by_family=True), ~attended)
            .order_by(Family.head_name, Family.code).limit(limit))
    if after is not None:
        key = session.execute(select(Family.head_name, Family.code)
                              .where(Family.id == after)).one_or_none()
        if key is not None:
            # `head_name >=` first: a range of the heads' index walked in order. The OR alone
            # made SQLite, once PRAGMA optimize had sampled the families (400 rows), read
            # every family after the key twice and sort them (the next page 20 ms -> 1.4 s)
            stmt = stmt.where(Family.head_name >= key[0],
                              or_(Family.head_name > key[0],
                                  and_(Family.head_name == key[0], Family.code > key[1])))
    return _rows(session, stmt)


def family_training_counts(session: Session, year: int,
                           community_id: str | None = None) -> list[FamilyTrainingCount]:
    """The whole list at once: per family under an active agreement, how many trainings its
    members attended in `year`, fewest first (then by the head's name and the code)."""
    return family_rows(session, family_ranking(session, year, community_id))

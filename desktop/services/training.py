"""Training sessions and who attended them: validate, save, search, and the programme's figures.

Attendance is either a registered member (person_id; name and sex copied from
the person) or an unregistered participant (students, visitors) with a name,
sex and age band. The same person is never marked twice in a session.

`training_figures` and `family_training_counts` are plain functions returning
dataclasses, shared by the Training area and the Excel summary.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_skeleton
from desktop.i18n import QT_TRANSLATE_NOOP
from sqlalchemy import case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement
from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.training import Attendance, TrainingSession
from desktop.i18n import locale_name
from desktop.i18n.labels import LABELS
from desktop.db.types import utcnow
from desktop.services.errors import check, FieldError, NotFound, ValidationError
from desktop.services.fields import (
    BOOL, CHOICE, DATE, DECIMAL, INT, REF, TEXT, Field, parse_values,
)
from desktop.textnorm import fold, like_pattern

# --- declarations ------------------------------------------------------------------------

TRAINING_SESSION_FIELDS = [
    Field("held_on", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, required=True, width=95),
    Field("topic", QT_TRANSLATE_NOOP("Fields", "Topic"), TEXT, required=True, max_length=200,
          width=200),
    Field("participants", QT_TRANSLATE_NOOP("Fields", "Participants"), INT, in_form=False,
          width=85),
    Field("women", QT_TRANSLATE_NOOP("Fields", "Women"), INT, in_form=False, width=65),
    Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind of training"), CHOICE, required=True,
          choices="training_kind", width=180),
    Field("community_id", QT_TRANSLATE_NOOP("Fields", "Community"), REF, width=140),
    Field("place", QT_TRANSLATE_NOOP("Fields", "Place"), TEXT, max_length=200, width=170,
          placeholder=QT_TRANSLATE_NOOP("Fields", "communal hall, school…")),
    Field("facilitator", QT_TRANSLATE_NOOP("Fields", "Facilitator"), TEXT, max_length=200,
          width=150),
    Field("hours", QT_TRANSLATE_NOOP("Fields", "Hours"), DECIMAL, places=1, width=60),
    Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), TEXT, in_table=False),
]

ATTENDANCE_FIELDS = [
    Field("number", QT_TRANSLATE_NOOP("Fields", "No."), INT, in_form=False, width=40),
    Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), TEXT, required=True, max_length=200,
          width=190),
    Field("dni", QT_TRANSLATE_NOOP("Fields", "DNI"), TEXT, in_form=False, width=80),
    Field("family_code", QT_TRANSLATE_NOOP("Fields", "Family"), TEXT, in_form=False, width=80),
    Field("sex", QT_TRANSLATE_NOOP("Fields", "Sex"), CHOICE, required=True, choices="sex",
          width=65),
    Field("age_band", QT_TRANSLATE_NOOP("Fields", "Age"), CHOICE, required=True,
          choices="age_band", width=85),
    Field("registered", QT_TRANSLATE_NOOP("Fields", "Registered"), BOOL,
          in_form=False, width=80),
]

MAX_HOURS = Decimal(100)
EARLIEST = date(2000, 1, 1)
#: Age bands by age in years at the session's date: (band, first age of the next band).
AGE_BANDS = (("child", 12), ("youth", 18), ("adult", 60), ("elder", None))
PERIODS = ("month", "year")


_now = utcnow  # timestamps are UTC
_check = check


def age_on(birth: date | None, day: date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(birth: date | None, day: date) -> str | None:
    """The age band of someone born on `birth` at `day`, or None when unknown."""
    age = age_on(birth, day)
    if age is None:
        return None
    for band, upper in AGE_BANDS:
        if upper is None or age < upper:
            return band
    return None  # pragma: no cover


def short_id(session_id: str) -> str:
    """The first 8 characters of a session's id: enough for the command line."""
    return session_id[:8]


# --- sessions ----------------------------------------------------------------------------

def _live_session(session: Session, session_id: str) -> TrainingSession:
    training = session.get(TrainingSession, session_id)
    if training is None or training.deleted_at is not None:
        raise NotFound("training session", session_id)
    return training


def get_session(session: Session, session_id: str) -> TrainingSession:
    return _live_session(session, session_id)


def find_session(session: Session, key: str) -> TrainingSession:
    """A living session by its full id or an unambiguous start of it (at least 4 characters)."""
    key = (key or "").strip().lower()
    training = session.get(TrainingSession, key) if key else None
    if training is not None and training.deleted_at is None:
        return training
    if len(key) >= 4:
        found = list(session.scalars(select(TrainingSession).where(
            TrainingSession.id.like(key.replace("%", "").replace("_", "") + "%"),
            TrainingSession.deleted_at.is_(None)).limit(2)))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ValidationError.single("session", QT_TRANSLATE_NOOP(
                "Validation", "More than one training session starts with {key}; give more "
                "characters of its id."), key=key)
    raise NotFound("training session", key)


def _session_rules(session: Session, values: dict, merged: dict) -> list:
    errors = []
    held_on = values.get("held_on")
    if held_on is not None and held_on < EARLIEST:
        errors.append(FieldError("held_on", QT_TRANSLATE_NOOP(
            "Validation", "The date of the session is not plausible.")))
    elif held_on is not None and held_on > date.today() + timedelta(days=366):
        errors.append(FieldError("held_on", QT_TRANSLATE_NOOP(
            "Validation", "The session cannot be more than a year ahead.")))
    hours = values.get("hours")
    if hours is not None and (hours < 0 or hours > MAX_HOURS):
        errors.append(FieldError("hours", QT_TRANSLATE_NOOP(
            "Validation", "{hours} hours is not plausible for one session."), {"hours": hours}))
    community_id = values.get("community_id")
    if community_id:
        community = session.get(Community, community_id)
        if community is None or community.deleted_at is not None:
            errors.append(FieldError("community_id", QT_TRANSLATE_NOOP(
                "Validation", "Choose a community from the list.")))
    if ("community_id" in values or "place" in values) and not merged.get(
            "community_id") and not (merged.get("place") or "").strip():
        errors.append(FieldError("place", QT_TRANSLATE_NOOP(
            "Validation", "Give the community or the place of the session.")))
    return errors


def save_session(session: Session, raw: dict, session_id: str | None = None) -> TrainingSession:
    """Create a session (session_id None) or change the given fields of one."""
    training = None if session_id is None else _live_session(session, session_id)
    values, errors = parse_values(TRAINING_SESSION_FIELDS, raw, only_given=training is not None)
    current = {} if training is None else {"community_id": training.community_id,
                                           "place": training.place}
    errors += _session_rules(session, values, {**current, **values})
    _check(errors)
    if "hours" in values and values["hours"] is None:
        values["hours"] = Decimal(0)
    if "community_id" in values and not values["community_id"]:
        values["community_id"] = None
    if training is None:
        training = TrainingSession()
        session.add(training)
    for key, value in values.items():
        setattr(training, key, value)
    session.commit()
    return training


def _lines(session: Session, session_id: str) -> list[Attendance]:
    """Every attendance line of a session, read afresh (not a possibly stale collection)."""
    return list(session.scalars(select(Attendance).where(Attendance.session_id == session_id)))


def delete_session(session: Session, session_id: str) -> None:
    """Soft-delete the session with its attendance; it stays in the file and the audit."""
    training = _live_session(session, session_id)
    now = _now()
    for row in _lines(session, session_id):
        if row.deleted_at is None:
            row.deleted_at = now
    training.deleted_at = now
    session.commit()


def restore_session(session: Session, session_id: str) -> TrainingSession:
    training = session.get(TrainingSession, session_id)
    if training is None:
        raise NotFound("training session", session_id)
    stamp = training.deleted_at
    for row in _lines(session, session_id):
        if row.deleted_at == stamp:
            row.deleted_at = None
    training.deleted_at = None
    session.commit()
    return training


# --- the sessions list -------------------------------------------------------------------

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


# --- attendance --------------------------------------------------------------------------

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
    _live_session(session, session_id)
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


def _attending_ids(session: Session, session_id: str) -> set[str]:
    return set(session.scalars(select(Attendance.person_id).where(
        Attendance.session_id == session_id, Attendance.deleted_at.is_(None),
        Attendance.person_id.is_not(None))))


def _open_for_attendance(session: Session, session_id: str) -> TrainingSession:
    training = _live_session(session, session_id)
    if training.held_on > date.today():
        raise ValidationError.single("session", QT_TRANSLATE_NOOP(
            "Validation", "This session is planned for a later date; record its attendance once "
            "it has been held."))
    return training


def _stamps(session: Session, session_id: str, count: int) -> list[datetime]:
    """Creation times for `count` new lines, after every line already recorded.

    The attendance list is shown in the order it was taken (as on the paper
    sheet); distinct, increasing times keep that order even with a coarse clock.
    """
    last = session.scalar(select(func.max(Attendance.created_at)).where(
        Attendance.session_id == session_id))
    start = _now()
    if last is not None and start <= last:
        start = last + timedelta(microseconds=1)
    return [start + timedelta(microseconds=i) for i in range(count)]


def _duplicate(name: str) -> FieldError:
    return FieldError("person", QT_TRANSLATE_NOOP(
        "Validation", "{name} is already on the attendance list of this session."),
        {"name": name})


def add_members(session: Session, session_id: str, person_ids: list[str]) -> list[Attendance]:
    """Mark registered members as present: all of them, or none when one is refused."""
    training = _open_for_attendance(session, session_id)
    present = _attending_ids(session, session_id)
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
    _check(errors)
    rows = [Attendance(session_id=training.id, person_id=p.id, name=p.full_name, sex=p.sex,
                       age_band=age_band(p.birth_date, training.held_on), created_at=stamp)
            for p, stamp in zip(persons, _stamps(session, training.id, len(persons)))]
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
    return add_members(session, session_id, [person_id])[0]


def add_guest(session: Session, session_id: str, raw: dict) -> Attendance:
    """An unregistered participant (student, visitor) with name, sex and age band."""
    training = _open_for_attendance(session, session_id)
    values, errors = parse_values(ATTENDANCE_FIELDS, raw)
    _check(errors)
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
                     created_at=_stamps(session, training.id, 1)[0], **values)
    session.add(row)
    session.commit()
    return row


def remove_attendance(session: Session, attendance_id: str) -> None:
    row = session.get(Attendance, attendance_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("attendance", attendance_id)
    row.deleted_at = _now()
    session.commit()


# --- finding members to mark ---------------------------------------------------------------

@dataclass(frozen=True)
class MemberChoice:
    id: str
    name: str
    dni: str
    family_id: str
    family_code: str
    community: str
    sex: str
    birth_date: date | None
    present: bool = False


def _choice(person: Person, code: str, community: str, present: set[str]) -> MemberChoice:
    return MemberChoice(person.id, person.full_name, person.dni or "", person.family_id, code,
                        community, person.sex, person.birth_date, person.id in present)


def find_members(session: Session, query: str, session_id: str | None = None,
                 limit: int = 8) -> list[MemberChoice]:
    """Living members whose names contain every typed word, or whose DNI contains the digits.

    Members of the session's community come first; `present` tells who is
    already on the session's list.
    """
    words = fold(query).split()
    if not words:
        return []
    training = _live_session(session, session_id) if session_id else None
    clauses = [Person.deleted_at.is_(None), Family.deleted_at.is_(None)]
    for word in words:
        pattern = like_pattern(word)
        clauses.append(or_(Person.name_key.like(pattern, escape="\\"),
                           Person.dni.like(pattern, escape="\\"),
                           func.fold(Family.code).like(pattern, escape="\\")))
    home = case((Family.community_id == (training.community_id if training else None), 0),
                else_=1)
    stmt = (select(Person, Family.code, Community.name)
            .join(Family, Family.id == Person.family_id)
            .join(Community, Community.id == Family.community_id)
            .where(*clauses)
            .order_by(home, Person.paternal_surname, Person.maternal_surname,
                      Person.given_names).limit(limit))
    present = _attending_ids(session, session_id) if session_id else set()
    return [_choice(p, code, name, present) for p, code, name in session.execute(stmt)]


@dataclass
class FamilyGroup:
    family_id: str
    code: str
    head: str
    members: list[MemberChoice] = field(default_factory=list)


def community_members(session: Session, community_id: str | None = None,
                      family_id: str | None = None,
                      session_id: str | None = None) -> list[FamilyGroup]:
    """The living members of a community (or of one family), grouped by family, for check boxes."""
    clauses = [Person.deleted_at.is_(None), Family.deleted_at.is_(None)]
    if community_id:
        clauses.append(Family.community_id == community_id)
    if family_id:
        clauses.append(Family.id == family_id)
    if not community_id and not family_id:
        return []
    stmt = (select(Person, Family.code, Community.name)
            .join(Family, Family.id == Person.family_id)
            .join(Community, Community.id == Family.community_id)
            .where(*clauses)
            .order_by(Family.head_name, Family.code,
                      case((Person.relation == "head", 0), (Person.relation == "spouse", 1),
                           else_=2), Person.birth_date, Person.created_at))
    present = _attending_ids(session, session_id) if session_id else set()
    groups: dict[str, FamilyGroup] = {}
    for person, code, community in session.execute(stmt):
        group = groups.setdefault(person.family_id, FamilyGroup(person.family_id, code, ""))
        if person.relation == "head":
            group.head = person.full_name
        group.members.append(_choice(person, code, community, present))
    return list(groups.values())


# --- the sign-in sheet ---------------------------------------------------------------------

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


def sheet_data(session: Session, session_id: str) -> SheetData:
    """What the printed sign-in sheet shows: the session and the registered adults of its community.

    Adults are 18 or older on the session's date; a member without a birth date is listed too.
    Sorted by surnames, as people look for their own name.
    """
    training = _live_session(session, session_id)
    people = []
    if training.community_id:
        stmt = (select(Person, Family.code).join(Family, Family.id == Person.family_id)
                .where(Family.community_id == training.community_id,
                       Family.deleted_at.is_(None), Person.deleted_at.is_(None)))
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


# --- figures -------------------------------------------------------------------------------

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


def _group(key, sessions: set, rows: list) -> GroupFigures:
    people = {}
    for _, person_key, sex in rows:
        people[person_key] = sex
    return GroupFigures(key, len(sessions), len(rows), len(people),
                        sum(1 for sex in people.values() if sex == "F"),
                        sum(1 for _, _, sex in rows if sex == "F"))


def training_figures(session: Session, date_from: date | None = None,
                     date_to: date | None = None, period: str = "month",
                     community_id: str | None = None) -> TrainingFigures:
    """Sessions held, participations and unique participants, with the share of women.

    * A session is *held* when its date is on or before today (planned ones do not count).
    * A participation is one line of attendance.
    * Unique participants: a registered member counts once however many sessions
      they attended (by person); each unregistered participant counts as one person.
    * The women's share is computed on unique participants, not on participations.
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
    sessions = session.execute(select(TrainingSession.id, TrainingSession.kind,
                                      TrainingSession.held_on).where(*clauses)).all()
    info = {sid: (kind, period_start(held_on, period)) for sid, kind, held_on in sessions}
    stmt = (select(Attendance.session_id, Attendance.id, Attendance.person_id,
                   func.coalesce(Person.sex, Attendance.sex))
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .outerjoin(Person, Person.id == Attendance.person_id)
            .where(Attendance.deleted_at.is_(None), *clauses))
    rows_by_session = defaultdict(list)
    for session_id, attendance_id, person_id, sex in session.execute(stmt):
        rows_by_session[session_id].append(
            (session_id, ("p", person_id) if person_id else ("a", attendance_id), sex))

    def figures_of(key, session_ids) -> GroupFigures:
        ids = set(session_ids)
        return _group(key, ids, [r for sid in ids for r in rows_by_session.get(sid, [])])

    total = figures_of(None, info)
    by_kind = []
    for kind in _kind_order():
        ids = [sid for sid, (k, _) in info.items() if k == kind]
        if ids:
            by_kind.append(figures_of(kind, ids))
    for kind in sorted({k for k, _ in info.values()} - set(_kind_order())):
        by_kind.append(figures_of(kind, [sid for sid, (k, _) in info.items() if k == kind]))
    by_period = [figures_of(start, [sid for sid, (_, s) in info.items() if s == start])
                 for start in sorted({s for _, s in info.values()})]
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

"""The training area's rules, public so imports check rows and order attendance exactly as the
forms do."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.community import Community
from desktop.db.training import Attendance
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import utcnow
from desktop.services.errors import FieldError

MAX_HOURS = Decimal(100)
EARLIEST = date(2000, 1, 1)
#: Age bands by age in years at the session's date: (band, first age of the next band).
AGE_BANDS = (("child", 12), ("youth", 18), ("adult", 60), ("elder", None))


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


def session_rules(session: Session, values: dict, merged: dict) -> list:
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


def stamps(session: Session, session_id: str, count: int) -> list[datetime]:
    """Creation times for `count` new lines, after every line already recorded.

    The attendance list is shown in the order it was taken (as on the paper
    sheet); distinct, increasing times keep that order even with a coarse clock.
    """
    last = session.scalar(select(func.max(Attendance.created_at)).where(
        Attendance.session_id == session_id))
    start = utcnow()
    if last is not None and start <= last:
        start = last + timedelta(microseconds=1)
    return [start + timedelta(microseconds=i) for i in range(count)]

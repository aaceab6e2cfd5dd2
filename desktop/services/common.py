"""The small things every service shares, one of each: living records, progress and
cancelling, the check that raises every problem at once, and the UTC clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from desktop.db.types import utcnow
from desktop.services.errors import NotFound, check

__all__ = ["Cancelled", "Progress", "as_date", "check", "live", "report", "restore_deleted",
           "soft_delete", "utcnow"]

#: `progress(done, total)` is called as long work advances; returning False asks it to stop.
Progress = Callable[[int, int], "bool | None"]


class Cancelled(Exception):
    """The progress callback asked to stop; nothing was written and no file was left behind."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell `progress` how far the work is, and raise Cancelled when it says to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def soft_delete(record, children=()) -> None:
    """Mark `record` and its living `children` deleted at one instant, so restoring brings
    back exactly those children (not ones deleted earlier on their own)."""
    now = utcnow()
    for child in children:
        if child.deleted_at is None:
            child.deleted_at = now
    record.deleted_at = now


def restore_deleted(record, children=()) -> None:
    """Undo `soft_delete`: the record and the children deleted with it."""
    stamp = record.deleted_at
    for child in children:
        if child.deleted_at == stamp:
            child.deleted_at = None
    record.deleted_at = None


def live(session: Session, model, id_: str | None, what: str):
    """The record `id_` of `model`, or NotFound(what) when it is missing or deleted."""
    obj = session.get(model, id_) if id_ else None
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise NotFound(what, id_ or "")
    return obj


def as_date(value) -> date | None:
    """A date column read through text(): a date on PostgreSQL, ISO text on SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])

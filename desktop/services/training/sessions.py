"""Training sessions: found by id or its first characters, saved, soft-deleted with their
attendance and restored the same way."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.training import Attendance, TrainingSession
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check, live, restore_deleted, soft_delete
from desktop.services.errors import NotFound, ValidationError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require
from desktop.services.training.fields import TRAINING_SESSION_FIELDS
from desktop.services.training.rules import session_rules


def short_id(session_id: str) -> str:
    """The first 8 characters of a session's id: enough for the command line."""
    return session_id[:8]


def get_session(session: Session, session_id: str) -> TrainingSession:
    return live(session, TrainingSession, session_id, "training session")


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


def save_session(session: Session, raw: dict, session_id: str | None = None) -> TrainingSession:
    """Create a session (session_id None) or change the given fields of one."""
    require(session, "training.edit")
    training = None if session_id is None else live(
        session, TrainingSession, session_id, "training session")
    values, errors = parse_values(TRAINING_SESSION_FIELDS, raw, only_given=training is not None)
    current = {} if training is None else {"community_id": training.community_id,
                                           "place": training.place}
    errors += session_rules(session, values, {**current, **values})
    check(errors)
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
    require(session, "training.edit")
    training = live(session, TrainingSession, session_id, "training session")
    soft_delete(training, _lines(session, session_id))
    session.commit()


def restore_session(session: Session, session_id: str) -> TrainingSession:
    require(session, "training.edit")
    training = session.get(TrainingSession, session_id)
    if training is None:
        raise NotFound("training session", session_id)
    restore_deleted(training, _lines(session, session_id))
    session.commit()
    return training

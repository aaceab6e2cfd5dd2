"""Optimistic version checks on edits: two people editing one record from two windows (or
two computers on the central database) never overwrite each other silently.

Every record has a version (desktop.db.base.Record); SQLAlchemy saves an edit only where the
row still has the version the edit was read at. When it does not, the session that tries to
save raises `ChangedMeanwhile`, a ValidationError (the usual one line in the window and on
the command line), after rolling back, so reopening the record shows what the other saved.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import FieldError, ValidationError

CHANGED_MEANWHILE = QT_TRANSLATE_NOOP("Validation", "Someone else changed this record "
                                                    "meanwhile; reopen it.")


class ChangedMeanwhile(ValidationError):
    """An edit based on a version of a record that someone else changed since."""

    def __init__(self):
        super().__init__(FieldError(None, CHANGED_MEANWHILE))


class CheckedSession(Session):
    """A session whose stale edits come out as ChangedMeanwhile (see the module's docstring)."""

    def flush(self, objects=None) -> None:
        try:
            super().flush(objects)
        except StaleDataError as error:
            raise ChangedMeanwhile() from error

    def commit(self) -> None:
        try:
            super().commit()
        except ChangedMeanwhile:
            self.rollback()
            raise

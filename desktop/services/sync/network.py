"""The exchange over the network, in one run: the laptop's package goes straight into the
centre's database and the centre's reply straight back into the laptop's, through the same
code as the files of a USB stick (`export_changes`, `take_in`), with no file in between.

The first run on an empty laptop (one that has seen nothing of the centre and holds no
record) is its clone: it sends nothing, and the centre's whole content is streamed into it in
bulk (clone.py), not as a reply; or only the part of some communities, when the first run
names them (scope.py): the laptop keeps that limit, and the centre cuts every reply to it.

Each side writes in one transaction, so a run stopped anywhere (a dropped connection, a kill,
Cancel) leaves each database as it was before that side's step or after it, never half-way;
running again ends where one clean run would have: the centre takes a package a second time
as the same office continuing its own edits (nothing is applied twice, no conflict is made),
and answers with what the laptop still lacks.

On the centre, the laptop's user was checked on the laptop (`sync.run`) and the connection
itself is the centre's check: the office's PostgreSQL role and password.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.db.location import DatabaseUrl, database_location
from desktop.db.types import utcnow
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import Progress, report
from desktop.services.database import (
    CANNOT_REACH, DatabaseProblem, classify, open_central, open_database,
)
from desktop.services.people.permissions import require
from desktop.services.sync import clone, laptop, scope, state
from desktop.services.sync.package import CHANGES, REPLY

SENDING = QT_TRANSLATE_NOOP("Sync", "Sending {n} changed rows to the centre…")
CLONING = QT_TRANSLATE_NOOP("Sync", "First sync of this laptop: receiving the centre's "
                                    "whole database…")
RECEIVING = QT_TRANSLATE_NOOP("Sync", "The centre took them in; receiving {n} rows from it…")
STEPS = 3

#: told(message, params): a step begins (a QT_TRANSLATE_NOOP text of the "Sync" context).
Told = Callable[[str, dict], None]


@dataclass
class Exchange:
    """What one network sync did."""

    #: The laptop had seen nothing of the centre: this run was its clone.
    cloned: bool
    sent: int
    at_centre: object  # desktop.services.sync.ImportResult
    at_laptop: object
    #: Rows received from the centre.
    received: int = 0

    @property
    def waiting(self) -> int:
        """This laptop's changes waiting as conflicts at the centre."""
        return self.at_laptop.waiting


def open_centre(location):
    """The centre's database: a postgresql:// address (or a file, for tests and a shared
    folder). It must exist and be ours: `init` prepares a new one."""
    location = database_location(location)
    if isinstance(location, DatabaseUrl):
        return open_central(location, create=False)
    return open_database(location, create=False)


def synchronise(here: Session, there: Session, office: str | None = None,
                progress: Progress | None = None, told: Told | None = None,
                communities: list[str] | None = None) -> Exchange:
    """Send this laptop's changes (session `here`) to the centre (session `there`) and take
    in its reply; see the module's docstring. `office` names a new laptop or a copy of the
    centre's file first; `communities` (names or ids) limits a new laptop to those (a later
    run may only name the same). Raises SyncRefused, PermissionDenied, Cancelled (between
    steps) or DatabaseProblem (the centre could not be reached, or dropped the
    connection)."""
    from desktop.services import sync

    require(here, "sync.run")
    if clone.wanted(here):
        return _clone(here, there, office, progress, told, communities)
    scope.check_same(here, communities)
    cloned = not int(state.get(here, "last_usn", "0")) and not laptop.pending(here)
    report(progress, 0, STEPS)
    package = sync.export_changes(here, office)
    _tell(told, CLONING if cloned else SENDING, n=len(package.rows))
    report(progress, 1, STEPS)
    at_centre = _at_centre(there, lambda: sync.take_in(there, package))
    _tell(told, RECEIVING, n=len(at_centre.reply.rows))
    report(progress, 2, STEPS)
    at_laptop = sync.take_in(here, at_centre.reply)
    try:
        state.put(here, "central", _shown(there))
        here.commit()
    except BaseException:
        here.rollback()
        raise
    report(progress, STEPS, STEPS)
    return Exchange(cloned, len(package.rows), at_centre, at_laptop,
                    len(at_centre.reply.rows))


def _clone(here: Session, there: Session, office: str | None, progress: Progress | None,
           told: Told | None, communities: list[str] | None) -> Exchange:
    """An empty laptop's first sync: the centre's content (or the part of `communities`)
    copied in bulk (clone.py)."""
    from desktop.services import sync

    ids = _at_centre(there, lambda: scope.resolve(there, communities)) if communities \
        else []
    package = sync.export_changes(here, office)  # its own audit entries only
    _tell(told, CLONING, n=0)
    _at_centre(there, lambda: clone.number_centre(there, package))
    copied = clone.copy(there, here, package, progress,
                        guard=lambda work: _at_centre(there, work),
                        starting=lambda rows: _tell(told, RECEIVING, n=rows),
                        communities=ids)
    try:
        state.put(here, "central", _shown(there))
        state.put(here, "synced_at", utcnow().isoformat(timespec="seconds"))
        here.commit()
    except BaseException:
        here.rollback()
        raise
    at_centre = sync.ImportResult(CHANGES, False, 0, 0, 0, copied.waiting)
    at_laptop = sync.ImportResult(REPLY, False, copied.rows, 0, 0, copied.waiting)
    return Exchange(True, len(package.rows), at_centre, at_laptop, copied.rows)


def _tell(told: Told | None, message: str, **params) -> None:
    if told is not None:
        told(message, params)


def _at_centre(there: Session, work):
    """Run `work` on the centre; a database error there (a dropped connection…) becomes the
    one line of a DatabaseProblem naming the centre."""
    try:
        return work()
    except DBAPIError as error:
        where = database_location(_shown(there))
        problem = classify(error.orig, where)
        if problem is None and error.connection_invalidated:  # the server went away
            reason = (str(error.orig).strip().splitlines() or [""])[0]
            problem = DatabaseProblem(CANNOT_REACH, path=getattr(where, "shown", where),
                                      reason=reason)
        if problem is None:
            raise
        raise problem from error
    except OSError as error:
        problem = classify(error, database_location(_shown(there)))
        if problem is None:
            raise
        raise problem from error


def _shown(session: Session) -> str:
    """The centre's address without its password (or its file)."""
    url = session.get_bind().url
    if url.get_backend_name() != "postgresql":
        return str(url.database or "")
    text = url.set(password=None).render_as_string(hide_password=False)
    return "postgresql://" + text.split("://", 1)[1]


def last_sync(session: Session) -> tuple[str, str]:
    """(the centre's address, when this laptop last took in its reply: ISO text) or ""."""
    return state.get(session, "central"), state.get(session, "synced_at")


__all__ = ["DatabaseProblem", "Exchange", "last_sync", "open_centre", "synchronise"]

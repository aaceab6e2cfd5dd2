"""Sync between laptops and the centre, Anki-style, with ODK Central's conflicts (no Qt).

A laptop exports what changed on it since its last sync (`export_changes`, rows with usn -1,
each with the version it was based on) into a package file; the centre takes it in
(`import_package`), numbers what it applied from its counter, keeps what clashed as
conflicts, and answers with a reply package: everything the laptop has not seen. The laptop
takes the reply in, and its rows get the centre's numbers. Each side writes all of a package
or none of it; a package taken in twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.db.office import office_code
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.people.permissions import require
from desktop.services.sync import centre, conflicts, laptop, state
from desktop.services.sync.conflicts import Conflict, list_conflicts, resolve
from desktop.services.sync.package import (
    CHANGES, BadPackage, Package, read_package, write_package,
)
from desktop.services.sync.state import SyncRefused

INVALID = QT_TRANSLATE_NOOP("Sync", "The package's content is not valid ({detail}); nothing "
                                    "was changed.")


@dataclass
class ImportResult:
    kind: str
    #: The package had been taken in before: nothing was changed.
    duplicate: bool
    applied: int
    skipped: int
    #: Conflicts this package made (new ones).
    conflicts: int
    #: Conflicts waiting for a person (on a laptop: its changes waiting at the centre).
    waiting: int
    #: Rows of a reply this laptop could not take in (asked for again next time).
    failed: int = 0
    #: On the centre, the reply for the laptop.
    reply: Package | None = None


def export_changes(session: Session, office: str | None = None,
                   communities: list[str] | None = None) -> Package:
    """The package of this laptop's changes since its last sync (committed: the database
    now knows it is a laptop). `office` gives a copy of the centre's file its own office
    code first (a laptop that has one keeps it); `communities` (names or ids), on a new
    laptop's first package, limits it to those (the centre's reply says which)."""
    require(session, "sync.run")
    try:
        if office:
            state.name_laptop(session, office)
        package = laptop.export(session, session.info.get("user") or "", communities)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return package


def import_package(session: Session, package: Package) -> ImportResult:
    """Take in a package: a laptop's changes on the centre (with the reply to send back),
    or the centre's reply on the laptop. All of it or nothing (one transaction)."""
    require(session, "sync.run")
    return take_in(session, package)


def take_in(session: Session, package: Package) -> ImportResult:
    """import_package without the permission check: the network sync's centre side, where
    the laptop's user was checked on the laptop and the centre trusts its connection (the
    office's PostgreSQL role)."""
    counts: dict = {}
    answer = None
    try:
        if package.kind == CHANGES:
            state.become_centre(session, package.office)
            duplicate = centre.already_taken(session, package.id)
            written = {} if duplicate else centre.take_changes(session, package, counts)
            answer = centre.reply(session, package, office_code(session), written)
            waiting = conflicts.waiting(session)
        else:
            state.check_reply_for_us(session, str(package.info.get("to") or ""))
            duplicate = centre.already_taken(session, package.id)
            if not duplicate:
                laptop.take_reply(session, package, counts)
            waiting = int(state.get(session, "conflicts_at_centre", "0"))
        session.commit()
    except (ValueError, KeyError, TypeError) as error:
        session.rollback()
        raise BadPackage(INVALID, detail=str(error)[:200]) from None
    except BaseException:
        session.rollback()
        raise
    return ImportResult(package.kind, duplicate, counts.get("applied", 0),
                        counts.get("skipped", 0), counts.get("conflicts", 0), waiting,
                        counts.get("failed", 0), answer)


def start_centre(session: Session) -> None:
    """Make this database the centre and number everything it holds (committed), so that
    copies of its file made now start as laptops that have seen all of it."""
    require(session, "sync.run")
    try:
        state.become_centre(session, None)
        state.stamp(session, centre.TABLES, state.next_usn(session))
        session.commit()
    except BaseException:
        session.rollback()
        raise


def pending(session: Session, cap: int | None = None) -> int:
    """How many rows changed here wait for the next sync (counted up to cap + 1 at most)."""
    return laptop.pending(session, cap)


@dataclass(frozen=True)
class Status:
    """Where this database stands in the exchange, for the window."""

    #: "centre", "laptop", or "" for a database that has not synced yet.
    role: str
    #: The centre's address (without its password) of the last network sync, or "".
    central: str
    #: When this laptop last took in the centre's reply (ISO text), or "".
    synced_at: str
    #: Conflicts waiting here (on the centre) for a person.
    waiting_here: int
    #: This laptop's changes waiting as conflicts at the centre.
    waiting_at_centre: int


def status(session: Session) -> Status:
    role = state.CENTRE if state.is_centre(session) else \
        state.LAPTOP if state.get(session, "role") == state.LAPTOP else ""  # a copy: not yet
    return Status(role, state.get(session, "central"), state.get(session, "synced_at"),
                  conflicts.waiting(session),
                  int(state.get(session, "conflicts_at_centre", "0") or 0))


__all__ = ["BadPackage", "Conflict", "ImportResult", "Package", "Status", "SyncRefused",
           "export_changes", "import_package", "list_conflicts", "pending", "read_package",
           "resolve", "start_centre", "status", "take_in", "write_package"]

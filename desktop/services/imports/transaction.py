"""One import run: one database transaction, written all or nothing.

Every row is written with the ORM inside ONE transaction, row after row, so a later row
sees what an earlier one created; nothing is committed until the whole file was read and
found good. A bad row, a dry run, Cancel, a crash or a killed process leave the database
exactly as it was.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop.db.community import Community
from desktop.db.cooperative import Cooperative
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import Progress, report
from desktop.services.errors import FieldError
from desktop.services.imports.results import CREATE, Change, ImportResult, Issue
from desktop.services.imports.rows import Row
from desktop.textnorm import fold


class Aborted(Exception):
    """The database refused a write: the run stops, and nothing is written."""


#: Rows whose writes may wait in the session before they are flushed (see Run.written).
FLUSH_ROWS = 500


class Run:
    """The session of one import, what it reports, and the look-ups its rows share."""

    def __init__(self, session: Session, result: ImportResult, progress: Progress | None,
                 total: int):
        self.session, self.result, self.progress, self.total = session, result, progress, total
        self.done = 0
        self.step = max(1, total // 200)
        self.communities: dict[str, Community] = {}
        self.cooperatives: dict[str, Cooperative] = {}
        #: Look-ups a kind repeats on many rows (what it does not change itself).
        self.cache: dict[tuple, object] = {}
        self.unflushed = 0  # rows written since the last flush

    # reporting
    def error(self, row: Row, key: str | None, error: FieldError) -> None:
        header = row.header_of.get(key, "") if key else ""
        expected = row.spec.column(key) if key and not header else None
        self.result.errors.append(Issue(row.number, header, error, row.sheet, expected))

    def note(self, row: Row | None, message: str, **params) -> None:
        self.result.warnings.append(Issue(row.number if row else None, "",
                                          FieldError(None, message, params),
                                          row.sheet if row else ""))

    def hold(self, group: list[Row], message: str) -> None:
        """Note on each good row of a group that it waits for the group's bad rows."""
        bad = ", ".join(str(r.number) for r in group if r.failed)
        for row in group:
            if not row.failed:
                self.result.warnings.append(Issue(row.number, "", FieldError(
                    None, message, {"rows": bad}), row.sheet, held=True))

    def change(self, row: Row, entity: str, action: str, key: str) -> None:
        self.result.changes.append(Change(entity, action, key, row.number, row.sheet))

    def tick(self, count: int = 1) -> None:
        self.done += count
        due = self.done % self.step == 0 or self.done >= self.total or count > 1
        if due:
            report(self.progress, min(self.done, self.total), self.total)

    def written(self, row: Row, count: int = 1) -> None:
        """`count` rows were written into the session: flushed once FLUSH_ROWS are waiting.

        A kind that batches its flushes checks its rows against what it wrote (never against
        a query that would miss what waits), and flushes the rest when it is done."""
        self.unflushed += count
        if self.unflushed >= FLUSH_ROWS:
            self.flush(row)

    def flush(self, row: Row) -> None:
        """Write what the row (and every row waiting) changed; a refusal by the database
        stops the run."""
        self.unflushed = 0
        try:
            self.session.flush()
        except IntegrityError as error:
            self.session.rollback()
            row.fail(None, FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "The database refused this row ({detail}); nothing was imported."),
                {"detail": str(error.orig)}))
            raise Aborted() from error

    # shared look-ups
    def community(self, row: Row, key: str, name: str, zone: str = "inside") -> Community:
        folded = fold(name)
        if folded in self.communities:
            return self.communities[folded]
        community = self.session.scalar(select(Community).where(
            Community.name_folded == folded, Community.deleted_at.is_(None))
            .order_by(Community.created_at).limit(1))
        if community is None:
            community = Community(name=name, zone=zone)
            self.session.add(community)
            self.flush(row)
            self.change(row, "community", CREATE, name)
            self.note(row, QT_TRANSLATE_NOOP(
                "Validation", "Community “{name}” does not exist yet: it will be created."),
                name=name)
        self.communities[folded] = community
        return community


def set_values(obj, values: dict) -> bool:
    """Set the values that differ (None never erases); True when something changed."""
    changed = False
    for key, value in values.items():
        if value is None:
            continue
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed


def living_family(session: Session, code: str) -> Family | None:
    return session.scalar(select(Family).where(Family.code == code, Family.deleted_at.is_(None)))


def living_person(session: Session, dni: str) -> Person | None:
    return session.scalar(select(Person).where(Person.dni == dni, Person.deleted_at.is_(None)))


NO_FAMILY = QT_TRANSLATE_NOOP("Validation", "There is no family with code {code}.")


def write_all_or_nothing(database, result: ImportResult, work, progress: Progress | None = None,
                         total: int = 0, dry_run: bool = False) -> None:
    """Run `work(run)` in one transaction, committed only when no row has an error and this
    is not a dry run; rolled back otherwise, on Cancelled, on a refusal by the database and
    on any other error (a database error the user can act on is raised classified)."""
    from desktop.services.database import classify

    with database.session() as session:
        run = Run(session, result, progress, total)
        try:
            work(run)
            if result.errors or dry_run:
                session.rollback()
            else:
                session.commit()
                result.written = True
        except Aborted:
            session.rollback()
        except OperationalError as error:
            session.rollback()
            problem = classify(getattr(error, "orig", None) or error, database.path)
            if problem is None:
                raise
            raise problem from error
        except BaseException:
            session.rollback()
            raise

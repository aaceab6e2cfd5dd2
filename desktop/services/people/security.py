"""The facts of the programme's security document (Ley 29733 and DS 016-2024-JUS, issue 14
item 5), read from the program's own settings and database, so the signed document says
what the program really does: which personal data it holds and how much, where it lives,
who may see it, how long it is kept and how it is protected."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import config
from desktop.db.backup import KEEP
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.services.office import office_of
from desktop.services.people.permissions import ACTIONS, ROLES, require
from desktop.services.people.users import UserRow, list_users

#: The actions over personal data the document lists per role.
PERSONAL_ACTIONS = ("personal.read", "export.personal", "audit.read", "people.anonymise",
                    "backups.manage")


@dataclass(frozen=True)
class SecurityFacts:
    office_code: str
    office_name: str
    programme: str
    database: str  # a path, or a central address without its password
    backup_dir: Path
    sealed_backup_dir: str
    people: int
    with_dni: int
    families: int
    plots_with_location: int
    users: list[UserRow]
    #: role -> the personal-data actions it holds
    rights: dict[str, list[str]]
    lock_after_minutes: int
    backup_limit_mb: int
    backups_kept: int


def security_facts(session: Session, database_shown: str) -> SecurityFacts:
    """What the document states; its reader may see who holds which role, so it is the
    administrator's (the same right as managing users)."""
    require(session, "users.manage")
    living = Person.deleted_at.is_(None)
    people, with_dni = session.execute(select(
        func.count(), func.count(Person.dni)).where(living)).one()
    families = session.scalar(select(func.count()).select_from(Family).where(
        Family.deleted_at.is_(None)))
    located = session.scalar(select(func.count()).select_from(Plot).where(
        Plot.deleted_at.is_(None), Plot.latitude.is_not(None)))
    code, name = office_of(session)
    return SecurityFacts(
        office_code=code, office_name=name or config.get(config.OFFICE_NAME),
        programme=config.get(config.PROGRAMME_NAME), database=database_shown,
        backup_dir=config.default_backup_dir(),
        sealed_backup_dir=config.get(config.SEALED_BACKUP_DIR),
        people=people, with_dni=with_dni, families=families, plots_with_location=located,
        users=list_users(session),
        rights={role: [a for a in PERSONAL_ACTIONS if role in ACTIONS[a][0]] for role in ROLES},
        lock_after_minutes=config.get(config.LOCK_AFTER_MINUTES),
        backup_limit_mb=config.get(config.BACKUP_MAX_MB), backups_kept=KEEP)


__all__ = ["PERSONAL_ACTIONS", "SecurityFacts", "security_facts"]

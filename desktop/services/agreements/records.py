"""Finding an agreement, numbering a new one and who signs it by default: what every use case
of the area starts from."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import config
from desktop.services.settings import agreement_prefix
from desktop.db.agreement import Agreement
from desktop.db.family import Family
from desktop.db.office import office_code, with_office
from desktop.services.common import live
from desktop.services.errors import NotFound


def get_agreement(session: Session, agreement_id: str) -> Agreement:
    return live(session, Agreement, agreement_id, "agreement")


def agreement_by_number(session: Session, number: str) -> Agreement:
    agreement = session.scalar(select(Agreement).where(Agreement.number == number,
                                                       Agreement.deleted_at.is_(None)))
    if agreement is None:
        raise NotFound("agreement", number)
    return agreement


def next_number(session: Session, year: int, prefix: str | None = None) -> str:
    """The next number of `year`: AC-2026-0042, or AC-LIM1-2026-0042 in office LIM1's database
    (desktop.db.office)."""
    prefix = prefix or agreement_prefix()
    stem = f"{with_office(prefix + '-', office_code(session))}{year}-"
    last = session.scalar(select(func.max(Agreement.number)).where(
        Agreement.number.like(stem.replace("%", r"\%").replace("_", r"\_") + "%", escape="\\")))
    number = int(last[len(stem):]) + 1 if last and last[len(stem):].isdigit() else 1
    return f"{stem}{number:04d}"


def default_signatories(family: Family) -> list[dict]:
    head = family.head
    rows = []
    if head is not None:
        rows.append({"person_id": head.id, "name": head.full_name, "role": "head",
                     "dni": head.dni, "uses_thumbprint": not head.signs})
    rows.append({"name": config.get(config.PROGRAMME_REPRESENTATIVE), "role": "programme"})
    rows.append({"name": config.get(config.PARK_REPRESENTATIVE), "role": "park"})
    return rows

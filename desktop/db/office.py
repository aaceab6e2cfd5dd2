"""Which office, laptop or weighing station this database is: a short code and a name.

Set once by `conservation-desk init --office CODE` and stored in the database itself (the
table `office_settings`, one row per key), so every program opening the file knows it.
Numbers made offline (family codes, agreement numbers, receipt numbers) carry the code, so
two laptops never hand out the same one; a database without a code keeps the plain numbers
it always had. The settings belong to this database: a sync must never carry them.
"""

from __future__ import annotations

import re

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.db.base import Base

CODE, NAME = "office_code", "office_name"
CODE_PATTERN = re.compile(r"[A-Z0-9]{2,6}")


class OfficeSetting(Base):
    __tablename__ = "office_settings"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # the key
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


def normal_code(code: str | None) -> str:
    """The code as stored: trimmed, upper case ("lim1 " -> "LIM1")."""
    return (code or "").strip().upper()


def is_valid_code(code: str) -> bool:
    """Letters and digits only (no accents), 2 to 6 of them."""
    return CODE_PATTERN.fullmatch(normal_code(code)) is not None


def get_setting(session: Session, key: str) -> str:
    return session.scalar(select(OfficeSetting.value).where(OfficeSetting.id == key)) or ""


def put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(id=key, value=value))
    else:
        row.value = value


def office_code(session: Session) -> str:
    """This database's office code, or "" when none was set."""
    return get_setting(session, CODE)


def with_office(stem: str, code: str) -> str:
    """`stem` ("F-", "AC-") followed by the office code and a dash when there is one."""
    return f"{stem}{code}-" if code else stem

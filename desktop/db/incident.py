"""Security incidents: what happened to the register's data, and whether the authority and the
people affected were told (Ley 29733, DS 016-2024-JUS)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Record
from desktop.db.types import UTCDateTime


class Incident(Record, Base):
    __tablename__ = "incidents"
    __table_args__ = (CheckConstraint("people_affected >= 0", name="people_nonneg"),)

    happened_on: Mapped[date] = mapped_column(nullable=False)
    #: When the office learnt of it: the notice to the authority is due 48 hours later.
    noticed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    people_affected: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    measures: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: When the Autoridad Nacional de Protección de Datos Personales was told (None: not yet).
    authority_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    people_notified: Mapped[bool] = mapped_column(nullable=False, default=False)
    recorded_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")

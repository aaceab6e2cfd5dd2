"""The audit trail: who changed what, when, with old and new values."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base
from desktop.db.types import UTCDateTime, new_id, utcnow


class AuditEntry(Base):
    """Written by desktop.db.hooks on every flush; never updated or deleted."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    user: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(10), nullable=False)  # create, update, delete
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False)
    #: The office, laptop or weighing station the change was made on (its office code).
    workstation: Mapped[str] = mapped_column(String(10), nullable=False, default="",
                                             server_default="")
    #: Why, when the person making the change said so (a rectification, Ley 29733).
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    #: JSON {field: [old, new]}.
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    #: Sync: -1 = written here since the last sync, else the centre's sequence number.
    usn: Mapped[int] = mapped_column(Integer, nullable=False, default=-1,
                                     server_default=text("-1"), index=True)

"""What a database keeps about its exchanges with the centre (desktop.services.sync): its
state (the last sequence number seen, the centre's counter, which side it is), the packages it
has taken in (so a package imported twice changes nothing), which office sent the version of
a record the centre holds, and the conflicts waiting for a person.

None of these tables travels in a package, none is audited: they describe the exchange, not
the programme. The services write them with plain statements.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base
from desktop.db.types import UTCDateTime, new_id, utcnow


class SyncState(Base):
    """One row per key: role, centre, counter (on the centre), last_usn (on a laptop)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SyncPackage(Base):
    """A package this database has taken in, by its id."""

    __tablename__ = "sync_packages"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    office: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class SyncHead(Base):
    """On the centre: the office whose change made a record's current version (so a later
    change from the same office continues it instead of clashing with it)."""

    __tablename__ = "sync_heads"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office: Mapped[str] = mapped_column(String(10), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)


class SyncConflict(Base):
    """A change that was not applied: both versions of the record, for a person to decide.

    kind "edit": based on a version the record no longer has, changed here meanwhile;
    kind "refused": the database refused it (the same DNI registered by two offices…).
    Values are JSON objects {column: value} as packages carry them.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_record", "table_name", "record_id"),
                      Index("ix_sync_conflicts_open", "resolved_at"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    office: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    their_user: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    their_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    their_values: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    their_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    our_user: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    our_version: Mapped[int | None] = mapped_column(Integer)
    our_values: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    our_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")

"""The declarative base and the columns every record has."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from desktop.db.types import UTCDateTime, new_id, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """UUID key, timestamps, soft delete (records are never erased) and a version.

    `version` counts a record's edits (SQLAlchemy's version_id_col): an edit saved from a copy
    read before someone else's edit of the same record matches no row and is refused
    (desktop.services.edits turns that into "someone else changed this record meanwhile").
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))
    #: Sync (desktop.db.tracking): -1 = changed here since the last sync, else the centre's
    #: update sequence number; `base_version` is the version a pending change was based on.
    usn: Mapped[int] = mapped_column(Integer, nullable=False, default=-1,
                                     server_default=text("-1"), index=True)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

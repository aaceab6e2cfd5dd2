"""The people who use the program: a name, a role and an Argon2id password hash.

Login attempts are counted on the row, so a slowed-down login holds across restarts and
across the laptops of an office that share a central database.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Record
from desktop.db.types import UTCDateTime

ROLE_CODES = ("admin", "coordinator", "office", "cooperative", "viewer")


class User(Record, Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('admin', 'coordinator', 'office', 'cooperative', 'viewer')",
                        name="role_known"),
        Index("uq_users_name_folded", "name_folded", unique=True),
    )

    name: Mapped[str] = mapped_column(String(60), nullable=False)
    #: The name folded (case and accents ignored): "María" and "maria" are one user.
    name_folded: Mapped[str] = mapped_column(String(60), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    #: After five failed attempts, no attempt is checked before this moment.
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    def __repr__(self) -> str:
        return f"<User {self.name} ({self.role})>"

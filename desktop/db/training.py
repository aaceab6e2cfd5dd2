"""Training sessions and who attended them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Record
from desktop.db.community import Community
from desktop.db.person import Person
from desktop.db.types import Percent


class TrainingSession(Record, Base):
    __tablename__ = "training_sessions"
    __table_args__ = (
        CheckConstraint("hours >= 0", name="hours_nonneg"),
        Index("ix_training_sessions_held_on", "held_on"),
    )

    topic: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="coffee")
    held_on: Mapped[date] = mapped_column(nullable=False)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("communities.id"))
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    facilitator: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    hours: Mapped[Decimal] = mapped_column(Percent, nullable=False, default=Decimal(0))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    community: Mapped[Community | None] = relationship()
    attendance: Mapped[list["Attendance"]] = relationship(back_populates="session")


class Attendance(Record, Base):
    """A registered member (person_id) or an unregistered participant (name, sex, age band)."""

    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint("sex IN ('F', 'M')", name="sex_known"),
        Index("uq_attendance_person_once", "session_id", "person_id", unique=True,
              sqlite_where=text("deleted_at IS NULL AND person_id IS NOT NULL"),
              postgresql_where=text("deleted_at IS NULL AND person_id IS NOT NULL")),
        Index("ix_attendance_person", "person_id"),
        # A session's attendance (its list, its counts): the unique index above holds only
        # registered members, so it cannot serve them.
        Index("ix_attendance_session", "session_id"),
        # The training figures: a session's living lines, who and their sex, from the index
        # alone (migration 0013).
        Index("ix_attendance_live_people", "session_id", "person_id", "sex", "deleted_at",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        # The same lines in the order of their people: the figures' unique people with no
        # sort, a family's trainings by its members (migration 0017).
        Index("ix_attendance_live_by_person", "person_id", "session_id", "deleted_at",
              sqlite_where=text("deleted_at IS NULL AND person_id IS NOT NULL"),
              postgresql_where=text("deleted_at IS NULL AND person_id IS NOT NULL")),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("training_sessions.id"), nullable=False)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"))
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sex: Mapped[str] = mapped_column(String(1), nullable=False)
    age_band: Mapped[str | None] = mapped_column(String(10))

    session: Mapped[TrainingSession] = relationship(back_populates="attendance")
    person: Mapped[Person | None] = relationship()

"""Persons: the members of a family."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Record
from desktop.db.family import Family


class Person(Record, Base):
    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("sex IN ('F', 'M')", name="sex_known"),
        CheckConstraint("dni IS NULL OR (length(dni) = 8 AND dni NOT GLOB '*[^0-9]*')",
                        name="dni_8_digits"),
        # DNI unique among living records; a deleted person frees the number.
        Index("uq_persons_living_dni", "dni", unique=True,
              sqlite_where=text("deleted_at IS NULL AND dni IS NOT NULL"),
              postgresql_where=text("deleted_at IS NULL AND dni IS NOT NULL")),
        # One head per family.
        Index("uq_persons_one_head", "family_id", unique=True,
              sqlite_where=text("deleted_at IS NULL AND relation = 'head'"),
              postgresql_where=text("deleted_at IS NULL AND relation = 'head'")),
        Index("ix_persons_family", "family_id"),
        Index("ix_persons_name_key", "name_key"),
        # A person's sex by their id from the index alone (the training figures; unique so
        # that the planner prefers it to the primary key and the table row: migration 0013).
        Index("uq_persons_id_sex", "id", "sex", unique=True),
        # A person's family and name by their id from the index alone: the trainings per
        # family (137,000 attendances a year) and the amounts owed per member (10,000
        # members) read them without the table's rows (migration 0023; unique for the
        # same reason as the one above).
        Index("uq_persons_id_names", "id", "family_id", "given_names", "paternal_surname",
              "maternal_surname", unique=True),
    )

    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), nullable=False)
    given_names: Mapped[str] = mapped_column(String(120), nullable=False)
    paternal_surname: Mapped[str] = mapped_column(String(80), nullable=False)
    maternal_surname: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    dni: Mapped[str | None] = mapped_column(String(8))
    sex: Mapped[str] = mapped_column(String(1), nullable=False)
    birth_date: Mapped[date | None]
    relation: Mapped[str] = mapped_column(String(20), nullable=False, default="other")
    signs: Mapped[bool] = mapped_column(nullable=False, default=True)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    #: Ley 29733, opposition: the person is kept out of every export with personal data.
    opposes_sharing: Mapped[bool] = mapped_column(nullable=False, default=False,
                                                  server_default="0")
    #: Sorted folded names, for the possible-duplicate check.
    name_key: Mapped[str] = mapped_column(String(300), nullable=False, default="")

    family: Mapped[Family] = relationship(back_populates="members")

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_names, self.paternal_surname,
                                    self.maternal_surname) if p)

    def __repr__(self) -> str:
        return f"<Person {self.full_name}>"


class PersonConsent(Record, Base):
    """Ley 29733: what a person agreed to (or refused) for one purpose, when, and who explained
    it. Never edited: a later answer for the same purpose (a withdrawal) is a new record, and
    the newest one holds."""

    __tablename__ = "person_consents"
    __table_args__ = (
        CheckConstraint("purpose IN ('registration', 'photos', 'sharing')", name="purpose_known"),
        CheckConstraint("answer IN ('agrees', 'refuses')", name="answer_known"),
        Index("ix_person_consents_person", "person_id", "purpose", "informed_on"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), nullable=False)
    purpose: Mapped[str] = mapped_column(String(20), nullable=False)
    #: "agrees", or "refuses" (which also withdraws an earlier consent).
    answer: Mapped[str] = mapped_column(String(10), nullable=False)
    informed_on: Mapped[date] = mapped_column(nullable=False)
    explained_by: Mapped[str] = mapped_column(String(200), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

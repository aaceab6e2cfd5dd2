"""Families (households): the party that signs a conservation agreement."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Record
from desktop.db.community import Community


class Family(Record, Base):
    __tablename__ = "families"
    __table_args__ = (
        Index("ix_families_community", "community_id"),
        Index("ix_families_live_code", "deleted_at", "code"),
        Index("ix_families_live_head", "deleted_at", "head_name"),
        # Living families' community and place, read without table rows (the map, the
        # home page's coverage by community); deleted_at first, so that the planner, which
        # would look living families up by ix_families_live_code, prefers this one.
        Index("ix_families_live_community", "deleted_at", "id", "community_id", "inside_forest",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        # A community's living families in the order of their heads' names (the Training
        # area's trainings per family of one community, a page at a time: 0017).
        Index("ix_families_live_community_head", "community_id", "head_name", "code",
              "deleted_at", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        # Living families' head and code by their id, without table rows (the trainings per
        # family's order of 55,000 families: 0023).
        Index("ix_families_live_id_head", "deleted_at", "id", "head_name", "code",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False)
    inside_forest: Mapped[bool] = mapped_column(nullable=False, default=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: Folded code, member names and DNIs, kept by desktop.db.hooks for search.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: Folded full name of the head, kept by desktop.db.hooks for sorting.
    head_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    community: Mapped[Community] = relationship()
    members: Mapped[list["Person"]] = relationship(  # noqa: F821
        back_populates="family", order_by="Person.created_at"
    )
    plots: Mapped[list["Plot"]] = relationship(  # noqa: F821
        back_populates="family", order_by="Plot.created_at"
    )

    @property
    def living_members(self) -> list:
        return [m for m in self.members if m.deleted_at is None]

    @property
    def head(self):
        return next((m for m in self.living_members if m.relation == "head"), None)

    def __repr__(self) -> str:
        return f"<Family {self.code}>"

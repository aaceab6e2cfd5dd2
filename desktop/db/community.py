"""Communities: the sectors and villages where families live."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Record


class Community(Record, Base):
    __tablename__ = "communities"
    __table_args__ = (
        CheckConstraint("zone IN ('inside', 'buffer')", name="zone_known"),
        Index("ix_communities_name_folded", "name_folded"),
    )

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    name_folded: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    district: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    province: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    region: Mapped[str] = mapped_column(String(120), nullable=False, default="San Martín")
    zone: Mapped[str] = mapped_column(String(10), nullable=False, default="inside")

    def __repr__(self) -> str:
        return f"<Community {self.name}>"

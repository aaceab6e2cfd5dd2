"""Plots: the land a family works."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Record
from desktop.db.family import Family
from desktop.db.types import Degrees, Hectares


class Plot(Record, Base):
    __tablename__ = "plots"
    __table_args__ = (
        CheckConstraint("area_ha >= 0", name="area_nonneg"),
        CheckConstraint("latitude IS NULL OR latitude BETWEEN -90000000 AND 90000000",
                        name="latitude_range"),
        CheckConstraint("longitude IS NULL OR longitude BETWEEN -180000000 AND 180000000",
                        name="longitude_range"),
        Index("ix_plots_family", "family_id"),
        # The map reads every located plot's point from this index alone (no table rows,
        # which carry the boundaries). The columns of its condition are in it too: SQLite
        # reads an index alone only when it holds every column a query names.
        Index("ix_plots_map", "family_id", "longitude", "latitude", "deleted_at",
              sqlite_where=text("deleted_at IS NULL AND latitude IS NOT NULL "
                                "AND longitude IS NOT NULL"),
              postgresql_where=text("deleted_at IS NULL AND latitude IS NOT NULL "
                                    "AND longitude IS NOT NULL")),
    )

    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    area_ha: Mapped[Decimal] = mapped_column(Hectares, nullable=False)
    land_use: Mapped[str] = mapped_column(String(20), nullable=False, default="coffee")
    inside_protected_area: Mapped[bool] = mapped_column(nullable=False, default=True)
    latitude: Mapped[Decimal | None] = mapped_column(Degrees)
    longitude: Mapped[Decimal | None] = mapped_column(Degrees)
    #: GeoJSON geometry (Polygon, WGS84) when the boundary was walked.
    boundary_geojson: Mapped[str | None] = mapped_column(Text)

    family: Mapped[Family] = relationship(back_populates="plots")

    def __repr__(self) -> str:
        return f"<Plot {self.name} {self.area_ha} ha>"

"""What the plot map draws: every living plot's point with its family, the family's agreement
status and community; walked boundaries on demand; one plot's details for a tooltip.

A map of 100,000 families holds some 200,000 plots, so the points are read in three plain
queries (plots, families, agreements) joined here rather than with correlated subqueries,
which would cost SQLite a lookup per row; coordinates stay the stored micro-degrees
(integers). Boundaries are not read with the points: a view zoomed in far enough to draw
them shows a few thousand plots at most, read by family through the plots' family index
(`plot_boundaries`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from desktop.db.agreement import AGREEMENT_STATUSES

#: The categories a plot is coloured by: its family's latest agreement's status, or none.
NO_AGREEMENT = "none"
STATUSES = ("active", "signed", "draft", "suspended", "ended", NO_AGREEMENT)
assert set(STATUSES) - {NO_AGREEMENT} == set(AGREEMENT_STATUSES)
#: Coordinates are stored as integer micro-degrees (desktop.db.types.Degrees).
MICRO = 1_000_000
#: At most this many families per boundary query (SQLite's bound-parameter limit is 32,766).
FAMILIES_PER_QUERY = 900


@dataclass
class PlotPoints:
    """Parallel lists, one entry per plot (coordinates in micro-degrees).

    `status` and `community` are indexes into STATUSES and `communities` (a list of
    (id, name)), so filtering and colouring compare small integers.
    """

    lon: list[int] = field(default_factory=list)
    lat: list[int] = field(default_factory=list)
    family: list[str] = field(default_factory=list)
    status: list[int] = field(default_factory=list)
    community: list[int] = field(default_factory=list)
    has_boundary: list[bool] = field(default_factory=list)
    communities: list[tuple[str, str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.lon)

    def community_index(self, community_id: str | None) -> int | None:
        for index, (id_, _) in enumerate(self.communities):
            if id_ == community_id:
                return index
        return None

    def keep(self, community_id: str | None = None, statuses=None, bbox=None) -> list[int]:
        """Indexes of the plots in `community_id`, with one of `statuses`, inside `bbox`
        ((min_lon, min_lat, max_lon, max_lat) in degrees); None means no filter."""
        wanted_community = None if community_id is None else self.community_index(community_id)
        if community_id is not None and wanted_community is None:
            return []
        wanted = None if statuses is None else {STATUSES.index(s) for s in statuses}
        if bbox is not None:
            west, south, east, north = (round(v * MICRO) for v in bbox)
        chosen = []
        for i in range(len(self.lon)):
            if wanted_community is not None and self.community[i] != wanted_community:
                continue
            if wanted is not None and self.status[i] not in wanted:
                continue
            if bbox is not None and not (west <= self.lon[i] <= east
                                         and south <= self.lat[i] <= north):
                continue
            chosen.append(i)
        return chosen

    def subset(self, indexes: list[int]) -> "PlotPoints":
        return PlotPoints([self.lon[i] for i in indexes], [self.lat[i] for i in indexes],
                          [self.family[i] for i in indexes], [self.status[i] for i in indexes],
                          [self.community[i] for i in indexes],
                          [self.has_boundary[i] for i in indexes], list(self.communities))

    def counts(self) -> dict[str, int]:
        """How many plots of each status."""
        totals = [0] * len(STATUSES)
        for s in self.status:
            totals[s] += 1
        return dict(zip(STATUSES, totals))


def _rows(session: Session, sql: str):
    """The rows of a query without parameters, straight from the driver's cursor: the map
    reads some 400,000 rows at once, and skipping SQLAlchemy's row objects halves the time."""
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def family_statuses(session: Session) -> dict[str, str]:
    """Each family's latest agreement's status (latest start date; the Families list shows
    the same), for families that have one."""
    latest: dict[str, tuple[str, str]] = {}
    for family_id, status, start in _rows(session, (
            "SELECT family_id, status, coalesce(start_date, '') FROM agreements "
            "WHERE deleted_at IS NULL")):
        seen = latest.get(family_id)
        if seen is None or start > seen[0]:
            latest[family_id] = (start, status)
    return {family_id: status for family_id, (_, status) in latest.items()}


def load_plot_points(session: Session, community_id: str | None = None, statuses=None,
                     bbox=None) -> PlotPoints:
    """Every living plot with coordinates of a living family, filtered by community, by
    status (an iterable of STATUSES) and by a bounding box in degrees
    (min_lon, min_lat, max_lon, max_lat); None means no filter."""
    communities = [(r[0], r[1]) for r in _rows(
        session, "SELECT id, name FROM communities WHERE deleted_at IS NULL "
                 "ORDER BY name_folded")]
    community_at = {id_: i for i, (id_, _) in enumerate(communities)}
    family_community = {f: community_at.get(c, -1) for f, c in _rows(
        session, "SELECT id, community_id FROM families WHERE deleted_at IS NULL")}
    if community_id is not None:
        wanted_community = community_at.get(community_id, -2)
        family_community = {f: c for f, c in family_community.items()
                            if c == wanted_community}
    status_of = family_statuses(session)
    status_index = {s: i for i, s in enumerate(STATUSES)}
    none = status_index[NO_AGREEMENT]
    family_status = {f: status_index.get(status_of.get(f), none) for f in family_community}
    if statuses is not None:
        wanted = {status_index[s] for s in statuses}
        family_status = {f: s for f, s in family_status.items() if s in wanted}
    west, south, east, north = ((round(v * MICRO) for v in bbox) if bbox is not None
                                else (-180 * MICRO, -90 * MICRO, 180 * MICRO, 90 * MICRO))
    points = PlotPoints(communities=communities)
    lon, lat, family, status, community, boundary = (
        points.lon, points.lat, points.family, points.status, points.community,
        points.has_boundary)
    for family_id, x, y, has in _rows(session, (
            "SELECT family_id, longitude, latitude, boundary_geojson IS NOT NULL "
            "FROM plots WHERE deleted_at IS NULL AND latitude IS NOT NULL "
            "AND longitude IS NOT NULL")):
        s = family_status.get(family_id)
        if s is None or not (west <= x <= east and south <= y <= north):
            continue  # a deleted family, another community or status, outside the box
        lon.append(x)
        lat.append(y)
        family.append(family_id)
        status.append(s)
        community.append(family_community[family_id])
        boundary.append(bool(has))
    return points


def rings_of(geometry_text: str | None) -> list[list[tuple[float, float]]]:
    """The outer rings (lon, lat) of a stored GeoJSON Polygon or MultiPolygon; [] for
    anything else or anything damaged (the plot is then drawn as its point)."""
    try:
        geometry = json.loads(geometry_text or "")
        kind = geometry.get("type")
        polygons = ([geometry["coordinates"]] if kind == "Polygon"
                    else geometry["coordinates"] if kind == "MultiPolygon" else [])
        rings = []
        for polygon in polygons:
            ring = [(float(p[0]), float(p[1])) for p in polygon[0]]
            if len(ring) >= 3 and all(math.isfinite(v) for p in ring for v in p):
                rings.append(ring)
        return rings
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return []


def plot_boundaries(session: Session, family_ids) -> dict[tuple[str, int, int], list]:
    """The walked boundaries of these families' living plots, keyed by (family id, lon, lat)
    of the plot's point in micro-degrees, as lists of (lon, lat) rings."""
    found: dict[tuple[str, int, int], list] = {}
    ids = list(dict.fromkeys(family_ids))
    query = text("SELECT family_id, longitude, latitude, boundary_geojson FROM plots "
                 "WHERE family_id IN :ids AND deleted_at IS NULL "
                 "AND boundary_geojson IS NOT NULL AND latitude IS NOT NULL "
                 "AND longitude IS NOT NULL").bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(ids), FAMILIES_PER_QUERY):
        for family_id, lon, lat, geometry in session.execute(
                query, {"ids": ids[start:start + FAMILIES_PER_QUERY]}):
            rings = rings_of(geometry)
            if rings:
                found[(family_id, lon, lat)] = rings
    return found


@dataclass(frozen=True)
class PlotDetails:
    family_id: str
    family_code: str
    head: str
    community: str
    status: str
    plot_name: str
    area_ha: Decimal | None


def plot_details(session: Session, family_id: str, lon: int, lat: int) -> PlotDetails | None:
    """The family and plot at a point of the map (micro-degrees), for a tooltip."""
    row = session.execute(text(
        "SELECT f.code, c.name, coalesce((SELECT trim(p.given_names || ' ' || "
        "p.paternal_surname || ' ' || p.maternal_surname) FROM persons p "
        "WHERE p.family_id = f.id AND p.relation = 'head' AND p.deleted_at IS NULL), '') "
        "FROM families f JOIN communities c ON c.id = f.community_id WHERE f.id = :f"),
        {"f": family_id}).first()
    if row is None:
        return None
    plot = session.execute(text(
        "SELECT name, area_ha FROM plots WHERE family_id = :f AND longitude = :x "
        "AND latitude = :y AND deleted_at IS NULL"), {"f": family_id, "x": lon, "y": lat}).first()
    status = family_statuses_of(session, family_id)
    return PlotDetails(family_id, row[0], row[2], row[1], status,
                       plot[0] if plot else "", Decimal(plot[1]).scaleb(-4) if plot else None)


def family_statuses_of(session: Session, family_id: str) -> str:
    row = session.execute(text(
        "SELECT status FROM agreements WHERE family_id = :f AND deleted_at IS NULL "
        "ORDER BY coalesce(start_date, '') DESC LIMIT 1"), {"f": family_id}).first()
    return row[0] if row else NO_AGREEMENT


__all__ = [
    "FAMILIES_PER_QUERY", "MICRO", "NO_AGREEMENT", "STATUSES", "PlotDetails", "PlotPoints",
    "family_statuses", "family_statuses_of", "load_plot_points", "plot_boundaries",
    "plot_details", "rings_of",
]

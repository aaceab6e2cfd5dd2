"""What the plot map draws: every living plot's point with its family, the family's agreement
status and community; walked boundaries on demand; one plot's details for a tooltip.

A map of 100,000 families holds some 200,000 plots. Their points are read in three plain
queries (plots, families, agreements) joined here rather than with correlated subqueries,
which would cost SQLite a lookup per row, and each query reads one covering index
(migration 0009), never the tables' rows: a plot's row carries its boundary, so reading the
plots table meant reading most of a 1 GB file. Points are kept in typed arrays (4 bytes a
coordinate, one byte a status), not Python objects: 215,000 plots take some 4 MB.

Boundaries are not read with the points: a view zoomed in far enough to draw them shows a
few thousand plots at most, read by family through the plots' family index
(`plot_boundaries`).
"""

from __future__ import annotations

import json
import math
from array import array
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from desktop.db.agreement import AGREEMENT_STATUSES
from desktop.services.maps import packed

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
    """Parallel typed arrays, one entry per plot (coordinates in micro-degrees).

    `family` indexes `families` (their ids), `status` indexes STATUSES and `community`
    indexes `communities` (a list of (id, name)), so filtering and colouring compare small
    integers and no plot costs a Python object.
    """

    lon: array = field(default_factory=lambda: array("i"))
    lat: array = field(default_factory=lambda: array("i"))
    family: array = field(default_factory=lambda: array("i"))
    status: array = field(default_factory=lambda: array("b"))
    community: array = field(default_factory=lambda: array("i"))
    families: list[str] = field(default_factory=list)
    communities: list[tuple[str, str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.lon)

    def family_id(self, index: int) -> str:
        """The id of the family of plot `index`."""
        return self.families[self.family[index]]

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
        chosen = range(len(self.lon))
        if wanted_community is not None:
            community = self.community
            chosen = [i for i in chosen if community[i] == wanted_community]
        if statuses is not None:
            wanted = {STATUSES.index(s) for s in statuses}
            status = self.status
            chosen = [i for i in chosen if status[i] in wanted]
        if bbox is not None:
            west, south, east, north = (round(v * MICRO) for v in bbox)
            lon, lat = self.lon, self.lat
            chosen = [i for i in chosen if west <= lon[i] <= east and south <= lat[i] <= north]
        return list(chosen)

    def subset(self, indexes: list[int]) -> "PlotPoints":
        def pick(values):
            return array(values.typecode, [values[i] for i in indexes])

        return PlotPoints(pick(self.lon), pick(self.lat), pick(self.family), pick(self.status),
                          pick(self.community), self.families, self.communities)

    def counts(self) -> dict[str, int]:
        """How many plots of each status."""
        status = self.status.tobytes()
        return {name: status.count(i) for i, name in enumerate(STATUSES)}


def _rows(session: Session, sql: str):
    """The rows of a query without parameters, straight from the driver's cursor: the map
    reads some 400,000 rows at once, and skipping SQLAlchemy's row objects halves the time."""
    return [row for chunk in _chunks(session, sql) for row in chunk]


#: Rows fetched at a time: 215,000 plots' rows at once would hold some 60 MB of Python
#: objects for a moment; in chunks, a few MB.
CHUNK = 20_000


def _chunks(session: Session, sql: str):
    """The rows of a query without parameters, CHUNK at a time, from the driver's cursor."""
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while chunk := cursor.fetchmany(CHUNK):
            yield chunk
    finally:
        cursor.close()


def family_statuses(session: Session) -> dict[str, str]:
    """Each family's latest agreement's status (latest start date; the Families list shows
    the same), for families that have one."""
    latest: dict[str, tuple[str, str]] = {}
    for family_id, start, status in _rows(session, LATEST_AGREEMENTS):
        start = start or ""
        seen = latest.get(family_id)
        if seen is None or start > seen[0]:
            latest[family_id] = (start, status)
    return {family_id: status for family_id, (_, status) in latest.items()}


# Each reads its covering index (ix_agreements_live_family, ix_families_live_community,
# ix_plots_map): the WHERE clauses repeat the indexes' own conditions.
LATEST_AGREEMENTS = ("SELECT family_id, start_date, status FROM agreements "
                     "WHERE deleted_at IS NULL")
LIVING_FAMILIES = "SELECT id, community_id FROM families WHERE deleted_at IS NULL"
LOCATED_PLOTS = ("SELECT family_id, longitude, latitude FROM plots WHERE deleted_at IS NULL "
                 "AND latitude IS NOT NULL AND longitude IS NOT NULL")


def load_plot_points(session: Session, community_id: str | None = None, statuses=None,
                     bbox=None) -> PlotPoints:
    """Every living plot with coordinates of a living family, filtered by community, by
    status (an iterable of STATUSES) and by a bounding box in degrees
    (min_lon, min_lat, max_lon, max_lat); None means no filter."""
    communities = [(r[0], r[1]) for r in _rows(
        session, "SELECT id, name FROM communities WHERE deleted_at IS NULL "
                 "ORDER BY name_folded")]
    read = None
    if community_id is None and session.get_bind().dialect.name == "sqlite":
        read = packed.read(session, communities, STATUSES, NO_AGREEMENT)
    if read is None:
        read = _read_rows(session, communities, community_id)
    families, family_status, family_community, family, lon, lat = read
    status_index = {s: i for i, s in enumerate(STATUSES)}
    filtered = statuses is not None or bbox is not None or None in family
    if filtered:  # deleted families, another community, a status or box asked for
        wanted = None if statuses is None else {status_index[s] for s in statuses}
        west, south, east, north = ((round(v * MICRO) for v in bbox) if bbox is not None
                                    else (-180 * MICRO, -90 * MICRO, 180 * MICRO, 90 * MICRO))
        chosen = [i for i, j in enumerate(family) if j is not None
                  and (wanted is None or family_status[j] in wanted)
                  and west <= lon[i] <= east and south <= lat[i] <= north]
        family = [family[i] for i in chosen]
        lon, lat = array("i", [lon[i] for i in chosen]), array("i", [lat[i] for i in chosen])
    family = family if isinstance(family, array) else array("i", family)
    return PlotPoints(lon, lat, family, _take(family_status, family),
                      _take(family_community, family), families, communities)


def _take(values: array, indexes: array) -> array:
    """values[i] for each i of `indexes`, as an array of the same type (numpy's take: one
    C loop for 200,000 plots, not a Python call per plot)."""
    import numpy as np  # only the map needs it

    if not len(indexes):
        return array(values.typecode)
    return array(values.typecode, np.asarray(values)[np.asarray(indexes)].tobytes())


def _read_rows(session: Session, communities: list[tuple[str, str]],
               community_id: str | None):
    """The families (ids, status and community indexes) and the plots (family index, or
    None for a family not read, and coordinates), row by row through the driver."""
    community_at = {id_: i for i, (id_, _) in enumerate(communities)}
    wanted_community = None if community_id is None else community_at.get(community_id, -2)
    families: list[str] = []
    family_at: dict[str, int] = {}
    family_community = array("i")
    for chunk in _chunks(session, LIVING_FAMILIES):
        for id_, community in chunk:
            index = community_at.get(community, -1)
            if wanted_community is None or index == wanted_community:
                family_at[id_] = len(families)
                families.append(id_)
                family_community.append(index)
    none = STATUSES.index(NO_AGREEMENT)
    family_status = array("b", [none]) * len(families)
    family_start = [""] * len(families)
    status_index = {s: i for i, s in enumerate(STATUSES)}
    for chunk in _chunks(session, LATEST_AGREEMENTS):
        for family_id, start, status in chunk:
            j = family_at.get(family_id)
            start = start or ""
            if j is not None and (family_status[j] == none or start > family_start[j]):
                family_status[j], family_start[j] = status_index[status], start
    del family_start
    # The plots, joined to their family column by column (no Python statement per plot),
    # a chunk of rows at a time.
    family: list[int | None] = []
    lon, lat = array("i"), array("i")
    for chunk in _chunks(session, LOCATED_PLOTS):
        family.extend(map(family_at.get, [row[0] for row in chunk]))
        lon.extend([row[1] for row in chunk])
        lat.extend([row[2] for row in chunk])
    return families, family_status, family_community, family, lon, lat


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
        "ORDER BY start_date IS NULL, start_date DESC LIMIT 1"), {"f": family_id}).first()
    return row[0] if row else NO_AGREEMENT


__all__ = [
    "FAMILIES_PER_QUERY", "MICRO", "NO_AGREEMENT", "STATUSES", "PlotDetails", "PlotPoints",
    "family_statuses", "family_statuses_of", "load_plot_points", "plot_boundaries",
    "plot_details", "rings_of",
]

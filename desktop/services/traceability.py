"""Where a lot's coffee came from: a GeoJSON file for the buyer, and plot boundaries.

Export (EU Deforestation Regulation style): an RFC 7946 FeatureCollection in
WGS84 longitude/latitude with six decimals, one feature per producing plot — a
Polygon where the plot's boundary was walked, a Point otherwise. A plot of more
than 4 ha needs a polygon: such plots without a boundary (and deliveries with no
plot, plots with no location at all) are problems reported before anything is
written.

Import: a boundary from a GeoJSON, KML/KMZ or GPX file (what handheld GPS units and
phone apps write), checked before it is stored: a closed ring (a walked track
whose ends meet within a few metres is closed for it), at least three distinct
points, inside Peru, not crossing itself, and an area consistent with the plot's
stated hectares. Areas are measured on the WGS84 ellipsoid through Lambert's
cylindrical equal-area projection (exactly area-preserving), then the shoelace
formula; for plots of a few hectares the straight-edge approximation is far
below GPS error.
"""

from __future__ import annotations

import io
import json
import math
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass, field as dc_field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.files import write_atomically
from desktop.db.plot import Plot
from desktop.db.types import Degrees, Hectares
from desktop.i18n import translate
from desktop.i18n.formatting import fmt_hectares
from desktop.services import cooperative
from desktop.services.errors import FieldError, NotFound, ValidationError
from desktop.services.registry import PERU_LAT, PERU_LON

POINT_LIMIT_HA = Decimal(4)
SIX = Decimal("0.000001")
COUNTRY = "PE"
#: A walked track whose ends are this close is closed for it (metres).
CLOSE_GAP_M = 30.0
#: The measured area may differ from the stated one by this share, or by AREA_SLACK_HA.
AREA_TOLERANCE = Decimal("0.25")
AREA_SLACK_HA = Decimal("0.2")
MAX_POINTS = 20_000
MAX_FILE_BYTES = 20 * 1024 * 1024

# WGS84
_A = 6378137.0
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)


# --- geometry -------------------------------------------------------------------------------

def _q(lat_deg: float) -> float:
    s = math.sin(math.radians(lat_deg))
    return (1 - _E2) * (s / (1 - _E2 * s * s)
                        - (1 / (2 * _E)) * math.log((1 - _E * s) / (1 + _E * s)))


def project(lon: float, lat: float) -> tuple[float, float]:
    """Lambert cylindrical equal-area on the WGS84 ellipsoid, metres."""
    return _A * math.radians(lon), _A * _q(lat) / 2


def _projected(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    points = [project(lon, lat) for lon, lat in ring]
    x0, y0 = points[0]
    return [(x - x0, y - y0) for x, y in points]


def signed_area_m2(ring: list[tuple[float, float]]) -> float:
    """Signed area of a closed (lon, lat) ring in m²: positive when counter-clockwise."""
    pts = _projected(ring)
    total = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        total += x1 * y2 - x2 * y1
    return total / 2


def area_ha(ring: list[tuple[float, float]]) -> Decimal:
    """Area of a closed (lon, lat) ring in hectares, to 4 decimals."""
    return Decimal(abs(signed_area_m2(ring)) / 10_000).quantize(Decimal("0.0001"),
                                                               rounding=ROUND_HALF_UP)


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance between two nearby (lon, lat) points (equirectangular), metres."""
    mean = math.radians((a[1] + b[1]) / 2)
    dx = math.radians(b[0] - a[0]) * math.cos(mean) * _A
    dy = math.radians(b[1] - a[1]) * _A
    return math.hypot(dx, dy)


def _orient(a, b, c) -> int:
    value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return 0 if abs(value) < 1e-9 else (1 if value > 0 else -1)


def _between(a, b, c) -> bool:
    """c (collinear with a-b) lies on segment a-b."""
    return (min(a[0], b[0]) - 1e-9 <= c[0] <= max(a[0], b[0]) + 1e-9
            and min(a[1], b[1]) - 1e-9 <= c[1] <= max(a[1], b[1]) + 1e-9)


def _segments_touch(p1, p2, p3, p4) -> bool:
    d1, d2 = _orient(p3, p4, p1), _orient(p3, p4, p2)
    d3, d4 = _orient(p1, p2, p3), _orient(p1, p2, p4)
    if d1 * d2 < 0 and d3 * d4 < 0:
        return True
    return ((d1 == 0 and _between(p3, p4, p1)) or (d2 == 0 and _between(p3, p4, p2))
            or (d3 == 0 and _between(p1, p2, p3)) or (d4 == 0 and _between(p1, p2, p4)))


def self_intersection(ring: list[tuple[float, float]]) -> int | None:
    """Index of a point where the closed ring crosses or touches itself, or None.

    Segments are swept in order of their west end, so only segments whose
    east-west spans overlap are compared.
    """
    pts = _projected(ring)
    n = len(pts) - 1  # segments; pts[n] == pts[0]
    segments = []
    for i in range(n):
        a, b = pts[i], pts[i + 1]
        segments.append((min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1]), i))
    segments.sort()
    for k, (xmin, xmax, ymin, ymax, i) in enumerate(segments):
        a, b = pts[i], pts[i + 1]
        for xmin2, _xmax2, ymin2, ymax2, j in segments[k + 1:]:
            if xmin2 > xmax + 1e-9:
                break
            if ymin2 > ymax + 1e-9 or ymax2 < ymin - 1e-9:
                continue
            c, d = pts[j], pts[j + 1]
            lo, hi = min(i, j), max(i, j)
            if hi == lo + 1 or (lo == 0 and hi == n - 1):  # neighbours share one point
                if hi == lo + 1:
                    p, q, r = pts[lo], pts[hi], pts[hi + 1]
                else:
                    p, q, r = pts[n - 1], pts[0], pts[1]
                if _orient(p, q, r) == 0 and (
                        (q[0] - p[0]) * (r[0] - q[0]) + (q[1] - p[1]) * (r[1] - q[1])) < 0:
                    return hi  # the boundary doubles back on itself
                continue
            if _segments_touch(a, b, c, d):
                return max(i, j)
    return None


def _round6(value: float) -> float:
    return float(Decimal(repr(value)).quantize(SIX, rounding=ROUND_HALF_UP))


def clean_ring(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Rounded to six decimals, without repeated consecutive points, closed."""
    ring: list[tuple[float, float]] = []
    for lon, lat in points:
        point = (_round6(lon), _round6(lat))
        if not ring or ring[-1] != point:
            ring.append(point)
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring


def counter_clockwise(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The exterior ring in RFC 7946's right-hand order (counter-clockwise)."""
    return ring if signed_area_m2(ring) >= 0 else list(reversed(ring))


# --- reading boundary files ---------------------------------------------------------------

def _error(message: str, **params) -> ValidationError:
    return ValidationError(FieldError("boundary", message, params))


@dataclass
class _Line:
    points: list[tuple[float, float]]
    closed: bool  # a polygon ring (must be closed) rather than a walked track


def _position(value) -> tuple[float, float]:
    if (not isinstance(value, (list, tuple)) or len(value) < 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                       for v in value[:2])):
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file has a coordinate that is not "
                                                     "a pair of numbers."))
    return float(value[0]), float(value[1])


def _geojson_lines(obj, found: list[_Line]) -> None:
    if not isinstance(obj, dict):
        return
    kind = obj.get("type")
    if kind == "FeatureCollection":
        for feature in obj.get("features") or []:
            _geojson_lines(feature, found)
    elif kind == "Feature":
        _geojson_lines(obj.get("geometry"), found)
    elif kind == "GeometryCollection":
        for geometry in obj.get("geometries") or []:
            _geojson_lines(geometry, found)
    elif kind in ("Polygon", "MultiPolygon"):
        polygons = [obj.get("coordinates")] if kind == "Polygon" else obj.get("coordinates")
        for rings in polygons or []:
            if not isinstance(rings, list) or not rings:
                continue
            if len(rings) > 1:
                raise _error(QT_TRANSLATE_NOOP(
                    "Validation", "Boundaries with holes are not supported; keep only the "
                                  "outer ring."))
            found.append(_Line([_position(p) for p in rings[0]], True))
    elif kind in ("LineString", "MultiLineString"):
        lines = [obj.get("coordinates")] if kind == "LineString" else obj.get("coordinates")
        for line in lines or []:
            found.append(_Line([_position(p) for p in line or []], False))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _kml_coordinates(element) -> list[tuple[float, float]]:
    points = []
    for token in (element.text or "").split():
        parts = token.split(",")
        try:
            points.append((float(parts[0]), float(parts[1])))
        except (ValueError, IndexError):
            raise _error(QT_TRANSLATE_NOOP("Validation", "The file has a coordinate that is "
                                                         "not a pair of numbers.")) from None
    return points


def _kml_lines(root) -> list[_Line]:
    found = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "Polygon":
            inner = [e for e in element.iter() if _local(e.tag) == "innerBoundaryIs"]
            if inner:
                raise _error(QT_TRANSLATE_NOOP(
                    "Validation", "Boundaries with holes are not supported; keep only the "
                                  "outer ring."))
            for outer in element.iter():
                if _local(outer.tag) == "outerBoundaryIs":
                    coords = [e for e in outer.iter() if _local(e.tag) == "coordinates"]
                    if coords:
                        found.append(_Line(_kml_coordinates(coords[0]), True))
        elif name == "LineString":
            coords = [e for e in element if _local(e.tag) == "coordinates"]
            if coords:
                found.append(_Line(_kml_coordinates(coords[0]), False))
    return found


def _gpx_point(element) -> tuple[float, float]:
    try:
        return float(element.get("lon")), float(element.get("lat"))
    except (TypeError, ValueError):
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file has a coordinate that is not a "
                                                     "pair of numbers.")) from None


def _gpx_lines(root) -> list[_Line]:
    found = []
    for element in root:
        name = _local(element.tag)
        if name == "trk":
            points = [_gpx_point(p) for seg in element if _local(seg.tag) == "trkseg"
                      for p in seg if _local(p.tag) == "trkpt"]
            if points:
                found.append(_Line(points, False))
        elif name == "rte":
            points = [_gpx_point(p) for p in element if _local(p.tag) == "rtept"]
            if points:
                found.append(_Line(points, False))
    if not found:  # corners marked as waypoints, in the order they were taken
        waypoints = [_gpx_point(p) for p in root if _local(p.tag) == "wpt"]
        if len(waypoints) >= 3:
            found.append(_Line(waypoints, False))
    return found


def _xml_root(data: bytes):
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file could not be read: {reason}"),
                     reason=str(error)) from None


def read_boundary_lines(data: bytes, name: str) -> list[_Line]:
    """Every polygon ring and track in a GeoJSON, KML, KMZ or GPX file's bytes."""
    suffix = Path(name).suffix.lower()
    if suffix == ".kmz" or data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".kml")]
                if not names:
                    raise _error(QT_TRANSLATE_NOOP("Validation",
                                                   "The KMZ file has no KML document inside."))
                chosen = "doc.kml" if "doc.kml" in names else names[0]
                return _kml_lines(_xml_root(archive.read(chosen)))
        except zipfile.BadZipFile:
            raise _error(QT_TRANSLATE_NOOP("Validation", "The file could not be read: {reason}"),
                         reason="zip") from None
    head = data.lstrip()[:400].lower()
    if suffix in (".geojson", ".json") or head.startswith(b"{"):
        try:
            obj = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise _error(QT_TRANSLATE_NOOP("Validation", "The file could not be read: {reason}"),
                         reason=str(error)) from None
        found: list[_Line] = []
        _geojson_lines(obj, found)
        return found
    root = _xml_root(data)
    tag = _local(root.tag).lower()
    if tag == "gpx" or suffix == ".gpx":
        return _gpx_lines(root)
    if tag == "kml" or suffix == ".kml":
        return _kml_lines(root)
    raise _error(QT_TRANSLATE_NOOP("Validation", "Use a GeoJSON, KML, KMZ or GPX file."))


def _inside_peru(lon: float, lat: float) -> bool:
    return (float(PERU_LON[0]) <= lon <= float(PERU_LON[1])
            and float(PERU_LAT[0]) <= lat <= float(PERU_LAT[1]))


@dataclass(frozen=True)
class Boundary:
    ring: list  # closed, counter-clockwise, six decimals, [(lon, lat), …]
    area_ha: Decimal

    def geometry(self) -> dict:
        return {"type": "Polygon", "coordinates": [[[lon, lat] for lon, lat in self.ring]]}

    def centroid(self) -> tuple[float, float]:
        points = self.ring[:-1]
        return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def check_boundary(line: _Line, stated_ha: Decimal | None) -> Boundary:
    """Validate one ring or track; raise ValidationError (field "boundary") when it is not a
    plausible plot boundary."""
    points = line.points
    if len(points) > MAX_POINTS:
        raise _error(QT_TRANSLATE_NOOP("Validation", "The boundary has more than {max} points."),
                     max=MAX_POINTS)
    if points and not all(_inside_peru(lon, lat) for lon, lat in points):
        if all(_inside_peru(lat, lon) for lon, lat in points):
            raise _error(QT_TRANSLATE_NOOP(
                "Validation", "The coordinates look swapped: GeoJSON and KML give longitude "
                              "first, then latitude."))
        raise _error(QT_TRANSLATE_NOOP("Validation", "The boundary is not inside Peru."))
    distinct = {(_round6(lon), _round6(lat)) for lon, lat in points}
    if len(distinct) < 3:
        raise _error(QT_TRANSLATE_NOOP("Validation",
                                       "A boundary needs at least three different points."))
    if line.closed:
        if points[0] != points[-1]:
            raise _error(QT_TRANSLATE_NOOP(
                "Validation", "The boundary ring is not closed: its first and last points "
                              "differ."))
    else:
        gap = distance_m(points[0], points[-1])
        if gap > CLOSE_GAP_M:
            raise _error(QT_TRANSLATE_NOOP(
                "Validation", "The track does not come back to its start: its ends are {gap} m "
                              "apart."), gap=round(gap))
    ring = clean_ring(points)
    crossing = self_intersection(ring) if len(ring) >= 4 else None
    if crossing is not None:
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "The boundary crosses itself (near point {point})."), point=crossing + 1)
    if len(ring) < 4 or abs(signed_area_m2(ring)) < 1.0:
        raise _error(QT_TRANSLATE_NOOP("Validation",
                                       "The boundary encloses no area (its points are in line)."))
    ring = counter_clockwise(ring)
    measured = area_ha(ring)
    if stated_ha is not None and stated_ha > 0:
        allowed = max(stated_ha * AREA_TOLERANCE, AREA_SLACK_HA)
        if abs(measured - stated_ha) > allowed:
            raise ValidationError(FieldError("area_ha", QT_TRANSLATE_NOOP(
                "Validation", "The boundary measures {measured} ha but the plot is registered "
                              "with {stated} ha."),
                {"measured": measured.quantize(Decimal("0.01")),
                 "stated": Decimal(stated_ha).quantize(Decimal("0.01"))}))
    return Boundary(ring, measured)


def read_boundary(data: bytes, name: str, stated_ha: Decimal | None) -> Boundary:
    """The one boundary in a file's bytes, validated."""
    if len(data) > MAX_FILE_BYTES:
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file is too large for a plot "
                                                     "boundary."))
    lines = [line for line in read_boundary_lines(data, name) if line.points]
    if not lines:
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file has no boundary: no polygon, "
                                                     "track or route."))
    if len(lines) > 1:
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file has {count} boundaries or "
                                                     "tracks; keep only this plot's one."),
                     count=len(lines))
    return check_boundary(lines[0], stated_ha)


def import_boundary(session: Session, plot_id: str, path: Path | str,
                    accept_measured_area: bool = False) -> Boundary:
    """Read, validate and store a plot's boundary from a GeoJSON, KML, KMZ or GPX file.

    With `accept_measured_area`, a boundary whose area differs from the registered
    one replaces the plot's area with the measured one instead of being refused.
    A plot without coordinates gets the boundary's centre.
    """
    plot = session.get(Plot, plot_id)
    if plot is None or plot.deleted_at is not None:
        raise NotFound("plot", plot_id)
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file could not be read: {reason}"),
                     reason=error.strerror or str(error)) from None
    boundary = read_boundary(data, path.name, None if accept_measured_area else plot.area_ha)
    plot.boundary_geojson = json.dumps(boundary.geometry())
    if accept_measured_area and boundary.area_ha != plot.area_ha:
        plot.area_ha = boundary.area_ha
    if plot.latitude is None or plot.longitude is None:
        lon, lat = boundary.centroid()
        plot.longitude = Decimal(repr(lon)).quantize(SIX)
        plot.latitude = Decimal(repr(lat)).quantize(SIX)
    session.commit()
    return boundary


# --- the lot's GeoJSON ---------------------------------------------------------------------

OVER_4HA_WITHOUT_BOUNDARY = "over_4ha_without_boundary"
NO_LOCATION = "no_location"
BAD_BOUNDARY = "bad_boundary"
NO_PLOT = "no_plot"
EMPTY_LOT = "empty_lot"

_PROBLEM_TEXT = {
    OVER_4HA_WITHOUT_BOUNDARY: QT_TRANSLATE_NOOP(
        "Traceability", "{producer} ({member}), plot {plot}: {area} ha without a boundary; "
                        "plots over 4 ha need a polygon."),
    NO_LOCATION: QT_TRANSLATE_NOOP(
        "Traceability", "{producer} ({member}), plot {plot}: no coordinates and no boundary."),
    BAD_BOUNDARY: QT_TRANSLATE_NOOP(
        "Traceability", "{producer} ({member}), plot {plot}: the stored boundary is not a "
                        "valid polygon; import it again."),
    NO_PLOT: QT_TRANSLATE_NOOP(
        "Traceability", "Receipt {receipts} ({producer}) has no plot: its coffee cannot be "
                        "traced."),
    EMPTY_LOT: QT_TRANSLATE_NOOP("Traceability", "Lot {lot} has no deliveries."),
}


@dataclass(frozen=True)
class TraceProblem:
    code: str
    lot: str = ""
    plot_id: str | None = None
    plot: str = ""
    producer: str = ""
    member: str = ""
    area_ha: Decimal | None = None
    receipts: tuple = ()

    def text(self, lang: str | None = None) -> str:
        return translate("Traceability", _PROBLEM_TEXT[self.code], lang).format(
            producer=self.producer, member=self.member, plot=self.plot, lot=self.lot,
            area=fmt_hectares(self.area_ha, lang) if self.area_ha is not None else "",
            receipts=", ".join(self.receipts))


class TraceabilityProblems(Exception):
    """The lot cannot be exported as it is; `problems` says what to fix, plot by plot."""

    def __init__(self, lot_code: str, problems: list[TraceProblem]):
        self.lot_code, self.problems = lot_code, problems
        super().__init__("; ".join(p.text("en") for p in problems))

    def text(self, lang: str | None = None) -> str:
        return "\n".join(p.text(lang) for p in self.problems)


@dataclass
class LotTrace:
    lot_code: str
    features: list[dict] = dc_field(default_factory=list)
    problems: list[TraceProblem] = dc_field(default_factory=list)

    @property
    def polygons(self) -> int:
        return sum(1 for f in self.features if f["geometry"]["type"] == "Polygon")

    @property
    def points(self) -> int:
        return sum(1 for f in self.features if f["geometry"]["type"] == "Point")

    def geojson(self) -> dict:
        return {"type": "FeatureCollection", "features": self.features}


def _number(value: Decimal | None, places: int):
    if value is None:
        return None
    return float(Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _stored_ring(boundary_geojson: str) -> list[tuple[float, float]] | None:
    """The exterior ring of a stored boundary, cleaned and oriented, or None if unusable."""
    try:
        geometry = json.loads(boundary_geojson)
        if geometry.get("type") == "Feature":
            geometry = geometry.get("geometry") or {}
        if geometry.get("type") == "MultiPolygon" and len(geometry["coordinates"]) == 1:
            geometry = {"type": "Polygon", "coordinates": geometry["coordinates"][0]}
        if geometry.get("type") != "Polygon":
            return None
        ring = clean_ring([_position(p) for p in geometry["coordinates"][0]])
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, ValidationError):
        return None
    if len(ring) < 4 or abs(signed_area_m2(ring)) < 1.0:
        return None
    return counter_clockwise(ring)


_LOT_PLOTS_SQL = f"""
SELECT d.plot_id, d.membership_id, m.member_code, {cooperative.MEMBER_NAME_SQL} AS producer,
  count(*) AS n, sum(d.net_kg) AS kg, group_concat(d.flags, ',') AS flags,
  group_concat(d.receipt_number, ', ') AS receipts
FROM deliveries d JOIN memberships m ON m.id = d.membership_id
WHERE d.lot_id = :lot AND d.deleted_at IS NULL AND d.voided_at IS NULL
GROUP BY d.plot_id, d.membership_id
ORDER BY min(d.receipt_number)
"""

_PLOTS_SQL = """
SELECT pl.id, pl.name, pl.area_ha, pl.latitude, pl.longitude, pl.boundary_geojson,
  pl.family_id, f.code AS family_code, coalesce(c.name, '') AS community
FROM plots pl JOIN families f ON f.id = pl.family_id
LEFT JOIN communities c ON c.id = f.community_id
WHERE pl.id IN ({marks})
"""

_COVERING_SQL = """
SELECT ap.plot_id AS key, a.id, a.number, a.status, a.start_date
FROM agreement_plots ap JOIN agreements a ON a.id = ap.agreement_id
WHERE a.deleted_at IS NULL AND ap.plot_id IN ({marks})
"""

_FAMILY_AGREEMENTS_SQL = """
SELECT a.family_id AS key, a.number, a.status, a.start_date
FROM agreements a WHERE a.deleted_at IS NULL AND a.family_id IN ({marks})
"""

_VISITS_SQL = """
SELECT v.agreement_id, v.visited_on, v.result, v.created_at
FROM compliance_visits v WHERE v.deleted_at IS NULL AND v.agreement_id IN ({marks})
"""


def _rows_in(session: Session, sql: str, ids) -> list:
    """Run `sql` (with an IN ({marks}) list) over `ids` in chunks SQLite accepts."""
    ids, rows = list(ids), []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        rows += session.execute(text(sql.format(marks=marks)),
                                {f"i{n}": v for n, v in enumerate(chunk)}).all()
    return rows


def _best_agreements(rows) -> dict:
    """key -> (number, status) of an active agreement first, else the latest by start date."""
    best: dict = {}
    for r in rows:
        rank = (r.status == "active", str(r.start_date or ""))
        if r.key not in best or rank > best[r.key][0]:
            best[r.key] = (rank, r.number, r.status)
    return {k: (number, status) for k, (_, number, status) in best.items()}


def lot_traceability(session: Session, lot_id: str) -> LotTrace:
    """The lot's features and every problem that would make a buyer reject the file.

    A handful of set-based queries whatever the lot's size (no query per plot).
    """
    lot = cooperative.get_lot(session, lot_id)
    trace = LotTrace(lot.code)
    rows = list(session.execute(text(_LOT_PLOTS_SQL), {"lot": lot.id}))
    if not rows:
        trace.problems.append(TraceProblem(EMPTY_LOT, lot=lot.code))
        return trace
    by_plot: dict[str, dict] = {}
    for r in rows:
        if r.plot_id is None:
            trace.problems.append(TraceProblem(
                NO_PLOT, lot=lot.code, producer=r.producer, member=r.member_code,
                receipts=tuple(r.receipts.split(", "))))
            continue
        entry = by_plot.setdefault(r.plot_id, {"member_code": r.member_code,
                                               "producer": r.producer, "n": 0, "kg": 0,
                                               "flags": set()})
        entry["n"] += r.n
        entry["kg"] += r.kg
        entry["flags"].update(f for f in (r.flags or "").split(",") if f)
    plots = {p.id: p for p in _rows_in(session, _PLOTS_SQL, by_plot)}
    covering_rows = _rows_in(session, _COVERING_SQL, by_plot)
    covering = _best_agreements(covering_rows)
    uncovered_families = {p.family_id for p in plots.values() if p.id not in covering}
    family_agreements = _best_agreements(_rows_in(session, _FAMILY_AGREEMENTS_SQL,
                                                  uncovered_families))
    plots_of: dict[str, list] = {}
    for r in covering_rows:
        plots_of.setdefault(r.id, []).append(r.key)
    visits: dict[str, tuple] = {}  # the latest visit of an agreement covering each plot
    for v in _rows_in(session, _VISITS_SQL, plots_of):
        key = (str(v.visited_on), str(v.created_at))
        for plot_id in plots_of[v.agreement_id]:
            if plot_id not in visits or key > visits[plot_id][0]:
                visits[plot_id] = (key, str(v.visited_on)[:10], v.result)

    for plot_id, entry in by_plot.items():
        plot = plots[plot_id]
        area = Hectares.process_result_value(plot.area_ha, None)
        common = dict(lot=lot.code, plot_id=plot.id, plot=plot.name, producer=entry["producer"],
                      member=entry["member_code"], area_ha=area)
        if plot.boundary_geojson:
            ring = _stored_ring(plot.boundary_geojson)
            if ring is None:
                trace.problems.append(TraceProblem(BAD_BOUNDARY, **common))
                continue
            geometry = {"type": "Polygon", "coordinates": [[[lon, lat] for lon, lat in ring]]}
        elif area > POINT_LIMIT_HA:
            trace.problems.append(TraceProblem(OVER_4HA_WITHOUT_BOUNDARY, **common))
            continue
        elif plot.latitude is None or plot.longitude is None:
            trace.problems.append(TraceProblem(NO_LOCATION, **common))
            continue
        else:
            geometry = {"type": "Point", "coordinates": [
                _number(Degrees.process_result_value(plot.longitude, None), 6),
                _number(Degrees.process_result_value(plot.latitude, None), 6)]}
        agreement = covering.get(plot.id) or family_agreements.get(plot.family_id)
        visit = visits.get(plot.id)
        place = f"{plot.name}, {plot.community}" if plot.community else plot.name
        trace.features.append({
            "type": "Feature",
            "id": plot.id,
            "geometry": geometry,
            "properties": {
                # the names the EU information system reads
                "ProducerName": entry["producer"],
                "ProducerCountry": COUNTRY,
                "ProductionPlace": place,
                "Area": _number(area, 4),
                # the programme's evidence
                "producer": entry["producer"],
                "member_code": entry["member_code"],
                "family_code": plot.family_code,
                "plot": plot.name,
                "area_ha": _number(area, 4),
                "kg": _number(cooperative._kg(entry["kg"]), 3),
                "deliveries": entry["n"],
                "agreement_number": agreement[0] if agreement else None,
                "agreement_status": agreement[1] if agreement else None,
                "last_visit_date": visit[1] if visit else None,
                "last_visit_result": visit[2] if visit else None,
                "flags": sorted(entry["flags"]),
            },
        })
    return trace


def lot_geojson(session: Session, lot_id: str) -> dict:
    """The lot's FeatureCollection, or TraceabilityProblems when a buyer would reject it."""
    trace = lot_traceability(session, lot_id)
    if trace.problems:
        raise TraceabilityProblems(trace.lot_code, trace.problems)
    return trace.geojson()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    features: int
    polygons: int
    points: int
    net_kg: Decimal


def export_lot(session: Session, lot_id: str, path: Path | str) -> ExportResult:
    """Write the lot's GeoJSON to `path` (UTF-8, all or nothing)."""
    trace = lot_traceability(session, lot_id)
    if trace.problems:
        raise TraceabilityProblems(trace.lot_code, trace.problems)
    path = Path(path)
    payload = json.dumps(trace.geojson(), ensure_ascii=False, indent=1)
    write_atomically(path, lambda temporary: Path(temporary).write_text(
        payload + "\n", encoding="utf-8"), ".geojson.part")
    total = sum((Decimal(repr(f["properties"]["kg"])) for f in trace.features), Decimal(0))
    return ExportResult(path, len(trace.features), trace.polygons, trace.points, total)


__all__ = [
    "import_boundary", "read_boundary", "check_boundary", "area_ha", "lot_traceability",
    "lot_geojson", "export_lot", "TraceabilityProblems", "TraceProblem",
]

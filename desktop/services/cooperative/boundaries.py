"""A plot's boundary from a GeoJSON, KML/KMZ or GPX file (what handheld GPS units and phone
apps write), checked before it is stored.

A boundary must be a closed ring (a walked track whose ends meet within a few metres
is closed for it), have at least three distinct points, lie inside Peru, not cross
itself, and measure an area consistent with the plot's stated hectares.
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.db.plot import Plot
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import live
from desktop.services.cooperative.geometry import (
    SIX,
    area_ha,
    clean_ring,
    counter_clockwise,
    distance_m,
    round6,
    self_intersection,
    signed_area_m2,
)
from desktop.services.errors import FieldError, ValidationError
from desktop.services.people.permissions import require
from desktop.services.registry import PERU_LAT, PERU_LON

#: A walked track whose ends are this close is closed for it (metres).
CLOSE_GAP_M = 30.0
#: The measured area may differ from the stated one by this share, or by AREA_SLACK_HA.
AREA_TOLERANCE = Decimal("0.25")
AREA_SLACK_HA = Decimal("0.2")
MAX_POINTS = 20_000
MAX_FILE_BYTES = 20 * 1024 * 1024


def _error(message: str, **params) -> ValidationError:
    return ValidationError(FieldError("boundary", message, params))


@dataclass
class Line:
    """One polygon ring or track found in a file, (lon, lat) points in the file's order."""

    points: list[tuple[float, float]]
    closed: bool  # a polygon ring (must be closed) rather than a walked track


def position(value) -> tuple[float, float]:
    """A GeoJSON position as (lon, lat); ValidationError when it is not a pair of numbers."""
    if (not isinstance(value, (list, tuple)) or len(value) < 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                       for v in value[:2])):
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file has a coordinate that is not "
                                                     "a pair of numbers."))
    return float(value[0]), float(value[1])


def _geojson_lines(obj, found: list[Line]) -> None:
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
            found.append(Line([position(p) for p in rings[0]], True))
    elif kind in ("LineString", "MultiLineString"):
        lines = [obj.get("coordinates")] if kind == "LineString" else obj.get("coordinates")
        for line in lines or []:
            found.append(Line([position(p) for p in line or []], False))


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


def _kml_lines(root) -> list[Line]:
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
                        found.append(Line(_kml_coordinates(coords[0]), True))
        elif name == "LineString":
            coords = [e for e in element if _local(e.tag) == "coordinates"]
            if coords:
                found.append(Line(_kml_coordinates(coords[0]), False))
    return found


def _gpx_point(element) -> tuple[float, float]:
    try:
        return float(element.get("lon")), float(element.get("lat"))
    except (TypeError, ValueError):
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file has a coordinate that is not a "
                                                     "pair of numbers.")) from None


def _gpx_lines(root) -> list[Line]:
    found = []
    for element in root:
        name = _local(element.tag)
        if name == "trk":
            points = [_gpx_point(p) for seg in element if _local(seg.tag) == "trkseg"
                      for p in seg if _local(p.tag) == "trkpt"]
            if points:
                found.append(Line(points, False))
        elif name == "rte":
            points = [_gpx_point(p) for p in element if _local(p.tag) == "rtept"]
            if points:
                found.append(Line(points, False))
    if not found:  # corners marked as waypoints, in the order they were taken
        waypoints = [_gpx_point(p) for p in root if _local(p.tag) == "wpt"]
        if len(waypoints) >= 3:
            found.append(Line(waypoints, False))
    return found


def _xml_root(data: bytes):
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise _error(QT_TRANSLATE_NOOP("Validation", "The file could not be read: {reason}"),
                     reason=str(error)) from None


def read_boundary_lines(data: bytes, name: str) -> list[Line]:
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
        found: list[Line] = []
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


def check_boundary(line: Line, stated_ha: Decimal | None) -> Boundary:
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
    distinct = {(round6(lon), round6(lat)) for lon, lat in points}
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
    require(session, "cooperative.edit")
    plot = live(session, Plot, plot_id, "plot")
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


__all__ = [
    "CLOSE_GAP_M", "AREA_TOLERANCE", "AREA_SLACK_HA", "MAX_POINTS", "MAX_FILE_BYTES", "Line",
    "position", "read_boundary_lines", "Boundary", "check_boundary", "read_boundary",
    "import_boundary",
]

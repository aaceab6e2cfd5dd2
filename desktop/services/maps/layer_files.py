"""Reference layers from files: the protected area's boundary, communities, rivers, roads —
read from GeoJSON, KML, KMZ or a zipped shapefile into plain features, every coordinate
checked.

A file that is not what it claims, too big, nested too deep, in metres of a projected
system instead of degrees, with its coordinates swapped, or nowhere near Peru is refused
with one translated line (a ValidationError on the field "layer"); nothing is kept.
A zipped shapefile (.shp, .shx, .dbf, and .prj when it has one) is read with pyshp; one in
a projected system (UTM, say) is refused with a way out (QGIS saves it in WGS 84), since
the program does not reproject. A lone .shp is refused: its parts travel together in a zip.
"""

from __future__ import annotations

import io
import json
import math
import struct
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import FieldError, ValidationError
from desktop.services.registry import PERU_LAT, PERU_LON

MAX_LAYER_BYTES = 50 * 1024 * 1024
MAX_LAYER_POINTS = 1_000_000
MAX_DEPTH = 40
#: Property names that hold a feature's name, in order of preference (lower case;
#: SERNANP's protected areas use anp_nomb, INEI's villages nomb_ccpp).
NAME_KEYS = ("name", "nombre", "anp_nomb", "nomb_ccpp", "nom_ccpp", "title", "label")
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def layer_error(message: str, **params) -> ValidationError:
    return ValidationError(FieldError("layer", message, params))


@dataclass
class Feature:
    """One named thing of a layer: `kind` is "point", "line" or "polygon"; `parts` are its
    points' (lon, lat) lists (a point has one part of one position; a polygon's parts are
    its rings, holes included)."""

    name: str
    kind: str
    parts: list[list[tuple[float, float]]]

    def geometry(self) -> dict:
        if self.kind == "point":
            lon, lat = self.parts[0][0]
            return {"type": "Point", "coordinates": [lon, lat]}
        if self.kind == "line":
            return {"type": "LineString", "coordinates": [list(p) for p in self.parts[0]]}
        return {"type": "Polygon",
                "coordinates": [[list(p) for p in ring] for ring in self.parts]}


class _Reader:
    """Collects features and counts positions, refusing as soon as a limit is passed."""

    def __init__(self):
        self.features: list[Feature] = []
        self.positions = 0

    def position(self, value) -> tuple[float, float]:
        if (not isinstance(value, (list, tuple)) or len(value) < 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                           for v in value[:2])):
            raise layer_error(QT_TRANSLATE_NOOP(
                "Validation", "The file has a coordinate that is not a pair of numbers."))
        return self.checked(float(value[0]), float(value[1]))

    def checked(self, lon: float, lat: float) -> tuple[float, float]:
        self.positions += 1
        if self.positions > MAX_LAYER_POINTS:
            raise layer_error(QT_TRANSLATE_NOOP(
                "Validation", "The layer has more than {max} points; simplify it first."),
                max=f"{MAX_LAYER_POINTS:,}")
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise layer_error(QT_TRANSLATE_NOOP(
                "Validation", "The file has a coordinate that is not a pair of numbers."))
        if abs(lon) > 180 or abs(lat) > 90:
            if abs(lon) > 1000 or abs(lat) > 1000:
                raise layer_error(QT_TRANSLATE_NOOP(
                    "Validation", "The coordinates are in metres of a projected system (such "
                                  "as UTM), not in degrees: save the layer as WGS84 longitude "
                                  "and latitude (EPSG:4326)."))
            raise layer_error(QT_TRANSLATE_NOOP(
                "Validation", "The file has a coordinate out of range: {lon}, {lat}."),
                lon=lon, lat=lat)
        return round(lon, 6), round(lat, 6)

    def add(self, name: str, kind: str, parts: list) -> None:
        parts = [part for part in parts if part]
        minimum = {"point": 1, "line": 2, "polygon": 3}[kind]
        parts = [part for part in parts if len(part) >= minimum]
        if not parts:
            return
        if kind == "polygon":
            parts = [ring if ring[0] == ring[-1] else [*ring, ring[0]] for ring in parts]
        self.features.append(Feature(name, kind, parts))


def _name(properties) -> str:
    if not isinstance(properties, dict):
        return ""
    lowered = {str(k).lower(): v for k, v in properties.items()}
    for key in NAME_KEYS:
        value = lowered.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) \
                and str(value).strip():
            return str(value).strip()[:120]
    return ""


def _geojson(reader: _Reader, obj, name: str = "", depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise layer_error(QT_TRANSLATE_NOOP("Validation", "The file is nested too deeply to "
                                                          "be a map layer."))
    if not isinstance(obj, dict):
        return
    kind = obj.get("type")
    coordinates = obj.get("coordinates")
    if kind == "FeatureCollection":
        features = obj.get("features")
        for feature in features if isinstance(features, list) else []:
            _geojson(reader, feature, "", depth + 1)
    elif kind == "Feature":
        _geojson(reader, obj.get("geometry"), _name(obj.get("properties")), depth + 1)
    elif kind == "GeometryCollection":
        geometries = obj.get("geometries")
        for geometry in geometries if isinstance(geometries, list) else []:
            _geojson(reader, geometry, name, depth + 1)
    elif not isinstance(coordinates, list):
        return
    elif kind == "Point":
        reader.add(name, "point", [[reader.position(coordinates)]])
    elif kind in ("MultiPoint", "LineString"):
        points = [reader.position(p) for p in coordinates]
        if kind == "LineString":
            reader.add(name, "line", [points])
        else:
            for point in points:
                reader.add(name, "point", [[point]])
    elif kind in ("MultiLineString", "Polygon"):
        parts = [[reader.position(p) for p in _list(part)] for part in coordinates]
        if kind == "Polygon":
            reader.add(name, "polygon", parts)
        else:
            for part in parts:
                reader.add(name, "line", [part])
    elif kind == "MultiPolygon":
        for polygon in coordinates:
            reader.add(name, "polygon",
                       [[reader.position(p) for p in _list(ring)] for ring in _list(polygon)])


def _list(value) -> list:
    if not isinstance(value, list):
        raise layer_error(QT_TRANSLATE_NOOP(
            "Validation", "The file has a coordinate that is not a pair of numbers."))
    return value


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _kml_points(reader: _Reader, element) -> list[tuple[float, float]]:
    points = []
    for token in (element.text or "").split():
        parts = token.split(",")
        try:
            lon, lat = float(parts[0]), float(parts[1])
        except (ValueError, IndexError):
            raise layer_error(QT_TRANSLATE_NOOP(
                "Validation", "The file has a coordinate that is not a pair of numbers.")) \
                from None
        points.append(reader.checked(lon, lat))
    return points


def _kml_coordinates(reader: _Reader, element) -> list[tuple[float, float]]:
    for child in element.iter():
        if _local(child.tag) == "coordinates":
            return _kml_points(reader, child)
    return []


def _kml(reader: _Reader, root) -> None:
    for placemark in root.iter():
        if _local(placemark.tag) != "Placemark":
            continue
        name = next((c.text or "" for c in placemark if _local(c.tag) == "name"), "")
        name = name.strip()[:120]
        for element in placemark.iter():
            tag = _local(element.tag)
            if tag == "Point":
                reader.add(name, "point", [_kml_coordinates(reader, element)[:1]])
            elif tag == "LineString":
                reader.add(name, "line", [_kml_coordinates(reader, element)])
            elif tag == "Polygon":
                rings = [_kml_coordinates(reader, boundary) for boundary in element
                         if _local(boundary.tag) in ("outerBoundaryIs", "innerBoundaryIs")]
                reader.add(name, "polygon", rings)


def _xml(data: bytes):
    # Entities are how an XML file grows a billion times once read: a map layer needs none.
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data:
        raise layer_error(QT_TRANSLATE_NOOP("Validation", "The file is not GeoJSON or KML: "
                                                          "{reason}"), reason="DOCTYPE")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise layer_error(QT_TRANSLATE_NOOP("Validation", "The file is not GeoJSON or KML: "
                                                          "{reason}"), reason=str(error)) from None


def _from_zip(data: bytes) -> bytes | dict:
    """The KML inside a KMZ, or a zipped shapefile's parts ({".shp": bytes, …})."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            kml = [e for e in entries if e.filename.lower().endswith(".kml")]
            if not kml:
                if any(e.filename.lower().endswith(".shp") for e in entries):
                    return _shapefile_parts(archive, entries)
                raise layer_error(QT_TRANSLATE_NOOP(
                    "Validation", "The zip file has no KML or GeoJSON layer inside."))
            chosen = next((e for e in kml if e.filename.lower() == "doc.kml"), kml[0])
            return _member(archive, chosen)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
            OSError, RuntimeError) as error:
        raise layer_error(QT_TRANSLATE_NOOP("Validation", "The file is not GeoJSON or KML: "
                                                          "{reason}"), reason=str(error)) from None


def _member(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    if entry.file_size > MAX_LAYER_BYTES:
        raise too_big(entry.file_size)
    with archive.open(entry) as inner:
        content = inner.read(MAX_LAYER_BYTES + 1)
    if len(content) > MAX_LAYER_BYTES:
        raise too_big(len(content))
    return content


def _shapefile_parts(archive: zipfile.ZipFile, entries) -> dict:
    """The first shapefile's parts, by suffix (they share its name)."""
    shp = next(e for e in entries if e.filename.lower().endswith(".shp"))
    stem = shp.filename[:-4].lower()
    parts = {e.filename[-4:].lower(): _member(archive, e) for e in entries
             if e.filename[:-4].lower() == stem and e.filename[-4:].lower() in SHAPEFILE_PARTS}
    if ".dbf" not in parts or ".shx" not in parts:
        raise shapefile_error()
    return parts


def _shapefile(reader: "_Reader", parts: dict) -> None:
    """A zipped shapefile's features through the GeoJSON reader (pyshp gives GeoJSON)."""
    import shapefile  # pyshp

    prj = parts.get(".prj", b"").decode("latin-1").upper()
    if "PROJCS" in prj:
        raise layer_error(QT_TRANSLATE_NOOP(
            "Validation", "The shapefile is in a projected system (metres): save it in WGS 84 "
                          "(EPSG:4326) and import it again (in QGIS: Export, Save Features As)."))
    encoding = parts.get(".cpg", b"").decode("ascii", "replace").strip() or "latin-1"
    try:
        with shapefile.Reader(shp=io.BytesIO(parts[".shp"]), shx=io.BytesIO(parts[".shx"]),
                              dbf=io.BytesIO(parts[".dbf"]), encoding=encoding,
                              encodingErrors="replace") as shapes:
            for item in shapes.iterShapeRecords():
                properties = {str(k).lower(): v for k, v in item.record.as_dict().items()}
                _geojson(reader, {"type": "Feature", "geometry": item.shape.__geo_interface__,
                                  "properties": properties})
    except (shapefile.ShapefileException, ValueError, LookupError, struct.error,
            IndexError, EOFError) as error:
        raise layer_error(QT_TRANSLATE_NOOP("Validation", "The file is not GeoJSON or KML: "
                                                          "{reason}"),
                          reason=str(error)[:120]) from None


def shapefile_error() -> ValidationError:
    return layer_error(QT_TRANSLATE_NOOP(
        "Validation", "A shapefile is read from a zip holding its .shp, .shx and .dbf (and "
                      ".prj): zip them together and import the zip."))


def too_big(size: int) -> ValidationError:
    return layer_error(QT_TRANSLATE_NOOP(
        "Validation", "The file is too large for a map layer ({size} MB; at most {max} MB)."),
        size=round(size / 1024 / 1024), max=MAX_LAYER_BYTES // 1024 // 1024)


def _near_peru(features: list[Feature]) -> None:
    """Refuse a layer with no point in Peru's box, saying so when its axes look swapped."""
    def inside(lon, lat):
        return (float(PERU_LON[0]) <= lon <= float(PERU_LON[1])
                and float(PERU_LAT[0]) <= lat <= float(PERU_LAT[1]))

    points = [p for f in features for part in f.parts for p in part]
    if any(inside(lon, lat) for lon, lat in points):
        return
    if any(inside(lat, lon) for lon, lat in points):
        raise layer_error(QT_TRANSLATE_NOOP(
            "Validation", "The coordinates look swapped: GeoJSON and KML give longitude "
                          "first, then latitude."))
    raise layer_error(QT_TRANSLATE_NOOP(
        "Validation", "The layer is nowhere near Peru: check that it is the right file."))


def read_layer(data: bytes, name: str) -> list[Feature]:
    """The features of a GeoJSON, KML, KMZ or zipped shapefile's bytes, checked;
    ValidationError else."""
    suffix = Path(name).suffix.lower()
    if suffix in SHAPEFILE_PARTS:
        raise shapefile_error()
    if len(data) > MAX_LAYER_BYTES:
        raise too_big(len(data))
    reader = _Reader()
    if data[:4] == b"PK\x03\x04" or suffix in (".kmz", ".zip"):
        data = _from_zip(data)
        suffix = ".kml"
    head = b"" if isinstance(data, dict) else data.lstrip()[:1]
    if isinstance(data, dict):
        _shapefile(reader, data)
    elif head in (b"{", b"[") or (suffix in (".geojson", ".json") and head != b"<"):
        try:
            obj = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            reason = str(error)[:120] if not isinstance(error, RecursionError) else "depth"
            raise layer_error(QT_TRANSLATE_NOOP("Validation", "The file is not GeoJSON or "
                                                              "KML: {reason}"),
                              reason=reason) from None
        _geojson(reader, obj)
    elif head == b"<" or suffix == ".kml":
        root = _xml(data)
        if _local(root.tag).lower() != "kml":
            raise layer_error(QT_TRANSLATE_NOOP("Validation", "The file is not GeoJSON or "
                                                              "KML: {reason}"),
                              reason=_local(root.tag)[:40])
        _kml(reader, root)
    else:
        raise layer_error(QT_TRANSLATE_NOOP("Validation", "Use a GeoJSON, KML, KMZ or zipped "
                                                          "shapefile."))
    if not reader.features:
        raise layer_error(QT_TRANSLATE_NOOP(
            "Validation", "The file has no map features (points, lines or polygons)."))
    _near_peru(reader.features)
    return reader.features


__all__ = [
    "MAX_DEPTH", "MAX_LAYER_BYTES", "MAX_LAYER_POINTS", "NAME_KEYS", "SHAPEFILE_PARTS", "Feature",
    "layer_error", "read_layer", "shapefile_error", "too_big",
]

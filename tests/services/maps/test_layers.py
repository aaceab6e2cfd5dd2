"""Reference layers: imported once from GeoJSON, KML or KMZ, kept across restarts; a file that
is not a layer gets one translated line and nothing is kept."""

import json
import zipfile

import pytest

from desktop.i18n import set_language
from desktop.services import maps
from desktop.services.errors import ValidationError

AREA = [[-77.7, -5.9], [-77.3, -5.9], [-77.3, -5.6], [-77.7, -5.6], [-77.7, -5.9]]
HOLE = [[-77.5, -5.8], [-77.45, -5.8], [-77.45, -5.75], [-77.5, -5.8]]


def geojson(**overrides):
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ANP_NOMB": "Bosque de Protección Alto Mayo"},
         "geometry": {"type": "Polygon", "coordinates": [AREA, HOLE]}},
        {"type": "Feature", "properties": {"nombre": "Aguas Claras"},
         "geometry": {"type": "Point", "coordinates": [-77.45, -5.72]}},
        {"type": "Feature", "properties": {},
         "geometry": {"type": "MultiLineString",
                      "coordinates": [[[-77.6, -5.8], [-77.5, -5.7]]]}},
    ]}
    collection.update(overrides)
    return json.dumps(collection)


KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Alto Mayo</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
-77.7,-5.9,0 -77.3,-5.9,0 -77.3,-5.6,0 -77.7,-5.6,0 -77.7,-5.9,0
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>Nueva Esperanza</name><Point><coordinates>-77.41,-5.66</coordinates></Point>
</Placemark></Document></kml>"""


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "layers"


def test_a_geojson_layer_is_kept_for_the_next_start(tmp_path, folder):
    source = tmp_path / "Bosque de Protección.geojson"
    source.write_text(geojson(), encoding="utf-8")
    layer = maps.import_layer(source, folder)
    assert layer.name == "Bosque de Protección"
    assert layer.counts() == {"polygon": 1, "point": 1, "line": 1}
    kept, problems = maps.list_layers(folder)  # what the next start reads
    assert problems == [] and [k.name for k in kept] == ["Bosque de Protección"]
    polygon = next(f for f in kept[0].features if f.kind == "polygon")
    assert polygon.name == "Bosque de Protección Alto Mayo" and len(polygon.parts) == 2
    assert {f.name for f in kept[0].features} >= {"Aguas Claras"}
    assert maps.remove_layer("Bosque de Protección", folder)
    assert maps.list_layers(folder) == ([], [])


def test_kml_and_kmz(tmp_path, folder):
    kml = tmp_path / "areas.kml"
    kml.write_text(KML, encoding="utf-8")
    assert maps.import_layer(kml, folder).counts() == {"polygon": 1, "point": 1, "line": 0}
    kmz = tmp_path / "communities.kmz"
    with zipfile.ZipFile(kmz, "w") as archive:
        archive.writestr("doc.kml", KML)
    assert [f.name for f in maps.import_layer(kmz, folder).features] == ["Alto Mayo",
                                                                         "Nueva Esperanza"]
    assert [k.name for k in maps.list_layers(folder)[0]] == ["areas", "communities"]


def shapefile_zip(path, prj: str = "GEOGCS[\"GCS_WGS_1984\"]", broken: bool = False):
    """A real zipped shapefile written with pyshp: SERNANP's way of naming the area."""
    import io

    import shapefile

    shp, shx, dbf = io.BytesIO(), io.BytesIO(), io.BytesIO()
    with shapefile.Writer(shp=shp, shx=shx, dbf=dbf, shapeType=shapefile.POLYGON) as writer:
        writer.field("ANP_NOMB", "C", size=80)
        writer.poly([[(-77.6, -5.8), (-77.4, -5.8), (-77.4, -5.6), (-77.6, -5.8)]])
        writer.record("Bosque de Protección Alto Mayo")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("anp.shp", shp.getvalue()[:60] if broken else shp.getvalue())
        archive.writestr("anp.shx", shx.getvalue())
        archive.writestr("anp.dbf", dbf.getvalue())
        archive.writestr("anp.cpg", "UTF-8")
        archive.writestr("anp.prj", prj)
    return path


BAD = {
    "not json.geojson": (b"{this is not json", "The file is not GeoJSON or KML"),
    "list.geojson": (b"[1, 2, 3]", "The file has no map features"),
    "other.json": (b'{"name": "a spreadsheet export", "rows": []}',
                   "The file has no map features"),
    "words.geojson": (geojson(features=[{"type": "Feature", "geometry": {
        "type": "Point", "coordinates": ["-77.5", "x"]}}]).encode(), "not a pair of numbers"),
    "infinite.geojson": (b'{"type": "Point", "coordinates": [1e999, -5.7]}',
                         "not a pair of numbers"),
    "utm.geojson": (b'{"type": "Point", "coordinates": [250000.5, 9370000.1]}',
                    "projected system"),
    "range.geojson": (b'{"type": "Point", "coordinates": [-190, -5.7]}', "out of range"),
    "swapped.geojson": (b'{"type": "Point", "coordinates": [-5.7, -77.5]}', "swapped"),
    "paris.geojson": (b'{"type": "Point", "coordinates": [2.35, 48.85]}', "nowhere near Peru"),
    "deep.geojson": (b"[" * 100_000 + b"]" * 100_000, "The file is not GeoJSON or KML"),
    "nested.geojson": (json.dumps({"type": "Feature", "geometry": {
        "type": "GeometryCollection", "geometries": [
            {"type": "GeometryCollection", "geometries": [{}]}]}}).encode(),
        "The file has no map features"),
    "tower.geojson": (('{"type": "GeometryCollection", "geometries": [' * 60
                       + "]}" * 60).encode(), "nested too deeply"),
    "bomb.kml": (b'<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaa">]><kml>&a;</kml>',
                 "The file is not GeoJSON or KML"),
    "html.kml": (b"<html><body>not a map</body></html>", "The file is not GeoJSON or KML"),
    "broken.kml": (b"<kml><Placemark><Point><coordinates>-77.5;x</coordinates>",
                   "The file is not GeoJSON or KML"),
    "letters.kml": (b"<kml><Placemark><Point><coordinates>a,b</coordinates></Point>"
                    b"</Placemark></kml>", "not a pair of numbers"),
    "picture.png": (b"\x89PNG\r\n\x1a\n\x00\x00", "Use a GeoJSON, KML, KMZ or zipped "
                                                  "shapefile"),
    "fake.kmz": (b"PK\x03\x04 not really a zip", "The file is not GeoJSON or KML"),
    "anp.shp": (b"\x00\x00\x27\x0a", "zip them together"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_file_that_is_not_a_layer_gets_one_line_and_nothing_is_kept(tmp_path, folder, name):
    data, expected = BAD[name]
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(ValidationError) as raised:
        maps.import_layer(source, folder)
    assert expected in raised.value.text("en")
    assert "\n" not in raised.value.text("en")
    assert not folder.exists() or not any(folder.iterdir())


def test_a_zipped_shapefile_in_wgs84_is_read_with_its_names(tmp_path, folder):
    layer = maps.import_layer(shapefile_zip(tmp_path / "anp.zip"), folder)
    assert layer.counts() == {"polygon": 1, "point": 0, "line": 0}
    assert [f.name for f in layer.features] == ["Bosque de Protección Alto Mayo"]


def test_a_projected_or_broken_shapefile_is_refused_in_spanish(tmp_path, folder):
    utm = shapefile_zip(tmp_path / "utm.zip", prj='PROJCS["WGS_1984_UTM_Zone_18S"]')
    with pytest.raises(ValidationError) as raised:
        maps.import_layer(utm, folder)
    set_language("es")
    assert "WGS 84" in raised.value.text("es")
    assert raised.value.text("es") != raised.value.text("en")
    with pytest.raises(ValidationError) as broken:
        maps.import_layer(shapefile_zip(tmp_path / "cut.zip", broken=True), folder)
    assert "\n" not in broken.value.text("es")
    assert not folder.exists() or not any(folder.iterdir())


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, folder):
    source = tmp_path / "huge.geojson"
    with open(source, "wb") as handle:
        handle.truncate(maps.layer_files.MAX_LAYER_BYTES + 1)
    with pytest.raises(ValidationError) as raised:
        maps.import_layer(source, folder)
    assert "too large" in raised.value.text("en")


def test_a_missing_file_and_a_kept_file_changed_by_hand(tmp_path, folder):
    with pytest.raises(ValidationError) as raised:
        maps.import_layer(tmp_path / "gone.geojson", folder)
    assert "could not be read" in raised.value.text("en")
    folder.mkdir()
    (folder / "edited.geojson").write_text("{oops", encoding="utf-8")
    layers, problems = maps.list_layers(folder)
    assert layers == [] and len(problems) == 1 and "edited" in problems[0]

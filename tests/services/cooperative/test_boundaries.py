"""Plot boundaries from GeoJSON, KML, KMZ and GPX files, refused with a reason."""

import io
import json
import zipfile
from decimal import Decimal

import pytest

from desktop.db.plot import Plot
from desktop.services.cooperative import boundaries
from desktop.services.cooperative.geometry import area_ha
from desktop.services.errors import ValidationError
from tests.services.cooperative.builders import make_plot
from tests.services.cooperative.shapes import LAT0, geojson_polygon, gpx, kml, square


def problem(data: bytes, name: str, stated=None) -> dict:
    with pytest.raises(ValidationError) as caught:
        boundaries.read_boundary(data, name, stated)
    return {e.field: e.text("en") for e in caught.value.errors}


def test_kml_kmz_and_gpx_boundaries_are_read():
    ring = square(158.1139)
    assert boundaries.read_boundary(kml(ring), "lindero.kml", Decimal("2.5")).area_ha > 2
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("doc.kml", kml(ring))
    assert boundaries.read_boundary(packed.getvalue(), "lindero.kmz", Decimal("2.5"))
    # a walked track ends a few metres from where it started: closed for the user
    walked = ring[:-1] + [(ring[0][0] + 0.00005, ring[0][1] + 0.00005)]
    boundary = boundaries.read_boundary(gpx(walked), "Track_2026-05-04.gpx", Decimal("2.5"))
    assert boundary.ring[0] == boundary.ring[-1]
    assert boundaries.read_boundary(kml(walked, polygon=False), "l.kml", Decimal("2.5"))


def test_bad_boundaries_are_refused_with_a_reason():
    ring = square(158.1139)
    assert problem(geojson_polygon(ring[:-1]), "a.geojson")["boundary"] == \
        "The boundary ring is not closed: its first and last points differ."
    gap = ring[:-1] + [(ring[0][0] + 0.002, ring[0][1])]
    assert "its ends are 221 m apart" in problem(gpx(gap), "a.gpx")["boundary"]
    swapped = [(lat, lon) for lon, lat in ring]
    assert "look swapped" in problem(geojson_polygon(swapped), "a.geojson")["boundary"]
    europe = square(100, lon=5.8, lat=52.27)
    assert problem(geojson_polygon(europe), "a.geojson")["boundary"] == \
        "The boundary is not inside Peru."
    bow_tie = [ring[0], ring[2], ring[1], ring[3], ring[0]]
    assert "crosses itself" in problem(geojson_polygon(bow_tie), "a.geojson")["boundary"]
    assert problem(geojson_polygon(ring), "a.geojson", Decimal("10"))["area_ha"] == \
        "The boundary measures 2.50 ha but the plot is registered with 10.00 ha."
    two = {"type": "FeatureCollection", "features": [
        json.loads(geojson_polygon(ring)), json.loads(geojson_polygon(square(50)))]}
    assert "2 boundaries" in problem(json.dumps(two).encode(), "a.geojson")["boundary"]
    holed = {"type": "Polygon", "coordinates": [ring, square(20)]}
    assert "holes" in problem(json.dumps(holed).encode(), "a.geojson")["boundary"]
    assert "could not be read" in problem(b"{not json", "a.geojson")["boundary"]
    assert "no boundary" in problem(b'{"type": "FeatureCollection", "features": []}',
                                    "a.geojson")["boundary"]
    speck = [ring[0], (ring[0][0] + 0.000002, ring[0][1]), (ring[0][0], ring[0][1] + 0.000002),
             ring[0]]
    assert "no area" in problem(geojson_polygon(speck), "a.geojson")["boundary"]


def test_importing_a_boundary_stores_it_on_the_plot(session, family, tmp_path):
    plot = make_plot(session, family, "Bajo", "2.5", latitude="", longitude="")
    path = tmp_path / "bajo.geojson"
    path.write_bytes(geojson_polygon(square(158.1139)))
    boundary = boundaries.import_boundary(session, plot.id, path)
    session.expire_all()
    stored = session.get(Plot, plot.id)
    geometry = json.loads(stored.boundary_geojson)
    assert geometry["type"] == "Polygon" and len(geometry["coordinates"][0]) == 5
    assert boundary.area_ha == area_ha(boundary.ring)
    assert stored.latitude is not None and abs(stored.latitude - Decimal(LAT0)) < Decimal("0.01")

    big = tmp_path / "big.kml"
    big.write_bytes(kml(square(316.2278)))
    with pytest.raises(ValidationError) as caught:
        boundaries.import_boundary(session, plot.id, big)
    assert caught.value.for_field("area_ha")
    boundaries.import_boundary(session, plot.id, big, accept_measured_area=True)
    session.expire_all()
    assert abs(session.get(Plot, plot.id).area_ha - Decimal(10)) < Decimal("0.02")

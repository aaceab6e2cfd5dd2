"""Plot boundaries from GPS files, and a lot's GeoJSON for the buyer (RFC 7946, 4 ha rule)."""

import io
import json
import math
import re
import zipfile
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.db.plot import Plot
from desktop.services import cooperative, traceability
from desktop.services.errors import ValidationError
from tests.services.test_cooperative import (
    DAY, add_agreement, deliver, make_cooperative, make_family, make_member, make_plot,
)

A, E2 = 6378137.0, 0.0066943799901413165
LON0, LAT0 = -77.412345, -5.812345


def square(side_m: float, lon: float = LON0, lat: float = LAT0, clockwise: bool = False):
    """A closed square ring of `side_m` metres, built from the ellipsoid's radii of
    curvature (independent of the projection the module uses)."""
    s = math.sin(math.radians(lat))
    m = A * (1 - E2) / (1 - E2 * s * s) ** 1.5
    n = A / math.sqrt(1 - E2 * s * s)
    dlat = math.degrees(side_m / m)
    dlon = math.degrees(side_m / (n * math.cos(math.radians(lat))))
    ring = [(lon, lat), (lon + dlon, lat), (lon + dlon, lat + dlat), (lon, lat + dlat),
            (lon, lat)]
    return list(reversed(ring)) if clockwise else ring


def geojson_polygon(ring, feature=True) -> bytes:
    geometry = {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}
    obj = {"type": "Feature", "properties": {"name": "x"}, "geometry": geometry} if feature \
        else geometry
    return json.dumps(obj).encode()


def kml(ring, polygon=True) -> bytes:
    coords = " ".join(f"{lon},{lat},0" for lon, lat in ring)
    shape = (f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{coords}</coordinates>"
             f"</LinearRing></outerBoundaryIs></Polygon>" if polygon
             else f"<LineString><coordinates>{coords}</coordinates></LineString>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
            f"<Document><Placemark><name>Parcela</name>{shape}</Placemark></Document></kml>"
            ).encode()


def gpx(points) -> bytes:
    pts = "".join(f'<trkpt lat="{lat}" lon="{lon}"><ele>900</ele></trkpt>' for lon, lat in points)
    return (f'<?xml version="1.0"?><gpx version="1.1" creator="GPSMAP 64" '
            f'xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Lindero</name>'
            f"<trkseg>{pts}</trkseg></trk></gpx>").encode()


def problem(data: bytes, name: str, stated=None) -> dict:
    with pytest.raises(ValidationError) as caught:
        traceability.read_boundary(data, name, stated)
    return {e.field: e.text("en") for e in caught.value.errors}


# --- geometry ---------------------------------------------------------------------------

@pytest.mark.parametrize("side, hectares", [(100, "1.0000"), (316.2278, "10.0000"),
                                            (20, "0.0400")])
def test_area_is_measured_on_the_ellipsoid(side, hectares):
    assert abs(traceability.area_ha(square(side)) - Decimal(hectares)) <= Decimal("0.0002")
    far_south = traceability.area_ha(square(side, lat=-17.5))
    assert abs(far_south - Decimal(hectares)) <= Decimal("0.0002")


def test_self_intersections_are_found():
    ring = square(100)
    assert traceability.self_intersection(ring) is None
    bow_tie = [ring[0], ring[2], ring[1], ring[3], ring[0]]
    assert traceability.self_intersection(bow_tie) is not None
    spike = [ring[0], ring[1], ring[2], (ring[2][0], ring[2][1] + 0.001), ring[2], ring[3],
             ring[0]]
    assert traceability.self_intersection(spike) is not None
    touching = [ring[0], ring[1], ring[2], ring[0], ring[3], ring[0]]
    assert traceability.self_intersection(touching) is not None


def test_rings_are_stored_counter_clockwise_with_six_decimals():
    boundary = traceability.read_boundary(geojson_polygon(square(158.1139, clockwise=True)),
                                          "plot.geojson", Decimal("2.5"))
    assert traceability.signed_area_m2(boundary.ring) > 0
    assert boundary.ring[0] == boundary.ring[-1]
    for lon, lat in boundary.ring:
        assert len(repr(lon).split(".")[1]) <= 6 and len(repr(lat).split(".")[1]) <= 6
    assert abs(boundary.area_ha - Decimal("2.5")) < Decimal("0.01")


# --- reading files ----------------------------------------------------------------------

def test_kml_kmz_and_gpx_boundaries_are_read():
    ring = square(158.1139)
    assert traceability.read_boundary(kml(ring), "lindero.kml", Decimal("2.5")).area_ha > 2
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("doc.kml", kml(ring))
    assert traceability.read_boundary(packed.getvalue(), "lindero.kmz", Decimal("2.5"))
    # a walked track ends a few metres from where it started: closed for the user
    walked = ring[:-1] + [(ring[0][0] + 0.00005, ring[0][1] + 0.00005)]
    boundary = traceability.read_boundary(gpx(walked), "Track_2026-05-04.gpx", Decimal("2.5"))
    assert boundary.ring[0] == boundary.ring[-1]
    assert traceability.read_boundary(kml(walked, polygon=False), "l.kml", Decimal("2.5"))


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
    boundary = traceability.import_boundary(session, plot.id, path)
    session.expire_all()
    stored = session.get(Plot, plot.id)
    geometry = json.loads(stored.boundary_geojson)
    assert geometry["type"] == "Polygon" and len(geometry["coordinates"][0]) == 5
    assert boundary.area_ha == traceability.area_ha(boundary.ring)
    assert stored.latitude is not None and abs(stored.latitude - Decimal(LAT0)) < Decimal("0.01")

    big = tmp_path / "big.kml"
    big.write_bytes(kml(square(316.2278)))
    with pytest.raises(ValidationError) as caught:
        traceability.import_boundary(session, plot.id, big)
    assert caught.value.for_field("area_ha")
    traceability.import_boundary(session, plot.id, big, accept_measured_area=True)
    session.expire_all()
    assert abs(session.get(Plot, plot.id).area_ha - Decimal(10)) < Decimal("0.02")


# --- the lot's GeoJSON ------------------------------------------------------------------

@pytest.fixture
def lot_setup(session, family, community):
    coop = make_cooperative(session)
    small = make_plot(session, family, "La Esperanza", "2.5")
    large = make_plot(session, family, "Monte Verde", "6", latitude="-5.820000",
                      longitude="-77.400000")
    member = make_member(session, coop, family)
    agreement = add_agreement(session, family, [small, large], number="AC-2026-0042",
                              visits=[(date(2026, 3, 2), "compliant"),
                                      (DAY - timedelta(days=1), "partial")])
    lot = cooperative.save_lot(session, coop.id, {"code": "L-2026-DK1", "buyer": "Kaffe ApS",
                                                  "destination_country": "Denmark"})
    deliveries = [deliver(session, coop, member, small, gross_kg="100", tare_kg="0"),
                  deliver(session, coop, member, small, gross_kg="50.5", tare_kg="0.5"),
                  deliver(session, coop, member, large, gross_kg="300", tare_kg="0")]
    voided = deliver(session, coop, member, small, gross_kg="999", tare_kg="0")
    cooperative.void_delivery(session, voided.id, "duplicado")
    cooperative.assign_to_lot(session, lot.id, [d.id for d in deliveries])
    return {"coop": coop, "lot": lot, "small": small, "large": large, "member": member,
            "agreement": agreement}


def test_plots_over_4_ha_without_a_boundary_are_problems(session, lot_setup, tmp_path):
    trace = traceability.lot_traceability(session, lot_setup["lot"].id)
    assert [(p.code, p.plot) for p in trace.problems] == [
        ("over_4ha_without_boundary", "Monte Verde")]
    assert trace.problems[0].text("en") == (
        "José Núñez Pérez (M-0001), plot Monte Verde: 6.00 ha without a boundary; plots over "
        "4 ha need a polygon.")
    target = tmp_path / "lot.geojson"
    with pytest.raises(traceability.TraceabilityProblems):
        traceability.export_lot(session, lot_setup["lot"].id, target)
    assert not target.exists()


def valid_feature_collection(text: str) -> dict:
    """Check what RFC 7946 and the EU system ask of the file; return it parsed."""
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and "crs" not in data
    for number in re.findall(r"-?\d+\.\d+", json.dumps([f["geometry"] for f in
                                                        data["features"]])):
        assert len(number.split(".")[1]) <= 6, number
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        geometry, props = feature["geometry"], feature["properties"]
        if props["area_ha"] > 4:
            assert geometry["type"] == "Polygon"
        if geometry["type"] == "Point":
            lon, lat = geometry["coordinates"]
            assert -81.4 <= lon <= -68.65 and -18.4 <= lat <= -0.03
        else:
            assert geometry["type"] == "Polygon"
            ring = [tuple(p) for p in geometry["coordinates"][0]]
            assert len(ring) >= 4 and ring[0] == ring[-1]
            assert traceability.signed_area_m2(ring) > 0  # right-hand rule
            assert traceability.self_intersection(ring) is None
            assert all(-81.4 <= lon <= -68.65 and -18.4 <= lat <= -0.03 for lon, lat in ring)
    return data


def test_export_after_the_boundary_is_walked(session, lot_setup, tmp_path):
    walked = tmp_path / "monte_verde.gpx"
    corners = square(244.949, lon=-77.4, lat=-5.82)  # 6 ha
    walked.write_bytes(gpx(corners[:-1] + [(-77.40001, -5.82001)]))  # ends 1.5 m from start
    traceability.import_boundary(session, lot_setup["large"].id, walked)
    target = tmp_path / "L-2026-DK1.geojson"
    result = traceability.export_lot(session, lot_setup["lot"].id, target)
    assert (result.features, result.polygons, result.points) == (2, 1, 1)
    assert result.net_kg == Decimal("450")
    data = valid_feature_collection(target.read_text(encoding="utf-8"))
    by_plot = {f["properties"]["plot"]: f for f in data["features"]}
    small = by_plot["La Esperanza"]
    assert small["geometry"] == {"type": "Point", "coordinates": [-77.412345, -5.812345]}
    assert small["properties"] == {
        "ProducerName": "José Núñez Pérez", "ProducerCountry": "PE",
        "ProductionPlace": "La Esperanza, Aguas Claras", "Area": 2.5,
        "producer": "José Núñez Pérez", "member_code": "M-0001", "family_code": "F-000001",
        "plot": "La Esperanza", "area_ha": 2.5, "kg": 150.0, "deliveries": 2,
        "agreement_number": "AC-2026-0042", "agreement_status": "active",
        "last_visit_date": (DAY - timedelta(days=1)).isoformat(),
        "last_visit_result": "partial", "flags": []}
    assert by_plot["Monte Verde"]["properties"]["kg"] == 300.0
    assert "Núñez" in target.read_text(encoding="utf-8")  # UTF-8, not \u escapes


def test_deliveries_without_a_plot_and_empty_lots_are_problems(session, lot_setup, community):
    coop = lot_setup["coop"]
    landless = make_family(session, community, given_names="Luz", paternal_surname="Vela",
                           dni="22334455", sex="F")
    member = make_member(session, coop, landless)
    delivery = deliver(session, coop, member, None)
    cooperative.assign_to_lot(session, lot_setup["lot"].id, [delivery.id])
    codes = [p.code for p in traceability.lot_traceability(session, lot_setup["lot"].id).problems]
    assert sorted(codes) == ["no_plot", "over_4ha_without_boundary"]
    empty = cooperative.save_lot(session, coop.id, {"code": "L-EMPTY"})
    with pytest.raises(traceability.TraceabilityProblems) as caught:
        traceability.lot_geojson(session, empty.id)
    assert caught.value.text("en") == "Lot L-EMPTY has no deliveries."

"""A lot's GeoJSON for the buyer (RFC 7946, 4 ha rule)."""

import json
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services import cooperative
from desktop.services.cooperative import boundaries, traceability
from desktop.services.cooperative.geometry import self_intersection, signed_area_m2
from tests.services.cooperative.builders import (
    DAY, add_agreement, deliver, make_cooperative, make_family, make_member, make_plot,
)
from tests.services.cooperative.shapes import gpx, square


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
            assert signed_area_m2(ring) > 0  # right-hand rule
            assert self_intersection(ring) is None
            assert all(-81.4 <= lon <= -68.65 and -18.4 <= lat <= -0.03 for lon, lat in ring)
    return data


def test_export_after_the_boundary_is_walked(session, lot_setup, tmp_path):
    walked = tmp_path / "monte_verde.gpx"
    corners = square(244.949, lon=-77.4, lat=-5.82)  # 6 ha
    walked.write_bytes(gpx(corners[:-1] + [(-77.40001, -5.82001)]))  # ends 1.5 m from start
    boundaries.import_boundary(session, lot_setup["large"].id, walked)
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

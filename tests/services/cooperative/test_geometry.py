"""Areas on the ellipsoid, self-crossings, and rings stored counter-clockwise."""

from decimal import Decimal

import pytest

from desktop.services.cooperative import boundaries, geometry
from tests.services.cooperative.shapes import geojson_polygon, square


@pytest.mark.parametrize("side, hectares", [(100, "1.0000"), (316.2278, "10.0000"),
                                            (20, "0.0400")])
def test_area_is_measured_on_the_ellipsoid(side, hectares):
    assert abs(geometry.area_ha(square(side)) - Decimal(hectares)) <= Decimal("0.0002")
    far_south = geometry.area_ha(square(side, lat=-17.5))
    assert abs(far_south - Decimal(hectares)) <= Decimal("0.0002")


def test_self_intersections_are_found():
    ring = square(100)
    assert geometry.self_intersection(ring) is None
    bow_tie = [ring[0], ring[2], ring[1], ring[3], ring[0]]
    assert geometry.self_intersection(bow_tie) is not None
    spike = [ring[0], ring[1], ring[2], (ring[2][0], ring[2][1] + 0.001), ring[2], ring[3],
             ring[0]]
    assert geometry.self_intersection(spike) is not None
    touching = [ring[0], ring[1], ring[2], ring[0], ring[3], ring[0]]
    assert geometry.self_intersection(touching) is not None


def test_rings_are_stored_counter_clockwise_with_six_decimals():
    boundary = boundaries.read_boundary(geojson_polygon(square(158.1139, clockwise=True)),
                                          "plot.geojson", Decimal("2.5"))
    assert geometry.signed_area_m2(boundary.ring) > 0
    assert boundary.ring[0] == boundary.ring[-1]
    for lon, lat in boundary.ring:
        assert len(repr(lon).split(".")[1]) <= 6 and len(repr(lat).split(".")[1]) <= 6
    assert abs(boundary.area_ha - Decimal("2.5")) < Decimal("0.01")

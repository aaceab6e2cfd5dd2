"""What the map draws: points with their family's status and community, filters, boundaries,
a plot's details, the spatial index and the equal-area projection."""

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop.db.agreement import Agreement
from desktop.services import maps, registry
from desktop.services.cooperative.geometry import area_ha
from desktop.services.maps.grid import PlotGrid, cell_for
from desktop.services.maps import plot_points as pp
from desktop.services.maps.plot_points import rings_of
from desktop.services.maps.projection import Projection


@pytest.fixture
def plots(session, community, family):
    other = registry.save_community(session, {"name": "Nueva Esperanza", "district": "Awajún",
                                              "province": "Rioja", "zone": "buffer"})
    second = registry.create_family(session, {"community_id": other.id, "inside_forest": False},
                                    {"given_names": "Rosa", "paternal_surname": "Tapia",
                                     "maternal_surname": "Ruiz", "dni": "76543210", "sex": "F",
                                     "birth_date": "1985-02-01"})
    a = registry.add_plot(session, family.id, {"name": "Alto", "area_ha": "2", "land_use": "coffee",
                                               "latitude": "-5.70", "longitude": "-77.40"})
    b = registry.add_plot(session, second.id, {"name": "Bajo", "area_ha": "1",
                                               "land_use": "coffee",
                                               "latitude": "-5.80", "longitude": "-77.60"})
    registry.add_plot(session, second.id, {"name": "Sin punto", "area_ha": "1",
                                            "land_use": "forest"})
    ring = [[-77.6005, -5.8005], [-77.5995, -5.8005], [-77.5995, -5.7995], [-77.6005, -5.7995],
            [-77.6005, -5.8005]]
    b.boundary_geojson = json.dumps({"type": "Polygon", "coordinates": [ring]})
    session.commit()
    return family, second, community, other


def test_points_carry_family_status_and_community(session, plots):
    family, second, community, other = plots
    points = maps.load_plot_points(session)
    assert len(points) == 2  # the plot without coordinates is not on the map
    by_family = {points.family_id(i): i for i in range(len(points))}
    names = dict(points.communities)
    assert names[community.id] == "Aguas Claras"
    i = by_family[family.id]
    assert (points.lon[i], points.lat[i]) == (-77_400_000, -5_700_000)
    assert points.communities[points.community[i]][0] == community.id
    assert maps.STATUSES[points.status[i]] == maps.NO_AGREEMENT
    assert points.counts()[maps.NO_AGREEMENT] == 2 and sum(points.counts().values()) == 2


def test_filters_by_community_status_and_box(session, plots):
    family, second, community, other = plots
    assert maps.load_plot_points(session, community_id=other.id).families == [second.id]
    assert len(maps.load_plot_points(session, statuses=["active"])) == 0
    assert len(maps.load_plot_points(session, statuses=[maps.NO_AGREEMENT])) == 2
    box = maps.load_plot_points(session, bbox=(-77.5, -5.75, -77.3, -5.6))
    assert [box.family_id(i) for i in range(len(box))] == [family.id]
    everything = maps.load_plot_points(session)
    assert [everything.family_id(i) for i in everything.keep(community_id=other.id)] == [second.id]
    assert everything.keep(community_id="no-such-community") == []


def test_boundaries_and_details(session, plots):
    family, second, *_ = plots
    found = maps.plot_boundaries(session, [family.id, second.id])
    assert list(found) == [(second.id, -77_600_000, -5_800_000)]
    assert found[(second.id, -77_600_000, -5_800_000)][0][0] == (-77.6005, -5.8005)
    details = maps.plot_details(session, second.id, -77_600_000, -5_800_000)
    assert (details.family_code, details.head, details.community, details.plot_name,
            details.area_ha) == (second.code, "Rosa Tapia Ruiz", "Nueva Esperanza", "Bajo",
                                 Decimal("1.0000"))
    assert maps.plot_details(session, "no-such-family", 0, 0) is None


@pytest.mark.parametrize("damaged", ["", "not json", '{"type": "Point", "coordinates": [1, 2]}',
                                     '{"type": "Polygon", "coordinates": [[["a", 1]]]}',
                                     '{"type": "Polygon", "coordinates": [[[NaN, 1], [2, 2], [3, 1]]]}'])
def test_a_damaged_stored_boundary_is_drawn_as_its_point(damaged):
    assert rings_of(damaged) == []


def test_grid_finds_the_nearest_point_and_groups_cells():
    xs, ys, status = [0.0, 50.0, 130.0, 5000.0], [0.0, 10.0, 0.0, -7000.0], [0, 0, 4, 5]
    grid = PlotGrid(xs, ys, status)
    assert grid.nearest(45, 5, radius=20) == 1
    assert grid.nearest(2500, 2500, radius=100) is None
    assert sorted(grid.indexes_in(-10, -10, 140, 20)) == [0, 1, 2]
    grouped = grid.level(200.0)
    assert grouped.count() == 2  # the three near the origin share a cell
    cells = [s for by_status in grouped.tiles.values() for s in by_status]
    assert sorted(cells) == [0, 5]  # the shared cell takes the status most of its plots have
    assert grid.level(400.0).count() == 2 and grid.level(0.0).count() == 4
    assert cell_for(2.0) == 0.0 and cell_for(50.0) == 200.0 and cell_for(1e6) == 6400.0


def test_the_projection_keeps_areas_and_inverts():
    projection = Projection(-77.5, -5.75)
    ring = [(-77.61, -5.81), (-77.59, -5.81), (-77.59, -5.79), (-77.61, -5.79), (-77.61, -5.81)]
    xs, ys = projection.forward_many([p[0] for p in ring], [p[1] for p in ring])
    shoelace = abs(sum(x1 * y2 - x2 * y1 for x1, y1, x2, y2 in
                       zip(xs, ys, xs[1:], ys[1:]))) / 2 / 10_000
    assert shoelace == pytest.approx(float(area_ha(ring)), rel=1e-6)
    lon, lat = projection.inverse(*projection.forward(-77.61, -5.81))
    assert lon == pytest.approx(-77.61, abs=1e-7) and lat == pytest.approx(-5.81, abs=1e-7)
    x, y = projection.forward(-77.5, -5.7)
    assert x == pytest.approx(0) and y < 0  # north is up (negative scene y)
    assert maps.centred_on([], []) == Projection()


@pytest.mark.parametrize("sql", [pp.LOCATED_PLOTS, pp.LIVING_FAMILIES, pp.LATEST_AGREEMENTS])
def test_the_map_reads_indexes_only(session, sql):
    """The points come from covering indexes: a plot's row carries its boundary, and reading
    the plots table at 100,000 families reads most of a 1 GB file."""
    plan = " ".join(row[3] for row in session.connection().exec_driver_sql(
        f"EXPLAIN QUERY PLAN {sql}"))
    assert "COVERING INDEX" in plan, plan


def test_a_level_counted_directly_equals_one_regrouped_from_finer_cells():
    xs = [(i * 37.3) % 5000 - 2500 for i in range(3000)]
    ys = [(i * 91.7) % 4000 - 2000 for i in range(3000)]
    status = [i % 6 for i in range(3000)]
    direct, regrouped = PlotGrid(xs, ys, status), PlotGrid(xs, ys, status)
    for cell in (100.0, 200.0, 400.0):
        regrouped.level(cell)
    assert direct.level(400.0).tiles == regrouped.level(400.0).tiles
    assert len(regrouped._counts) == 1  # noqa: SLF001 - only the last counts are kept


def test_a_family_is_coloured_by_its_latest_agreement(session, plots):
    family, *_ = plots
    for number, start, status in (("A-1", date(2024, 1, 1), "ended"),
                                  ("A-2", date(2025, 1, 1), "active"), ("A-3", None, "draft")):
        session.add(Agreement(number=number, family_id=family.id, status=status,
                              start_date=start))
    session.commit()
    points = maps.load_plot_points(session)
    mine = [i for i in range(len(points)) if points.family_id(i) == family.id]
    assert [maps.STATUSES[points.status[i]] for i in mine] == ["active"]
    assert maps.plot_details(session, family.id, points.lon[mine[0]],
                             points.lat[mine[0]]).status == "active"

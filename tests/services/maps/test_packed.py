"""The map's plots read on SQLite as a few packed strings give exactly what reading them row
by row gives: the same plots, families, statuses and communities."""

from datetime import date

from desktop.services import agreements, maps, registry
from desktop.services.maps import packed
from desktop.services.maps import plot_points as pp
from tests.services.maps.test_plot_points import plots  # noqa: F401 - fixture


def described(points: maps.PlotPoints) -> list[tuple]:
    return sorted((points.family_id(i), points.lon[i], points.lat[i],
                   maps.STATUSES[points.status[i]], points.communities[points.community[i]][1])
                  for i in range(len(points)))


def test_packed_reading_equals_reading_rows(session, plots, monkeypatch):  # noqa: F811
    family, second, community, other = plots
    agreement = agreements.create_agreement(session, second.id, {
        "start_date": date(2026, 1, 1), "end_date": date(2027, 1, 1)})
    gone = registry.create_family(session, {"community_id": community.id}, {
        "given_names": "Ida", "paternal_surname": "Ríos", "sex": "F"})
    registry.add_plot(session, gone.id, {"name": "Lejos", "area_ha": "1", "land_use": "coffee",
                                         "latitude": "-5.9", "longitude": "-77.9"})
    registry.delete_family(session, gone.id)  # its plots are not on the map
    for i in range(30):  # negative and positive coordinates alike, as 32-bit numbers
        registry.add_plot(session, family.id, {
            "name": f"P{i}", "area_ha": "1", "land_use": "coffee",
            "latitude": f"{-5.5 - i / 100:.6f}", "longitude": f"{-77.5 + i / 10:.6f}"})
    calls = []
    monkeypatch.setattr(packed, "read", lambda *a, real=packed.read: calls.append(1) or real(*a))
    fast = maps.load_plot_points(session)
    assert calls  # SQLite: the packed reading was used
    monkeypatch.setattr(packed, "read", lambda *a: None)
    slow = maps.load_plot_points(session)
    assert described(fast) == described(slow) and len(fast) == 32
    assert {row[3] for row in described(fast) if row[0] == second.id} == {agreement.status}
    assert gone.id not in {row[0] for row in described(fast)}
    assert sorted(fast.families) == sorted(slow.families)
    assert maps.load_plot_points(session, statuses=["draft"]).families  # filters still apply
    assert pp.STATUSES[-1] == maps.NO_AGREEMENT


def test_the_latest_agreement_gives_the_status_and_deleted_ones_none(
        session, plots, monkeypatch):  # noqa: F811
    family, second, _, _ = plots
    older = agreements.create_agreement(session, family.id, {
        "start_date": date(2024, 1, 1), "end_date": date(2025, 1, 1)})
    older.status = "ended"
    newer = agreements.create_agreement(session, family.id, {
        "start_date": date(2026, 1, 1), "end_date": date(2027, 1, 1)})
    gone = agreements.create_agreement(session, second.id, {
        "start_date": date(2026, 1, 1), "end_date": date(2027, 1, 1)})
    gone.deleted_at = gone.created_at
    session.commit()
    fast = described(maps.load_plot_points(session))
    monkeypatch.setattr(packed, "read", lambda *a: None)
    assert fast == described(maps.load_plot_points(session))
    status = {row[0]: row[3] for row in fast}
    assert status[family.id] == newer.status == "draft"
    assert status[second.id] == maps.NO_AGREEMENT


def test_ids_of_different_widths_are_not_read_packed():
    import numpy as np

    assert packed._fixed(np, 2, "abc,def").tolist() == [b"abc", b"def"]
    assert packed._fixed(np, 2, "abcd,ef") is None  # same length, not the same widths
    assert packed._fixed(np, 2, "abc,de") is None
    assert packed._fixed(np, 1, "ñandú") is None
    assert len(packed._fixed(np, 0, None)) == 0

"""Where a lot's coffee came from: a GeoJSON file for the buyer.

Export (EU Deforestation Regulation style): an RFC 7946 FeatureCollection in
WGS84 longitude/latitude with six decimals, one feature per producing plot — a
Polygon where the plot's boundary was walked, a Point otherwise. A plot of more
than 4 ha needs a polygon: such plots without a boundary (and deliveries with no
plot, plots with no location at all) are problems reported before anything is
written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field as dc_field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.db.types import Degrees, Hectares
from desktop.files import write_atomically
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_hectares
from desktop.services.cooperative.boundaries import position
from desktop.services.cooperative.geometry import clean_ring, counter_clockwise, signed_area_m2
from desktop.services.cooperative.lots import get_lot
from desktop.services.cooperative.members import MEMBER_NAME_SQL
from desktop.services.cooperative.rules import kilograms
from desktop.services.errors import ValidationError

POINT_LIMIT_HA = Decimal(4)
COUNTRY = "PE"


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
        ring = clean_ring([position(p) for p in geometry["coordinates"][0]])
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, ValidationError):
        return None
    if len(ring) < 4 or abs(signed_area_m2(ring)) < 1.0:
        return None
    return counter_clockwise(ring)


_LOT_PLOTS_SQL = f"""
SELECT d.plot_id, d.membership_id, m.member_code, {MEMBER_NAME_SQL} AS producer,
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

#: Every plot covered by an agreement read once, the lot's kept (there is no index by plot: on
#: SQLite a CROSS JOIN keeps it from reading, for each of 74,000 agreements, its plots).
_COVERING_SQL = """
SELECT ap.plot_id AS key, a.id, a.number, a.status, a.start_date
FROM agreement_plots ap {join} agreements a ON a.id = ap.agreement_id
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
    lot = get_lot(session, lot_id)
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
    join = "CROSS JOIN" if session.get_bind().dialect.name == "sqlite" else "JOIN"
    covering_rows = _rows_in(session, _COVERING_SQL.replace("{join}", join), by_plot)
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
                "kg": _number(kilograms(entry["kg"]), 3),
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
    "POINT_LIMIT_HA", "COUNTRY", "OVER_4HA_WITHOUT_BOUNDARY", "NO_LOCATION", "BAD_BOUNDARY",
    "NO_PLOT", "EMPTY_LOT", "TraceProblem", "TraceabilityProblems", "LotTrace",
    "lot_traceability", "lot_geojson", "ExportResult", "export_lot",
]

"""Plot geometry on the WGS84 ellipsoid: areas, distances, self-crossings and clean rings.

Areas are measured through Lambert's cylindrical equal-area projection (exactly
area-preserving), then the shoelace formula; for plots of a few hectares the
straight-edge approximation is far below GPS error.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

SIX = Decimal("0.000001")

# WGS84
_A = 6378137.0
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)


def _q(lat_deg: float) -> float:
    s = math.sin(math.radians(lat_deg))
    return (1 - _E2) * (s / (1 - _E2 * s * s)
                        - (1 / (2 * _E)) * math.log((1 - _E * s) / (1 + _E * s)))


def project(lon: float, lat: float) -> tuple[float, float]:
    """Lambert cylindrical equal-area on the WGS84 ellipsoid, metres."""
    return _A * math.radians(lon), _A * _q(lat) / 2


def _projected(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    points = [project(lon, lat) for lon, lat in ring]
    x0, y0 = points[0]
    return [(x - x0, y - y0) for x, y in points]


def signed_area_m2(ring: list[tuple[float, float]]) -> float:
    """Signed area of a closed (lon, lat) ring in m²: positive when counter-clockwise."""
    pts = _projected(ring)
    total = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        total += x1 * y2 - x2 * y1
    return total / 2


def area_ha(ring: list[tuple[float, float]]) -> Decimal:
    """Area of a closed (lon, lat) ring in hectares, to 4 decimals."""
    return Decimal(abs(signed_area_m2(ring)) / 10_000).quantize(Decimal("0.0001"),
                                                               rounding=ROUND_HALF_UP)


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance between two nearby (lon, lat) points (equirectangular), metres."""
    mean = math.radians((a[1] + b[1]) / 2)
    dx = math.radians(b[0] - a[0]) * math.cos(mean) * _A
    dy = math.radians(b[1] - a[1]) * _A
    return math.hypot(dx, dy)


def _orient(a, b, c) -> int:
    value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return 0 if abs(value) < 1e-9 else (1 if value > 0 else -1)


def _between(a, b, c) -> bool:
    """c (collinear with a-b) lies on segment a-b."""
    return (min(a[0], b[0]) - 1e-9 <= c[0] <= max(a[0], b[0]) + 1e-9
            and min(a[1], b[1]) - 1e-9 <= c[1] <= max(a[1], b[1]) + 1e-9)


def _segments_touch(p1, p2, p3, p4) -> bool:
    d1, d2 = _orient(p3, p4, p1), _orient(p3, p4, p2)
    d3, d4 = _orient(p1, p2, p3), _orient(p1, p2, p4)
    if d1 * d2 < 0 and d3 * d4 < 0:
        return True
    return ((d1 == 0 and _between(p3, p4, p1)) or (d2 == 0 and _between(p3, p4, p2))
            or (d3 == 0 and _between(p1, p2, p3)) or (d4 == 0 and _between(p1, p2, p4)))


def self_intersection(ring: list[tuple[float, float]]) -> int | None:
    """Index of a point where the closed ring crosses or touches itself, or None.

    Segments are swept in order of their west end, so only segments whose
    east-west spans overlap are compared.
    """
    pts = _projected(ring)
    n = len(pts) - 1  # segments; pts[n] == pts[0]
    segments = []
    for i in range(n):
        a, b = pts[i], pts[i + 1]
        segments.append((min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1]), i))
    segments.sort()
    for k, (xmin, xmax, ymin, ymax, i) in enumerate(segments):
        a, b = pts[i], pts[i + 1]
        for xmin2, _xmax2, ymin2, ymax2, j in segments[k + 1:]:
            if xmin2 > xmax + 1e-9:
                break
            if ymin2 > ymax + 1e-9 or ymax2 < ymin - 1e-9:
                continue
            c, d = pts[j], pts[j + 1]
            lo, hi = min(i, j), max(i, j)
            if hi == lo + 1 or (lo == 0 and hi == n - 1):  # neighbours share one point
                if hi == lo + 1:
                    p, q, r = pts[lo], pts[hi], pts[hi + 1]
                else:
                    p, q, r = pts[n - 1], pts[0], pts[1]
                if _orient(p, q, r) == 0 and (
                        (q[0] - p[0]) * (r[0] - q[0]) + (q[1] - p[1]) * (r[1] - q[1])) < 0:
                    return hi  # the boundary doubles back on itself
                continue
            if _segments_touch(a, b, c, d):
                return max(i, j)
    return None


def round6(value: float) -> float:
    return float(Decimal(repr(value)).quantize(SIX, rounding=ROUND_HALF_UP))


def clean_ring(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Rounded to six decimals, without repeated consecutive points, closed."""
    ring: list[tuple[float, float]] = []
    for lon, lat in points:
        point = (round6(lon), round6(lat))
        if not ring or ring[-1] != point:
            ring.append(point)
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring


def counter_clockwise(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The exterior ring in RFC 7946's right-hand order (counter-clockwise)."""
    return ring if signed_area_m2(ring) >= 0 else list(reversed(ring))


__all__ = [
    "SIX", "project", "signed_area_m2", "area_ha", "distance_m", "self_intersection", "round6",
    "clean_ring", "counter_clockwise",
]

"""Small pieces of a demo row: identifiers drawn from the demo's generator, timestamps,
the columns every record has, and a plot's boundary."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, time, timezone
from decimal import Decimal

#: Rows per INSERT statement.
BATCH = 5000


def square_boundary(lat: float, lon: float, area_ha: Decimal) -> str:
    """A square GeoJSON Polygon of `area_ha` centred on the point (WGS84, six decimals)."""
    half = math.sqrt(float(area_ha) * 10_000) / 2
    dlat = half / 110_574
    dlon = half / (111_320 * math.cos(math.radians(lat)))
    ring = [(lon - dlon, lat - dlat), (lon + dlon, lat - dlat), (lon + dlon, lat + dlat),
            (lon - dlon, lat + dlat), (lon - dlon, lat - dlat)]
    return json.dumps({"type": "Polygon",
                       "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]})



def stamp(day: date, hour: int = 15) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=timezone.utc)


def demo_uuid(getrandbits) -> str:
    """A version-4 UUID from the demo's generator (same text as uuid.UUID(int=n, version=4))."""
    n = getrandbits(128)
    n = (n & ~(0xF000 << 64) | (0x4000 << 64)) & ~(0xC000 << 48) | (0x8000 << 48)
    h = "%032x" % n
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def record(id_: str, at: datetime) -> dict:
    return {"id": id_, "created_at": at, "updated_at": at, "deleted_at": None}


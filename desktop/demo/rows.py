"""Small pieces of a demo row: identifiers drawn from the demo's generator, timestamps,
the columns every record has, and a plot's boundary."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
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



class PackedIds(Sequence):
    """A growing list of UUID texts kept as 16 bytes each (a str costs about 85): the demo's
    lists of adults per community and of members stay small at 100,000 families. Indexing
    and `len` behave as the list's, so `random.sample` draws the same ones."""

    def __init__(self):
        self.data = bytearray()

    def append(self, id_: str) -> None:
        self.data += bytes.fromhex(id_.replace("-", ""))

    def __len__(self) -> int:
        return len(self.data) // 16

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        h = self.data[16 * index:16 * index + 16].hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class NumberSet:
    """A set of 8-digit numbers (DNIs) as one bit each: 12.5 MB whatever how many."""

    def __init__(self, numbers=()):
        self.bits = bytearray(100_000_000 // 8)
        for number in numbers:
            self.add(number)

    def add(self, number: str | int) -> None:
        n = int(number)
        self.bits[n >> 3] |= 1 << (n & 7)

    def __contains__(self, number: str | int) -> bool:
        n = int(number)
        return bool(self.bits[n >> 3] & (1 << (n & 7)))

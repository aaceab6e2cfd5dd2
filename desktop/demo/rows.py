"""Small pieces of a demo row: the draws, identifiers, stored values, a plot's boundary,
and the packed lists that keep a large demo small.

The builder writes each value as the column stores it (what the column type's bind
processor would make of it): a timestamp as its UTC text, a date as ISO text, a flag as
0 or 1, an amount as the integer count of its smallest unit (desktop.db.types). Making
the stored value at once costs a fraction of making a datetime or a Decimal and
converting it; tests/demo checks that SQLAlchemy reads and writes back the same values.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from datetime import UTC, date, datetime
from itertools import accumulate
from math import cos, radians, sqrt

from desktop.textnorm import fold

#: Rows per INSERT statement.
BATCH = 5000


class Draws:
    """The demo's random draws: `random.Random(seed)` with its integer draws done inline.

    `randint`, `choice` and `weighted` give exactly what `random.Random`'s randint, choice
    and choices(..., weights=...)[0] give for the same state (they are its algorithms:
    rejection sampling on getrandbits, bisect on the cumulative weights), at a third of
    the cost; the other draws are the generator's own.
    """

    def __init__(self, seed: int):
        rng = self.rng = random.Random(seed)
        self.random = rng.random
        self.getrandbits = rng.getrandbits
        self.sample = rng.sample
        self.triangular = rng.triangular
        self.uniform = rng.uniform

    def below(self, n: int) -> int:
        """0 <= r < n (n > 0)."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def randint(self, low: int, high: int) -> int:
        getrandbits = self.getrandbits
        n = high - low + 1
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return low + r

    def choice(self, seq):
        getrandbits = self.getrandbits
        n = len(seq)
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return seq[r]

    def weighted(self, table: Weighted):
        """One of `table`'s values, drawn by its weights."""
        return table.values[bisect(table.cumulative, self.random() * table.total, 0,
                                   table.last)]

    def uuid(self) -> str:
        """A version-4 UUID (the same text as uuid.UUID(int=n, version=4))."""
        h = "%032x" % (self.getrandbits(128) & UUID_CLEAR | UUID_SET)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
UUID_SET = (0x4000 << 64) | (0x8000 << 48)


class Weighted:
    """Values with weights, ready for Draws.weighted."""

    def __init__(self, values, weights):
        self.values = list(values)
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1] + 0.0
        self.last = len(self.values) - 1


# -- stored values

def naive_utc(at: datetime) -> datetime:
    """`at` in UTC without its time zone (as UTCDateTime stores it)."""
    return at if at.tzinfo is None else at.astimezone(UTC).replace(tzinfo=None)


def stamp(day: date, hour: int = 15) -> datetime:
    """`hour` o'clock UTC on `day` (naive UTC)."""
    return datetime(day.year, day.month, day.day, hour)


def units(scale: int, type_) -> int:
    """What one unit of 10**-scale is stored as in a ScaledDecimal column of `type_`."""
    return 10 ** (type_.scale - scale)


def record(id_: str, at: datetime) -> tuple:
    """The stored values of the columns every record starts with (RECORD); `at` is naive
    UTC, stored as text with microseconds."""
    text = at.isoformat(" ", "microseconds")
    return (id_, text, text, None)


#: id, created_at, updated_at, deleted_at (the database gives `version` its default).
RECORD = ("id", "created_at", "updated_at", "deleted_at")


def square_boundary(lat: float, lon: float, area_ha: float) -> str:
    """A square GeoJSON Polygon of `area_ha` centred on the point (WGS84, six decimals):
    the text json.dumps makes of it."""
    half = sqrt(area_ha * 10_000) / 2
    dlat = half / 110_574
    dlon = half / (111_320 * cos(radians(lat)))
    w, e = round(lon - dlon, 6), round(lon + dlon, 6)
    s, n = round(lat - dlat, 6), round(lat + dlat, 6)
    return (f'{{"type": "Polygon", "coordinates": [[[{w!r}, {s!r}], [{e!r}, {s!r}], '
            f'[{e!r}, {n!r}], [{w!r}, {n!r}], [{w!r}, {s!r}]]]}}')


class Names:
    """Folded names, remembered: a demo has a few hundred distinct names and surnames."""

    def __init__(self):
        self.folded: dict[str, str] = {}
        self.words: dict[str, list[str]] = {}

    def fold(self, name: str) -> str:
        found = self.folded.get(name)
        if found is None:
            found = self.folded[name] = fold(name)
        return found

    def key(self, *names: str) -> str:
        """textnorm.name_key of non-empty names."""
        words = []
        for name in names:
            found = self.words.get(name)
            if found is None:
                found = self.words[name] = self.fold(name).replace("-", " ").split()
            words += found
        words.sort()
        return " ".join(words)


# -- packed lists

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

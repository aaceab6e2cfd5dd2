"""A spatial index of the map's points and its levels of detail, without Qt.

The map never walks 200,000 plots to paint a view. Points are bucketed into square tiles of
the scene (metres); a view draws only the tiles it overlaps. Zoomed out, where a plot is
smaller than a pixel, a level groups the plots into square cells (100 m, 200 m, … 6.4 km)
and draws one square per occupied cell, coloured by the status most of its plots share:
the number of things drawn stays near the number of pixels, however many plots there are.

Each level keeps, per tile, per status, the cells' centres as one flat array of doubles
(x0, y0, x1, y1, …): the window turns each into one polygon of points and draws it in a
single call.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

#: Side of a tile of single points (metres).
POINT_TILE = 1000.0
#: Cell sides of the grouped levels (metres); a level's tiles are TILE_CELLS cells wide.
CELL_SIZES = (100.0, 200.0, 400.0, 800.0, 1600.0, 3200.0, 6400.0)
TILE_CELLS = 32


#: Cell numbers are kept positive (and packed into one integer) by this offset.
_OFFSET = 1 << 20
_SHIFT = 21


@dataclass
class Level:
    """One level of detail: `cell` metres (0 for single points), tiles of `tile` metres.

    `tiles` maps (tile column, tile row) to {status index: flat (x, y, x, y, …) doubles};
    a level of single points fills it tile by tile, when a view first needs a tile.
    """

    cell: float
    tile: float
    tiles: dict = field(default_factory=dict)
    occupied: set = field(default_factory=set)
    build_tile: Callable | None = None

    def keys_in(self, left: float, top: float, right: float, bottom: float):
        """The keys of the tiles a scene rectangle overlaps that hold something."""
        t = self.tile
        columns = range(math.floor(left / t), math.floor(right / t) + 1)
        rows = range(math.floor(top / t), math.floor(bottom / t) + 1)
        if len(columns) * len(rows) > len(self.occupied):
            return [k for k in self.occupied if k[0] in columns and k[1] in rows]
        return [(c, r) for c in columns for r in rows if (c, r) in self.occupied]

    def tile_at(self, key: tuple[int, int]) -> dict:
        found = self.tiles.get(key)
        if found is None:
            found = self.tiles[key] = self.build_tile(key) if self.build_tile else {}
        return found

    def count(self) -> int:
        return sum(len(values) // 2 for key in self.occupied
                   for values in self.tile_at(key).values())


class PlotGrid:
    """Scene positions (x east, y south, metres) of plots with a status index each."""

    def __init__(self, xs, ys, status, tile: float = POINT_TILE):
        """`xs`, `ys`: sequences of floats (array('d') keeps them compact); `status`: of
        small integers."""
        self.xs, self.ys, self.status, self.tile = xs, ys, status, tile
        self._buckets: dict[tuple[int, int], array] | None = None
        self._levels: dict[float, Level] = {}
        self._counts: dict[float, Counter] = {}
        self._extent = (min(xs), min(ys), max(xs), max(ys)) if len(xs) else None

    def __len__(self) -> int:
        return len(self.xs)

    @property
    def buckets(self) -> dict[tuple[int, int], array]:
        """Each tile's plots (an array of 4-byte indexes, not a list of Python ints), built
        on first use: a zoomed-out first paint draws grouped cells and needs none."""
        if self._buckets is None:
            buckets: dict[tuple[int, int], array] = {}
            inv, offset = 1.0 / self.tile, _OFFSET
            for i, (x, y) in enumerate(zip(self.xs, self.ys)):
                key = (int(x * inv + offset), int(y * inv + offset))
                bucket = buckets.get(key)
                if bucket is None:
                    buckets[key] = array("i", (i,))
                else:
                    bucket.append(i)
            self._buckets = {(c - offset, r - offset): members
                             for (c, r), members in buckets.items()}
        return self._buckets

    def extent(self) -> tuple[float, float, float, float] | None:
        """(left, top, right, bottom) of all points, or None when there are none."""
        return self._extent

    def level(self, cell: float) -> Level:
        """The level of `cell` metres (0: the points themselves), built once."""
        if cell not in self._levels:
            self._levels[cell] = self._points() if cell == 0 else self._grouped(cell)
        return self._levels[cell]

    def built(self, cell: float) -> bool:
        return cell in self._levels

    def _points(self) -> Level:
        xs, ys, status = self.xs, self.ys, self.status

        def build(key):
            by_status: dict[int, array] = {}
            for i in self.buckets.get(key, ()):
                values = by_status.get(status[i])
                if values is None:
                    values = by_status[status[i]] = array("d")
                values.append(xs[i])
                values.append(ys[i])
            return by_status

        return Level(0.0, self.tile, occupied=set(self.buckets), build_tile=build)

    def _cell_counts(self, cell: float) -> Counter:
        """(packed cell number * 8 + status) -> plots, for a cell size of CELL_SIZES.

        Counted from the points, or regrouped from the counts of cells half as wide when
        those are at hand (building the levels from the finest up). Only the last one
        computed is kept: the finest holds an entry per occupied 100 m cell, some 200,000
        of them, which the levels themselves no longer need once built."""
        if cell in self._counts:
            return self._counts[cell]
        finer_counts = self._counts.pop(cell / 2, None)
        if finer_counts is not None:  # twice a finer level's cells: regroup its counts
            counts: Counter = Counter()
            mask = (1 << _SHIFT) - 1
            for packed, n in finer_counts.items():
                cells, s = divmod(packed, 8)
                c, r = cells >> _SHIFT, cells & mask
                counts[((((c + _OFFSET) >> 1) << _SHIFT) | ((r + _OFFSET) >> 1)) * 8 + s] += n
            del finer_counts
        else:
            counts = _count_cells(self.xs, self.ys, self.status, cell)
        self._counts.clear()
        self._counts[cell] = counts
        return counts

    def _grouped(self, cell: float) -> Level:
        best: dict[int, tuple[int, int]] = {}
        for packed, n in self._cell_counts(cell).items():
            cells, s = divmod(packed, 8)
            seen = best.get(cells)
            # Most plots' status; on a tie, the first in STATUSES (active before ended).
            if seen is None or n > seen[0] or (n == seen[0] and s < seen[1]):
                best[cells] = (n, s)
        level = Level(cell, cell * TILE_CELLS)
        mask = (1 << _SHIFT) - 1
        for cells, (_, s) in best.items():
            cx, cy = (cells >> _SHIFT) - _OFFSET, (cells & mask) - _OFFSET
            key = (cx // TILE_CELLS, cy // TILE_CELLS)
            by_status = level.tiles.get(key)
            if by_status is None:
                by_status = level.tiles[key] = {}
            values = by_status.get(s)
            if values is None:
                values = by_status[s] = array("d")
            values.append((cx + 0.5) * cell)
            values.append((cy + 0.5) * cell)
        level.occupied = set(level.tiles)
        return level

    def indexes_in(self, left: float, top: float, right: float, bottom: float) -> list[int]:
        """The plots whose point lies in a scene rectangle."""
        t = self.tile
        found = []
        for c in range(math.floor(left / t), math.floor(right / t) + 1):
            for r in range(math.floor(top / t), math.floor(bottom / t) + 1):
                for i in self.buckets.get((c, r), ()):
                    if left <= self.xs[i] <= right and top <= self.ys[i] <= bottom:
                        found.append(i)
        return found

    def tile_members(self, key: tuple[int, int]):
        return self.buckets.get(key, ())

    def nearest(self, x: float, y: float, radius: float) -> int | None:
        """The plot whose point is nearest to (x, y), within `radius` metres."""
        best, best_d2 = None, radius * radius
        for i in self.indexes_in(x - radius, y - radius, x + radius, y + radius):
            d2 = (self.xs[i] - x) ** 2 + (self.ys[i] - y) ** 2
            if d2 <= best_d2:
                best, best_d2 = i, d2
        return best


def _count_cells(xs, ys, status, cell: float) -> Counter:
    """(packed cell number * 8 + status) -> plots, counted from the points with numpy (the
    first paint waits for this: 200,000 points in milliseconds)."""
    import numpy as np  # only the map needs it

    if not len(xs):
        return Counter()
    inv = 1.0 / cell
    columns = (np.asarray(xs, dtype=np.float64) * inv + _OFFSET).astype(np.int64)
    rows = (np.asarray(ys, dtype=np.float64) * inv + _OFFSET).astype(np.int64)
    keys = ((columns << _SHIFT) | rows) * 8 + np.asarray(status, dtype=np.int64)
    values, counts = np.unique(keys, return_counts=True)
    return Counter(dict(zip(values.tolist(), counts.tolist())))


def cell_for(metres_per_pixel: float, points_below: float = 8.0,
             pixels_per_cell: float = 3.0) -> float:
    """The level to draw at a zoom: single points while a pixel is under `points_below`
    metres, else the smallest cell at least `pixels_per_cell` pixels wide."""
    if metres_per_pixel <= points_below:
        return 0.0
    for cell in CELL_SIZES:
        if cell >= metres_per_pixel * pixels_per_cell:
            return cell
    return CELL_SIZES[-1]


__all__ = ["CELL_SIZES", "POINT_TILE", "TILE_CELLS", "Level", "PlotGrid", "cell_for"]

"""The plots on the map: one graphics item that draws only what the view shows, at the level
of detail the zoom calls for (desktop.services.maps.grid).

* Zoomed out, plots are grouped into square cells coloured by their most common status.
* Closer, each plot is a dot.
* Closer still, walked boundaries are drawn as polygons (points for plots without one).
  Boundaries are read tile by tile after the view is painted, a few tiles per turn of
  the event loop, so a zoom step never waits for the database: a tile shows dots until
  its boundaries arrive.

Points reach Qt as one polygon per tile and status, made from the grid's arrays of doubles
through QDataStream (a C++ copy, not 200,000 Python objects), and drawn in one call each.
"""

from __future__ import annotations

import struct
import time
from typing import Callable

from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from desktop.services.maps import MICRO, STATUSES, PlotMap, cell_for
from desktop.ui.map.overlay import STATUS_COLOURS

#: Boundaries are drawn once a pixel is at most this many metres.
BOUNDARIES_BELOW = 6.0
#: Time a turn of boundary loading may take before it lets the window paint (seconds).
LOAD_SLICE = 0.04


def polygon_of(values) -> QPolygonF:
    """A QPolygonF of a flat array('d') of x, y, x, y, … without a Python object per point."""
    count = len(values) // 2
    stream = QDataStream(QByteArray(struct.pack("<I", count) + values.tobytes()))
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    polygon = QPolygonF()
    stream >> polygon
    return polygon


class PlotsItem(QGraphicsItem):
    """Draws a PlotMap; `load_boundaries(family_ids)` returns plot_boundaries' dict."""

    def __init__(self, load_boundaries: Callable[[list[str]], dict] | None = None):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.plot_map: PlotMap | None = None
        self._bounds = QRectF()
        self.load_boundaries = load_boundaries
        self._polygons: dict = {}  # (cell, tile key) -> [(status, QPolygonF)]
        self._outlines: dict = {}  # tile key -> ([(plot index, QPolygonF)], {status: path})
        self._pending: list = []
        self._timer = QTimer(singleShot=True, interval=0)
        self._timer.timeout.connect(self._load_some)
        self.last_drawn = 0  # things drawn in the last paint (dots, cells or outlines)
        self.last_cell = 0.0

    # --- data -------------------------------------------------------------------------
    def set_plot_map(self, plot_map: PlotMap | None) -> None:
        self.prepareGeometryChange()
        self.plot_map = plot_map
        self._bounds = self._bounding_rect()
        self._polygons.clear()
        self._outlines.clear()
        self._pending.clear()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _bounding_rect(self) -> QRectF:
        extent = self.plot_map.grid.extent() if self.plot_map else None
        if extent is None:
            return QRectF()
        left, top, right, bottom = extent
        margin = 2000.0  # boundaries reach past their points
        return QRectF(left - margin, top - margin, right - left + 2 * margin,
                      bottom - top + 2 * margin)

    def prepare(self, cell: float) -> None:
        """Build a level and its tiles' polygons ahead of need."""
        if self.plot_map is not None:
            level = self.plot_map.grid.level(cell)
            for key in level.occupied:
                self._tile_polygons(level, key)

    def prepare_some(self, cells, budget: float = 0.02) -> bool:
        """Build levels (and their polygons) from `cells`, a list consumed from its end, for
        about `budget` seconds; True while there is more to do. The view calls this in idle
        time after the first paint, so that no zoom step waits for a level."""
        if self.plot_map is None:
            cells.clear()
            return False
        started = time.perf_counter()
        while cells and time.perf_counter() - started < budget:
            level = self.plot_map.grid.level(cells[-1])
            todo = [k for k in level.occupied if (level.cell, k) not in self._polygons]
            for key in todo:
                self._tile_polygons(level, key)
                if time.perf_counter() - started >= budget:
                    break
            else:
                cells.pop()
        return bool(cells)

    # --- painting ---------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        self.last_drawn = 0
        if self.plot_map is None or not len(self.plot_map):
            return
        scale = painter.worldTransform().m11() or 1.0
        metres_per_pixel = 1.0 / abs(scale)
        exposed = option.exposedRect
        cell = cell_for(metres_per_pixel)
        self.last_cell = cell
        level = self.plot_map.grid.level(cell)
        keys = level.keys_in(exposed.left(), exposed.top(), exposed.right(), exposed.bottom())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if cell == 0 and metres_per_pixel <= BOUNDARIES_BELOW and self.load_boundaries:
            self._paint_boundaries(painter, level, keys, metres_per_pixel)
            return
        if cell == 0:
            pen = QPen()
            pen.setCosmetic(True)
            pen.setWidthF(3.0 if metres_per_pixel > 4 else 5.0)
        else:  # a square of the cell's side, in pixels: a cosmetic pen is drawn by the
            pen = QPen()  # raster engine's fast path, some 3× faster than one in metres
            pen.setCosmetic(True)
            pen.setWidthF(cell / metres_per_pixel)
        pen.setCapStyle(Qt.PenCapStyle.SquareCap)
        drawn = 0
        for key in keys:
            for status, polygon in self._tile_polygons(level, key):
                pen.setColor(STATUS_COLOURS[STATUSES[status]])
                painter.setPen(pen)
                painter.drawPoints(polygon)
                drawn += polygon.size()
        self.last_drawn = drawn

    def _tile_polygons(self, level, key) -> list:
        cache_key = (level.cell, key)
        found = self._polygons.get(cache_key)
        if found is None:
            found = self._polygons[cache_key] = [
                (status, polygon_of(values))
                for status, values in sorted(level.tile_at(key).items())]
        return found

    def _paint_boundaries(self, painter: QPainter, level, keys, metres_per_pixel) -> None:
        dots = QPen()  # square dots, not antialiased: thousands of round ones cost 10 times more
        dots.setCosmetic(True)
        dots.setWidthF(5.0)
        dots.setCapStyle(Qt.PenCapStyle.SquareCap)
        drawn, missing = 0, []
        for key in keys:
            outlines = self._outlines.get(key)
            if outlines is None:
                missing.append(key)
                for status, polygon in self._tile_polygons(level, key):
                    dots.setColor(STATUS_COLOURS[STATUSES[status]])
                    painter.setPen(dots)
                    painter.drawPoints(polygon)
                    drawn += polygon.size()
                continue
            _, by_status, points = outlines
            # One polygon at a time, not antialiased: an antialiased path of hundreds of
            # overlapping plots costs Qt's rasteriser five times more.
            for status, polygons in by_status.items():
                colour = STATUS_COLOURS[STATUSES[status]]
                fill = colour.lighter(115)
                fill.setAlpha(150)
                outline = QPen(colour.darker(150))
                outline.setCosmetic(True)
                painter.setPen(outline)
                painter.setBrush(QBrush(fill))
                for polygon in polygons:
                    painter.drawPolygon(polygon)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            for status, polygon in points:
                dots.setColor(STATUS_COLOURS[STATUSES[status]])
                painter.setPen(dots)
                painter.drawPoints(polygon)
            drawn += len(outlines[0]) + sum(p.size() for _, p in points)
        self.last_drawn = drawn
        if missing:
            self._pending = missing
            self._timer.start()

    # --- boundaries -------------------------------------------------------------------
    def _load_some(self) -> None:
        """Read boundaries for pending tiles until LOAD_SLICE is spent, then repaint."""
        if self.plot_map is None:
            return
        started = time.perf_counter()
        while self._pending and time.perf_counter() - started < LOAD_SLICE:
            key = self._pending.pop(0)
            if key not in self._outlines:
                self._outlines[key] = self.tile_outlines(key)
        self.update()
        if self._pending:
            self._timer.start()

    def load_all_pending(self) -> None:
        """Read every pending tile now (tests and the bench)."""
        while self._pending:
            key = self._pending.pop(0)
            if key not in self._outlines:
                self._outlines[key] = self.tile_outlines(key)
        self.update()

    def tile_outlines(self, key):
        """([(plot index, polygon)], {status: [its boundaries]}, [(status, dots)])."""
        plot_map = self.plot_map
        points, grid = plot_map.points, plot_map.grid
        members = grid.tile_members(key)
        family_id = points.family_id
        found = self.load_boundaries([family_id(i) for i in members]) if len(members) else {}
        polygons, paths, loose = [], {}, {}
        for i in members:
            rings = found.get((family_id(i), points.lon[i], points.lat[i])) if found else None
            if not rings:
                loose.setdefault(points.status[i], []).append(QPointF(grid.xs[i], grid.ys[i]))
                continue
            same_status = paths.setdefault(points.status[i], [])
            for ring in rings:
                xs, ys = plot_map.projection.forward_many([p[0] for p in ring],
                                                          [p[1] for p in ring])
                polygon = QPolygonF([QPointF(x, y) for x, y in zip(xs, ys)])
                same_status.append(polygon)
                polygons.append((i, polygon))
        dots = [(status, QPolygonF(pts)) for status, pts in loose.items()]
        return polygons, paths, dots

    # --- finding a plot ---------------------------------------------------------------
    def plot_at(self, point: QPointF, radius: float) -> int | None:
        """The plot under a scene point: inside a drawn boundary (the one whose point is
        nearest when boundaries overlap), else the nearest dot within `radius` metres."""
        if self.plot_map is None:
            return None
        grid = self.plot_map.grid
        inside = []
        tile = grid.tile
        column, row = int(point.x() // tile), int(point.y() // tile)
        for c in (column - 1, column, column + 1):
            for r in (row - 1, row, row + 1):
                outlines = self._outlines.get((c, r))
                for i, polygon in outlines[0] if outlines else ():
                    if polygon.containsPoint(point, Qt.FillRule.OddEvenFill):
                        inside.append(i)
        if inside:
            return min(inside, key=lambda i: (grid.xs[i] - point.x()) ** 2
                       + (grid.ys[i] - point.y()) ** 2)
        return grid.nearest(point.x(), point.y(), radius)

    def scene_position(self, index: int) -> QPointF:
        grid = self.plot_map.grid
        return QPointF(grid.xs[index], grid.ys[index])


__all__ = ["BOUNDARIES_BELOW", "LOAD_SLICE", "MICRO", "PlotsItem", "polygon_of"]

"""The map itself: Qt's graphics view over the plots and reference layers, with zoom on the
wheel (or + and -), pan by dragging, a click that chooses a plot, tooltips naming its
family, and the legend, scale bar and north arrow drawn over it in pixels.

No tiles and no web engine: everything comes from the database and the layers' files, so
the map works offline. Scene units are metres of an equal-area projection
(desktop.services.maps.projection), so the scale bar is true and areas are honest.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QToolTip

from desktop.i18n.formatting import fmt_number
from desktop.services.maps import CELL_SIZES, STATUSES, Layer, PlotMap
from desktop.ui.map.layers_item import LayersItem
from desktop.ui.map.overlay import (
    STATUS_COLOURS, distance_text, draw_legend, draw_north, draw_scale_bar, status_label,
)
from desktop.ui.map.plots_item import PlotsItem

ZOOM_STEP = 1.25
#: Closest zoom (metres per pixel) and how far out beyond the plots' extent one may go.
MIN_METRES_PER_PIXEL = 0.1
MAX_OUT = 4.0
#: A click within this many pixels of a dot chooses it.
CLICK_RADIUS_PX = 7
DRAG_SLOP_PX = 4


class PlotMapView(QGraphicsView):
    plot_clicked = Signal(int)  # the index of the plot in the shown PlotMap
    moved = Signal()  # zoomed or panned

    def __init__(self, parent=None, load_boundaries: Callable | None = None):
        super().__init__(parent)
        self.setObjectName("plotMap")
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setBackgroundBrush(QColor("#f4f1e8"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # The legend and scale bar stay put while the land moves: repaint the whole view.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setMinimumSize(320, 240)
        self.layers_item = LayersItem()
        self.plots_item = PlotsItem(load_boundaries)
        self.scene().addItem(self.layers_item)
        self.scene().addItem(self.plots_item)
        self.describe: Callable[[int], str] | None = None  # tooltip text of a plot
        self.message = ""  # shown in the middle when there is nothing to draw
        self.legend_title = ""
        self.legend_note = ""
        self._press: QPoint | None = None
        self._prepare = QTimer(self, singleShot=True, interval=0)
        self._prepare.timeout.connect(self._prepare_next)
        self._to_prepare: list[float] = []

    # --- content ----------------------------------------------------------------------
    def set_plot_map(self, plot_map: PlotMap | None, fit: bool = True,
                     prepare: bool = True) -> None:
        """Show `plot_map`; `prepare`: build its other levels of detail in idle time now
        (else when `prepare_levels` is called, once they are built elsewhere)."""
        self.plots_item.set_plot_map(plot_map)
        self._update_scene_rect()
        if fit:
            self.fit()
        self._to_prepare = []
        if prepare:
            self.prepare_levels()

    def prepare_levels(self) -> None:
        """Turn the levels of detail into tiles to draw while the user looks at the map."""
        self._to_prepare = [0.0, *CELL_SIZES]  # from the end: coarse first
        self._prepare.start()

    def set_layers(self, layers: list[Layer]) -> None:
        plot_map = self.plots_item.plot_map
        if plot_map is not None:
            self.layers_item.set_layers(layers, plot_map.projection)
        self._update_scene_rect()
        self.viewport().update()

    def _prepare_next(self) -> None:
        if self.plots_item.prepare_some(self._to_prepare):
            self._prepare.start()

    def content_rect(self) -> QRectF:
        rect = self.plots_item.boundingRect()
        layers = self.layers_item.boundingRect()
        if rect.isEmpty():
            rect = layers
        return rect if not rect.isEmpty() else QRectF(-5000, -5000, 10000, 10000)

    def _update_scene_rect(self) -> None:
        rect = self.content_rect().united(self.layers_item.boundingRect())
        margin = max(rect.width(), rect.height()) * MAX_OUT
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))

    # --- zoom and pan -----------------------------------------------------------------
    def metres_per_pixel(self) -> float:
        scale = self.transform().m11()
        return 1.0 / scale if scale else 1.0

    def fit(self) -> None:
        """Show every plot (or the layers, when there are no plots)."""
        self.resetTransform()
        rect = self.content_rect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.moved.emit()

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by `factor` (above 1: closer), keeping `anchor` (view pixels) in place."""
        current = self.metres_per_pixel()
        widest = max(self.content_rect().width(), self.content_rect().height()) * MAX_OUT \
            / max(1, min(self.viewport().width(), self.viewport().height()))
        target = min(max(current / factor, MIN_METRES_PER_PIXEL), max(widest, current))
        factor = current / target
        if abs(factor - 1) < 1e-9:
            return
        centre = self.mapToScene(self.viewport().rect().center())
        if anchor is None:
            self.scale(factor, factor)
            self.centerOn(centre)
        else:
            before = self.mapToScene(anchor.toPoint())
            self.scale(factor, factor)
            self.centerOn(centre)
            after = self.mapToScene(anchor.toPoint())
            self.centerOn(centre + (before - after))
        self.moved.emit()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps, event.position())
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.moved.emit()

    # --- choosing a plot --------------------------------------------------------------
    def plot_under(self, view_point: QPoint) -> int | None:
        radius = CLICK_RADIUS_PX * self.metres_per_pixel()
        return self.plots_item.plot_at(self.mapToScene(view_point), radius)

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        here = event.position().toPoint()
        if (press is not None and event.button() == Qt.MouseButton.LeftButton
                and (here - press).manhattanLength() <= DRAG_SLOP_PX):
            index = self.plot_under(here)
            if index is not None:
                self.plot_clicked.emit(index)

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip and self.describe is not None:
            index = self.plot_under(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(index), self.viewport())
            return True
        return super().viewportEvent(event)

    # --- what is drawn over the land --------------------------------------------------
    def legend_rows(self) -> list[tuple[QColor, str, str]]:
        plot_map = self.plots_item.plot_map
        counts = plot_map.counts() if plot_map is not None else {}
        rows = [(STATUS_COLOURS[s], status_label(s), fmt_number(counts.get(s, 0)))
                for s in STATUSES if counts.get(s)]
        for layer, colour, *_ in self.layers_item.layers:
            rows.append((colour, layer.name, ""))
        return rows

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        # From here on, draw in the view's pixels (this also holds when rendering to a PDF).
        inverse, _ = self.viewportTransform().inverted()
        painter.setWorldTransform(inverse, True)
        area = QRectF(self.viewport().rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.message:
            painter.setPen(QColor("#333333"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.message)
        rows = self.legend_rows()
        if rows:
            note = self.legend_note if self.plots_item.last_cell else ""
            if note:
                note = note.format(size=distance_text(self.plots_item.last_cell))
            draw_legend(painter, area, self.legend_title, rows, note)
        draw_scale_bar(painter, area, self.metres_per_pixel())
        draw_north(painter, area)
        painter.restore()


__all__ = ["CLICK_RADIUS_PX", "PlotMapView", "QTransform", "ZOOM_STEP"]

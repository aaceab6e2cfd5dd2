"""The office's reference layers on the map (protected area, communities, rivers): polygons
and lines as outlines, points as dots with their names. Drawn under the plots."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from desktop.services.maps import Layer, Projection
from desktop.ui.map.overlay import LAYER_COLOURS


class LayersItem(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.layers: list[tuple[Layer, QColor, QPainterPath, QPainterPath, list]] = []
        self._bounds = QRectF()

    def set_layers(self, layers: list[Layer], projection: Projection) -> None:
        """Project the layers once; each keeps (layer, colour, areas, lines, named points)."""
        self.prepareGeometryChange()
        self.layers = []
        bounds = QRectF()
        for n, layer in enumerate(layers):
            areas, lines, points = QPainterPath(), QPainterPath(), []
            areas.setFillRule(Qt.FillRule.OddEvenFill)
            for feature in layer.features:
                for part in feature.parts:
                    xs, ys = projection.forward_many([p[0] for p in part], [p[1] for p in part])
                    scene = [QPointF(x, y) for x, y in zip(xs, ys)]
                    if feature.kind == "point":
                        points.append((scene[0], feature.name))
                    elif feature.kind == "line":
                        lines.moveTo(scene[0])
                        for p in scene[1:]:
                            lines.lineTo(p)
                    else:
                        areas.moveTo(scene[0])
                        for p in scene[1:]:
                            areas.lineTo(p)
                        areas.closeSubpath()
            for p, _ in points:
                bounds = bounds.united(QRectF(p.x() - 1, p.y() - 1, 2, 2))
            bounds = bounds.united(areas.boundingRect()).united(lines.boundingRect())
            self.layers.append((layer, LAYER_COLOURS[n % len(LAYER_COLOURS)], areas, lines,
                                points))
        self._bounds = bounds.adjusted(-500, -500, 500, 500)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        exposed = option.exposedRect
        for _, colour, areas, lines, points in self.layers:
            pen = QPen(colour, 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(28)
            painter.setBrush(fill)
            if not areas.isEmpty():
                painter.drawPath(areas)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if not lines.isEmpty():
                painter.drawPath(lines)
            transform = painter.worldTransform()
            painter.save()
            painter.resetTransform()
            painter.setBrush(colour)
            for point, name in points:
                if not exposed.contains(point):
                    continue
                at = transform.map(point)
                painter.setPen(QPen(colour.darker(130), 1))
                painter.drawEllipse(at, 4, 4)
                if name:
                    painter.setPen(QColor("#111111"))
                    painter.drawText(at + QPointF(7, 4), name)
            painter.restore()


__all__ = ["LayersItem"]

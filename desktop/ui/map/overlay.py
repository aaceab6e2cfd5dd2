"""What the map draws over the land, in the view's own pixels: the statuses' colours, the
legend, the scale bar and the north arrow."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

from desktop.i18n.labels import label
from desktop.services.maps import NO_AGREEMENT, STATUSES

#: One colour per status (Okabe and Ito's palette, told apart by colour-blind eyes too).
STATUS_COLOURS = {
    "active": QColor("#009E73"),
    "signed": QColor("#56B4E9"),
    "draft": QColor("#E69F00"),
    "suspended": QColor("#D55E00"),
    "ended": QColor("#CC79A7"),
    NO_AGREEMENT: QColor("#7a7a7a"),
}
#: Reference layers' colours, in the order they were imported.
LAYER_COLOURS = [QColor("#1b5e20"), QColor("#1f4e9c"), QColor("#6a3d9a"), QColor("#8c510a")]


def status_label(status: str) -> str:
    if status == NO_AGREEMENT:
        return QCoreApplication.translate("PlotMap", "No agreement")
    return label("agreement_status", status)


def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ metres not above `metres`."""
    if metres <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(metres))
    for step in (5, 2, 1):
        if step * power <= metres:
            return step * power
    return power


def distance_text(metres: float) -> str:
    if metres >= 1000:
        km = metres / 1000
        return f"{km:g} km"
    return f"{metres:g} m"


def draw_scale_bar(painter: QPainter, area: QRectF, metres_per_pixel: float) -> None:
    """A bar of a round length, about 120 pixels long, at the bottom left of `area`."""
    if metres_per_pixel <= 0 or not math.isfinite(metres_per_pixel):
        return
    length = nice_length(metres_per_pixel * 120)
    pixels = length / metres_per_pixel
    left, bottom = area.left() + 14, area.bottom() - 14
    text = distance_text(length)
    metrics = QFontMetrics(painter.font())
    box = QRectF(left - 6, bottom - 14 - metrics.height(), max(pixels, metrics.horizontalAdvance(
        text)) + 12, metrics.height() + 20)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(box, 4, 4)
    pen = QPen(QColor("#222222"), 2)
    painter.setPen(pen)
    painter.drawLine(QPointF(left, bottom), QPointF(left + pixels, bottom))
    for x in (left, left + pixels / 2, left + pixels):
        painter.drawLine(QPointF(x, bottom), QPointF(x, bottom - (6 if x != left + pixels / 2
                                                                   else 4)))
    painter.drawText(QPointF(left, bottom - 9), text)


def draw_north(painter: QPainter, area: QRectF) -> None:
    x, y = area.right() - 24, area.bottom() - 46
    painter.setPen(QPen(QColor("#222222"), 1.5))
    painter.setBrush(QColor("#222222"))
    painter.drawPolygon([QPointF(x, y), QPointF(x - 6, y + 16), QPointF(x + 6, y + 16)])
    painter.drawText(QRectF(x - 10, y + 18, 20, 16), Qt.AlignmentFlag.AlignCenter, "N")


def draw_legend(painter: QPainter, area: QRectF, title: str,
                rows: list[tuple[QColor, str, str]], note: str = "") -> QRectF:
    """A box at the top right of `area`: a title, then a swatch, a label and a figure per
    row ("line" swatches for layers use the colour's outline), then an optional note."""
    metrics = QFontMetrics(painter.font())
    line = metrics.height() + 3
    label_width = max([metrics.horizontalAdvance(title)]
                      + [metrics.horizontalAdvance(text) + 22 + metrics.horizontalAdvance(figure)
                         + 12 for _, text, figure in rows])
    note_width = min(label_width + 40, 240)
    note_rect = metrics.boundingRect(0, 0, int(note_width), 400,
                                     int(Qt.TextFlag.TextWordWrap), note) if note else QRectF()
    width = max(label_width, note_rect.width() if note else 0) + 20
    height = line * (len(rows) + 1) + 12 + (note_rect.height() + 4 if note else 0)
    box = QRectF(area.right() - width - 10, area.top() + 10, width, height)
    painter.setPen(QPen(QColor("#9a9a9a"), 1))
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(QColor("#111111"))
    bold = painter.font()
    bold.setBold(True)
    plain = painter.font()
    painter.setFont(bold)
    y = box.top() + 6
    painter.drawText(QRectF(box.left() + 10, y, width - 20, line),
                     Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(plain)
    for colour, text, figure in rows:
        y += line
        swatch = QRectF(box.left() + 10, y + (line - 12) / 2, 12, 12)
        painter.setPen(QPen(colour.darker(140), 1))
        painter.setBrush(colour)
        painter.drawRect(swatch)
        painter.setPen(QColor("#111111"))
        painter.drawText(QRectF(swatch.right() + 8, y, width - 40, line),
                         Qt.AlignmentFlag.AlignVCenter, text)
        painter.drawText(QRectF(box.left(), y, width - 10, line),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, figure)
    if note:
        painter.setPen(QColor("#444444"))
        painter.drawText(QRectF(box.left() + 10, y + line + 4, width - 20, note_rect.height()),
                         int(Qt.TextFlag.TextWordWrap), note)
    return box


__all__ = ["LAYER_COLOURS", "STATUSES", "STATUS_COLOURS", "distance_text", "draw_legend",
           "draw_north", "draw_scale_bar", "nice_length", "status_label"]

"""The map as it is shown, saved as a PNG picture or an A4 landscape PDF page, each written
beside its target and moved in place (no half file on a failure)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from desktop.files import write_atomically


def save_png(view, path: Path | str, scale: float = 2.0) -> Path:
    """The view's picture at `scale` times its size on screen (sharper when printed)."""
    viewport = view.viewport().rect()
    image = QImage(int(viewport.width() * scale), int(viewport.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    view.render(painter, QRectF(image.rect()), viewport)
    painter.end()

    def build(temporary: str) -> None:
        if not image.save(temporary, "PNG"):
            raise OSError(f"could not write {temporary}")

    return write_atomically(path, build, suffix=".png")


def save_pdf(view, path: Path | str, title: str, subtitle: str = "") -> Path:
    """One A4 landscape page: a title, a line of what is shown, and the map, in vectors."""
    def build(temporary: str) -> None:
        writer = QPdfWriter(temporary)
        writer.setTitle(title)
        writer.setCreator("Conservation Desk")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12),
                                         QPageLayout.Unit.Millimeter))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"could not write {temporary}")
        try:
            page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
            page.moveTo(0, 0)
            font = painter.font()
            font.setPointSizeF(16)
            font.setBold(True)
            painter.setFont(font)
            line = painter.fontMetrics().height()
            painter.drawText(QRectF(0, 0, page.width(), line), Qt.AlignmentFlag.AlignLeft, title)
            font.setPointSizeF(10)
            font.setBold(False)
            painter.setFont(font)
            top = line * 1.2
            if subtitle:
                small = painter.fontMetrics().height()
                painter.drawText(QRectF(0, top, page.width(), small),
                                 Qt.AlignmentFlag.AlignLeft, subtitle)
                top += small * 1.6
            viewport = QRectF(view.viewport().rect())
            room = QSizeF(page.width(), page.height() - top)
            size = viewport.size().scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, top, size.width(), size.height())
            # The view's pixels become points of the page: text in the legend keeps its size.
            font.setPointSizeF(9)
            painter.setFont(font)
            view.render(painter, target, viewport.toRect())
            painter.setPen(QColor("#777777"))
            painter.drawRect(target)
        finally:
            painter.end()

    return write_atomically(path, build, suffix=".pdf")


__all__ = ["save_pdf", "save_png"]

"""What every printed document shares: embedded DejaVu fonts (ñ, á, ó print everywhere),
styles, "Página 1 de 3" page numbers, and writing to a file safely.

Documents take a language argument independent of the window's.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop import RESOURCES_DIR, files
from desktop.i18n import translate

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    fonts = RESOURCES_DIR / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["Normal"], fontName=FONT, fontSize=9.5,
                          leading=12.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=4 * mm),
        "heading": ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11,
                                  leading=14, spaceBefore=4 * mm, spaceAfter=2 * mm),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
    }


def numbered_canvas(lang: str, footer: str = ""):
    """A canvas class that writes "Page n of N" (in `lang`) and `footer` on every page."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.setFont(FONT, 8)
            self.setFillColor(colors.grey)
            text = translate("Pdf", "Page {page} of {pages}", lang).format(
                page=self._pageNumber, pages=total)
            self.drawRightString(width - 15 * mm, 10 * mm, text)
            if footer:
                self.drawString(15 * mm, 10 * mm, footer)

    return NumberedCanvas


def grid_table(rows: list[list], widths: list[float], header_rows: int = 1,
               row_heights: list[float] | None = None) -> Table:
    """A bordered table whose header row is shaded and repeats on each page. Fixed
    `row_heights` spare reportlab measuring every row again at each page break (quadratic:
    minutes for a table of thousands of rows)."""
    table = Table(rows, colWidths=widths, repeatRows=header_rows, rowHeights=row_heights)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e4ece4")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a8a7a")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def cell(text, style: ParagraphStyle) -> Paragraph:
    """A table cell that wraps (escape &, < and > first)."""
    safe = str(text if text is not None else "").replace("&", "&amp;").replace(
        "<", "&lt;").replace(">", "&gt;")
    return Paragraph(safe, style)


def write_atomically(path: Path, build) -> Path:
    """Run `build(temporary_path)` and move the result into place: no half-written PDF."""
    return files.write_atomically(path, build, ".pdf.part")


PAGE_SIZE = A4
MARGIN = 18 * mm

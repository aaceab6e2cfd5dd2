"""The agreement's look: colours, the blank to write on, paragraph styles, logo sizes."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from desktop.reports.pdf import FONT_BOLD, styles

BLANK = "_" * 16
INK = colors.HexColor("#1f3b2d")
RULE = colors.HexColor("#7a8a7a")
SHADE = colors.HexColor("#e4ece4")


def agreement_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of an agreement (the shared ones, and its own)."""
    base = styles()
    body = ParagraphStyle("clause", parent=base["body"], alignment=TA_JUSTIFY,
                          spaceAfter=2.2 * mm)
    cell = base["cell"]
    return {
        **base,
        "clause": body,
        "item": ParagraphStyle("item", parent=body, leftIndent=8 * mm, bulletIndent=2 * mm,
                               spaceAfter=1.2 * mm, bulletFontName=FONT_BOLD),
        "heading": ParagraphStyle("h", parent=base["heading"], textColor=INK,
                                  keepWithNext=1),
        "title": ParagraphStyle("t", parent=base["title"], textColor=INK, spaceAfter=3 * mm,
                                spaceBefore=2 * mm),
        "org": ParagraphStyle("org", parent=body, fontName=FONT_BOLD, fontSize=11.5,
                              leading=14, alignment=TA_CENTER, textColor=INK, spaceAfter=0),
        "org2": ParagraphStyle("org2", parent=body, fontSize=9.5, leading=12,
                               alignment=TA_CENTER, spaceAfter=0),
        "org3": ParagraphStyle("org3", parent=body, fontSize=8, leading=10,
                               alignment=TA_CENTER, textColor=colors.HexColor("#555555"),
                               spaceAfter=0),
        "key": ParagraphStyle("key", parent=cell, fontName=FONT_BOLD),
        "cellr": ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT),
        "cellb": ParagraphStyle("cellb", parent=cell, fontName=FONT_BOLD),
        "cellbr": ParagraphStyle("cellbr", parent=cell, fontName=FONT_BOLD,
                                 alignment=TA_RIGHT),
        "qr": ParagraphStyle("qr", parent=cell, fontSize=7.5, leading=9,
                             alignment=TA_CENTER),
        "qrnum": ParagraphStyle("qrnum", parent=cell, fontName=FONT_BOLD, fontSize=9,
                                leading=11, alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=11,
                               textColor=colors.HexColor("#444444")),
    }


def logo_size(path: Path | None):
    """(path, width, height) of a logo fitted into its box in the header; None without one."""
    if path is None:
        return None
    reader = ImageReader(str(path))
    width, height = reader.getSize()
    box_w, box_h = 30 * mm, 18 * mm
    scale = min(box_w / width, box_h / height)
    return str(path), width * scale, height * scale

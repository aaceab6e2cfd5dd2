"""The agreement's own flowables: short cell texts drawn without a Paragraph, paragraphs
laid out once per batch, and the signature blocks."""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from desktop.reports.agreement.document import SignatoryRow
from desktop.reports.agreement.style import BLANK, INK, RULE
from desktop.reports.pdf import FONT, FONT_BOLD
from desktop.reports.templates import fill


class CellText(Flowable):
    """A table cell's text: drawn as one line when it fits (ten times cheaper than a
    Paragraph, and most cells are short), wrapped as a Paragraph when it does not."""

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.text, self.style = text, style
        self._para: Paragraph | None = None

    def wrap(self, available_width, available_height):
        style = self.style
        self._width = stringWidth(self.text, style.fontName, style.fontSize)
        if self._width <= available_width:
            self._para = None
            self.width, self.height = available_width, style.leading
            return self.width, self.height
        self._para = Paragraph(escape(self.text), style)
        self.width, self.height = self._para.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self):
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        style, canv = self.style, self.canv
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        y = self.height - style.fontSize
        if style.alignment == TA_RIGHT:
            canv.drawRightString(self.width, y, self.text)
        elif style.alignment == TA_CENTER:
            canv.drawCentredString(self.width / 2, y, self.text)
        else:
            canv.drawString(0, y, self.text)


class SharedLayout:
    """A paragraph printed the same in every agreement (a clause without placeholders, a
    heading, a standard commitment), laid out once per batch."""

    def __init__(self, para: Paragraph):
        self.para = para
        self.size: tuple[float, float, float] | None = None
        self.lines = None

    def wrap(self, available_width, available_height) -> tuple[float, float]:
        if self.size is None or self.size[0] != available_width:
            width, height = self.para.wrap(available_width, available_height)
            self.size, self.lines = (available_width, width, height), self.para.blPara
        return self.size[1], self.size[2]


class Shared(Flowable):
    """One use of a shared layout (each use has its own flowable, as platypus expects)."""

    def __init__(self, layout: SharedLayout):
        super().__init__()
        self.layout = layout
        style = layout.para.style
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def wrap(self, available_width, available_height):
        self.width, self.height = self.layout.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        if self.height <= available_height:
            return []
        self.layout.size = None  # splitting lays the paragraph out again
        return self.layout.para.split(available_width, available_height)

    def draw(self):
        layout = self.layout
        layout.para.width, layout.para.height, layout.para.blPara = (
            layout.size[0], layout.size[2], layout.lines)
        layout.para.drawOn(self.canv, 0, 0)


def escape(text) -> str:
    return str(text if text is not None else "").replace("&", "&amp;").replace(
        "<", "&lt;").replace(">", "&gt;")


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def markup(template_text: str, values: dict[str, str]) -> str:
    """A template paragraph as reportlab markup: escaped, **bold**, placeholders filled."""
    text = _BOLD.sub(r"<b>\1</b>", escape(template_text))
    return fill(text, {k: escape(v) for k, v in values.items()})


class SignatureRow(Flowable):
    """One or two signature blocks side by side: blank space, the line to sign on, name, DNI,
    role, and a thumbprint box (highlighted for those who sign with their thumbprint).
    Drawn directly on the canvas; never split across pages."""

    space = 15 * mm  # to sign in
    box = 24 * mm  # the thumbprint square
    gap = 4 * mm

    def __init__(self, blocks: list[tuple[SignatoryRow, str]], texts: dict[str, str]):
        super().__init__()
        self.blocks, self.texts = blocks, texts
        self.spaceBefore = 6 * mm

    def _lines(self, signatory: SignatoryRow, role: str, width: float) -> list[tuple]:
        lines = [(FONT_BOLD, 9, line) for line in simpleSplit(signatory.name, FONT_BOLD, 9, width)]
        lines.append((FONT, 8.5, self.texts["dni"].format(dni=signatory.dni or BLANK)))
        lines += [(FONT, 8.5, line) for line in simpleSplit(role, FONT, 8.5, width)]
        if signatory.uses_thumbprint:
            lines += [(FONT, 8.5, line) for line in simpleSplit(self.texts["uses"], FONT, 8.5,
                                                                  width)]
        return lines

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.column = available_width / 2
        self.text_width = self.column - self.box - 2 * self.gap
        tallest = max(len(self._lines(s, role, self.text_width)) for s, role in self.blocks)
        self.height = max(self.space + 2 * mm + tallest * 11, self.box + 12)
        return self.width, self.height

    def split(self, available_width, available_height):
        return []

    def draw(self):
        canv = self.canv
        top = self.height
        for index, (signatory, role) in enumerate(self.blocks):
            x = index * self.column
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.6)
            y = top - self.space
            canv.line(x, y, x + self.text_width, y)
            y -= 2 * mm
            canv.setFillColor(colors.black)
            for font, size, text in self._lines(signatory, role, self.text_width):
                y -= 11
                canv.setFont(font, size)
                canv.drawString(x, y + 2, text)
            box_x = x + self.text_width + self.gap
            box_y = top - self.box
            if signatory.uses_thumbprint:
                canv.setFillColor(colors.HexColor("#fbf3d5"))
                canv.setStrokeColor(INK)
                canv.setLineWidth(1.6)
                canv.rect(box_x, box_y, self.box, self.box, stroke=1, fill=1)
                canv.setFont(FONT_BOLD, 7)
                canv.setFillColor(colors.black)
            else:
                canv.setStrokeColor(RULE)
                canv.setLineWidth(0.5)
                canv.rect(box_x, box_y, self.box, self.box, stroke=1, fill=0)
                canv.setFont(FONT, 7)
                canv.setFillColor(colors.HexColor("#555555"))
            canv.drawCentredString(box_x + self.box / 2, box_y - 9, self.texts["thumbprint"])

"""The agreement's canvas: per-part page numbers ("Page 1 of 3"), the footer with the
check code, and the draft mark, written once a part's last page is known."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable

from desktop.i18n import translate
from desktop.reports.agreement.style import RULE
from desktop.reports.pdf import FONT, FONT_BOLD, MARGIN


@dataclass(frozen=True)
class Part:
    lang: str
    number: str
    fingerprint: str
    watermark: str


class Marker(Flowable):
    """A zero-size flowable that tells the canvas where a part starts or ends."""

    def __init__(self, part: Part | None = None):
        super().__init__()
        self.part = part
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        if self.part is not None:
            self.canv.begin_part(self.part)  # the pages from here on belong to `part`
        else:
            self.canv.end_part()  # the current page is the last of its part


class AgreementCanvas(rl_canvas.Canvas):
    """Keeps each part's pages until the part ends, then writes "Page n of N", the footer and
    the draft mark on them. Holds at most one agreement's pages at a time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []
        self._part: Part | None = None
        self._closing = False

    def begin_part(self, part: Part) -> None:
        self._part = part

    def end_part(self) -> None:
        self._closing = True

    _OWN = ("_held", "_part", "_closing")

    def showPage(self):
        self._held.append({k: v for k, v in self.__dict__.items() if k not in self._OWN})
        if self._closing:
            self._release()
        else:
            self._startPage()

    def _release(self) -> None:
        held, part = self._held, self._part
        total = len(held)
        for page, state in enumerate(held, start=1):
            self.__dict__.update(state)
            if part is not None:
                _decorate(self, part, page, total)
            rl_canvas.Canvas.showPage(self)
        self._held, self._part, self._closing = [], None, False

    def save(self):
        if self._held:
            self._release()
        super().save()


def _decorate(canv: rl_canvas.Canvas, part: Part, page: int, total: int) -> None:
    width, height = canv._pagesize
    canv.saveState()
    if part.watermark:
        canv.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
        canv.setFont(FONT_BOLD, 84 if len(part.watermark) <= 10 else 60)
        canv.translate(width / 2, height / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -28, part.watermark)
        canv.restoreState()
        canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
    canv.setFont(FONT, 7.5)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(MARGIN, 10 * mm, translate("Pdf", "Agreement {number} · check code {code}",
                                               part.lang).format(number=part.number,
                                                                 code=part.fingerprint))
    canv.drawRightString(width - MARGIN, 10 * mm, translate(
        "Pdf", "Page {page} of {pages}", part.lang).format(page=page, pages=total))
    canv.restoreState()

"""The printed conservation agreement: an A4 document a family can read and sign.

In Spanish, in English, or both (the Spanish part first, then the English one,
each with its own "Página 1 de 3" / "Page 1 of 3"). The clause texts come from
the editable templates (desktop.reports.templates); domain terms from
desktop.i18n.labels; everything else goes through translate("Pdf", ...) in the
document's language, never the window's.

Rendering reads a plain snapshot (`AgreementDocument`), not ORM objects, so a
batch loads a few agreements, closes its session and renders them while
nothing else is held in memory. Several agreements can be rendered into one
reportlab document (fonts embedded once); each keeps its own page numbering.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import contextmanager
from itertools import pairwise
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, Image, KeepTogether, PageBreak, PageTemplate, Paragraph,
    Spacer, Table, TableStyle,
)

from desktop.i18n import translate
from desktop.i18n.formatting import fmt_date, fmt_hectares, fmt_number, fmt_soles
from desktop.i18n.labels import label
from desktop.reports.pdf import (
    FONT, FONT_BOLD, MARGIN, PAGE_SIZE, grid_table, styles, write_atomically,
)
from desktop.reports.templates import ClauseTemplate, has_placeholders, load_template

#: Document languages: Spanish, English, or both in one document (Spanish first).
LANG_CHOICES = ("es", "en", "both")
ROLE_ORDER = {"head": 0, "member": 1, "programme": 2, "park": 3}
BLANK = "_" * 16
QR_SIZE = 27 * mm
INK = colors.HexColor("#1f3b2d")
RULE = colors.HexColor("#7a8a7a")
SHADE = colors.HexColor("#e4ece4")


def document_languages(lang: str) -> tuple[str, ...]:
    if lang == "both":
        return ("es", "en")
    if lang in ("es", "en"):
        return (lang,)
    raise ValueError(f"unknown document language {lang!r}")


# --- what is printed: a snapshot of the agreement ----------------------------------------------

@dataclass(frozen=True)
class PlotRow:
    name: str
    area_ha: Decimal
    land_use: str
    inside_protected_area: bool
    latitude: Decimal | None
    longitude: Decimal | None


@dataclass(frozen=True)
class CommitmentRow:
    kind: str | None
    text: str


@dataclass(frozen=True)
class BenefitRow:
    kind: str
    description: str
    quantity: Decimal
    unit: str
    estimated_value_pen: Decimal


@dataclass(frozen=True)
class SignatoryRow:
    name: str
    dni: str | None
    role: str
    uses_thumbprint: bool


@dataclass(frozen=True)
class AgreementDocument:
    """Everything the paper says about one agreement, detached from the database."""

    number: str
    status: str
    start_date: date | None
    end_date: date | None
    signed_on: date | None
    forest_area_ha: Decimal
    family_code: str
    community: str
    district: str
    province: str
    region: str
    head_name: str
    head_dni: str | None
    plots: tuple[PlotRow, ...]
    commitments: tuple[CommitmentRow, ...]
    benefits: tuple[BenefitRow, ...]
    signatories: tuple[SignatoryRow, ...]
    #: The text encoded in the QR code: agreements.qr_payload(), "NUMBER|FINGERPRINT".
    qr_payload: str

    @property
    def fingerprint(self) -> str:
        return self.qr_payload.partition("|")[2]

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


def agreement_document(agreement) -> AgreementDocument:
    """The snapshot of an Agreement (read while its session is open)."""
    from desktop.services.agreements import living, qr_payload

    family = agreement.family
    community = family.community
    head = family.head
    plots = sorted((p for p in agreement.plots if p.deleted_at is None),
                   key=lambda p: (p.name.lower(), p.id))
    signatories = sorted(living(agreement.signatories),
                         key=lambda s: ROLE_ORDER.get(s.role, len(ROLE_ORDER)))
    return AgreementDocument(
        number=agreement.number, status=agreement.status, start_date=agreement.start_date,
        end_date=agreement.end_date, signed_on=agreement.signed_on,
        forest_area_ha=agreement.forest_area_ha, family_code=family.code,
        community=community.name, district=community.district, province=community.province,
        region=community.region, head_name=head.full_name if head else "",
        head_dni=head.dni if head else None,
        plots=tuple(PlotRow(p.name, p.area_ha, p.land_use, p.inside_protected_area, p.latitude,
                            p.longitude) for p in plots),
        commitments=tuple(CommitmentRow(c.kind, c.text or "")
                          for c in sorted(living(agreement.commitments),
                                          key=lambda c: c.position)),
        benefits=tuple(BenefitRow(b.kind, b.description or "", b.quantity, b.unit or "",
                                  b.estimated_value_pen) for b in living(agreement.benefits)),
        signatories=tuple(SignatoryRow(s.name, s.dni, s.role, bool(s.uses_thumbprint))
                          for s in signatories),
        qr_payload=qr_payload(agreement),
    )


# --- the office's names and logos ------------------------------------------------------------

@dataclass(frozen=True)
class DocumentSettings:
    office: str
    programme: str
    park_authority: str
    programme_logo: Path | None = None
    park_logo: Path | None = None

    @classmethod
    def from_config(cls) -> DocumentSettings:
        from desktop import config

        return cls(config.get(config.OFFICE_NAME), config.get(config.PROGRAMME_NAME),
                   config.get(config.PARK_AUTHORITY_NAME),
                   usable_image(config.get(config.PROGRAMME_LOGO)),
                   usable_image(config.get(config.PARK_LOGO)))


def usable_image(path: str | Path | None) -> Path | None:
    """`path` when it is an image reportlab can read; None otherwise (the document goes
    without that logo rather than failing)."""
    if not path or not Path(path).is_file():  # (reportlab would try a URL for anything else)
        return None
    try:
        ImageReader(str(path)).getSize()
    except Exception:  # noqa: BLE001 (unreadable or not an image: print without it)
        return None
    return Path(path)


# --- the canvas: per-part page numbers, footer and the draft mark ------------------------------

@dataclass(frozen=True)
class _Part:
    lang: str
    number: str
    fingerprint: str
    watermark: str


class _Marker(Flowable):
    """A zero-size flowable that tells the canvas where a part starts or ends."""

    def __init__(self, part: _Part | None = None):
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
        self._part: _Part | None = None
        self._closing = False

    def begin_part(self, part: _Part) -> None:
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


def _decorate(canv: rl_canvas.Canvas, part: _Part, page: int, total: int) -> None:
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


# --- the document --------------------------------------------------------------------------------

class _Text(Flowable):
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
        self._para = Paragraph(_escape(self.text), style)
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


class _SharedLayout:
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


class _Shared(Flowable):
    """One use of a shared layout (each use has its own flowable, as platypus expects)."""

    def __init__(self, layout: _SharedLayout):
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


_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = "10111010000"


def mask_penalty(modules: list[list[bool]]) -> int:
    """reportlab's QR mask penalty (qrencoder.QRUtil.getLostPoint), computed on strings and
    integers: the same score, a tenth of the time."""
    rows = ["".join("1" if m else "0" for m in row) for row in modules]
    columns = ["".join(column) for column in zip(*rows)]
    score = sum(len(run.group()) - 2 for line in rows + columns for run in _RUN.finditer(line))
    size = len(rows)
    low = (1 << (size - 1)) - 1
    bits = [int(row, 2) for row in rows]
    for upper, lower in pairwise(bits):
        differ = (upper ^ (upper >> 1)) | (upper ^ lower) | (lower ^ (lower >> 1))
        score += 3 * (~differ & low).bit_count()
    score += 40 * sum(row[:-1].count(_FINDER_LIKE) for row in rows)  # rows only, as reportlab
    dark = sum(row.count("1") for row in rows)
    score += 10 * (abs(100 * dark // (size * size) - 50) // 5)
    return score


class _QRCode(qrencoder.QRCode):
    def getBestMaskPattern(self):
        best, pattern = None, 0
        for candidate in range(8):
            self.makeImpl(True, candidate)
            lost = mask_penalty(self.modules)
            if best is None or lost < best:
                best, pattern = lost, candidate
        return pattern


class AgreementQr(QrCode):
    """The agreement's QR code (reportlab.graphics.barcode.qr); `payload` is exactly what it
    encodes. Sized with width/height, never measured with getBounds (which encodes twice)."""

    def __init__(self, payload: str, size: float = QR_SIZE):
        payload.encode("ascii")  # the payload is ASCII by design; fail loudly if not
        super().__init__([], width=size, height=size, qrLevel="M", qrBorder=2)
        self.qr = _QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        self.qr.addData(payload)
        self.value = self.payload = payload


def _escape(text) -> str:
    return str(text if text is not None else "").replace("&", "&amp;").replace(
        "<", "&lt;").replace(">", "&gt;")


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _markup(template_text: str, values: dict[str, str]) -> str:
    """A template paragraph as reportlab markup: escaped, **bold**, placeholders filled."""
    from desktop.reports.templates import fill

    text = _BOLD.sub(r"<b>\1</b>", _escape(template_text))
    return fill(text, {k: _escape(v) for k, v in values.items()})


def _coordinates(plot: PlotRow) -> str:
    if plot.latitude is None or plot.longitude is None:
        return "—"
    return f"{plot.latitude:.5f}, {plot.longitude:.5f}"


class _SignatureRow(Flowable):
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


class AgreementRenderer:
    """Turns AgreementDocuments into PDF pages in one language or both.

    Settings, templates and styles are read once per renderer (once per batch).
    """

    frame_width = PAGE_SIZE[0] - 2 * MARGIN

    def __init__(self, lang: str = "es", settings: DocumentSettings | None = None,
                 templates: dict[str, ClauseTemplate] | None = None):
        self.lang = lang
        self.langs = document_languages(lang)
        self.settings = settings or DocumentSettings.from_config()
        self.templates = templates or {code: load_template("agreement", code)
                                       for code in self.langs}
        self.logos = [self._logo(path) for path in (self.settings.programme_logo,
                                                    self.settings.park_logo)]
        self.st = self._styles()
        self._layouts: dict[tuple, _SharedLayout] = {}

    # styles and small pieces

    @staticmethod
    def _styles() -> dict[str, ParagraphStyle]:
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

    @staticmethod
    def _logo(path: Path | None):
        if path is None:
            return None
        reader = ImageReader(str(path))
        width, height = reader.getSize()
        box_w, box_h = 30 * mm, 18 * mm
        scale = min(box_w / width, box_h / height)
        return str(path), width * scale, height * scale

    def _p(self, text: str, style: str = "clause") -> Paragraph:
        return Paragraph(text, self.st[style])

    def _shared(self, text: str, style: str = "clause", bullet: str | None = None) -> Flowable:
        """A paragraph that reads the same in every agreement, laid out once per renderer."""
        key = (text, style, bullet)
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layouts[key] = _SharedLayout(
                Paragraph(text, self.st[style], bulletText=bullet))
        return _Shared(layout)

    def _c(self, text, style: str = "cell") -> Flowable:
        return _Text(str(text if text is not None else ""), self.st[style])

    def values(self, doc: AgreementDocument, lang: str) -> dict[str, str]:
        """The template placeholders of `doc` in `lang` (plain text)."""
        plots_area = sum((p.area_ha for p in doc.plots), Decimal(0))
        return {
            "programme": self.settings.programme, "park_authority": self.settings.park_authority,
            "office": self.settings.office, "number": doc.number,
            "family_code": doc.family_code, "family_head": doc.head_name or BLANK,
            "family_head_dni": doc.head_dni or BLANK, "community": doc.community,
            "district": doc.district, "province": doc.province, "region": doc.region,
            "start_date": fmt_date(doc.start_date, lang, "long") or BLANK,
            "end_date": fmt_date(doc.end_date, lang, "long") or BLANK,
            "signed_on": fmt_date(doc.signed_on, lang, "long") if doc.signed_on else BLANK,
            "forest_area_ha": fmt_hectares(doc.forest_area_ha, lang),
            "plots_area_ha": fmt_hectares(plots_area, lang),
        }

    # the story

    def story(self, doc: AgreementDocument) -> list[Flowable]:
        """The flowables of one agreement: one part per document language."""
        flowables: list[Flowable] = []
        for index, lang in enumerate(self.langs):
            if index:
                flowables.append(PageBreak())
            flowables += self.part(doc, lang)
        return flowables

    def part(self, doc: AgreementDocument, lang: str) -> list[Flowable]:
        template = self.templates[lang]
        values = self.values(doc, lang)
        watermark = label("agreement_status", "draft", lang).upper() if doc.is_draft else ""
        out: list[Flowable] = [_Marker(_Part(lang, doc.number, doc.fingerprint, watermark))]
        out += self._header(doc, lang, template, values)
        clause = 0

        def heading(key: str) -> None:
            nonlocal clause
            clause += 1
            text = f"{clause}. {template.heading(key) or key}"
            out.append(self._text(text, values, "heading"))

        def paragraphs(key: str) -> None:
            for text in template.section(key).paragraphs:
                out.append(self._text(text, values))

        heading("parties")
        paragraphs("parties")
        out.append(self._parties_table(doc, lang))
        heading("object")
        paragraphs("object")
        heading("plots")
        paragraphs("plots")
        out.append(self._plots_table(doc, lang))
        heading("commitments")
        paragraphs("commitments")
        out += self._commitments(doc, lang)
        heading("benefits")
        paragraphs("benefits")
        out.append(self._benefits_table(doc, lang))
        for key in ("duration", "monitoring", "consequences", "closing"):
            heading(key)
            paragraphs(key)
        # the closing clause stays on the page of the first signatures
        closing = [out.pop() for _ in range(1 + len(template.section("closing").paragraphs))]
        out += self._signatures(doc, lang, template, values, closing[::-1])
        out.append(_Marker())
        return out

    def _text(self, template_text: str, values: dict, style: str = "clause") -> Flowable:
        """A template paragraph; laid out once per batch when it has no placeholders."""
        if has_placeholders(template_text, values):
            return self._p(_markup(template_text, values), style)
        return self._shared(_markup(template_text, {}), style)

    def _header(self, doc, lang, template, values) -> list[Flowable]:
        names = [self._p(_escape(self.settings.programme), "org"),
                 self._p(_escape(self.settings.park_authority), "org2")]
        if self.settings.office:
            names.append(self._p(_escape(self.settings.office), "org3"))
        logos = [Image(path, width=w, height=h) for path, w, h in
                 (logo for logo in self.logos if logo)]
        if logos:
            left = logos[0] if self.logos[0] else ""
            right = logos[-1] if self.logos[1] else ""
            band = Table([[left, names, right]], colWidths=[34 * mm, self.frame_width - 68 * mm,
                                                            34 * mm])
        else:
            band = Table([[names]], colWidths=[self.frame_width])
        band.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, 0), "LEFT"),
            ("ALIGN", (-1, 0), (-1, 0), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        out: list[Flowable] = [band]
        title = template.section("title").paragraphs or (doc.number,)
        out.append(self._p(_markup(title[0], values), "title"))
        for extra in title[1:]:
            out.append(self._p(_markup(extra, values), "center"))

        start, end = fmt_date(doc.start_date, lang) or BLANK, fmt_date(doc.end_date, lang) or BLANK
        period = f"{start} – {end}"
        facts = [
            (translate("Pdf", "Agreement number", lang), doc.number),
            (translate("Pdf", "Family", lang), f"{doc.family_code} — {doc.head_name}"),
            (translate("Pdf", "Community", lang),
             ", ".join(x for x in (doc.community, doc.district, doc.province) if x)),
            (translate("Pdf", "Period", lang), period),
            (translate("Pdf", "Forest committed", lang),
             f"{fmt_hectares(doc.forest_area_ha, lang)} ha"),
            (translate("Pdf", "Status", lang), label("agreement_status", doc.status, lang)),
        ]
        qr_block = [AgreementQr(doc.qr_payload),
                    self._c(doc.number, "qrnum"),
                    self._c(translate("Pdf", "Check code: {code}", lang).format(
                        code=doc.fingerprint), "qr")]
        key_w, qr_w = 40 * mm, 36 * mm
        value_w = self.frame_width - key_w - qr_w
        rows = [[k if stringWidth(k, FONT_BOLD, 8.5) <= key_w - 12 else self._c(k, "key"),
                 v if stringWidth(v, FONT, 8.5) <= value_w - 12 else self._c(v),
                 qr_block if i == 0 else ""] for i, (k, v) in enumerate(facts)]
        table = Table(rows, colWidths=[key_w, value_w, qr_w])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (1, -1), FONT), ("FONTSIZE", (0, 0), (1, -1), 8.5),
            ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
            ("SPAN", (2, 0), (2, -1)), ("VALIGN", (0, 0), (1, -1), "MIDDLE"),
            ("VALIGN", (2, 0), (2, 0), "MIDDLE"), ("ALIGN", (2, 0), (2, 0), "CENTER"),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("GRID", (0, 0), (1, -1), 0.4, RULE), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("TOPPADDING", (0, 0), (1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (1, -1), 2.5),
        ]))
        out += [table, Spacer(1, 1 * mm)]
        return out

    def _grid(self, rows: list[list], widths: list[float], right: tuple[int, ...] = (),
              total: bool = False, total_widths: list[float] | None = None) -> Table:
        """A bordered table (header row bold and shaded; a bold, shaded total row when
        `total`, whose cells are `total_widths` wide when it spans columns; columns `right`
        aligned right). A cell whose text fits its column is a plain string (fast); a longer
        one wraps."""
        last = len(rows) - 1
        cells = []
        for r, row in enumerate(rows):
            bold = r == 0 or (total and r == last)
            room = total_widths if (total and r == last and total_widths) else widths
            out = []
            for c, value in enumerate(row):
                text = "" if value is None else str(value)
                font = FONT_BOLD if bold else FONT
                if not text or stringWidth(text, font, 8.5) <= room[c] - 12:
                    out.append(text)
                else:
                    out.append(_Text(text, self.st[("cellb" if bold else "cell")
                                                    + ("r" if c in right else "")]))
            cells.append(out)
        table = grid_table(cells, widths)
        commands = [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
        if total:
            commands += [("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
                         ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
        if commands:
            table.setStyle(TableStyle(commands))
        return table

    def _parties_table(self, doc, lang) -> Flowable:
        family = translate("Pdf", "Family {code}, {community}", lang).format(
            code=doc.family_code, community=doc.community)
        behalf = {"head": family, "member": family, "programme": self.settings.programme,
                  "park": self.settings.park_authority}
        rows = [[translate("Pdf", "Role", lang), translate("Pdf", "Name", lang),
                 translate("Pdf", "DNI", lang), translate("Pdf", "On behalf of", lang)]]
        for s in doc.signatories:
            rows.append([label("signatory_role", s.role, lang), s.name, s.dni or "",
                         behalf.get(s.role, "")])
        w = self.frame_width
        return self._grid(rows, [38 * mm, 55 * mm, 22 * mm, w - 115 * mm])

    def _plots_table(self, doc, lang) -> Flowable:
        if not doc.plots:
            return self._p(_escape(translate("Pdf", "No plots are covered.", lang)))
        rows = [["#", translate("Pdf", "Plot", lang), translate("Pdf", "Area (ha)", lang),
                 translate("Pdf", "Land use", lang),
                 translate("Pdf", "In the protected area", lang),
                 translate("Pdf", "Coordinates (lat, long)", lang)]]
        for i, p in enumerate(doc.plots, start=1):
            rows.append([i, p.name, fmt_hectares(p.area_ha, lang),
                         label("land_use", p.land_use, lang),
                         label("yes_no", p.inside_protected_area, lang), _coordinates(p)])
        total = sum((p.area_ha for p in doc.plots), Decimal(0))
        rows.append(["", translate("Pdf", "Total", lang), fmt_hectares(total, lang), "", "", ""])
        w = self.frame_width
        return self._grid(rows, [8 * mm, 48 * mm, 20 * mm, 32 * mm, 24 * mm, w - 132 * mm],
                          right=(2,), total=True)

    def _commitments(self, doc, lang) -> list[Flowable]:
        out = []
        for i, c in enumerate(doc.commitments, start=1):
            if c.kind:
                out.append(self._shared(_escape(label("commitment", c.kind, lang)), "item",
                                        f"{i}."))
            else:
                out.append(Paragraph(_escape(c.text), self.st["item"], bulletText=f"{i}."))
        return out

    def _benefits_table(self, doc, lang) -> Flowable:
        if not doc.benefits:
            return self._p(_escape(translate("Pdf", "No benefits are planned.", lang)))
        rows = [["#", translate("Pdf", "Benefit", lang), translate("Pdf", "Description", lang),
                 translate("Pdf", "Quantity", lang), translate("Pdf", "Unit", lang),
                 translate("Pdf", "Estimated value", lang)]]
        for i, b in enumerate(doc.benefits, start=1):
            rows.append([i, label("benefit", b.kind, lang), b.description,
                         fmt_number(b.quantity, lang), b.unit,
                         fmt_soles(b.estimated_value_pen, lang)])
        total = sum((b.estimated_value_pen for b in doc.benefits), Decimal(0))
        rows.append(["", translate("Pdf", "Total estimated value", lang), "", "", "",
                     fmt_soles(total, lang)])
        w = self.frame_width
        widths = [8 * mm, 50 * mm, w - 134 * mm, 20 * mm, 22 * mm, 34 * mm]
        # the total's label spans four columns
        table = self._grid(rows, widths, right=(3, 5), total=True,
                           total_widths=widths[:1] + [sum(widths[1:5])] + widths[2:])
        table.setStyle(TableStyle([("SPAN", (1, -1), (4, -1))]))
        return table

    def _signatures(self, doc, lang, template, values, lead: list[Flowable]) -> list[Flowable]:
        heading = template.heading("signatures") or translate("Pdf", "Signatures", lang)
        intro: list[Flowable] = [*lead, self._text(heading, values, "heading")]
        for text in template.section("signatures").paragraphs:
            intro.append(self._text(text, values, "note"))
        texts = {"dni": translate("Pdf", "DNI: {dni}", lang),
                 "thumbprint": translate("Pdf", "Thumbprint", lang),
                 "uses": translate("Pdf", "Signs with a thumbprint", lang)}
        signatories = list(doc.signatories)
        rows = [_SignatureRow([(s, label("signatory_role", s.role, lang))
                               for s in signatories[start:start + 2]], texts)
                for start in range(0, len(signatories), 2)]
        if not rows:
            return [KeepTogether(intro)]
        # The closing clause and all signatures on one page when they fit; a row of
        # signature blocks is never split across pages.
        return [KeepTogether(intro + rows)]

    # writing

    def build(self, docs: Iterable[AgreementDocument], target) -> None:
        """Render `docs` one after the other into `target` (a path or a binary file)."""
        story: list[Flowable] = []
        first = None
        for doc in docs:
            if story:
                story.append(PageBreak())
            first = first or doc
            story += self.story(doc)
        if first is None:
            raise ValueError("nothing to print")
        template = BaseDocTemplate(
            target if not isinstance(target, Path) else str(target), pagesize=PAGE_SIZE,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=14 * mm, bottomMargin=20 * mm,
            title=translate("Pdf", "Conservation agreement {number}", self.langs[0]).format(
                number=first.number),
            author=self.settings.office, creator="Conservation Desk", invariant=1)
        frame = Frame(template.leftMargin, template.bottomMargin, template.width,
                      template.height, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        with _binary_streams():
            template.build(story, canvasmaker=AgreementCanvas)


@contextmanager
def _binary_streams():
    """Compressed streams without the ASCII85 layer: smaller files, a third faster to write."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def write_agreement_pdf(doc: AgreementDocument, path: Path, lang: str = "es",
                        renderer: AgreementRenderer | None = None) -> Path:
    """One agreement as a PDF at `path`, written atomically (never half a file)."""
    renderer = renderer or AgreementRenderer(lang)
    return write_atomically(Path(path), lambda temporary: renderer.build([doc], temporary))

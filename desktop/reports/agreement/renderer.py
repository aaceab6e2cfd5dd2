"""The printed conservation agreement: an A4 document a family can read and sign.

In Spanish, in English, or both (the Spanish part first, then the English one,
each with its own "Página 1 de 3" / "Page 1 of 3"). The clause texts come from
the editable templates (desktop.reports.templates); domain terms from
desktop.i18n.labels; everything else goes through translate("Pdf", ...) in the
document's language, never the window's.

Rendering reads plain snapshots (`AgreementDocument`), not ORM objects. Several
agreements can be rendered into one reportlab document (fonts embedded once);
each keeps its own page numbering.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, Image, KeepTogether, PageBreak, PageTemplate, Paragraph,
    Spacer, Table, TableStyle,
)

from desktop.i18n import translate
from desktop.i18n.formatting import fmt_date, fmt_hectares, fmt_number, fmt_soles
from desktop.i18n.labels import label
from desktop.reports.agreement.canvas import AgreementCanvas, Marker, Part
from desktop.reports.agreement.document import AgreementDocument, PlotRow, document_languages
from desktop.reports.agreement.flowables import (
    CellText, Shared, SharedLayout, SignatureRow, escape, markup,
)
from desktop.reports.agreement.office import DocumentSettings
from desktop.reports.agreement.qr import AgreementQr
from desktop.reports.agreement.style import BLANK, INK, RULE, SHADE, agreement_styles, logo_size
from desktop.reports.pdf import FONT, FONT_BOLD, MARGIN, PAGE_SIZE, grid_table, write_atomically
from desktop.reports.templates import ClauseTemplate, has_placeholders, load_template


def _coordinates(plot: PlotRow) -> str:
    if plot.latitude is None or plot.longitude is None:
        return "—"
    return f"{plot.latitude:.5f}, {plot.longitude:.5f}"



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
        self.logos = [logo_size(path) for path in (self.settings.programme_logo,
                                                    self.settings.park_logo)]
        self.st = agreement_styles()
        self._layouts: dict[tuple, SharedLayout] = {}

    # small pieces

    def _p(self, text: str, style: str = "clause") -> Paragraph:
        return Paragraph(text, self.st[style])

    def _shared(self, text: str, style: str = "clause", bullet: str | None = None) -> Flowable:
        """A paragraph that reads the same in every agreement, laid out once per renderer."""
        key = (text, style, bullet)
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layouts[key] = SharedLayout(
                Paragraph(text, self.st[style], bulletText=bullet))
        return Shared(layout)

    def _c(self, text, style: str = "cell") -> Flowable:
        return CellText(str(text if text is not None else ""), self.st[style])

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
        out: list[Flowable] = [Marker(Part(lang, doc.number, doc.fingerprint, watermark))]
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
        out.append(Marker())
        return out

    def _text(self, template_text: str, values: dict, style: str = "clause") -> Flowable:
        """A template paragraph; laid out once per batch when it has no placeholders."""
        if has_placeholders(template_text, values):
            return self._p(markup(template_text, values), style)
        return self._shared(markup(template_text, {}), style)

    def _header(self, doc, lang, template, values) -> list[Flowable]:
        names = [self._p(escape(self.settings.programme), "org"),
                 self._p(escape(self.settings.park_authority), "org2")]
        if self.settings.office:
            names.append(self._p(escape(self.settings.office), "org3"))
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
        out.append(self._p(markup(title[0], values), "title"))
        for extra in title[1:]:
            out.append(self._p(markup(extra, values), "center"))

        start, end = fmt_date(doc.start_date, lang) or BLANK, fmt_date(doc.end_date, lang) or BLANK
        period = f"{start} – {end}"
        facts = [
            (translate("Pdf", "Agreement number", lang), doc.number),
            (translate("Pdf", "Family", lang), f"{doc.family_code} — {doc.head_name}"),
            (translate("Pdf", "Community", lang),
             ", ".join(x for x in (doc.community, doc.district, doc.province) if x)),
            (translate("Pdf", "Period", lang), period),
            (translate("Pdf", "Forest committed", lang),
             f"{fmt_hectares(doc.forest_area_ha, lang)} ha"
             + (f" — {doc.no_forest_reason}" if doc.no_forest_reason else "")),
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
                    out.append(CellText(text, self.st[("cellb" if bold else "cell")
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
            return self._p(escape(translate("Pdf", "No plots are covered.", lang)))
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
                out.append(self._shared(escape(label("commitment", c.kind, lang)), "item",
                                        f"{i}."))
            else:
                out.append(Paragraph(escape(c.text), self.st["item"], bulletText=f"{i}."))
        return out

    def _benefits_table(self, doc, lang) -> Flowable:
        if not doc.benefits:
            return self._p(escape(translate("Pdf", "No benefits are planned.", lang)))
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
        rows = [SignatureRow([(s, label("signatory_role", s.role, lang))
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

"""The printed answer to a person's request for access to their data (Ley 29733, ARCO):
"Print this person's data" (A4, Spanish or English). Every section is printed, an empty
one says so, so the person sees what is not held as well as what is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_date
from desktop.reports.agreement.office import DocumentSettings
from desktop.reports.pdf import (
    FONT, FONT_BOLD, PAGE_SIZE, cell, grid_table, numbered_canvas, styles, write_atomically,
)
from desktop.services.people.access import PersonFile
from desktop.services.people.fields import AUDIT_FIELDS

CONTEXT = "PersonFile"
SIDE = 15 * mm
WIDTH = PAGE_SIZE[0] - 2 * SIDE - 12
FONT_SIZE = 8.5  # the "cell" style's

_STRINGS = (
    QT_TRANSLATE_NOOP("PersonFile", "Personal data held about {name}"),
    QT_TRANSLATE_NOOP("PersonFile", "Family {code}. Issued on {day} by {office}, in answer to "
                      "the request of access to personal data (Ley 29733 on the Protection "
                      "of Personal Data, and its regulation). It lists everything the "
                      "programme's register holds about this person."),
    QT_TRANSLATE_NOOP("PersonFile", "Nothing recorded."),
    QT_TRANSLATE_NOOP("PersonFile", "Who changed what"),
    QT_TRANSLATE_NOOP("PersonFile", "Personal data"),
)


def _t(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


def _widths(titles: list[str], rows: list[list[str]]) -> list[float]:
    """Each column at least as wide as its longest word (a receipt number or a DNI is never
    cut in two), then the rest of the page shared by how much more each would take."""
    def width(text: str) -> float:
        return stringWidth(text, FONT, FONT_SIZE) + 14  # the cell's padding, 6 pt a side

    columns = [[title, *(row[i] for row in rows)] for i, title in enumerate(titles)]
    least = [min(max(width(w) for text in column for w in text.split() or [""]), WIDTH * 0.3)
             for column in columns]
    whole = [max(width(text) for text in column) for column in columns]
    if sum(least) >= WIDTH:
        return [WIDTH * w / sum(least) for w in least]
    more = [w - m for w, m in zip(whole, least)]
    spare = WIDTH - sum(least)
    if sum(more) <= spare:  # everything fits on one line: share the rest evenly
        return [m + w + (spare - sum(more)) / len(least) for m, w in zip(least, more)]
    return [m + spare * w / sum(more) for m, w in zip(least, more)]


def _table(titles: list[str], rows: list[list[str]], style, one_record: bool = False):
    if one_record:  # label and value, one per line
        bold = ParagraphStyle("label", parent=style, fontName=FONT_BOLD)
        table = Table([[cell(title, bold), cell(value, style)]
                       for title, value in zip(titles, rows[0])],
                      colWidths=[WIDTH * 0.35, WIDTH * 0.65])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e4ece4")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a8a7a")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return table
    return grid_table([[cell(t, style) for t in titles],
                       *([cell(v, style) for v in row] for row in rows)],
                      _widths(titles, rows))


def story(data: PersonFile, lang: str, office: str, today: date) -> list:
    s = styles()
    intro = _t("Family {code}. Issued on {day} by {office}, in answer to the request of "
               "access to personal data (Ley 29733 on the Protection of Personal Data, and "
               "its regulation). It lists everything the programme's register holds about "
               "this person.", lang)
    parts = [cell(_t("Personal data held about {name}", lang).format(name=data.name),
                  s["title"]),
             cell(intro.format(code=data.family_code, day=fmt_date(today, lang, "long"),
                               office=office), s["body"])]
    for section in data.sections:
        parts.append(Paragraph(_t(section.title, lang), s["heading"]))
        if not section.rows:
            parts.append(Paragraph(_t("Nothing recorded.", lang), s["body"]))
            continue
        parts.append(_table([f.title(lang) for f in section.fields],
                            [[f.display(v, lang) for f, v in zip(section.fields, row)]
                             for row in section.rows], s["cell"], section.one_record))
    parts.append(Paragraph(_t("Who changed what", lang), s["heading"]))
    if data.history:
        parts.append(_table([f.title(lang) for f in AUDIT_FIELDS], data.history, s["cell"]))
    else:
        parts.append(Paragraph(_t("Nothing recorded.", lang), s["body"]))
    parts.append(Spacer(1, 6 * mm))
    return parts


def write_person_file(data: PersonFile, out: Path, lang: str = "es",
                      today: date | None = None) -> Path:
    """The PDF at `out`, written under a temporary name first (no half-written file)."""
    office = DocumentSettings.from_config().office
    parts = story(data, lang, office, today or date.today())

    def build(path: Path) -> None:
        SimpleDocTemplate(str(path), pagesize=PAGE_SIZE, leftMargin=SIDE, rightMargin=SIDE,
                          topMargin=15 * mm, bottomMargin=18 * mm,
                          title=_t("Personal data", lang)).build(
            parts, canvasmaker=numbered_canvas(lang, data.family_code))

    return write_atomically(out, build)

"""The printed sign-in sheet of a training session (A4, Spanish or English).

A header with the session's topic, kind, date, place and facilitator; the
registered adults of the session's community (name, DNI, family) each with a
box for a signature or thumbprint; then empty numbered lines for everyone else
(pupils, visitors), with room for sex and age so the office can record them.
"""

from __future__ import annotations

from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.i18n.formatting import fmt_date, fmt_number
from desktop.i18n.labels import label
from desktop.reports.pdf import (
    FONT, FONT_BOLD, PAGE_SIZE, cell, grid_table, numbered_canvas, styles, write_atomically,
)
from desktop.services.fields import by_name
from desktop.services.training import SheetData, sheet_data, short_id
from desktop.services.training.fields import ATTENDANCE_FIELDS, TRAINING_SESSION_FIELDS

#: The header and the columns are the training area's own fields, so the sheet, the window
#: and the workbook name them alike.
SESSION = by_name(TRAINING_SESSION_FIELDS)
ATTENDEE = by_name(ATTENDANCE_FIELDS)

CONTEXT = "AttendanceSheet"
SIDE = 15 * mm
#: The frame's width: the page less the margins and the frame's own 6 pt padding each side.
WIDTH = PAGE_SIZE[0] - 2 * SIDE - 12
#: Extra padding that makes a line tall enough for a signature or a thumbprint.
LINE_PADDING = 9
#: At least this many empty lines; more when the page has room (see FillingLines).
BLANK_LINES_AFTER_MEMBERS = 8
BLANK_LINES_ALONE = 15
#: Height kept free below the empty lines for the totals and the facilitator's signature.
SIGNATURE_BLOCK = 32 * mm

# Marked for lupdate; translated with translate(CONTEXT, ..., lang) below.
_STRINGS = (
    QT_TRANSLATE_NOOP("AttendanceSheet", "Attendance sheet"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Session"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Registered members of {community}"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Other participants (not on the list above)"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Participants"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Sex (F/M)"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Signature or thumbprint"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Total participants: ______   Women: ______   "
                      "Men: ______"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Facilitator's signature"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "If your name is on the list, sign beside it; "
                      "otherwise write your name on a numbered line below."),
)


def _t(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


def _lines_style(table: Table) -> Table:
    table.setStyle(TableStyle([
        ("TOPPADDING", (0, 1), (-1, -1), LINE_PADDING),
        ("BOTTOMPADDING", (0, 1), (-1, -1), LINE_PADDING),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
    ]))
    return table


class FillingLines(Flowable):
    """A table of empty numbered lines that takes at least `minimum` lines and, when the
    page has more room, as many lines as fit above the signature block."""

    def __init__(self, make_table, minimum: int, reserve: float):
        super().__init__()
        self.hAlign = "CENTER"
        self.make_table, self.minimum, self.reserve = make_table, minimum, reserve
        self.table = make_table(minimum)
        self.lines = minimum

    def wrap(self, available_width, available_height):
        if available_height > PAGE_SIZE[1]:  # measured for keep-together, not a real frame
            self.lines = self.minimum
            self.table = self.make_table(self.minimum)
            return self.table.wrap(available_width, available_height)
        one = self.make_table(1).wrap(available_width, available_height)[1]
        two = self.make_table(2).wrap(available_width, available_height)[1]
        row = two - one
        fit = int((available_height - self.reserve - (one - row)) // row) if row > 0 else 0
        self.lines = max(self.minimum, fit)
        self.table = self.make_table(self.lines)
        return self.table.wrap(available_width, available_height)

    def split(self, available_width, available_height):
        self.table = self.make_table(self.minimum)
        self.lines = self.minimum
        return self.table.split(available_width, available_height)

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)


def _titles(names, lang: str) -> list[str]:
    return [ATTENDEE[name].title(lang) for name in names]


def _header(data: SheetData, lang: str, st: dict) -> Table:
    def pair(name: str, value: str):
        caption = SESSION[name].title(lang)
        return [Paragraph(f"<b>{cell(caption, st['cell']).text}</b>", st["cell"]),
                cell(value, st["cell"])]

    hours = fmt_number(data.hours, lang, 1) if data.hours else ""
    rows = [
        [*pair("topic", data.topic), "", ""],
        [*pair("kind", label("training_kind", data.kind, lang)),
         *pair("held_on", fmt_date(data.held_on, lang, "full"))],
        [*pair("community_id", data.community), *pair("place", data.place)],
        [*pair("facilitator", data.facilitator), *pair("hours", hours)],
    ]
    table = Table(rows, colWidths=[32 * mm, 58 * mm, 24 * mm, WIDTH - 114 * mm])
    table.setStyle(TableStyle([
        ("SPAN", (1, 0), (3, 0)),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#7a8a7a")),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8c4b8")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e4ece4")),
        ("BACKGROUND", (2, 1), (2, -1), colors.HexColor("#e4ece4")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def build_attendance_sheet(data: SheetData, path: Path | str, lang: str = "es",
                           blank_lines: int | None = None) -> Path:
    """Write the sign-in sheet of `data` to `path` (atomically) and return the path.

    `blank_lines` None fills the last page with empty lines (at least a few);
    a number prints exactly that many.
    """
    st = styles()
    head = ParagraphStyle("sheet-heading", parent=st["heading"], keepWithNext=1)
    story = [
        Paragraph(cell(_t("Attendance sheet", lang), st["title"]).text, st["title"]),
        _header(data, lang, st),
        Spacer(0, 1.5 * mm),
        Paragraph(cell(f"{_t('Session', lang)}: {short_id(data.id)}", st["small"]).text,
                  st["small"]),
        Paragraph(cell(_t("If your name is on the list, sign beside it; otherwise write your "
                          "name on a numbered line below.", lang), st["small"]).text,
                  st["small"]),
    ]
    number = 0
    if data.people:
        story.append(Paragraph(cell(_t("Registered members of {community}", lang).format(
            community=data.community), st["heading"]).text, st["heading"]))
        rows = [[*_titles(("number", "name", "dni", "family_code"), lang),
                 _t("Signature or thumbprint", lang)]]
        for person in data.people:
            number += 1
            rows.append([str(number), cell(person.name, st["cell"]), person.dni,
                         person.family_code, ""])
        story.append(_lines_style(grid_table(
            rows, [10 * mm, 66 * mm, 22 * mm, 22 * mm, WIDTH - 120 * mm])))
    caption = ("Other participants (not on the list above)" if data.people
               else "Participants")
    titles = [*_titles(("number", "name", "dni"), lang), _t("Sex (F/M)", lang),
              ATTENDEE["age_band"].title(lang), _t("Signature or thumbprint", lang)]
    first = number + 1

    def empty_lines(count: int) -> Table:
        rows = [titles] + [[str(first + i), "", "", "", "", ""] for i in range(count)]
        table = _lines_style(grid_table(
            rows, [10 * mm, 66 * mm, 22 * mm, 18 * mm, 12 * mm, WIDTH - 128 * mm]))
        table.setStyle(TableStyle([("FONTSIZE", (3, 0), (4, 0), 7.5)]))
        return table

    if blank_lines is None or blank_lines > 0:
        story.append(Paragraph(cell(_t(caption, lang), head).text, head))
    if blank_lines is None:
        minimum = BLANK_LINES_AFTER_MEMBERS if data.people else BLANK_LINES_ALONE
        story.append(FillingLines(empty_lines, minimum, SIGNATURE_BLOCK))
    elif blank_lines > 0:
        story.append(empty_lines(blank_lines))
    signature = Table(
        [[_t("Total participants: ______   Women: ______   Men: ______", lang), ""],
         ["", _t("Facilitator's signature", lang)]],
        colWidths=[WIDTH - 70 * mm, 70 * mm], rowHeights=[10 * mm, 14 * mm])
    signature.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (1, 1), (1, 1), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LINEABOVE", (1, 1), (1, 1), 0.6, colors.black),
        ("ALIGN", (1, 1), (1, 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (1, 1), (1, 1), 2),
    ]))
    story += [Spacer(0, 6 * mm), KeepTogether([signature])]

    footer = f"{data.topic[:70]} — {fmt_date(data.held_on, lang)}"

    def build(temporary: str) -> None:
        document = SimpleDocTemplate(
            temporary, pagesize=PAGE_SIZE, leftMargin=SIDE, rightMargin=SIDE,
            topMargin=14 * mm, bottomMargin=16 * mm,
            title=f"{_t('Attendance sheet', lang)} — {data.topic}", author="Conservation Desk")
        document.build(story, canvasmaker=numbered_canvas(lang, footer))

    return write_atomically(Path(path), build)


def write_attendance_sheet(session: Session, session_id: str, path: Path | str,
                           lang: str = "es", blank_lines: int | None = None,
                           family_ids: list[str] | None = None) -> Path:
    """The sign-in sheet of one training session, read from the database: the invited
    families (`family_ids`, or those of the members on its list) and blank lines."""
    return build_attendance_sheet(sheet_data(session, session_id, family_ids), path, lang,
                                  blank_lines)

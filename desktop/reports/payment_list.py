"""A payment day's list (issue 16 item 5): an A4 PDF in Spanish or English with one line per
member — kilos, gross amount, deductions, net payable — and a box for the member's signature
or thumbprint; and the same lines as a workbook for a bank transfer. Both written under a
temporary name first; the columns are PAYMENT_LINE_FIELDS, declared once."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from desktop import files
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_date, fmt_kg, fmt_number, fmt_soles
from desktop.reports.pdf import (
    PAGE_SIZE,
    cell,
    grid_table,
    numbered_canvas,
    styles,
    write_atomically,
)
from desktop.reports.plain_workbook import Page, PlainSheet, write_plain_workbook
from desktop.services.cooperative.fields import PAYMENT_LINE_FIELDS
from desktop.services.cooperative.payment_day import PaymentList

SIDE, TOP, BOTTOM = 12 * mm, 12 * mm, 15 * mm
PAGE = landscape(PAGE_SIZE)
WIDTH = PAGE[0] - 2 * SIDE - 12
TITLE = QT_TRANSLATE_NOOP("PaymentList", "Payment list")
SUBTITLE = QT_TRANSLATE_NOOP("PaymentList", "Deliveries up to {up_to}, paid on {paid_on}")
SIGNATURE = QT_TRANSLATE_NOOP("PaymentList", "Signature or thumbprint")
TOTALS = QT_TRANSLATE_NOOP("PaymentList", "Totals: {members} members")
NOTHING = QT_TRANSLATE_NOOP("PaymentList", "Nothing is owed up to this date.")
MANAGER = QT_TRANSLATE_NOOP("PaymentList", "Manager's signature: ____________________   "
                                           "Treasurer's signature: ____________________")
#: Shares of the page's width: the fields' columns, then the signature box.
SHARES = (0.09, 0.25, 0.07, 0.09, 0.11, 0.1, 0.11, 0.18)
#: Rows tall enough to sign or press a thumb in (two lines of a long name fit); the header
#: and totals rows hold two lines.
ROW_HEIGHT, HEADER_HEIGHT = 13 * mm, 9 * mm


def _t(text: str, lang: str) -> str:
    return translate("PaymentList", text, lang)


def _subtitle(data: PaymentList, lang: str) -> str:
    return _t(SUBTITLE, lang).format(up_to=fmt_date(data.up_to, lang),
                                     paid_on=fmt_date(data.paid_on, lang))


def _pages(heading: list, rows: int) -> list[int]:
    """How many lines each page holds: as many as fit under the heading on the first page,
    a page's worth after; the list is then one table per page, because reportlab lays a
    long table out again at every page break (minutes for thousands of members)."""
    usable = PAGE[1] - TOP - BOTTOM - 12  # the frame's own padding
    first = usable - sum(part.wrap(WIDTH, usable)[1] + part.getSpaceBefore()
                         + part.getSpaceAfter() for part in heading)
    per_page = max(int((usable - HEADER_HEIGHT) // ROW_HEIGHT), 1)
    first_page = max(int((first - HEADER_HEIGHT) // ROW_HEIGHT), 1)
    sizes, left = [], rows
    while left > 0:
        sizes.append(min(left, first_page if not sizes else per_page))
        left -= sizes[-1]
    return sizes or [0]


def story(data: PaymentList, lang: str) -> list:
    s = styles()
    parts = [Paragraph(_t(TITLE, lang), s["title"]), cell(data.cooperative, s["center"]),
             cell(_subtitle(data, lang), s["center"]), Spacer(1, 4 * mm)]
    header = [cell(f.title(lang), s["cell"]) for f in PAYMENT_LINE_FIELDS] + [
        cell(_t(SIGNATURE, lang), s["cell"])]
    lines = [[cell(f.display(line.value(f.name), lang), s["cell"])
              if f.name == "member" else f.display(line.value(f.name), lang)
              for f in PAYMENT_LINE_FIELDS] + [""] for line in data.lines]
    totals = [cell(_t(TOTALS, lang).format(members=fmt_number(len(data.lines), lang)),
                   s["cell"]), "", fmt_number(sum(x.deliveries for x in data.lines), lang),
              fmt_kg(data.net_kg, lang), fmt_soles(data.gross_pen, lang),
              fmt_soles(data.deductions_pen, lang), fmt_soles(data.net_pen, lang), ""]
    start = 0
    sizes = _pages(parts, len(lines) + 1)  # the totals row counts as a line
    for number, size in enumerate(sizes):
        chunk = lines[start:start + size]
        start += size
        last = number == len(sizes) - 1
        rows = [header, *chunk, *([totals] if last else [])]
        heights = [HEADER_HEIGHT] + [ROW_HEIGHT] * len(chunk) + ([HEADER_HEIGHT] if last else [])
        table = grid_table(rows, [WIDTH * share for share in SHARES], row_heights=heights)
        table.setStyle([("ALIGN", (2, 1), (-2, -1), "RIGHT"),
                        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                        *([("SPAN", (0, -1), (1, -1))] if last else [])])
        parts += [table] if not number else [PageBreak(), table]
    if not data.lines:
        parts.append(Paragraph(_t(NOTHING, lang), s["body"]))
    parts += [Spacer(1, 10 * mm), cell(_t(MANAGER, lang), s["body"])]
    return parts


def write_payment_list(data: PaymentList, out: Path, lang: str = "es") -> Path:
    parts = story(data, lang)

    def build(path: Path) -> None:
        SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=SIDE, rightMargin=SIDE,
                          topMargin=TOP, bottomMargin=BOTTOM,
                          title=f"{_t(TITLE, lang)} {data.cooperative}").build(
            parts, canvasmaker=numbered_canvas(lang, _subtitle(data, lang)))

    return write_atomically(Path(out), build)


def write_transfer_workbook(data: PaymentList, out: Path, lang: str = "es") -> Path:
    """The lines as a workbook a treasurer turns into a bank transfer (names stay text)."""
    formats = [{"kg": "#,##0.00", "pen": "#,##0.00"}.get(f.unit or "", "0" if f.kind == "int"
                                                          else None)
               for f in PAYMENT_LINE_FIELDS]
    sheet = PlainSheet(
        name=_t(TITLE, lang), titles=[f.title(lang) for f in PAYMENT_LINE_FIELDS],
        widths=[f.width / 7 for f in PAYMENT_LINE_FIELDS],
        rows=([line.value(f.name) for f in PAYMENT_LINE_FIELDS] for line in data.lines),
        formats=formats, table="Payments",
        page=Page(landscape=True, header=("", f"{_t(TITLE, lang)}: {data.cooperative}",
                                          _subtitle(data, lang))))
    return files.write_atomically(Path(out), lambda temporary: write_plain_workbook(
        temporary, [sheet]), ".xlsx.part", private=True)


__all__ = ["write_payment_list", "write_transfer_workbook"]

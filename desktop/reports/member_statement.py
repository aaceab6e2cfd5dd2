"""A member's statement as an A4 PDF in Spanish or English (issue 16 items 4 and 6): the
cooperative, the member, the period, the balance brought forward, every delivery, payment,
advance and deduction with the running balance, the totals, and what is still owed for
advances. Written under a temporary name first."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_date, fmt_kg, fmt_soles
from desktop.i18n.labels import label
from desktop.reports.pdf import (
    PAGE_SIZE, cell, grid_table, numbered_canvas, styles, write_atomically,
)
from desktop.services.cooperative.statement import MemberStatement

SIDE = 15 * mm
WIDTH = PAGE_SIZE[0] - 2 * SIDE - 12
#: The columns (English source; Spanish in translations/, context "Statement").
COLUMNS = (QT_TRANSLATE_NOOP("Statement", "Date"),
           QT_TRANSLATE_NOOP("Statement", "Receipt or detail"),
           QT_TRANSLATE_NOOP("Statement", "Movement"), QT_TRANSLATE_NOOP("Statement", "Net kg"),
           QT_TRANSLATE_NOOP("Statement", "Credit (S/)"),
           QT_TRANSLATE_NOOP("Statement", "Debit (S/)"),
           QT_TRANSLATE_NOOP("Statement", "Balance (S/)"))
SHARES = (0.15, 0.22, 0.15, 0.09, 0.13, 0.13, 0.13)  # a date's whole "May 14, 2026"
TITLE = QT_TRANSLATE_NOOP("Statement", "Member statement")
PERIOD = QT_TRANSLATE_NOOP("Statement", "Period: {start} to {end}")
ALL_DATES = QT_TRANSLATE_NOOP("Statement", "Period: all dates")
MEMBER = QT_TRANSLATE_NOOP("Statement", "Member {code}: {name} (family {family})")
OPENING = QT_TRANSLATE_NOOP("Statement", "Balance brought forward")
TOTALS = QT_TRANSLATE_NOOP("Statement", "Totals")
CLOSING = QT_TRANSLATE_NOOP("Statement", "Owed to the member at the end of the period: {amount}")
OWES = QT_TRANSLATE_NOOP("Statement",
                         "The member owes the cooperative at the end of the period: {amount}")
NOTHING = QT_TRANSLATE_NOOP("Statement", "No deliveries or payments in this period.")
SUMMARY = QT_TRANSLATE_NOOP(
    "Statement", "In this period: delivered {delivered}; advances {advanced}; payments "
                 "{paid} (of which {deducted} kept back for advances, {cash} paid in cash).")
CREDIT_NOTE = QT_TRANSLATE_NOOP(
    "Statement", "Credit: what the cooperative owes the member (deliveries; the part of a "
                 "payment kept back to repay an advance). Debit: payments and advances.")


def _t(text: str, lang: str) -> str:
    return translate("Statement", text, lang)


def story(data: MemberStatement, lang: str) -> list:
    s = styles()
    start = fmt_date(data.date_from, lang) if data.date_from else "…"
    end = fmt_date(data.date_to, lang) if data.date_to else "…"
    period = _t(ALL_DATES, lang) if not (data.date_from or data.date_to) else _t(
        PERIOD, lang).format(start=start, end=end)
    parts = [Paragraph(_t(TITLE, lang), s["title"]),
             cell(data.cooperative, s["center"]),
             cell(_t(MEMBER, lang).format(code=data.member_code, name=data.member,
                                          family=data.family_code), s["body"]),
             cell(period, s["body"]), Spacer(1, 4 * mm)]
    rows = [[cell(_t(c, lang), s["cell"]) for c in COLUMNS],
            ["", "", cell(_t(OPENING, lang), s["cell"]), "", "", "",
             fmt_soles(data.opening, lang)]]
    for m in data.movements:
        reference = m.receipt_number if m.receipt_number else cell(m.detail, s["cell"])
        rows.append([cell(fmt_date(m.day, lang), s["cell"]), reference,  # a receipt: plain
                     label("statement_movement", m.kind, lang),
                     fmt_kg(m.net_kg, lang) if m.net_kg is not None else "",
                     fmt_soles(m.credit, lang) if m.credit else "",
                     fmt_soles(m.debit, lang) if m.debit else "", fmt_soles(m.balance, lang)])
    rows.append(["", "", cell(_t(TOTALS, lang), s["cell"]), fmt_kg(data.delivered_kg, lang),
                 fmt_soles(data.credited, lang), fmt_soles(data.paid, lang),
                 fmt_soles(data.closing, lang)])
    table = grid_table(rows, [WIDTH * share for share in SHARES])
    table.setStyle([("ALIGN", (3, 1), (-1, -1), "RIGHT")])
    parts.append(table)
    if not data.movements:
        parts.append(Paragraph(_t(NOTHING, lang), s["body"]))
    parts.append(cell(_t(SUMMARY, lang).format(
        delivered=fmt_soles(data.delivered, lang), advanced=fmt_soles(data.advanced, lang),
        paid=fmt_soles(data.paid_in_cash + data.deducted, lang),
        deducted=fmt_soles(data.deducted, lang), cash=fmt_soles(data.paid_in_cash, lang)),
        s["body"]))
    parts.append(cell(_t(CREDIT_NOTE, lang), s["cell"]))
    closing = _t(CLOSING, lang).format(amount=fmt_soles(data.closing, lang)) \
        if data.closing >= 0 else _t(OWES, lang).format(amount=fmt_soles(-data.closing, lang))
    parts += [Spacer(1, 4 * mm), cell(closing, s["heading"])]
    return parts


def write_statement(data: MemberStatement, out: Path, lang: str = "es") -> Path:
    parts = story(data, lang)

    def build(path: Path) -> None:
        SimpleDocTemplate(str(path), pagesize=PAGE_SIZE, leftMargin=SIDE, rightMargin=SIDE,
                          topMargin=15 * mm, bottomMargin=18 * mm,
                          title=f"{_t(TITLE, lang)} {data.member_code}").build(
            parts, canvasmaker=numbered_canvas(lang, data.member_code))

    return write_atomically(Path(out), build)


__all__ = ["write_statement"]

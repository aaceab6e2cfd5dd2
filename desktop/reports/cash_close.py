"""The daily cash close as an A4 PDF in Spanish or English (issue 16 item 7): the receipts
issued (how many, first and last number, the voided ones with their reason), the kilos by
product and grade, the cash paid that day, the advances given, whether and by whom the day was
closed, and the line where the manager signs. Written under a temporary name first."""

from __future__ import annotations

from html import escape
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_date, fmt_datetime, fmt_kg, fmt_number, fmt_soles
from desktop.i18n.labels import label
from desktop.reports.pdf import (
    PAGE_SIZE, cell, grid_table, numbered_canvas, styles, write_atomically,
)
from desktop.services.cooperative.daily_close import DailyClose

SIDE = 15 * mm
WIDTH = PAGE_SIZE[0] - 2 * SIDE - 12
CONTEXT = "CashClose"
TITLE = QT_TRANSLATE_NOOP("CashClose", "Daily cash close")
RUC = QT_TRANSLATE_NOOP("CashClose", "RUC {ruc}")
DAY = QT_TRANSLATE_NOOP("CashClose", "Day: {day}")
CLOSED = QT_TRANSLATE_NOOP("CashClose", "Closed by {user} on {when}")  # (a time may end in ".")
NOT_CLOSED = QT_TRANSLATE_NOOP("CashClose", "Not closed yet: the day still takes deliveries.")
REOPENED = QT_TRANSLATE_NOOP("CashClose", "Reopened by {user} on {when}: {reason}")
RECEIPTS = QT_TRANSLATE_NOOP("CashClose", "Receipts issued")
ISSUED = QT_TRANSLATE_NOOP("CashClose", "Receipts issued: {n}")
FIRST_LAST = QT_TRANSLATE_NOOP("CashClose", "First: {first} · Last: {last}")
VOIDED = QT_TRANSLATE_NOOP("CashClose", "Voided: {n}")
VOIDED_COLUMNS = (QT_TRANSLATE_NOOP("CashClose", "Voided receipt"),
                  QT_TRANSLATE_NOOP("CashClose", "Member"),
                  QT_TRANSLATE_NOOP("CashClose", "Net kg"),
                  QT_TRANSLATE_NOOP("CashClose", "Amount (S/)"),
                  QT_TRANSLATE_NOOP("CashClose", "Reason"))
KILOS = QT_TRANSLATE_NOOP("CashClose", "Kilos by product and grade")
KILO_COLUMNS = (QT_TRANSLATE_NOOP("CashClose", "Product"),
                QT_TRANSLATE_NOOP("CashClose", "Grade"),
                QT_TRANSLATE_NOOP("CashClose", "Receipts"),
                QT_TRANSLATE_NOOP("CashClose", "Net kg"),
                QT_TRANSLATE_NOOP("CashClose", "Amount (S/)"))
PAID = QT_TRANSLATE_NOOP("CashClose", "Cash paid")
PAID_COLUMNS = (QT_TRANSLATE_NOOP("CashClose", "Member code"),
                QT_TRANSLATE_NOOP("CashClose", "Member"),
                QT_TRANSLATE_NOOP("CashClose", "Receipts"),
                QT_TRANSLATE_NOOP("CashClose", "Paid (S/)"))
ADVANCES = QT_TRANSLATE_NOOP("CashClose", "Advances given")
ADVANCE_COLUMNS = (QT_TRANSLATE_NOOP("CashClose", "Member code"),
                   QT_TRANSLATE_NOOP("CashClose", "Member"),
                   QT_TRANSLATE_NOOP("CashClose", "Advance"),
                   QT_TRANSLATE_NOOP("CashClose", "Amount (S/)"))
TOTAL = QT_TRANSLATE_NOOP("CashClose", "Total")
NONE = QT_TRANSLATE_NOOP("CashClose", "None this day.")
CASH_OUT = QT_TRANSLATE_NOOP("CashClose", "Cash out of the box: {paid} paid + {advances} in "
                                          "advances = {total}")
SIGNATURE = QT_TRANSLATE_NOOP("CashClose", "Signature of the manager")
NAME = QT_TRANSLATE_NOOP("CashClose", "Name and DNI")


def _t(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


def _table(header, rows, shares, numeric_from: int, lang: str, s) -> list:
    """A titled grid, or "None this day." when there are no rows."""
    if not rows:
        return [Paragraph(_t(NONE, lang), s["body"])]
    table = grid_table([[cell(_t(c, lang), s["cell"]) for c in header], *rows],
                       [WIDTH * share for share in shares])
    table.setStyle([("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT")])
    return [table]


def _status(data: DailyClose, lang: str, s) -> list:
    parts = []
    if data.closed:
        parts.append(cell(_t(CLOSED, lang).format(
            user=data.closed_by, when=fmt_datetime(data.closed_at.astimezone(), lang)),
            s["heading"]))
    else:
        parts.append(cell(_t(NOT_CLOSED, lang), s["heading"]))
    if data.reopened_at is not None:
        parts.append(cell(_t(REOPENED, lang).format(
            user=data.reopened_by, when=fmt_datetime(data.reopened_at.astimezone(), lang),
            reason=data.reopen_reason), s["body"]))
    return parts


def story(data: DailyClose, lang: str) -> list:
    s = styles()
    parts = [Paragraph(_t(TITLE, lang), s["title"]),
             cell(data.cooperative, s["center"]),
             cell(_t(RUC, lang).format(ruc=data.ruc), s["center"]),
             Spacer(1, 3 * mm),
             cell(_t(DAY, lang).format(day=fmt_date(data.day, lang, "full")), s["heading"]),
             *_status(data, lang, s)]

    parts += [Paragraph(_t(RECEIPTS, lang), s["heading"]),
              cell(_t(ISSUED, lang).format(n=fmt_number(data.issued, lang)), s["body"])]
    if data.issued:
        parts.append(cell(_t(FIRST_LAST, lang).format(first=data.first_receipt,
                                                      last=data.last_receipt), s["body"]))
    parts.append(cell(_t(VOIDED, lang).format(n=fmt_number(len(data.voided), lang)), s["body"]))
    if data.voided:
        parts += [Spacer(1, 2 * mm)] + _table(VOIDED_COLUMNS, [
            [v.receipt_number, v.member_code, fmt_kg(v.net_kg, lang),
             fmt_soles(v.amount_pen, lang), cell(v.reason, s["cell"])] for v in data.voided],
            (0.25, 0.13, 0.12, 0.15, 0.35), 2, lang, s)

    rows = [[label("product", p.product, lang), cell(p.grade, s["cell"]),
             fmt_number(p.deliveries, lang), fmt_kg(p.net_kg, lang),
             fmt_soles(p.amount_pen, lang)] for p in data.products]
    if rows:
        rows.append([cell(_t(TOTAL, lang), s["cell"]), "", fmt_number(data.deliveries, lang),
                     fmt_kg(data.net_kg, lang), fmt_soles(data.amount_pen, lang)])
    parts += [Paragraph(_t(KILOS, lang), s["heading"]),
              *_table(KILO_COLUMNS, rows, (0.28, 0.22, 0.14, 0.16, 0.20), 2, lang, s)]

    rows = [[p.member_code, cell(p.member, s["cell"]), fmt_number(p.receipts, lang),
             fmt_soles(p.amount_pen, lang)] for p in data.payments]
    if rows:
        rows.append(["", cell(_t(TOTAL, lang), s["cell"]),
                     fmt_number(sum(p.receipts for p in data.payments), lang),
                     fmt_soles(data.cash_paid, lang)])
    parts += [Paragraph(_t(PAID, lang), s["heading"]),
              *_table(PAID_COLUMNS, rows, (0.18, 0.50, 0.12, 0.20), 2, lang, s)]

    rows = [[a.member_code, cell(a.member, s["cell"]), cell(a.description, s["cell"]),
             fmt_soles(a.amount_pen, lang)] for a in data.advances]
    if rows:
        rows.append(["", cell(_t(TOTAL, lang), s["cell"]), "",
                     fmt_soles(data.advances_total, lang)])
    parts += [Paragraph(_t(ADVANCES, lang), s["heading"]),
              *_table(ADVANCE_COLUMNS, rows, (0.18, 0.37, 0.25, 0.20), 3, lang, s)]

    parts += [Spacer(1, 4 * mm), cell(_t(CASH_OUT, lang).format(
        paid=fmt_soles(data.cash_paid, lang), advances=fmt_soles(data.advances_total, lang),
        total=fmt_soles(data.cash_paid + data.advances_total, lang)), s["heading"])]
    line = "_" * 48
    parts.append(KeepTogether([Spacer(1, 18 * mm), cell(line, s["body"]),
                               cell(_t(SIGNATURE, lang), s["body"]), Spacer(1, 8 * mm),
                               cell(_t(NAME, lang) + ": " + "_" * 40, s["body"])]))
    return parts


def _html_table(header, rows, lang: str) -> str:
    if not rows:
        return f"<p>{escape(_t(NONE, lang))}</p>"
    head = "".join(f"<th>{escape(_t(c, lang))}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def close_html(data: DailyClose, lang: str) -> str:
    """The same close as the window shows it (rich text, the document's words)."""
    if data.closed:
        status = _t(CLOSED, lang).format(user=data.closed_by,
                                         when=fmt_datetime(data.closed_at.astimezone(), lang))
    else:
        status = _t(NOT_CLOSED, lang)
    parts = [f"<h3>{escape(_t(DAY, lang).format(day=fmt_date(data.day, lang, 'full')))}</h3>",
             f"<p><b>{escape(status)}</b></p>"]
    if data.reopened_at is not None:
        reopened = _t(REOPENED, lang).format(
            user=data.reopened_by, when=fmt_datetime(data.reopened_at.astimezone(), lang),
            reason=data.reopen_reason)
        parts.append(f"<p>{escape(reopened)}</p>")
    receipts = [_t(ISSUED, lang).format(n=fmt_number(data.issued, lang))]
    if data.issued:
        receipts.append(_t(FIRST_LAST, lang).format(first=data.first_receipt,
                                                    last=data.last_receipt))
    receipts.append(_t(VOIDED, lang).format(n=fmt_number(len(data.voided), lang)))
    parts += [f"<h4>{escape(_t(RECEIPTS, lang))}</h4>",
              "<p>" + "<br>".join(escape(line) for line in receipts) + "</p>"]
    if data.voided:
        parts.append(_html_table(VOIDED_COLUMNS, [
            (v.receipt_number, v.member_code, fmt_kg(v.net_kg, lang),
             fmt_soles(v.amount_pen, lang), v.reason) for v in data.voided], lang))
    rows = [(label("product", p.product, lang), p.grade, fmt_number(p.deliveries, lang),
             fmt_kg(p.net_kg, lang), fmt_soles(p.amount_pen, lang)) for p in data.products]
    if rows:
        rows.append((_t(TOTAL, lang), "", fmt_number(data.deliveries, lang),
                     fmt_kg(data.net_kg, lang), fmt_soles(data.amount_pen, lang)))
    parts += [f"<h4>{escape(_t(KILOS, lang))}</h4>", _html_table(KILO_COLUMNS, rows, lang),
              f"<h4>{escape(_t(PAID, lang))}</h4>", _html_table(PAID_COLUMNS, [
                  (p.member_code, p.member, fmt_number(p.receipts, lang),
                   fmt_soles(p.amount_pen, lang)) for p in data.payments], lang),
              f"<h4>{escape(_t(ADVANCES, lang))}</h4>", _html_table(ADVANCE_COLUMNS, [
                  (a.member_code, a.member, a.description, fmt_soles(a.amount_pen, lang))
                  for a in data.advances], lang),
              "<p><b>" + escape(_t(CASH_OUT, lang).format(
                  paid=fmt_soles(data.cash_paid, lang),
                  advances=fmt_soles(data.advances_total, lang),
                  total=fmt_soles(data.cash_paid + data.advances_total, lang))) + "</b></p>"]
    return "".join(parts)


def write_cash_close(data: DailyClose, out: Path, lang: str = "es") -> Path:
    parts = story(data, lang)
    footer = f"{_t(TITLE, lang)} {data.day.isoformat()}"

    def build(path: Path) -> None:
        SimpleDocTemplate(str(path), pagesize=PAGE_SIZE, leftMargin=SIDE, rightMargin=SIDE,
                          topMargin=15 * mm, bottomMargin=18 * mm,
                          title=footer).build(parts, canvasmaker=numbered_canvas(lang, footer))

    return write_atomically(Path(out), build)


__all__ = ["close_html", "write_cash_close"]

"""The delivery receipt handed to the farmer at the weighing station.

Two sizes: an 80 mm wide ticket for thermal printers (as long as its content)
and A6. Spanish or English whatever the window's language; amounts in soles
formatted for that language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.db.engine import Database
from desktop.i18n import language, translate
from desktop.i18n.formatting import fmt_date, fmt_hectares, fmt_number, fmt_soles
from desktop.i18n.labels import label
from desktop.reports.pdf import FONT_BOLD, cell, styles, write_atomically
from desktop.services.cooperative import ReceiptData, receipt_data

FORMATS = ("ticket", "a6")
TICKET_WIDTH = 80 * mm


#: Every text the receipt prints (English source; Spanish in translations/, context "Receipt").
TEXTS = {
    "Received by (cooperative)": QT_TRANSLATE_NOOP("Receipt", "Received by (cooperative)"),
    "Member": QT_TRANSLATE_NOOP("Receipt", "Member"),
    "RUC {ruc}": QT_TRANSLATE_NOOP("Receipt", "RUC {ruc}"),
    "Coffee delivery receipt": QT_TRANSLATE_NOOP("Receipt", "Coffee delivery receipt"),
    "No. {number}": QT_TRANSLATE_NOOP("Receipt", "No. {number}"),
    "VOID": QT_TRANSLATE_NOOP("Receipt", "VOID"),
    "COPY": QT_TRANSLATE_NOOP("Receipt", "COPY"),
    "Voided on {day}: {reason}": QT_TRANSLATE_NOOP("Receipt", "Voided on {day}: {reason}"),
    "Date": QT_TRANSLATE_NOOP("Receipt", "Date"),
    "DNI": QT_TRANSLATE_NOOP("Receipt", "DNI"),
    "Plot": QT_TRANSLATE_NOOP("Receipt", "Plot"),
    "Product": QT_TRANSLATE_NOOP("Receipt", "Product"),
    "cup {score}": QT_TRANSLATE_NOOP("Receipt", "cup {score}"),
    "Gross weight": QT_TRANSLATE_NOOP("Receipt", "Gross weight"),
    "Tare": QT_TRANSLATE_NOOP("Receipt", "Tare"),
    "Net weight": QT_TRANSLATE_NOOP("Receipt", "Net weight"),
    "Moisture": QT_TRANSLATE_NOOP("Receipt", "Moisture"),
    "Quality": QT_TRANSLATE_NOOP("Receipt", "Quality"),
    "Price per kg": QT_TRANSLATE_NOOP("Receipt", "Price per kg"),
    "Defects": QT_TRANSLATE_NOOP("Receipt", "Defects"),
    "{points} points": QT_TRANSLATE_NOOP("Receipt", "{points} points"),
    "Moisture discount": QT_TRANSLATE_NOOP("Receipt", "Moisture discount"),
    "Defects discount": QT_TRANSLATE_NOOP("Receipt", "Defects discount"),
    "Discounts": QT_TRANSLATE_NOOP("Receipt", "Discounts"),
    "Payable weight": QT_TRANSLATE_NOOP("Receipt", "Payable weight"),
    "rule": QT_TRANSLATE_NOOP(
        "Receipt", "Discounts per 100 kg: {moisture_kg} kg per point of moisture above "
                   "{limit} %; {defects_kg} kg per defect point above {allowed}."),
    "Amount": QT_TRANSLATE_NOOP("Receipt", "Amount"),
    "Paid on {day}": QT_TRANSLATE_NOOP("Receipt", "Paid on {day}"),
    "Payment pending": QT_TRANSLATE_NOOP("Receipt", "Payment pending"),
}


def _t(text: str, lang: str) -> str:
    return translate("Receipt", TEXTS[text], lang)


def _kg(value, lang: str) -> str:
    return f"{fmt_number(value, lang, 2)} kg"


#: The ticket's type size, and the A6 page's sizes, largest first: a long A6 receipt (a voided
#: copy with discounts and long names) takes the first that fits on its one page.
TICKET_SIZE, A6_SIZES = 8, (8.5, 8, 7.5, 7)


def _styles(size: float) -> dict[str, ParagraphStyle]:
    base = styles()
    body = ParagraphStyle("rbody", parent=base["body"], fontSize=size, leading=size + 2)
    return {
        "body": body,
        "center": ParagraphStyle("rcenter", parent=body, alignment=TA_CENTER),
        "org": ParagraphStyle("rorg", parent=body, fontName=FONT_BOLD, fontSize=size + 1.5,
                              leading=size + 3.5, alignment=TA_CENTER),
        "title": ParagraphStyle("rtitle", parent=body, fontName=FONT_BOLD, fontSize=size + 2.5,
                                leading=size + 5, alignment=TA_CENTER, spaceBefore=2 * mm),
        "number": ParagraphStyle("rnumber", parent=body, fontName=FONT_BOLD,
                                 alignment=TA_CENTER),
        "void": ParagraphStyle("rvoid", parent=body, fontName=FONT_BOLD, fontSize=size + 3,
                               leading=size + 6, alignment=TA_CENTER,
                               textColor=colors.HexColor("#b00020")),
        "cell": body,
        "small": ParagraphStyle("rsmall", parent=body, fontSize=size - 1, leading=size + 0.5),
        "bold": ParagraphStyle("rbold", parent=body, fontName=FONT_BOLD),
        "amount": ParagraphStyle("ramount", parent=body, fontName=FONT_BOLD,
                                 fontSize=size + 3, leading=size + 6),
    }


def _pairs(rows: list[tuple[str, str]], width: float, st, value_style="cell",
           rule_above=True) -> Table:
    """Label / value rows, values on the right."""
    value = ParagraphStyle("rvalue", parent=st[value_style], alignment=2)  # right
    key = st["bold"] if value_style == "amount" else st["cell"]
    data = [[cell(k, key), cell(v, value)] for k, v in rows]
    table = Table(data, colWidths=[width * 0.38, width * 0.62])
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM" if value_style == "amount" else "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if rule_above:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def _signatures(names: tuple[str, str], width: float, st, stacked: bool) -> Table:
    left, right = names
    line = ParagraphStyle("rsig", parent=st["center"], fontSize=st["body"].fontSize - 0.5)
    if stacked:
        data = [[""], [cell(left, line)], [""], [cell(right, line)]]
        table = Table(data, colWidths=[width * 0.8], rowHeights=[12 * mm, None, 12 * mm, None])
        table.setStyle(TableStyle([
            ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
            ("LINEABOVE", (0, 3), (0, 3), 0.6, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
        ]))
    else:
        data = [["", "", ""], [cell(left, line), "", cell(right, line)]]
        table = Table(data, colWidths=[width * 0.45, width * 0.1, width * 0.45],
                      rowHeights=[12 * mm, None])
        table.setStyle(TableStyle([
            ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
            ("LINEABOVE", (2, 1), (2, 1), 0.6, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
    return table


@dataclass(frozen=True)
class ReceiptContent:
    """What a receipt says, in one language: read by the PDF (story) and by the ticket the
    station prints through Qt (desktop.reports.receipt_ticket), so both say the same."""

    organisation: str
    heading: list[str]  # RUC, address
    title: str
    number: str
    copy_mark: str  # "COPY" on a reprint, else ""
    void_mark: str
    void_line: str
    who: list[tuple[str, str]]
    weights: list[tuple[str, str]]
    amount: tuple[str, str]
    payment: str
    signatures: tuple[str, str]
    #: The discount rule the delivery applied, in words ("" when none applied).
    rule: str = ""


def _discounts(data: ReceiptData, lang: str) -> tuple[list[tuple[str, str]], str]:
    """The defects, discount and payable rows (issue 16 item 3), and the rule in words."""
    rows = []
    if data.defects is not None:
        rows.append((_t("Defects", lang), _t("{points} points", lang).format(
            points=fmt_number(data.defects, lang, 1))))
    terms, rule = data.terms, ""
    if terms is None:
        rows.append((_t("Discounts", lang), _kg(data.discount_kg, lang)))
    else:
        rows += [(_t("Moisture discount", lang), "− " + _kg(data.moisture_discount_kg, lang)),
                 (_t("Defects discount", lang), "− " + _kg(data.defects_discount_kg, lang))]
        rule = _t("rule", lang).format(
            moisture_kg=fmt_number(terms.moisture_kg_per_point, lang, 2),
            limit=fmt_number(terms.moisture_limit_pct, lang, 1),
            defects_kg=fmt_number(terms.defects_kg_per_point, lang, 2),
            allowed=fmt_number(terms.defects_allowed, lang, 1))
    rows.append((_t("Payable weight", lang), _kg(data.payable_kg, lang)))
    return rows, rule


def receipt_content(data: ReceiptData, lang: str, copy: bool = False) -> ReceiptContent:
    plot = data.plot
    if plot and data.plot_area_ha is not None:
        plot = f"{plot} ({fmt_hectares(data.plot_area_ha, lang)} ha)"
    who = [(_t("Date", lang), fmt_date(data.delivered_on, lang)),
           (_t("Member", lang), f"{data.member_code} — {data.member}")]
    if data.dni:
        who.append((_t("DNI", lang), data.dni))
    who += [(_t("Plot", lang), plot or "—"),
            (_t("Product", lang), label("product", data.product, lang))]
    quality = data.grade or "—"
    if data.cup_score is not None:
        quality += " · " + _t("cup {score}", lang).format(
            score=fmt_number(data.cup_score, lang, 2))
    gross = _kg(data.gross_kg, lang)
    if data.weight_source:  # "530.00 kg (digitado a mano)": typed kilos never pass unseen
        gross += f" ({label('weight_source', data.weight_source, lang).lower()})"
    discounts, rule = _discounts(data, lang)
    weights = [(_t("Gross weight", lang), gross),
               (_t("Tare", lang), _kg(data.tare_kg, lang)),
               (_t("Net weight", lang), _kg(data.net_kg, lang)),
               (_t("Moisture", lang), f"{fmt_number(data.moisture_pct, lang, 1)} %"),
               *discounts,
               (_t("Quality", lang), quality),
               (_t("Price per kg", lang), fmt_soles(data.price_per_kg_pen, lang))]
    voided = data.voided_at is not None
    return ReceiptContent(
        organisation=data.cooperative,
        heading=[_t("RUC {ruc}", lang).format(ruc=data.ruc), *([data.address] if data.address
                                                               else [])],
        title=_t("Coffee delivery receipt", lang),
        number=_t("No. {number}", lang).format(number=data.receipt_number),
        copy_mark=_t("COPY", lang) if copy else "",
        void_mark=_t("VOID", lang) if voided else "",
        void_line=_t("Voided on {day}: {reason}", lang).format(
            day=fmt_date(data.voided_at, lang), reason=data.void_reason) if voided else "",
        who=who, weights=weights,
        amount=(_t("Amount", lang), fmt_soles(data.amount_pen, lang)),
        payment=(_t("Paid on {day}", lang).format(day=fmt_date(data.paid_on, lang))
                 if data.paid_on else _t("Payment pending", lang)),
        signatures=(_t("Received by (cooperative)", lang), _t("Member", lang)), rule=rule)


def story(data: ReceiptData, lang: str, width: float, fmt: str, copy: bool = False,
          size: float | None = None) -> list:
    """The receipt's flowables for a frame `width` points wide, in type of `size` points."""
    st = _styles(size or (TICKET_SIZE if fmt == "ticket" else A6_SIZES[0]))
    content = receipt_content(data, lang, copy)
    parts = [cell(content.organisation, st["org"])]
    parts += [cell(line, st["center"]) for line in content.heading]
    parts.append(cell(content.title, st["title"]))
    parts.append(cell(content.number, st["number"]))
    if content.copy_mark:
        parts.append(cell(content.copy_mark, st["void"]))
    parts.append(Spacer(1, 2 * mm))
    if content.void_mark:
        parts.append(cell(content.void_mark, st["void"]))
        parts.append(cell(content.void_line, st["center"]))
        parts.append(Spacer(1, 2 * mm))
    parts.append(_pairs(content.who, width, st))
    parts.append(Spacer(1, 1.5 * mm))
    parts.append(_pairs(content.weights, width, st))
    if content.rule:
        parts.append(cell(content.rule, st["small"]))
    parts.append(Spacer(1, 1.5 * mm))
    parts.append(_pairs([content.amount], width, st, value_style="amount"))
    parts.append(cell(content.payment, st["body"]))
    parts.append(Spacer(1, 2 * mm))
    parts.append(_signatures(content.signatures, width, st, stacked=fmt == "ticket"))
    return parts


#: SimpleDocTemplate's frame keeps 6 points of padding on each side.
FRAME_PADDING = 12


def _height(parts: list, width: float) -> float:
    total = 0.0
    for flowable in parts:
        _, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def write_receipt(data: ReceiptData, path: Path | str, lang: str = "es",
                  fmt: str = "ticket", copy: bool = False) -> Path:
    """Write the receipt PDF to `path` (all or nothing) and return the path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown receipt format {fmt!r}")
    title = _t("Coffee delivery receipt", lang) + f" {data.receipt_number}"
    if fmt == "ticket":
        margin = 2 * mm
        width = TICKET_WIDTH - 2 * margin - FRAME_PADDING
        parts = story(data, lang, width, fmt, copy)
        height = _height(parts, width) + 2 * margin + 12 + 4 * mm
        pagesize = (TICKET_WIDTH, height)
    else:
        margin = 7 * mm
        pagesize = A6
        width = A6[0] - 2 * margin - FRAME_PADDING
        room = A6[1] - 2 * margin - FRAME_PADDING
        for size in A6_SIZES:
            parts = story(data, lang, width, fmt, copy, size)
            if _height(parts, width) <= room:
                break

    def build(target: str) -> None:
        document = SimpleDocTemplate(
            target, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
            topMargin=margin, bottomMargin=margin, title=title, author=data.cooperative,
            subject=data.receipt_number, lang=lang)
        document.build(parts)

    return write_atomically(Path(path), build)


def receipt_file_name(receipt_number: str) -> str:
    """The file name of a receipt's PDF: its number, made safe for any file system (an
    imported receipt number is whatever the file said)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", receipt_number).strip("._") or "receipt"
    return f"{safe}.pdf"


def print_receipt(database: Database, receipt_number: str, folder: Path | str | None = None,
                  lang: str | None = None, fmt: str = "ticket", *,
                  out: Path | str | None = None, copy: bool = False) -> Path:
    """Write the receipt of `receipt_number` as a PDF and return the file: at `out` when
    given, else in `folder` named after the receipt (see receipt_file_name).

    `lang` defaults to the active language. Raises NotFound for an unknown receipt; then
    nothing is written.
    """
    if out is None and folder is None:
        raise ValueError("print_receipt needs a folder or an out path")
    with database.session() as session:
        data = receipt_data(session, receipt_number)
    path = Path(out) if out is not None else Path(folder) / receipt_file_name(
        data.receipt_number)
    return write_receipt(data, path, lang or language(), fmt, copy)


__all__ = ["ReceiptContent", "receipt_content", "write_receipt", "story", "FORMATS", "print_receipt", "receipt_file_name"]

"""The receipt as the station's ticket printer prints it: simple HTML that Qt's text engine
lays out on an 80 mm page (desktop.ui.cooperative.ticket_printer), with the same content as
the PDF (desktop.reports.receipt.receipt_content). Every value is escaped: a member's name is
text, never markup."""

from __future__ import annotations

from html import escape

from desktop.reports.receipt import ReceiptContent


def _pairs(rows: list[tuple[str, str]], strong: bool = False) -> str:
    cells = "".join(
        f"<tr><td>{'<b>' if strong else ''}{escape(k)}{'</b>' if strong else ''}</td>"
        f"<td align='right'>{'<b>' if strong else ''}{escape(v)}{'</b>' if strong else ''}"
        f"</td></tr>" for k, v in rows)
    return f"<table width='100%' cellspacing='0' cellpadding='1'>{cells}</table><hr/>"


def ticket_html(content: ReceiptContent) -> str:
    center = "<p align='center' style='margin:0'>{}</p>"
    parts = [center.format(f"<b>{escape(content.organisation)}</b>")]
    parts += [center.format(escape(line)) for line in content.heading]
    parts.append(f"<h3 align='center' style='margin:4px 0 0 0'>{escape(content.title)}</h3>")
    parts.append(center.format(f"<b>{escape(content.number)}</b>"))
    for mark in (content.copy_mark, content.void_mark):
        if mark:
            parts.append(f"<h2 align='center' style='margin:2px'>*** {escape(mark)} ***</h2>")
    if content.void_line:
        parts.append(center.format(escape(content.void_line)))
    parts.append("<hr/>")
    parts.append(_pairs(content.who))
    parts.append(_pairs(content.weights))
    if content.rule:
        parts.append(f"<p style='margin:0; font-size:8pt'>{escape(content.rule)}</p><hr/>")
    parts.append(_pairs([content.amount], strong=True))
    parts.append(f"<p style='margin:0'>{escape(content.payment)}</p>")
    for name in content.signatures:
        parts.append(f"<p style='margin-top:36px' align='center'>______________________<br/>"
                     f"{escape(name)}</p>")
    return ("<html><body style='font-family:sans-serif; font-size:9pt'>"
            + "".join(parts) + "</body></html>")


__all__ = ["ticket_html"]

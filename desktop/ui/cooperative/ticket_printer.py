"""Printing a receipt on the station's ticket printer with Qt's print support (issue 16 item
2): an 80 mm thermal printer through its system driver, or any printer. The page is as long
as the ticket. The content is the PDF's (desktop.reports.receipt_ticket)."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop import config

TICKET_WIDTH_MM = 80
MARGIN_MM = 3


def available_printers() -> list[str]:
    """The printers the system offers (their names), for the settings' choice."""
    return list(QPrinterInfo.availablePrinterNames())


def station_printer() -> QPrinter | None:
    """The printer chosen for the station's tickets, or None: none chosen, or no longer
    installed (then receipts are PDFs, as before)."""
    name = config.get(config.TICKET_PRINTER)
    if not name or name not in QPrinterInfo.availablePrinterNames():
        return None
    return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


def print_ticket(html: str, printer: QPrinter, copies: int = 1) -> None:
    """Lay `html` out 80 mm wide and print it on a page as long as it is, `copies` times."""
    document = QTextDocument()
    document.setHtml(html)
    width_mm = TICKET_WIDTH_MM - 2 * MARGIN_MM
    # Lay out at 72 points per inch, so the document's height converts to millimetres.
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(width_mm / 25.4 * 72, 1_000_000))
    height_mm = document.documentLayout().documentSize().height() / 72 * 25.4
    length = max(height_mm + 2 * MARGIN_MM + 10, 60)
    printer.setPageSize(QPageSize(QSizeF(TICKET_WIDTH_MM, length),
                                  QPageSize.Unit.Millimeter, "Ticket"))
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                           QPageLayout.Unit.Millimeter)
    # One document page = the printed page (in points), so Qt prints it at 1:1.
    document.setPageSize(QSizeF(width_mm / 25.4 * 72, (length - 2 * MARGIN_MM) / 25.4 * 72))
    printer.setCopyCount(max(1, copies))
    printer.setDocName("ticket")
    document.print_(printer)

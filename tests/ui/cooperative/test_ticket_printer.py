"""A receipt printed through Qt's print support, to a real printer driver that writes PDF,
read back as text: the same content as the PDF receipt, "COPIA" on a reprint, a hostile
name printed as text (issue 16 item 2)."""

import subprocess
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.reports.receipt import receipt_content
from desktop.reports.receipt_ticket import ticket_html
from desktop.services.cooperative import ReceiptData
from desktop.ui.cooperative.ticket_printer import print_ticket


def receipt(**extra) -> ReceiptData:
    values = dict(
        cooperative="Cooperativa Agraria Alto Mayo", ruc="20600000001", address="Jr. Lima 123",
        receipt_number="COOPBAM-2026-000126", delivered_on=date(2026, 4, 23),
        member_code="S-0042", member="<b>=HYPERLINK(\"x\")</b> Núñez", dni="01234567",
        family_code="F-000001",
        plot="El Bosque", plot_area_ha=Decimal("4.16"), product="dry_parchment",
        gross_kg=Decimal("530.00"), tare_kg=Decimal("5.76"), net_kg=Decimal("524.24"),
        moisture_pct=Decimal("12.5"), grade="A", cup_score=None,
        price_per_kg_pen=Decimal("9.13"), amount_pen=Decimal("4786.31"), paid_on=None,
        voided_at=None, void_reason="")
    values.update(extra)
    return ReceiptData(**values)


def printed_text(tmp_path, html, name="ticket.pdf") -> str:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / name
    printer.setOutputFileName(str(out))
    print_ticket(html, printer, copies=1)
    size = printer.pageLayout().fullRect().size()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text, (size.width(), size.height())


def test_the_ticket_says_what_the_pdf_says_on_a_page_80_mm_wide(qapp, tmp_path):
    text, (width, height) = printed_text(tmp_path, ticket_html(receipt_content(receipt(), "es")))
    for expected in ("Cooperativa Agraria Alto Mayo", "COOPBAM-2026-000126", "524.24 kg",
                     "S/ 4,786.31", "Pago pendiente", "Socio", "Pergamino seco"):
        assert expected in text.replace("\xa0", " "), expected
    assert "COPIA" not in text
    assert '=HYPERLINK("x")' in text and "<b>" in text  # markup in a name is printed as text
    assert round(width) == 80 and 100 < height < 400  # as long as the ticket, no A4


def test_a_reprint_says_copy(qapp, tmp_path):
    text, _ = printed_text(tmp_path, ticket_html(receipt_content(receipt(), "es", copy=True)))
    assert "COPIA" in text
    text, _ = printed_text(tmp_path, ticket_html(receipt_content(receipt(), "en", copy=True)),
                           "en.pdf")
    assert "COPY" in text


def test_a_reprint_is_in_the_audit_with_who_and_which_receipt(database, community):
    from desktop.services import cooperative, people
    from desktop.services.cooperative.reprints import note_reprint
    from desktop.services.people import Actor, PermissionDenied
    from tests.services.cooperative.builders import (
        deliver, make_cooperative, make_family, make_member, make_plot,
    )

    with database.session() as session:
        coop, family = make_cooperative(session), make_family(session, community)
        member, plot = make_member(session, coop, family), make_plot(session, family)
        number = deliver(session, coop, member, plot).receipt_number
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    database.actor = Actor("Marta Gestora", "cooperative")
    with database.session() as session:
        note_reprint(session, number, copies=2)
    database.actor = Actor("Luz Oficina", "office")
    with database.session() as session, pytest.raises(PermissionDenied):
        note_reprint(session, number)
    database.actor = Actor("Ana", "admin")
    with database.session() as session:
        [row] = people.list_entries(session, people.AuditFilter(action="reprint"))
        delivery = cooperative.delivery_by_receipt(session, number)
    assert (row.user, row.entity_id) == ("Marta Gestora", delivery.id)
    assert row.cells("es")[2] == "imprimió de nuevo" and number in row.cells("es")[4]

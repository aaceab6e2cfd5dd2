"""The delivery receipt: 80 mm ticket and A6, Spanish and English, read back from the PDF."""

from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm

from desktop.reports.receipt import print_receipt, receipt_file_name, write_receipt
from desktop.services import cooperative
from desktop.services.errors import NotFound
from tests.services.cooperative.builders import deliver, make_cooperative, make_member, make_plot


@pytest.fixture
def receipt(session, family):
    coop = make_cooperative(session)
    plot = make_plot(session, family)
    member = make_member(session, coop, family)
    delivery = deliver(session, coop, member, plot, delivered_on=date(2026, 5, 4),
                       gross_kg="1234.50", tare_kg="12", price_per_kg_pen="9.55")
    return cooperative.receipt_data(session, delivery.receipt_number)


def read(path) -> tuple[str, object]:
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    return " ".join(page.extract_text().split()), page


def test_english_ticket_is_80_mm_wide_with_everything_on_it(receipt, tmp_path):
    path = write_receipt(receipt, tmp_path / "r.pdf", "en", "ticket")
    text, page = read(path)
    assert float(page.mediabox.width) == pytest.approx(80 * mm, abs=0.5)
    for expected in ("Cooperativa Agraria Café Bosque de Alto Mayo", "RUC 20601234567",
                     "Coffee delivery receipt", "No. COOPBAM-2026-000001", "May 4, 2026",
                     "M-0001 — José Núñez Pérez", "01234567", "La Esperanza (2.50 ha)",
                     "Dry parchment", "1,234.50 kg", "12.00 kg", "1,222.50 kg", "12.5 %",
                     "Exportable · cup 84.25", "S/ 9.55", "S/ 11,674.88", "Payment pending",
                     "Received by (cooperative)", "Member"):
        assert expected in text, expected


def test_spanish_a6_uses_spanish_labels_dates_and_soles(receipt, tmp_path):
    path = write_receipt(receipt, tmp_path / "r.pdf", "es", "a6")
    text, page = read(path)
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A6, abs=0.5)
    for expected in ("Pergamino seco", "4 may. 2026", "S/ 11,674.88", "José Núñez Pérez",
                     "COOPBAM-2026-000001"):
        assert expected in text, expected


def test_a_voided_receipt_says_so(receipt, tmp_path):
    from dataclasses import replace

    voided = replace(receipt, voided_at=date(2026, 5, 5), void_reason="Socio equivocado",
                     paid_on=None)
    text, _ = read(write_receipt(voided, tmp_path / "v.pdf", "en", "ticket"))
    assert "VOID" in text and "Socio equivocado" in text
    paid = replace(receipt, paid_on=date(2026, 5, 10))
    text, _ = read(write_receipt(paid, tmp_path / "p.pdf", "en", "a6"))
    assert "Paid on May 10, 2026" in text


def test_a_long_name_wraps_and_an_unknown_format_is_refused(receipt, tmp_path):
    from dataclasses import replace

    long = replace(receipt, member="María de los Ángeles Huamán Quispe de Tuesta Vásquez",
                   cooperative="Cooperativa Agraria Cafetalera Bosque de Protección Alto Mayo "
                               "de Nueva Cajamarca Limitada")
    text, _ = read(write_receipt(long, tmp_path / "l.pdf", "es", "ticket"))
    assert "Ángeles" in text and "Vásquez" in text
    with pytest.raises(ValueError):
        write_receipt(receipt, tmp_path / "x.pdf", "en", "letter")
    assert not (tmp_path / "x.pdf").exists()


def test_print_receipt_reads_the_delivery_and_writes_to_a_folder_or_a_file(database, receipt,
                                                                            tmp_path):
    path = print_receipt(database, receipt.receipt_number, tmp_path / "receipts", "en")
    assert path == tmp_path / "receipts" / "COOPBAM-2026-000001.pdf"
    assert "No. COOPBAM-2026-000001" in read(path)[0]
    out = print_receipt(database, f" {receipt.receipt_number} ", lang="es", fmt="a6",
                        out=tmp_path / "copy.pdf")
    assert out == tmp_path / "copy.pdf" and "Pergamino seco" in read(out)[0]
    with pytest.raises(NotFound):
        print_receipt(database, "COOPBAM-1999-000001", tmp_path / "none")
    assert not (tmp_path / "none").exists()


def test_a_receipt_number_becomes_a_safe_file_name():
    assert receipt_file_name("COOPBAM-2026-000001") == "COOPBAM-2026-000001.pdf"
    assert receipt_file_name("../../etc/R 7") == "etc_R_7.pdf"
    assert receipt_file_name("..") == "receipt.pdf"


def test_the_receipt_shows_discounts_payable_kilos_price_and_amount(session, family, tmp_path):
    """Issue 16 item 3: gross, tare, net, each discount, payable kilos, price and amount, and
    the rule applied in words, on the PDF (read back) and the ticket, in both languages."""
    from desktop.reports.receipt import receipt_content
    from desktop.reports.receipt_ticket import ticket_html

    coop = make_cooperative(session)
    plot = make_plot(session, family)
    member = make_member(session, coop, family)
    cooperative.save_discount_rule(session, coop.id, {
        "product": "dry_parchment", "valid_from": "2026-01-01", "moisture_limit_pct": "12",
        "moisture_kg_per_point": "1.5", "defects_allowed": "5", "defects_kg_per_point": "0.25"})
    delivery = deliver(session, coop, member, plot, delivered_on=date(2026, 5, 4),
                       gross_kg="1001.00", tare_kg="1.00", moisture_pct="14.5", defects="9",
                       price_per_kg_pen="9.55")
    data = cooperative.receipt_data(session, delivery.receipt_number)
    # 1000 kg: 1000 x 2.5 x 1.5 / 100 = 37.50 kg; 1000 x 4 x 0.25 / 100 = 10.00 kg
    text, _ = read(write_receipt(data, tmp_path / "en.pdf", "en", "ticket"))
    for expected in ("Gross weight 1,001.00 kg", "Tare 1.00 kg", "Net weight 1,000.00 kg",
                     "Moisture 14.5 %", "Defects 9.0 points", "Moisture discount − 37.50 kg",
                     "Defects discount − 10.00 kg", "Payable weight 952.50 kg",
                     "Price per kg S/ 9.55", "S/ 9,096.38", "1.50 kg per point of moisture "
                     "above 12.0 %; 0.25 kg per defect point above 5.0"):
        assert expected in text, expected
    text, _ = read(write_receipt(data, tmp_path / "es.pdf", "es", "a6"))
    for expected in ("Descuento por humedad", "37.50 kg", "Kilos a pagar", "952.50 kg",
                     "S/ 9,096.38"):
        assert expected in text, expected
    html = ticket_html(receipt_content(data, "en"))
    assert "Payable weight" in html and "952.50 kg" in html and "S/ 9,096.38" in html

    # a delivery recorded before any rule: no discount, all its net is paid for
    plain = cooperative.receipt_data(session, deliver(
        session, coop, member, plot, product="cherry", gross_kg="100", tare_kg="0",
        price_per_kg_pen="2").receipt_number)
    text, _ = read(write_receipt(plain, tmp_path / "plain.pdf", "en", "ticket"))
    assert "Discounts 0.00 kg" in text and "Payable weight 100.00 kg" in text
    assert "per point" not in text

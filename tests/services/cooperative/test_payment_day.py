"""Payment day (issue 16 item 5): one line per member up to a date, approved all at once and
only as reviewed; the list printed to sign (A4, es/en) and as a workbook for a transfer, from
the command line; read back from the PDF and the workbook."""

from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main
from desktop.db.audit import AuditEntry
from desktop.db.cooperative import Delivery
from desktop.services import cooperative
from desktop.services.cooperative import payment_day
from desktop.services.errors import ValidationError
from tests.services.cooperative.builders import (
    deliver,
    make_cooperative,
    make_family,
    make_member,
    make_plot,
)

D1, D2, D3 = date(2026, 5, 4), date(2026, 6, 10), date(2026, 7, 20)


@pytest.fixture
def season(database, session, family, community):
    coop = make_cooperative(session)
    first = make_member(session, coop, family)
    plot = make_plot(session, family)
    other = make_family(session, community, given_names="=HYPERLINK(\"x\")",
                        paternal_surname="Quispe", dni="44556677", sex="F")
    second = make_member(session, coop, other)
    other_plot = make_plot(session, other)
    for day, kg in ((D1, "100"), (D2, "50"), (D3, "20")):
        deliver(session, coop, first, plot, delivered_on=day.isoformat(), gross_kg=kg,
                tare_kg="0", price_per_kg_pen="10")
    deliver(session, coop, second, other_plot, delivered_on=D2.isoformat(), gross_kg="30.5",
            tare_kg="0", price_per_kg_pen="9")
    voided = deliver(session, coop, second, other_plot, delivered_on=D1.isoformat(),
                     gross_kg="999", tare_kg="0", price_per_kg_pen="9")
    cooperative.void_delivery(session, voided.id, "Pesado dos veces")
    return {"coop": coop, "first": first, "second": second, "db": str(database.path)}


def test_one_line_per_member_up_to_the_date(session, season):
    data = payment_day.payment_list(session, season["coop"].id, D2, paid_on=D3)
    assert [(x.member_code, x.deliveries, x.net_kg, x.gross_pen, x.net_pen)
            for x in data.lines] == [
        (season["first"].member_code, 2, Decimal("150.00"), Decimal("1500.00"),
         Decimal("1500.00")),
        (season["second"].member_code, 1, Decimal("30.50"), Decimal("274.50"),
         Decimal("274.50"))]
    assert data.gross_pen == Decimal("1774.50") and data.deductions_pen == 0
    assert data.net_pen == data.gross_pen - data.deductions_pen


def test_approval_pays_everything_listed_at_once_with_the_audit(session, season):
    reviewed = payment_day.payment_list(session, season["coop"].id, D2, paid_on=D3)
    payment_day.approve_payment_day(session, season["coop"].id, reviewed)
    session.expire_all()
    paid = {d.delivered_on: d.paid_on for d in session.scalars(select(Delivery).where(
        Delivery.voided_at.is_(None)))}
    assert paid == {D1: D3, D2: D3, D3: None}  # the July delivery waits for the next day
    updates = session.scalars(select(AuditEntry).where(AuditEntry.entity == "deliveries",
                                                       AuditEntry.action == "update"))
    assert sum("paid_on" in e.changes for e in updates) == 3
    assert payment_day.payment_list(session, season["coop"].id, D2, paid_on=D3).lines == []


def test_a_list_that_changed_since_it_was_read_pays_nothing(session, season):
    reviewed = payment_day.payment_list(session, season["coop"].id, D2, paid_on=D3)
    plot = cooperative.member_plots(session, season["first"].id)[0]
    deliver(session, season["coop"], season["first"], plot, delivered_on=D1.isoformat(),
            gross_kg="5", tare_kg="0", price_per_kg_pen="10")  # recorded meanwhile
    with pytest.raises(ValidationError, match="review the list again"):
        payment_day.approve_payment_day(session, season["coop"].id, reviewed)
    session.expire_all()
    assert session.scalar(select(Delivery).where(Delivery.paid_on.is_not(None))) is None


@pytest.mark.parametrize("up_to, paid_on, message", [
    (D3, D2, "before they are made"),
    (D1, date.today() + timedelta(days=1), "cannot be in the future"),
])
def test_wrong_dates_are_refused(session, season, up_to, paid_on, message):
    with pytest.raises(ValidationError, match=message):
        payment_day.payment_list(session, season["coop"].id, up_to, paid_on)


def test_the_list_to_sign_and_the_transfer_workbook_from_the_command_line(
        season, tmp_path, capsys):
    out, book = tmp_path / "pagos.pdf", tmp_path / "pagos.xlsx"
    code = main(["print", "payment-list", "--db", season["db"], "--cooperative",
                 season["coop"].name.upper(), "--to", D2.isoformat(), "--paid-on",
                 D3.isoformat(), "--lang", "es", "--out", str(out), "--workbook", str(book)])
    assert code == 0 and "2" in capsys.readouterr().out
    text = PdfReader(str(out)).pages[0].extract_text()
    for expected in ("Planilla de pagos", "Firma o huella", season["first"].member_code,
                     "S/ 1,774.50", "=HYPERLINK"):
        assert expected in text, expected
    sheet = openpyxl.load_workbook(book).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Código de socio", "Socio(a)", "Entregas")
    assert rows[1][0] == season["first"].member_code and rows[1][-1] == 1500
    name = rows[2][1]
    assert name.startswith("=HYPERLINK") and sheet.cell(3, 2).data_type == "s"  # text


@pytest.mark.parametrize("cooperative_name, up_to, name, message", [
    ("Nadie", "2026-06-10", "pagos.pdf", "No se encontró Cooperativa «Nadie»"),
    (None, "20/06/2026", "pagos.pdf", "AAAA-MM-DD"),
    (None, "2026-06-10", "pagos.txt", "debe terminar en .pdf"),
])
def test_bad_options_get_one_line_and_no_file(season, tmp_path, capsys, cooperative_name,
                                              up_to, name, message):
    out = tmp_path / name
    code = main(["--lang", "es", "print", "payment-list", "--db", season["db"],
                 "--cooperative", cooperative_name or season["coop"].name, "--to", up_to,
                 "--out", str(out)])
    assert code != 0 and not out.exists()
    assert not [p for p in tmp_path.iterdir() if "pagos" in p.name]  # no part file either
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_advances_are_kept_back_and_recorded_with_the_payment(session, season):
    from desktop.services.cooperative.deductions import deductions_on
    from desktop.services.cooperative.statement import member_account
    from tests.services.cooperative.test_advances import give

    give(session, season["first"], amount="2000", rule="next_payment", day=D1)  # over the pay
    give(session, season["second"], amount="100", rule="share", share="10", day=D1)
    data = payment_day.payment_list(session, season["coop"].id, D2, paid_on=D3)
    by_code = {line.member_code: line for line in data.lines}
    first, second = by_code[season["first"].member_code], by_code[season["second"].member_code]
    assert (first.gross_pen, first.deductions_pen, first.net_pen) == (
        Decimal("1500.00"), Decimal("1500.00"), Decimal("0.00"))  # never more than the pay
    assert (second.deductions_pen, second.net_pen) == (Decimal("27.45"), Decimal("247.05"))
    assert data.net_pen == data.gross_pen - data.deductions_pen
    payment_day.approve_payment_day(session, season["coop"].id, data)
    assert sum(d.amount_pen for d in deductions_on(session, season["first"].id, D3)) == 1500
    account = member_account(session, season["first"].id)
    assert account.closing == Decimal("200.00") - Decimal("500.00")  # July's S/ 200 less the
    # S/ 500 of the advance still owed

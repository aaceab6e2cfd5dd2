"""A member's statement: deliveries credited, payments debited, the balance brought forward
and the running balance, voided receipts left out (issue 16 item 6); and the same from the
command line, read back from the PDF."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.services import cooperative, people
from desktop.services.cooperative.statement import member_by_code, member_statement
from desktop.services.errors import NotFound, ValidationError
from desktop.services.people import Actor, PermissionDenied
from tests.services.cooperative.builders import deliver, make_cooperative, make_member, make_plot

D1, D2, D3 = date(2026, 5, 4), date(2026, 6, 10), date(2026, 7, 20)


@pytest.fixture
def season(database, session, family):
    coop = make_cooperative(session)
    plot = make_plot(session, family)
    member = make_member(session, coop, family)
    early = deliver(session, coop, member, plot, delivered_on=D1.isoformat(),
                    gross_kg="100.45", tare_kg="0.45", price_per_kg_pen="9")  # S/ 900
    middle = deliver(session, coop, member, plot, delivered_on=D2.isoformat(),
                     gross_kg="50", tare_kg="0", price_per_kg_pen="10")  # S/ 500
    late = deliver(session, coop, member, plot, delivered_on=D3.isoformat(),
                   gross_kg="20", tare_kg="0", price_per_kg_pen="10")  # S/ 200
    voided = deliver(session, coop, member, plot, delivered_on=D2.isoformat(),
                     gross_kg="999", tare_kg="0", price_per_kg_pen="10")
    cooperative.void_delivery(session, voided.id, "Pesado dos veces")
    cooperative.mark_paid(session, [early.id], paid_on=D1 + timedelta(days=5))
    cooperative.mark_paid(session, [middle.id], paid_on=D3 + timedelta(days=1))
    return {"member": member, "early": early, "middle": middle, "late": late,
            "db": str(database.path)}


def test_the_whole_season(session, season):
    statement = member_statement(session, season["member"].id)
    kinds = [(m.day, m.kind, m.credit, m.debit, m.balance) for m in statement.movements]
    assert kinds == [
        (D1, "delivery", Decimal("900.00"), 0, Decimal("900.00")),
        (D1 + timedelta(days=5), "payment", 0, Decimal("900.00"), Decimal("0.00")),
        (D2, "delivery", Decimal("500.00"), 0, Decimal("500.00")),
        (D3, "delivery", Decimal("200.00"), 0, Decimal("700.00")),
        (D3 + timedelta(days=1), "payment", 0, Decimal("500.00"), Decimal("200.00")),
    ]
    assert statement.opening == 0 and statement.closing == Decimal("200.00")
    assert statement.delivered_kg == Decimal("170.00")  # the voided 999 kg are not there


def test_a_period_brings_its_balance_forward(session, season):
    statement = member_statement(session, season["member"].id, date(2026, 6, 1),
                                 date(2026, 7, 20))
    assert statement.opening == 0  # May's delivery was paid in May
    assert [m.day for m in statement.movements] == [D2, D3]
    assert statement.closing == Decimal("700.00")  # June's payment came on 21 July
    later = member_statement(session, season["member"].id, date(2026, 7, 21))
    assert later.opening == Decimal("700.00") and later.closing == Decimal("200.00")


def test_a_wrong_period_or_member_is_refused(session, season):
    with pytest.raises(ValidationError):
        member_statement(session, season["member"].id, date(2026, 8, 1), date(2026, 7, 1))
    with pytest.raises(NotFound):
        member_by_code(session, "M-9999")
    assert member_by_code(session, season["member"].member_code.lower()).id == \
        season["member"].id


def test_only_the_cooperative_reads_statements(database, season):
    with database.session() as session:
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    database.actor = Actor("Luz Oficina", "office")
    with database.session() as session, pytest.raises(PermissionDenied):
        member_statement(session, season["member"].id)


def test_print_statement_from_the_command_line(season, tmp_path, capsys):
    out = tmp_path / "estado.pdf"
    code = main(["print", "statement", "--db", season["db"], "--member",
                 season["member"].member_code, "--from", "2026-06-01", "--to", "2026-07-31",
                 "--lang", "es", "--out", str(out)])
    assert code == 0 and "estado.pdf" in capsys.readouterr().out
    text = PdfReader(str(out)).pages[0].extract_text()
    for expected in ("Estado de cuenta del socio", season["middle"].receipt_number,
                     "anterior", "Entrega", "Pago", "S/ 200.00"):
        assert expected in text, expected
    assert season["early"].receipt_number not in text


@pytest.mark.parametrize("extra, message", [
    (["--from", "31/12/2026"], "AAAA-MM-DD"),
    (["--from", "2026-08-01", "--to", "2026-07-01"], "termina antes"),
])
def test_bad_dates_get_one_line_and_no_file(season, tmp_path, capsys, extra, message):
    out = tmp_path / "estado.pdf"
    code = main(["--lang", "es", "print", "statement", "--db", season["db"], "--member",
                 season["member"].member_code, "--out", str(out), *extra])
    assert code != 0 and not out.exists()
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err

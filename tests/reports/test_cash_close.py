"""The daily cash close printed on A4 (issue 16 item 7), read back from the PDF, and its
command: `print cash-close --db DB --cooperative NAME --date DATE --out FILE.pdf`."""

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.reports.cash_close import write_cash_close
from desktop.services import cooperative
from desktop.services.cooperative.daily_close import close_day, daily_close
from tests.services.cooperative.builders import (
    DAY, deliver, make_cooperative, make_member, make_plot,
)


@pytest.fixture
def day(database, session, family):
    coop = make_cooperative(session)
    plot = make_plot(session, family)
    member = make_member(session, coop, family)
    first = deliver(session, coop, member, plot, gross_kg="100", tare_kg="0",
                    price_per_kg_pen="10")
    wrong = deliver(session, coop, member, plot, gross_kg="999", tare_kg="0")
    cooperative.void_delivery(session, wrong.id, "Pesado dos veces")
    last = deliver(session, coop, member, plot, gross_kg="20", tare_kg="0", product="cherry",
                   price_per_kg_pen="2.5")
    cooperative.mark_paid(session, [first.id], paid_on=DAY)
    return {"coop": coop, "first": first, "wrong": wrong, "last": last,
            "db": str(database.path)}


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_printed_close_in_both_languages(session, day, tmp_path):
    close_day(session, day["coop"].id, DAY)
    data = daily_close(session, day["coop"].id, DAY)
    spanish = text_of(write_cash_close(data, tmp_path / "cierre.pdf", "es"))
    for expected in ("Cierre de caja del día", day["coop"].name, "Cerrado por",
                     day["first"].receipt_number, day["last"].receipt_number,
                     day["wrong"].receipt_number, "Pesado dos veces", "Pergamino seco",
                     "Café cerezo", "S/ 1,000.00", "Efectivo pagado", "Adelantos entregados",
                     "Firma del gerente"):
        assert expected in spanish, expected
    english = text_of(write_cash_close(data, tmp_path / "close.pdf", "en"))
    for expected in ("Daily cash close", "Receipts issued: 3", "Voided: 1", "Dry parchment",
                     "Cash paid", "Advances given", "None this day.",
                     "Signature of the manager"):
        assert expected in english, expected
    assert not list(tmp_path.glob("*.part"))


def test_print_cash_close_from_the_command_line(day, tmp_path, capsys):
    out = tmp_path / "cierre.pdf"
    code = main(["print", "cash-close", "--db", day["db"], "--cooperative",
                 day["coop"].name.upper(), "--date", DAY.isoformat(), "--lang", "en",
                 "--out", str(out)])
    assert code == 0 and "cierre.pdf" in capsys.readouterr().out
    text = text_of(out)
    assert "Not closed yet" in text and day["first"].receipt_number in text


@pytest.mark.parametrize("extra, message", [
    (["--cooperative", "Cooperativa Inexistente", "--date", DAY.isoformat()],
     "Cooperativa Inexistente"),
    (["--cooperative", "Cooperativa Agraria Café Bosque de Alto Mayo", "--date", "28/11/2026"],
     "AAAA-MM-DD"),
])
def test_a_bad_cooperative_or_date_gets_one_line_and_no_file(day, tmp_path, capsys, extra,
                                                             message):
    out = tmp_path / "cierre.pdf"
    code = main(["--lang", "es", "print", "cash-close", "--db", day["db"], "--out", str(out),
                 *extra])
    assert code != 0 and not out.exists() and not list(tmp_path.glob("*.part"))
    err = capsys.readouterr().err.strip()
    assert message in err and "Traceback" not in err and len(err.splitlines()) == 1

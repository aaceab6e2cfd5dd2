"""Importing advances (issue 16 item 9): members found by code or family, all or nothing with
line-numbered translated errors, hostile text kept as text, the file imported again updates,
and the template and command line like the other kinds."""

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop.cli import main
from desktop.db.advance import Advance
from desktop.services import cooperative
from desktop.services.imports import import_file
from tests.services.cooperative.builders import make_cooperative, make_member
from tests.services.imports.helpers import write_csv, write_xlsx

HEADER = "cooperativa;codigo_socio;codigo_familia;fecha;tipo;descripcion;monto;descuento;" \
         "porcentaje;notas\n"
COOP = "Cooperativa Agraria Café Bosque de Alto Mayo"


@pytest.fixture
def member(session, family):
    return make_member(session, make_cooperative(session), family)


def count(database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(Advance))


def test_advances_are_imported_then_updated_not_duplicated(database, member, tmp_path):
    text = HEADER + (
        f"{COOP};M-0001;;04/05/2026;En especie;2 sacos de fertilizante;250,50;"
        "Todo en el próximo pago;;Campaña 2026\n"
        f"coop{COOP[4:].lower()};;F-000001;2026-05-06;efectivo;=cmd;100;porcentaje;25;\n")
    result = import_file(database, "advances", write_csv(tmp_path / "a.csv", text))
    assert result.ok, [e.line("en") for e in result.errors]
    assert result.counts()["advance"] == {"create": 2, "update": 0, "unchanged": 0}
    with database.session() as s:
        rows = cooperative.member_advances(s, member.id)
    assert [(r.kind, r.description, r.amount_pen, r.rule, r.share_pct) for r in rows] == [
        ("in_kind", "2 sacos de fertilizante", Decimal("250.50"), "next_payment", None),
        ("cash", "=cmd", Decimal("100.00"), "share", Decimal("25.00"))]  # text, not a formula
    again = import_file(database, "advances", write_csv(
        tmp_path / "b.csv", text.replace(";25;", ";30;")))
    assert again.counts()["advance"] == {"create": 0, "update": 1, "unchanged": 1}
    assert count(database) == 2


def test_one_bad_line_writes_nothing_and_every_error_has_its_row(database, member, tmp_path):
    text = HEADER + (
        f"{COOP};M-0001;;04/05/2026;efectivo;Adelanto;100;próximo pago;;\n"
        f"{COOP};M-0999;;04/05/2026;efectivo;Adelanto;0;próximo pago;;\n"
        f"Sin Registro;M-0001;;04/05/2026;trueque;../x;50;porcentaje;;\n"
        f"{COOP};;;04/05/2026;efectivo;Otro;50;próximo pago;20;\n")
    result = import_file(database, "advances", write_csv(tmp_path / "bad.csv", text))
    reasons = {(e.row, e.column): e.reason("en") for e in result.errors}
    assert reasons[(3, "codigo_socio")] == \
        f"{COOP} has no member M-0999."
    assert reasons[(3, "monto")] == "The amount must be greater than S/ 0."
    assert reasons[(4, "cooperativa")] == "Cooperative “Sin Registro” is not registered."
    assert (4, "tipo") in reasons
    assert reasons[(4, "porcentaje")] == \
        "Give the share of each payment that repays the advance."
    assert reasons[(5, "codigo_socio")] == "Give the member code or the family code."
    assert reasons[(5, "porcentaje")].startswith("A share is only for")
    assert not result.written and count(database) == 0  # row 2 was good: not written either
    lines = [e.line("es") for e in result.errors]
    assert "Fila 3, columna “monto”: El monto debe ser mayor que S/ 0." in lines


def test_a_formula_cell_is_refused(database, member, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [
        ["cooperativa", "codigo_socio", "fecha", "tipo", "descripcion", "monto", "descuento"],
        [COOP, "M-0001", "04/05/2026", "efectivo", "=HYPERLINK(\"http://x\")", 10,
         "próximo pago"]])
    result = import_file(database, "advances", path)
    assert [(e.row, e.column) for e in result.errors] == [(2, "descripcion")]
    assert count(database) == 0


@pytest.mark.parametrize("lang, header", [("es", "descripcion"), ("en", "description")])
def test_the_template_and_the_command_line(database, member, tmp_path, capsys, lang, header):
    out = tmp_path / f"plantilla-{lang}.xlsx"
    assert main(["export", "template", "advances", "--lang", lang, "--out", str(out)]) == 0
    sheet = load_workbook(out).worksheets[0]
    headers = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header in headers and len(headers) == 10
    sheet.append([COOP, "M-0001", None, "2026-05-04", "cash" if lang == "en" else "efectivo",
                  "Herramientas", 80, "todo", None, None][:len(headers)])
    sheet.parent.save(out)
    code = main(["import", "advances", str(out), "--db", str(database.path)])
    assert code == 0, capsys.readouterr()
    assert count(database) == 1
    bad = write_csv(tmp_path / "bad.csv", HEADER + f"{COOP};M-0001;;mañana;x;;;;;\n")
    assert main(["--lang", "es", "import", "advances", str(bad), "--db",
                 str(database.path)]) == 2
    err = capsys.readouterr()
    assert "Fila 2" in err.out + err.err and "Traceback" not in err.err
    assert count(database) == 1

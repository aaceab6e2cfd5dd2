"""Hostile spreadsheets get one clear error and write nothing; what comes from them is
written back (in FILE.errors.xlsx) as text, never as a formula (issue 11)."""

import zipfile

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from tests.services.imports.helpers import counts, write_csv, write_xlsx

HEADER = ["codigo_familia", "comunidad", "nombres", "apellidos", "dni", "sexo",
          "fecha_nacimiento", "parentesco"]
GOOD = ["AC-01", "Aguas Claras", "José", "Núñez Pérez", "01234567", "M", "1980-05-04", "jefe"]


def run(database, path, lang="en"):
    return main(["--lang", lang, "import", "families", str(path), "--db", str(database.path)])


def errors_of(path):
    book = load_workbook(path.with_name(path.stem + ".errors.xlsx"))
    sheet = book.worksheets[0]
    return [[c.value for c in row] for row in sheet.iter_rows(min_row=2)], sheet


def test_a_formula_cell_is_refused_not_imported_as_its_cached_result(database, tmp_path,
                                                                     capsys):
    path = write_xlsx(tmp_path / "f.xlsx", [HEADER, [*GOOD[:2], "=1+1", *GOOD[3:]]])
    before = counts(database)
    assert run(database, path, "es") == 2
    rows, _ = errors_of(path)
    assert any("fórmula" in str(r[2]) and "pegue solo valores" in str(r[2]) for r in rows)
    assert counts(database) == before


@pytest.mark.parametrize("bad", ["\x0b", "\x00", "\x1b"])
def test_control_characters_in_a_csv_cell_are_refused(database, tmp_path, bad, capsys):
    text = ";".join(HEADER) + "\n" + ";".join([*GOOD[:2], f"Jo{bad}sé", *GOOD[3:]]) + "\n"
    path = write_csv(tmp_path / "c.csv", text)
    before = counts(database)
    assert run(database, path) == 2
    rows, _ = errors_of(path)
    assert any("control character" in str(r[2]) for r in rows)
    assert counts(database) == before


def test_a_utf16_csv_with_its_byte_order_mark_is_read(database, tmp_path, capsys):
    text = ";".join(HEADER) + "\n" + ";".join(GOOD) + "\n"
    path = write_csv(tmp_path / "u.csv", "\ufeff" + text, encoding="utf-16-le")
    assert run(database, path) == 0, capsys.readouterr().err
    assert counts(database)["Person"] == 1


def test_a_binary_file_named_csv_gets_one_line_and_exit_2(database, tmp_path, capsys):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert run(database, path) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a text spreadsheet" in err


def test_malformed_xml_inside_an_xlsx_gets_one_line_and_exit_2(database, tmp_path, capsys):
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER, GOOD])
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<t>Jos", b"<t>&#0;Jos", 1)
            target.writestr(item, data)
    before = counts(database)
    assert run(database, bad) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read as an Excel workbook" in err
    assert run(database, bad, "es") == 2  # in the user's language, like every message
    assert "no se puede leer como libro de Excel" in capsys.readouterr().err
    assert "Traceback" not in err
    assert counts(database) == before


def test_a_hostile_header_and_sheet_are_written_as_text_in_the_error_report(database,
                                                                           tmp_path, capsys):
    hostile = '=HYPERLINK("http://evil.example","click")'
    path = write_csv(tmp_path / "h.csv", "\t".join([*HEADER, hostile]) + "\n"
                     + "\t".join([*GOOD, "x"]) + "\n")
    assert run(database, path) == 2
    rows, sheet = errors_of(path)
    cells = [c for row in sheet.iter_rows() for c in row if c.value == hostile]
    assert cells and all(c.data_type == "s" for c in cells)

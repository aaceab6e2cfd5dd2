"""Reading offices' spreadsheets: row numbers as Excel shows them, real dates and numbers from
.xlsx, CSV in UTF-8 or Windows-1252 with comma or semicolon, the header row found anywhere."""

from datetime import datetime

import pytest
from openpyxl import Workbook

from desktop.services.errors import ValidationError
from desktop.services.imports.reader import (
    decode,
    find_header,
    read_workbook,
    records,
    sniff_delimiter,
)

KNOWN = {"dni", "nombres", "fecha"}


def is_known(text):
    return text.strip().lower() in KNOWN


def test_xlsx_keeps_row_numbers_dates_and_numbers(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Familias"
    ws["A1"] = "Padrón de familias 2024"  # a title above the header
    ws.append([])
    ws.append(["  Nombres ", "DNI", "Fecha", None])
    ws.append(["José", 1234567, datetime(1980, 5, 4), None])
    ws.append([None, None, None, None])  # a blank line in the middle
    ws.append(["  María\u00a0", "01234567", "04/05/1980", None])
    ws.append([])
    ws.append([None, None, None, None])  # empty rows at the end
    other = wb.create_sheet("Parcelas")
    other["B2"] = "x"
    path = tmp_path / "f.xlsx"
    wb.save(path)

    sheets = read_workbook(path)
    assert [s.name for s in sheets] == ["Familias", "Parcelas"]
    main = sheets[0]
    assert [n for n, _ in main.rows] == [1, 3, 4, 6]
    index = find_header(main, is_known)
    table = records(main, index)
    assert table.header_row == 3 and table.headers[:3] == ["Nombres", "DNI", "Fecha"]
    assert table.rows == [
        (4, {"Nombres": "José", "DNI": 1234567, "Fecha": datetime(1980, 5, 4)}),
        (6, {"Nombres": "María", "DNI": "01234567", "Fecha": "04/05/1980"}),
    ]
    assert sheets[1].rows == [(2, [None, "x"])]


def test_csv_utf8_with_bom_and_commas(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("\ufeffnombres,dni\r\nJosé Núñez,01234567\r\n,\r\n".encode("utf-8"))
    sheet = read_workbook(path)[0]
    table = records(sheet, find_header(sheet, is_known))
    assert table.headers == ["nombres", "dni"]  # the byte-order mark is not in the header
    assert table.rows == [(2, {"nombres": "José Núñez", "dni": "01234567"})]


def test_csv_windows_1252_with_semicolons(tmp_path):
    path = tmp_path / "b.csv"
    path.write_bytes("Nombres;DNI;Fecha\nNúñez; 1234567 ;3/2/2024\nPeña;;\n".encode("cp1252"))
    assert b"N\xfa\xf1ez" in path.read_bytes()
    sheet = read_workbook(path)[0]
    table = records(sheet, find_header(sheet, is_known))
    assert table.rows == [(2, {"Nombres": "Núñez", "DNI": "1234567", "Fecha": "3/2/2024"}),
                          (3, {"Nombres": "Peña"})]


def test_csv_row_numbers_follow_lines_with_quoted_line_breaks(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('dni;nombres\n"01234567";"José\nMaría"\n\n87654321;Ana\n', encoding="utf-8")
    sheet = read_workbook(path)[0]
    table = records(sheet, find_header(sheet, is_known))
    assert [n for n, _ in table.rows] == [2, 5]
    assert table.rows[0][1]["nombres"] == "José\nMaría"


def test_repeated_headers_and_values_without_header_are_kept(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("dni,dni,nombres,\n1,2,Ana,extra\n", encoding="utf-8")
    sheet = read_workbook(path)[0]
    table = records(sheet, find_header(sheet, is_known))
    assert table.headers == ["dni", "dni #2", "nombres", ""]
    assert table.rows == [(2, {"dni": "1", "dni #2": "2", "nombres": "Ana"})]
    assert table.headerless == [4]


def test_decoding_and_sniffing():
    assert decode("Núñez".encode("cp1252")) == "Núñez"
    assert decode("\ufeffNúñez".encode("utf-8")) == "Núñez"
    assert sniff_delimiter("a;b;c\n1;2,5;3\n") == ";"
    assert sniff_delimiter("a,b,c\n1,2,3\n") == ","
    assert sniff_delimiter("solo\n") in (",", ";", "\t")


def test_no_header_found_and_wrong_files(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert find_header(read_workbook(path)[0], is_known) is None
    with pytest.raises(ValidationError, match="not a spreadsheet"):
        read_workbook(tmp_path / "notes.docx")
    with pytest.raises(ValidationError, match="There is no file"):
        read_workbook(tmp_path / "missing.csv")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="cannot be read as an Excel workbook"):
        read_workbook(broken)

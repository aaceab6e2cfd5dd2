"""The plain workbook writer (the errors report's): read back with openpyxl, text stays text."""

import zipfile
from decimal import Decimal

from openpyxl import load_workbook

from desktop.reports.plain_workbook import PlainSheet, write_plain_workbook


def test_rows_come_back_as_written_and_text_is_never_a_formula(tmp_path):
    hostile = ['=HYPERLINK("http://evil.example","click")', "+1", "-2", "@SUM(A1)",
               "a < b & c > d", "  spaced  ", "Jo\x0bsé\x00", "Núñez “ñ”"]
    rows = [[n, text, Decimal("2.50"), None, n % 2 == 0] for n, text in enumerate(hostile)]
    path = tmp_path / "plain.xlsx"
    write_plain_workbook(path, [
        PlainSheet("Errores & <notas>", ["Fila", "Texto", "Monto", "Vacío", "Sí"],
                   [8, 30, 10, 10, 6], iter(rows), wrap={1}),
        PlainSheet("Notas", ["Fila"], [8], []),
    ])
    book = load_workbook(path)
    assert book.sheetnames == ["Errores & <notas>", "Notas"]
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == ["Fila", "Texto", "Monto", "Vacío", "Sí"]
    assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb == "FF2E6B3F"
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["B"].width == 30
    back = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    expected = [t.replace("\x0b", "").replace("\x00", "") for t in hostile]
    assert [r[1] for r in back] == expected
    assert all(sheet.cell(row=n, column=2).data_type == "s" for n in range(2, len(rows) + 2))
    assert [r[0] for r in back] == list(range(len(rows)))
    assert back[0][2] == 2.5 and back[0][3] is None and back[0][4] is True
    assert sheet["B2"].alignment.wrap_text and not sheet["A2"].alignment.wrap_text
    assert book.worksheets[1].max_row == 1
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()


def test_many_rows_stream_in_chunks(tmp_path):
    path = tmp_path / "big.xlsx"
    write_plain_workbook(path, [PlainSheet("S", ["n", "t"], [8, 8],
                                           ((n, f"t{n}") for n in range(2500)))])
    sheet = load_workbook(path, read_only=True).worksheets[0]
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(values) == 2500 and values[-1] == (2499, "t2499")

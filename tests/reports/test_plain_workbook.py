"""The plain workbook writer (the errors report's): read back with openpyxl, text stays text."""

import re
import shutil
import subprocess
import zipfile
from decimal import Decimal
from xml.sax.saxutils import unescape

import pytest
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


def test_formats_dates_tables_print_setup_and_notes(tmp_path):
    from datetime import date, datetime

    from desktop.reports.plain_workbook import Formatted, Page

    path = tmp_path / "f.xlsx"
    rows = [["A & B", date(2026, 1, 5), Decimal("1234.5"), Formatted(Decimal("12.5"), "0.0")],
            ["=1+1", datetime(2026, 1, 5, 12, 0), None, 3]]
    write_plain_workbook(path, [
        PlainSheet("Datos", ["Nombre", "Fecha", "Monto", "Nombre"], [20, 12, 12, 10], iter(rows),
                   formats=[None, "dd/mm/yyyy", '"S/ "#,##0.00'], table="t_Datos",
                   page=Page(landscape=True, header=("Programa & Co\nOficina", "Datos", "Todo"),
                             footer="Página {page} de {pages}"),
                   notes=[(None, "Periodo", "todas las fechas")]),
        PlainSheet("Vacía", ["Uno"], [8], [], table="t_Vacia")])
    book = load_workbook(path)
    sheet = book["Datos"]
    assert sheet["A2"].value == "A & B" and sheet["A3"].data_type == "s"
    assert sheet["B2"].value == datetime(2026, 1, 5) and sheet["B2"].number_format == "dd/mm/yyyy"
    assert sheet["B3"].value == datetime(2026, 1, 5, 12, 0)
    assert sheet["C2"].value == 1234.5 and sheet["C2"].number_format == '"S/ "#,##0.00'
    assert sheet["D2"].value == 12.5 and sheet["D2"].number_format == "0.0"
    assert sheet["D3"].number_format == "General"
    assert sheet["B5"].value == "Periodo" and sheet["C5"].value == "todas las fechas"
    table = sheet.tables["t_Datos"]
    assert table.ref == "A1:D3"  # the notes are not part of it
    assert [c.name for c in table.tableColumns] == ["Nombre", "Fecha", "Monto", "Nombre 2"]
    assert sheet["A1"].font.b and sheet["D1"].value == "Nombre 2"  # as the table's column
    assert book["Vacía"].tables["t_Vacia"].ref == "A1:A2"  # Excel wants a row in a table
    setup = sheet.page_setup
    assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9)
    assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.oddHeader.left.text == "Programa && Co\nOficina"
    assert sheet.oddFooter.center.text == "Página &P de &N"
    assert book["Vacía"].print_title_rows is None


def test_what_xml_cannot_hold_goes_and_the_rows_after_it_stay(tmp_path):
    """U+FFFE, U+FFFF, half a surrogate pair and control characters are no XML: a reader
    stops at the first one (LibreOffice drops the rest of the sheet without a word)."""
    texts = ["a\ufffeb", "c\uffffd", "e\ud800f", "g\x01h", "\x02", "after"]
    path = tmp_path / "x.xlsx"
    write_plain_workbook(path, [PlainSheet("S", ["t"], [8], ([t] for t in texts))])
    values = [r[0] for r in load_workbook(path).worksheets[0].iter_rows(min_row=2,
                                                                        values_only=True)]
    assert values == ["ab", "cd", "ef", "gh", None, "after"]


def test_a_number_that_is_not_finite_is_written_as_text(tmp_path):
    from desktop.reports.plain_workbook import Formatted

    path = tmp_path / "n.xlsx"
    rows = [[Decimal("NaN"), float("inf"), Formatted(Decimal("-Infinity"), "0.0"), 10**20,
             1.5e-7]]
    write_plain_workbook(path, [PlainSheet("S", ["a", "b", "c", "d", "e"], [8] * 5, rows)])
    (values,) = load_workbook(path).worksheets[0].iter_rows(min_row=2, values_only=True)
    assert values == ("NaN", "inf", "-Infinity", 10**20, 1.5e-7)


def test_sheet_names_are_made_names_excel_takes(tmp_path):
    from desktop.reports.plain_workbook import Page, sheet_names

    assert sheet_names(["a/b:c*d?e[f]g\\h", "x" * 40, "'quoted'", "", "History", "Datos",
                        "DATOS"]) == ["a_b_c_d_e_f_g_h", "x" * 31, "quoted", "Sheet4",
                                      "History_", "Datos", "DATOS (2)"]
    path = tmp_path / "s.xlsx"
    write_plain_workbook(path, [PlainSheet(name, ["n"], [8], [[1]], page=Page())
                                for name in ("Año: 2026/27", "año: 2026/27")])
    book = load_workbook(path)
    assert book.sheetnames == ["Año_ 2026_27", "año_ 2026_27 (2)"]
    assert [s.print_title_rows for s in book.worksheets] == ["$1:$1", "$1:$1"]


def test_no_empty_element_the_schema_forbids(tmp_path):
    path = tmp_path / "e.xlsx"
    write_plain_workbook(path, [PlainSheet("S", ["n"], [], [[1]])])
    with zipfile.ZipFile(path) as z:
        sheet, styles = z.read("xl/worksheets/sheet1.xml"), z.read("xl/styles.xml")
    assert b"<cols>" not in sheet and b"<numFmts" not in styles
    assert load_workbook(path).worksheets[0]["A2"].value == 1


def test_a_long_page_header_is_cut_to_what_excel_takes(tmp_path):
    from desktop.reports.plain_workbook import Page

    path = tmp_path / "h.xlsx"
    page = Page(header=("P" * 80 + "\n" + "O" * 80, "T" * 80, "R" * 80), footer="{page}")
    write_plain_workbook(path, [PlainSheet("S", ["n"], [8], [[1]], page=page)])
    with zipfile.ZipFile(path) as z:
        header = unescape(re.search(r"<oddHeader>(.*)</oddHeader>",
                                    z.read("xl/worksheets/sheet1.xml").decode(), re.S).group(1))
    assert len(header) <= 255 and "&C&B" + "T" * 80 in header and header.endswith("R" * 80)
    assert "T" * 80 in load_workbook(path).worksheets[0].oddHeader.center.text


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_reads_every_row_and_prints_the_workbook(tmp_path):
    """LibreOffice opens the file as written (tables, print titles, page set-up, hostile
    text) and reads every row of it back; it prints it to a PDF."""
    from datetime import date

    from desktop.reports.plain_workbook import Page

    rows = [["=1+1", date(2026, 1, 5), Decimal("12.50"), "a\ufffeb"],
            ["x & <y>", None, Decimal("NaN"), "last"]]
    path = tmp_path / "lo.xlsx"
    write_plain_workbook(path, [
        PlainSheet("Datos: 1/2", ["Texto", "Fecha", "Monto", "Texto"], [20, 12, 12, 10], rows,
                   formats=[None, "yyyy-mm-dd", "0.00"], table="t_Datos",
                   page=Page(header=("P & Co", "Datos", "Todo"), footer="{page}/{pages}"))])
    profile = (tmp_path / "profile").as_uri()
    for target in ("csv:Text - txt - csv (StarCalc):44,34,76,1", "pdf"):
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", target, "--outdir", str(tmp_path), str(path)],
                       check=True, capture_output=True, timeout=300)
    lines = (tmp_path / "lo.csv").read_text(encoding="utf-8").splitlines()
    assert lines == ['"Texto","Fecha","Monto","Texto 2"', '"=1+1",2026-01-05,12.50,"ab"',
                     '"x & <y>",,"NaN","last"']
    assert (tmp_path / "lo.pdf").read_bytes()[:5] == b"%PDF-"


def test_rows_of_any_length_keep_their_cells_in_their_columns(tmp_path):
    """Rows as long as the header go through the sheet's own row function, the others through
    the general one: both put each value in its column (a value past the last one is left)."""
    from datetime import date, datetime

    path = tmp_path / "lengths.xlsx"
    rows = [("a",), ("b", 2, date(2026, 1, 5), "extra"), ("c", None, date(2026, 1, 6)),
            (" d", Decimal("1.50"), None), (), ("e",)]
    write_plain_workbook(path, [PlainSheet("S", ["t", "n", "d"], [8, 8, 12], iter(rows),
                                           formats=[None, "0.00", "yyyy-mm-dd"])])
    sheet = load_workbook(path).worksheets[0]
    back = [[c.value for c in row] for row in sheet.iter_rows(min_row=2, max_col=4)]
    assert [r[:3] for r in back] == [
        ["a", None, None], ["b", 2, datetime(2026, 1, 5)], ["c", None, datetime(2026, 1, 6)],
        [" d", 1.5, None], [None, None, None], ["e", None, None]]
    assert all(r[3] is None for r in back)


def test_notes_with_styles_heights_and_page_breaks_and_the_first_sheet_selected(tmp_path):
    """A `Note` row: its style on its text (a Formatted value keeps its number format), its
    height, a page break before it; the first sheet is the active and only selected tab."""
    from desktop.reports.plain_sheet import (
        BOLD, NOTE_HEADER, NOTE_HEADER_RIGHT, TITLE, Formatted, Note, Page,
    )

    notes = [(None, "plain", Formatted(Decimal("2.5"), "0.00")),
             Note(("Title",), TITLE, 20, new_page=True),
             Note((None, "Name", "Kg"), (0, NOTE_HEADER, NOTE_HEADER_RIGHT), 30),
             Note((None, "Total", Formatted(Decimal("7.25"), "#,##0.0")), BOLD)]
    path = tmp_path / "notes.xlsx"
    page = Page(footer="{page}")
    write_plain_workbook(path, [
        PlainSheet("First", ["a", "b", "c"], [8, 8, 8], [[1, 2, 3]], notes=notes, page=page),
        PlainSheet("Second", ["a"], [8], [[1]], page=page)])
    book = load_workbook(path)
    first, second = book.worksheets
    assert book.active is first
    assert first.sheet_view.tabSelected and not second.sheet_view.tabSelected
    assert [first.cell(4, n).value for n in (2, 3)] == ["plain", 2.5]
    assert first["A5"].value == "Title" and first["A5"].font.b and first["A5"].font.sz == 13
    assert first.row_dimensions[5].height == 20 and first.row_dimensions[6].height == 30
    assert [b.id for b in first.row_breaks.brk] == [4]  # the title starts a page
    assert not second.row_breaks.brk
    name, kg = first["B6"], first["C6"]
    assert name.fill.fgColor.rgb == kg.fill.fgColor.rgb == "FF2E6B3F" and name.font.b
    assert name.alignment.wrap_text and kg.alignment.horizontal == "right"
    assert first["A6"].value is None
    assert first["B7"].font.b and first["C7"].value == 7.25
    assert first["C7"].number_format == "#,##0.0" and not first["C7"].font.b

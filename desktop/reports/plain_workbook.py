"""Plain workbooks written fast: per sheet a header row and rows of numbers and text.

openpyxl makes a cell object of every value and writes each one through lxml: about 0.12 ms
for a row of four cells, 75 s for the 600,000 problems of a 300,000-row import. A sheet that
is only a styled header and rows of plain values (the errors report) needs none of that: its
XML is written here directly, a thousand rows at a time, into the zip file, so time and
memory stay linear in the rows (about 5 s for those 600,000).

Text is always an inline string — never a formula, whatever it starts with — without the
control characters a workbook cannot hold (`cells.clean_text`, as openpyxl's cells).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl.utils import get_column_letter

from desktop.reports.cells import clean_text

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: Cell styles (cellXfs): 0 plain, 1 the header (bold white on the programme's green),
#: 2 text that wraps.
HEADER, WRAP = 1, 2
STYLES = XML + f"""<styleSheet xmlns="{MAIN}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/>\
<color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill \
patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF2E6B3F"/>\
</patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
<alignment wrapText="1"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
ROWS_PER_WRITE = 1000


@dataclass
class PlainSheet:
    """A sheet: its name, header titles, column widths and rows (None, numbers or text)."""

    name: str
    titles: Sequence[str]
    widths: Sequence[float]
    rows: Iterable[Sequence]
    wrap: set[int] = field(default_factory=set)  # columns (0-based) whose text wraps


def _text(value: str) -> str:
    value = clean_text(value).translate(_ESCAPES)
    if value != value.strip():
        return f'<is><t xml:space="preserve">{value}</t></is>'
    return f"<is><t>{value}</t></is>"


def _row(number: int, values: Sequence, letters: list[str], styles: list[str]) -> str:
    cells = []
    for index, value in enumerate(values):
        if value is None or value == "":
            continue
        cell = f'r="{letters[index]}{number}"{styles[index]}'
        if isinstance(value, bool):
            cells.append(f'<c {cell} t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, (int, float, Decimal)):
            cells.append(f'<c {cell}><v>{value}</v></c>')
        else:
            cells.append(f'<c {cell} t="inlineStr">{_text(str(value))}</c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _write_sheet(out, sheet: PlainSheet) -> None:
    width = max(len(sheet.titles), len(sheet.widths))
    letters = [get_column_letter(n) for n in range(1, width + 1)]
    cols = "".join(f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>'
                   for n, w in enumerate(sheet.widths, start=1))
    out.write((XML + f'<worksheet xmlns="{MAIN}"><sheetViews><sheetView workbookViewId="0">'
               '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
               '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
               f'</sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
               '<sheetData>').encode())
    header_styles = [f' s="{HEADER}"'] * width
    out.write(_row(1, sheet.titles, letters, header_styles).encode())
    styles = [f' s="{WRAP}"' if n in sheet.wrap else "" for n in range(width)]
    chunk = []
    for number, values in enumerate(sheet.rows, start=2):
        chunk.append(_row(number, values, letters, styles))
        if len(chunk) >= ROWS_PER_WRITE:
            out.write("".join(chunk).encode("utf-8", "replace"))
            chunk = []
    out.write("".join(chunk).encode("utf-8", "replace"))
    out.write(b"</sheetData></worksheet>")


def _attribute(text: str) -> str:
    return clean_text(text).translate(_ESCAPES).replace('"', "&quot;")


def write_plain_workbook(path: Path | str, sheets: Sequence[PlainSheet]) -> None:
    """Write `sheets` as an .xlsx file at `path` (written in place: give a temporary name
    and rename, as desktop.files.write_atomically does)."""
    count = len(sheets)
    sheet_types = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, count + 1))
    content_types = XML + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        f'{sheet_types}</Types>')
    package_rels = XML + (
        f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
        f'Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = XML + (
        f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><bookViews><workbookView/>'
        '</bookViews><sheets>' + "".join(
            f'<sheet name="{_attribute(s.name)}" sheetId="{n}" r:id="rId{n}"/>'
            for n, s in enumerate(sheets, start=1)) + '</sheets></workbook>')
    workbook_rels = XML + (
        f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">' + "".join(
            f'<Relationship Id="rId{n}" Type="{RELATIONSHIPS}/worksheet" '
            f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
        + f'<Relationship Id="rId{count + 1}" Type="{RELATIONSHIPS}/styles" '
        'Target="styles.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
        book.writestr("[Content_Types].xml", content_types)
        book.writestr("_rels/.rels", package_rels)
        book.writestr("xl/workbook.xml", workbook)
        book.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        book.writestr("xl/styles.xml", STYLES)
        for n, sheet in enumerate(sheets, start=1):
            with book.open(f"xl/worksheets/sheet{n}.xml", "w") as out:
                _write_sheet(out, sheet)

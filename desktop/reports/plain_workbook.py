"""Plain workbooks written fast: the .xlsx package around sheets of plain rows.

A sheet's rows become XML in desktop.reports.plain_sheet; here they are put in the zip
package with what a workbook needs around them: the sheets' names as Excel takes them
(`sheet_names`), a table part per sheet that has one, print titles, and styles.xml with every
number format the sheets met. `PlainWorkbook` takes sheets by their place in any order, also
a sheet whose XML another process wrote to a file (desktop.reports.summary.parallel), so
the sheets of one workbook can be made side by side; `write_plain_workbook` writes a list.
The first sheet is the workbook's active and only selected tab: it is what opens, and what
Excel and LibreOffice print on Ctrl+P.

Checked against the readers: openpyxl reopens every file the tests write, and LibreOffice
converts one to CSV and PDF (tests/reports/test_plain_workbook.py). Left as it is: a
worksheet part over 2 GiB would need Zip64 (Excel stops at 1,048,576 rows long before that).
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl.utils import get_column_letter

from desktop.reports.plain_sheet import (
    FIRST_FORMAT_ID, FIRST_FORMAT_STYLE, MAIN, OFFICE, PACKAGE_RELATIONSHIPS, RELATIONSHIPS,
    REMOVED_ONLY, XML, Formatted, Note, Page, PlainSheet, Styles, attribute, unique_titles,
    write_sheet_xml,
)

#: Excel's limits for a sheet's name: 31 characters, none of these.
SHEET_NAME_LENGTH, SHEET_NAME_FORBIDDEN = 31, re.compile(r"[\[\]:*?/\\]")


def sheet_names(names: Sequence[str]) -> list[str]:
    """`names` as Excel takes them: none of []:*?/\\ (each becomes "_"), no apostrophe at
    either end, 31 characters at most, none empty or "History" (Excel keeps that name), no
    two alike in any case (a number is added)."""
    found: list[str] = []
    taken: set[str] = set()
    for position, raw in enumerate(names, start=1):
        base = SHEET_NAME_FORBIDDEN.sub("_", str(raw).translate(REMOVED_ONLY)).strip("'")
        base = base[:SHEET_NAME_LENGTH].strip("'") or f"Sheet{position}"
        if base.lower() == "history":
            base += "_"
        name, n = base, 2
        while name.lower() in taken:
            suffix = f" ({n})"
            name, n = base[:SHEET_NAME_LENGTH - len(suffix)] + suffix, n + 1
        taken.add(name.lower())
        found.append(name)
    return found


def _table(number: int, sheet: PlainSheet, rows: int) -> str:
    """The table over the header and `rows` rows (one empty row when there are none: Excel
    repairs a table without rows). Its column names are the header's (made unique)."""
    ref = f"A1:{get_column_letter(len(sheet.titles))}{max(rows, 1) + 1}"
    names = unique_titles(sheet.titles)
    columns = "".join(f'<tableColumn id="{n}" name="{attribute(name)}"/>'
                      for n, name in enumerate(names, start=1))
    return XML + (
        f'<table xmlns="{MAIN}" id="{number}" name="{sheet.table}" displayName="{sheet.table}" '
        f'ref="{ref}" totalsRowShown="0"><autoFilter ref="{ref}"/><tableColumns '
        f'count="{len(names)}">{columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" '
        'showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>'
        '</table>')


def _styles(formats: list[str]) -> str:
    numbers = "".join(f'<numFmt numFmtId="{FIRST_FORMAT_ID + n}" formatCode="{attribute(f)}"/>'
                      for n, f in enumerate(formats))
    xfs = "".join(f'<xf numFmtId="{FIRST_FORMAT_ID + n}" fontId="0" fillId="0" borderId="0" '
                  'xfId="0" applyNumberFormat="1"/>' for n in range(len(formats)))
    numbers = f'<numFmts count="{len(formats)}">{numbers}</numFmts>' if formats else ""
    return XML + f"""<styleSheet xmlns="{MAIN}">{numbers}<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/>\
<sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font><font><b/><sz val="11"/>\
<name val="Calibri"/></font><font><b/><sz val="13"/><name val="Calibri"/></font></fonts>\
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill \
patternType="gray125"/></fill><fill><patternFill \
patternType="solid"><fgColor rgb="FF2E6B3F"/></patternFill></fill></fills><borders count="1">\
<border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="{FIRST_FORMAT_STYLE + len(formats)}">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
<alignment wrapText="1"/></xf>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" \
applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" \
applyAlignment="1"><alignment horizontal="right" vertical="center" wrapText="1"/></xf>\
{xfs}</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def _workbook(sheets: Sequence[PlainSheet]) -> str:
    names = sheet_names([s.name for s in sheets])
    titles = "".join(
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{n}">'
        f"{attribute(chr(39) + name.replace(chr(39), chr(39) * 2) + chr(39))}!$1:$1"
        "</definedName>" for n, (s, name) in enumerate(zip(sheets, names)) if s.page)
    defined = f"<definedNames>{titles}</definedNames>" if titles else ""
    return XML + (
        f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><bookViews>'
        '<workbookView activeTab="0"/></bookViews><sheets>' + "".join(
            f'<sheet name="{attribute(name)}" sheetId="{n}" r:id="rId{n}"/>'
            for n, name in enumerate(names, start=1)) + f'</sheets>{defined}</workbook>')


class PlainWorkbook:
    """An .xlsx package being written: `write` a sheet (its rows streamed into the zip) or
    `add_written` one whose XML is already in a file, each by its place (1, 2, … in the
    workbook's order, given in any order, each once); `close` writes the parts that list
    them. Written in place: give a temporary name and rename, as
    desktop.files.write_atomically does."""

    def __init__(self, path: Path | str, registry: Styles | None = None):
        # Level 1: a third of level 6's time for a file about a fifth larger.
        self.book = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self.registry = registry if registry is not None else Styles()
        self.sheets: dict[int, PlainSheet] = {}

    def write(self, number: int, sheet: PlainSheet) -> int:
        """Write `sheet` as the workbook's sheet `number`; return its rows."""
        with self.book.open(f"xl/worksheets/sheet{number}.xml", "w") as out:
            rows = write_sheet_xml(out, sheet, self.registry, selected=number == 1)
        self._placed(number, sheet, rows)
        return rows

    def add_written(self, number: int, sheet: PlainSheet, xml: Path, rows: int) -> None:
        """Put the sheet XML in the file `xml` (written by `write_sheet_xml` with styles from
        this workbook's registry, and `selected` when `number` is 1) in as sheet `number`;
        `sheet` gives its name, page and table (its rows are not read)."""
        with self.book.open(f"xl/worksheets/sheet{number}.xml", "w") as out, \
                open(xml, "rb") as source:
            shutil.copyfileobj(source, out, 1 << 20)
        self._placed(number, sheet, rows)

    def _placed(self, number: int, sheet: PlainSheet, rows: int) -> None:
        if number in self.sheets:
            raise ValueError(f"sheet {number} is written twice")
        self.sheets[number] = sheet
        if sheet.table:
            self.book.writestr(f"xl/worksheets/_rels/sheet{number}.xml.rels", XML + (
                f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
                f'Type="{RELATIONSHIPS}/table" Target="../tables/table{number}.xml"/>'
                '</Relationships>'))
            self.book.writestr(f"xl/tables/table{number}.xml", _table(number, sheet, rows))

    def close(self) -> None:
        """Write the parts that list the sheets (1 to n, each written) and close the file."""
        count = len(self.sheets)
        if sorted(self.sheets) != list(range(1, count + 1)):
            raise ValueError(f"sheets {sorted(self.sheets)} are not 1 to {count}")
        sheets = [self.sheets[n] for n in range(1, count + 1)]
        tables = [n for n, s in enumerate(sheets, start=1) if s.table]
        parts = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            f'ContentType="{OFFICE}.worksheet+xml"/>' for n in range(1, count + 1)) + "".join(
            f'<Override PartName="/xl/tables/table{n}.xml" ContentType="{OFFICE}.table+xml"/>'
            for n in tables)
        book = self.book
        book.writestr("[Content_Types].xml", XML + (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{OFFICE}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{OFFICE}.styles+xml"/>{parts}'
            '</Types>'))
        book.writestr("_rels/.rels", XML + (
            f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
            f'Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        book.writestr("xl/workbook.xml", _workbook(sheets))
        book.writestr("xl/_rels/workbook.xml.rels", XML + (
            f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">' + "".join(
                f'<Relationship Id="rId{n}" Type="{RELATIONSHIPS}/worksheet" '
                f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
            + f'<Relationship Id="rId{count + 1}" Type="{RELATIONSHIPS}/styles" '
            'Target="styles.xml"/></Relationships>'))
        book.writestr("xl/styles.xml", _styles(list(self.registry)))
        book.close()

    def __enter__(self) -> PlainWorkbook:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.close()
        else:  # failed: the file is thrown away by whoever named it, but not left open
            self.book.close()


def write_plain_workbook(path: Path | str, sheets: Sequence[PlainSheet]) -> None:
    """Write `sheets` as an .xlsx file at `path` (written in place: give a temporary name
    and rename, as desktop.files.write_atomically does)."""
    with PlainWorkbook(path) as workbook:
        for number, sheet in enumerate(sheets, start=1):
            workbook.write(number, sheet)


__all__ = ["Formatted", "Note", "Page", "PlainSheet", "PlainWorkbook", "Styles", "sheet_names",
           "write_plain_workbook"]

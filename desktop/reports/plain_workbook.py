"""Plain workbooks written fast: per sheet a header row and rows of numbers, dates and text.

openpyxl makes a cell object of every value and writes each one through lxml: about 3 µs a
cell with a number format, 35 s for 100,000 deliveries of ten columns (XlsxWriter in its
constant-memory mode: 17 s). A sheet that is a header and rows of plain values needs none of
that: its XML is written here directly, a thousand rows at a time, into the zip file, so
time and memory stay linear in the rows (about 0.5 µs a cell, 5 s for those deliveries).

What a sheet can have (all optional): a number format per column (dates become Excel's day
numbers under a date format), an Excel table over its rows (filter buttons, stripes), and a
print set-up (`Page`): A4, landscape or portrait, fitted to the page's width, the header row
repeated on every page, a page header and a footer with page numbers. The header row is
frozen. Text is always an inline string — never a formula, whatever it starts with —
without what XML cannot hold (control characters, U+FFFE/U+FFFF, half surrogate pairs); a
number that is not finite (NaN, infinity) is written as its text. Sheet names are made ones
Excel takes (`sheet_names`), and a page header is cut to Excel's 255 characters.

Checked against the readers: openpyxl reopens every file the tests write, and LibreOffice
converts one to CSV and PDF (tests/reports/test_plain_workbook.py). Left as they are: a
typed "_x0041_" is shown by Excel as "A" (its escape syntax; LibreOffice and openpyxl show
it as typed, so escaping it would trade one reader for another), and a worksheet part over
2 GiB would need Zip64 (Excel stops at 1,048,576 rows long before that).
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from openpyxl.utils import get_column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: Cell styles (cellXfs): 0 plain, 1 the header (bold white on the programme's green),
#: 2 text that wraps, 3 bold (a table's header: the table's style colours it); the number
#: formats the sheets ask for follow, one style each.
HEADER, WRAP, BOLD = 1, 2, 3
FIRST_FORMAT_STYLE, FIRST_FORMAT_ID = 4, 164
ROWS_PER_WRITE = 1000
#: What XML 1.0 cannot hold goes (the control characters but tab, line feed and carriage
#: return; U+FFFE, U+FFFF; halves of surrogate pairs): a reader stops at the first one, and
#: LibreOffice then drops the rest of the sheet without a word. &, < and > are escaped.
_REMOVED = [*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF, *range(0xD800, 0xE000)]
_ESCAPES = str.maketrans({**dict.fromkeys(_REMOVED), "&": "&amp;", "<": "&lt;", ">": "&gt;"})
_REMOVED_ONLY = str.maketrans(dict.fromkeys(_REMOVED))
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f&<>\ud800-\udfff\ufffe\uffff]")
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_NUMBERS = (int, float, Decimal)
#: Excel's limits: a sheet's name (31 characters, none of these), a page header or footer.
SHEET_NAME_LENGTH, SHEET_NAME_FORBIDDEN = 31, re.compile(r"[\[\]:*?/\\]")
HEADER_FOOTER_LENGTH = 255


class Formatted(NamedTuple):
    """A value with its own number format, where its column has none (a column of figures
    in different units)."""

    value: int | float | Decimal
    number_format: str


@dataclass(frozen=True)
class Page:
    """How a sheet prints: A4, fitted to the page's width (as many pages long as it takes),
    its header row repeated at the top of every page. `header` is the page header's left,
    centre and right texts (a line each, or two: "\\n" between), the centre in bold;
    `footer` the footer's centre, where "{page}" and "{pages}" become
    the page number and the number of pages."""

    landscape: bool = False
    header: tuple[str, str, str] = ("", "", "")
    footer: str = ""


@dataclass
class PlainSheet:
    """A sheet: its name, header titles, column widths and rows (None, numbers, dates, text).

    `formats` gives a column (by position) an Excel number format; a `date` in a column with
    a (date) format is written as the day number Excel expects. With `table` (a name without
    spaces, unique in the workbook) the header and rows are an Excel table."""

    name: str
    titles: Sequence[str]
    widths: Sequence[float]
    rows: Iterable[Sequence]
    wrap: set[int] = field(default_factory=set)  # columns (0-based) whose text wraps
    formats: Sequence[str | None] = ()
    table: str | None = None
    page: Page | None = None
    notes: Sequence[Sequence] = ()  # rows after the rows (and the table), one row apart


class _Styles(dict):
    """The number formats met so far, each with its cell style (styles.xml is written last)."""

    def style(self, number_format: str) -> str:
        if number_format not in self:
            self[number_format] = FIRST_FORMAT_STYLE + len(self)
        return f' s="{self[number_format]}"'


def _text(value: str) -> str:
    if _UNSAFE.search(value):  # (a search is 5x faster than translating every string)
        value = value.translate(_ESCAPES)
        if not value:
            return ""  # nothing left: no cell
    if value[0].isspace() or value[-1].isspace():
        return f'<is><t xml:space="preserve">{value}</t></is>'
    return f"<is><t>{value}</t></is>"


def _row(number: int, values: Sequence, letters: list[str], styles: list[str],
         registry: _Styles | None = None) -> str:
    number = str(number)  # (formatted once, not once a cell)
    cells = [f'<row r="{number}">']
    add = cells.append
    for letter, style, value in zip(letters, styles, values):
        kind = type(value)  # the exact types first: most cells are one of these
        if kind is str:
            if value and (text := _text(value)):
                add(f'<c r="{letter}{number}"{style} t="inlineStr">{text}</c>')
        elif value is None:
            continue
        elif kind is Decimal and value.is_finite():  # str(): an f-string is 4x slower
            add(f'<c r="{letter}{number}"{style}><v>{str(value)}</v></c>')
        elif kind is int:
            add(f'<c r="{letter}{number}"{style}><v>{value}</v></c>')
        elif kind is date:
            add(f'<c r="{letter}{number}"{style}><v>{value.toordinal() - _EXCEL_EPOCH}</v></c>')
        else:
            add(_other(f"{letter}{number}", style, value, registry))
    cells.append("</row>")
    return "".join(cells)


def _row_function(letters: list[str], styles: list[str], registry: _Styles):
    """A function writing a row of exactly `len(letters)` values as `_row` does, made from
    source for these columns (as collections.namedtuple makes its classes): one expression
    per cell with its reference and style written in, no loop over the cells (a third less
    time a row); a row of another length goes through `_row`."""
    width = len(letters)
    if not width:
        return lambda n, r: _row(n, r, letters, styles, registry)
    names = {"Decimal": Decimal, "date": date, "E": _EXCEL_EPOCH, "text": _text,
             "other": _other, "registry": registry, "search": _UNSAFE.search,
             "generic": lambda n, r: _row(n, r, letters, styles, registry)}
    cells = []
    for i, (letter, style) in enumerate(zip(letters, styles)):
        ref, v = f"{letter}{{n}}", f"v{i}"
        cells.append(
            f"(f'<c r=\"{ref}\"{style} t=\"inlineStr\"><is><t>{{{v}}}</t></is></c>' "
            f"if (t := type({v})) is str and {v} and search({v}) is None "
            f"and {v}.strip() == {v} else "
            f"(f'<c r=\"{ref}\"{style} t=\"inlineStr\">{{x}}</c>' if {v} and (x := text({v})) "
            f"else '') if t is str else '' if {v} is None else "
            f"f'<c r=\"{ref}\"{style}><v>{{str({v})}}</v></c>' if t is int or "
            f"(t is Decimal and {v}.is_finite()) else "
            f"f'<c r=\"{ref}\"{style}><v>{{{v}.toordinal() - E}}</v></c>' if t is date else "
            f"other(f'{ref}', '{style}', {v}, registry))")
    source = (f"def row(n, r):\n    if len(r) != {width}:\n        return generic(n, r)\n"
              f"    n = str(n)\n    {''.join(f'v{i}, ' for i in range(width))}= r\n"
              f"    return ''.join((f'<row r=\"{{n}}\">', {', '.join(cells)}, '</row>'))\n")
    exec(source, names)  # noqa: S102 (our own source, from the sheet's letters and styles)
    return names["row"]


def _other(ref: str, style: str, value, registry: _Styles | None) -> str:
    """The cell of a value that is not exactly a str, Decimal, int or date."""
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, Formatted) and registry is not None:
        return _other(ref, registry.style(value.number_format), value.value, None)
    if isinstance(value, _NUMBERS):
        if isinstance(value, float):
            finite, text = math.isfinite(value), repr(value)
        elif isinstance(value, Decimal):
            finite, text = value.is_finite(), str(value)
        else:
            finite, text = True, str(int(value))
        if finite:
            return f'<c r="{ref}"{style}><v>{text}</v></c>'
        # NaN or infinity is no number a workbook holds (a reader refuses the file): text
        return f'<c r="{ref}"{style} t="inlineStr">{_text(text)}</c>'
    if isinstance(value, datetime):
        day = value.toordinal() - _EXCEL_EPOCH + (
            value.hour * 3600 + value.minute * 60 + value.second) / 86400
        return f'<c r="{ref}"{style}><v>{day}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}"{style}><v>{value.toordinal() - _EXCEL_EPOCH}</v></c>'
    text = _text(str(value)) if str(value) else ""
    return f'<c r="{ref}"{style} t="inlineStr">{text}</c>' if text else ""


def _attribute(text: str) -> str:
    return text.translate(_ESCAPES).replace('"', "&quot;")


def _header_footer(page: Page) -> str:
    def code(text: str) -> str:  # "&" starts a code in a page header: a typed one is "&&"
        return text[:80].replace("&", "&&")

    def sections(left: str, centre: str, right: str) -> str:  # only those with text
        return "".join(f"{mark}{text}" for mark, text in (
            ("&L", left), ("&C&B", centre and f"{centre}&B"), ("&R", right)) if text)

    left, centre, right = ("\n".join(code(line) for line in t.split("\n")) for t in page.header)
    header = sections(left, centre, right)
    if len(header) > HEADER_FOOTER_LENGTH:  # Excel refuses a longer one: the left part gives way
        left = left[:max(0, len(left) - (len(header) - HEADER_FOOTER_LENGTH))].rstrip("&")
        header = sections(left, centre, right)[:HEADER_FOOTER_LENGTH]
    footer = sections("", code(page.footer).replace("{page}", "&P").replace("{pages}", "&N"), "")
    footer = footer.replace("&C&B", "&C", 1)[:-2] if footer else ""  # the footer is not bold
    parts = "".join(f"<{tag}>{_attribute(text)}</{tag}>"
                    for tag, text in (("oddHeader", header), ("oddFooter", footer)) if text)
    return f"<headerFooter>{parts}</headerFooter>" if parts else ""


def _write_sheet(out, sheet: PlainSheet, registry: _Styles) -> int:
    """Write the sheet's XML; return how many rows follow the header."""
    width = max(len(sheet.titles), len(sheet.widths))
    letters = [get_column_letter(n) for n in range(1, width + 1)]
    cols = "".join(f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>'
                   for n, w in enumerate(sheet.widths, start=1))
    cols = f"<cols>{cols}</cols>" if cols else ""  # an empty <cols> is invalid
    fit = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if sheet.page else ""
    out.write((XML + f'<worksheet xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}">{fit}<sheetViews>'
               '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
               'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" '
               'activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr '
               f'defaultRowHeight="15"/>{cols}<sheetData>').encode())
    header_styles = [f' s="{BOLD if sheet.table else HEADER}"'] * width
    titles = _unique(sheet.titles) if sheet.table else sheet.titles  # the table's names
    out.write(_row(1, titles, letters, header_styles).encode())
    formats = list(sheet.formats) + [None] * (width - len(sheet.formats))
    styles = [registry.style(f) if f else f' s="{WRAP}"' if n in sheet.wrap else ""
              for n, f in enumerate(formats)]
    chunk, count, row = [], 0, _row_function(letters, styles, registry)
    for count, values in enumerate(sheet.rows, start=1):
        chunk.append(row(count + 1, values))
        if len(chunk) >= ROWS_PER_WRITE:
            out.write("".join(chunk).encode("utf-8", "replace"))
            chunk = []
    for number, values in enumerate(sheet.notes, start=count + 3):
        chunk.append(_row(number, values, letters, [""] * width, registry))
    out.write("".join(chunk).encode("utf-8", "replace"))
    out.write(b"</sheetData>")
    if sheet.page:
        orientation = "landscape" if sheet.page.landscape else "portrait"
        out.write(('<pageMargins left="0.4" right="0.4" top="0.9" bottom="0.75" header="0.3" '
                   f'footer="0.3"/><pageSetup paperSize="9" orientation="{orientation}" '
                   f'fitToWidth="1" fitToHeight="0"/>{_header_footer(sheet.page)}').encode())
    if sheet.table:
        out.write(b'<tableParts count="1"><tablePart r:id="rId1"/></tableParts>')
    out.write(b"</worksheet>")
    return count


def _unique(titles: Sequence[str]) -> list[str]:
    """`titles` with a number added to a repeated one, and a name for an empty one: a table's
    columns need unique names, none empty."""
    names: list[str] = []
    for position, title in enumerate(titles, start=1):
        title = str(title) or f"Column {position}"
        name, n = title, 2
        while name.lower() in (x.lower() for x in names):
            name, n = f"{title} {n}", n + 1
        names.append(name)
    return names


def sheet_names(names: Sequence[str]) -> list[str]:
    """`names` as Excel takes them: none of []:*?/\\ (each becomes "_"), no apostrophe at
    either end, 31 characters at most, none empty or "History" (Excel keeps that name), no
    two alike in any case (a number is added)."""
    found: list[str] = []
    taken: set[str] = set()
    for position, raw in enumerate(names, start=1):
        base = SHEET_NAME_FORBIDDEN.sub("_", str(raw).translate(_REMOVED_ONLY)).strip("'")
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
    names = _unique(sheet.titles)
    columns = "".join(f'<tableColumn id="{n}" name="{_attribute(name)}"/>'
                      for n, name in enumerate(names, start=1))
    return XML + (
        f'<table xmlns="{MAIN}" id="{number}" name="{sheet.table}" displayName="{sheet.table}" '
        f'ref="{ref}" totalsRowShown="0"><autoFilter ref="{ref}"/><tableColumns '
        f'count="{len(names)}">{columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" '
        'showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>'
        '</table>')


def _styles(formats: list[str]) -> str:
    numbers = "".join(f'<numFmt numFmtId="{FIRST_FORMAT_ID + n}" formatCode="{_attribute(f)}"/>'
                      for n, f in enumerate(formats))
    xfs = "".join(f'<xf numFmtId="{FIRST_FORMAT_ID + n}" fontId="0" fillId="0" borderId="0" '
                  'xfId="0" applyNumberFormat="1"/>' for n in range(len(formats)))
    numbers = f'<numFmts count="{len(formats)}">{numbers}</numFmts>' if formats else ""
    return XML + f"""<styleSheet xmlns="{MAIN}">{numbers}<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/>\
<sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font><font><b/><sz val="11"/>\
<name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/>\
</fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill \
patternType="solid"><fgColor rgb="FF2E6B3F"/></patternFill></fill></fills><borders count="1">\
<border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="{FIRST_FORMAT_STYLE + len(formats)}">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
<alignment wrapText="1"/></xf>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>{xfs}</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def _workbook(sheets: Sequence[PlainSheet]) -> str:
    names = sheet_names([s.name for s in sheets])
    titles = "".join(
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{n}">'
        f"{_attribute(chr(39) + name.replace(chr(39), chr(39) * 2) + chr(39))}!$1:$1"
        "</definedName>" for n, (s, name) in enumerate(zip(sheets, names)) if s.page)
    defined = f"<definedNames>{titles}</definedNames>" if titles else ""
    return XML + (
        f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><bookViews><workbookView/>'
        '</bookViews><sheets>' + "".join(
            f'<sheet name="{_attribute(name)}" sheetId="{n}" r:id="rId{n}"/>'
            for n, name in enumerate(names, start=1)) + f'</sheets>{defined}</workbook>')


def write_plain_workbook(path: Path | str, sheets: Sequence[PlainSheet]) -> None:
    """Write `sheets` as an .xlsx file at `path` (written in place: give a temporary name
    and rename, as desktop.files.write_atomically does)."""
    count = len(sheets)
    registry = _Styles()
    tables = [n for n, s in enumerate(sheets, start=1) if s.table]
    parts = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{OFFICE}.worksheet+xml"/>'
        for n in range(1, count + 1)) + "".join(
        f'<Override PartName="/xl/tables/table{n}.xml" ContentType="{OFFICE}.table+xml"/>'
        for n in tables)
    content_types = XML + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{OFFICE}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{OFFICE}.styles+xml"/>{parts}</Types>')
    package_rels = XML + (
        f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
        f'Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook_rels = XML + (
        f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">' + "".join(
            f'<Relationship Id="rId{n}" Type="{RELATIONSHIPS}/worksheet" '
            f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
        + f'<Relationship Id="rId{count + 1}" Type="{RELATIONSHIPS}/styles" '
        'Target="styles.xml"/></Relationships>')
    # Level 1: a third of level 6's time for a file about a fifth larger.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("[Content_Types].xml", content_types)
        book.writestr("_rels/.rels", package_rels)
        book.writestr("xl/workbook.xml", _workbook(sheets))
        book.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        for n, sheet in enumerate(sheets, start=1):
            with book.open(f"xl/worksheets/sheet{n}.xml", "w") as out:
                rows = _write_sheet(out, sheet, registry)
            if sheet.table:
                book.writestr(f"xl/worksheets/_rels/sheet{n}.xml.rels", XML + (
                    f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
                    f'Type="{RELATIONSHIPS}/table" Target="../tables/table{n}.xml"/>'
                    '</Relationships>'))
                book.writestr(f"xl/tables/table{n}.xml", _table(n, sheet, rows))
        book.writestr("xl/styles.xml", _styles(list(registry)))

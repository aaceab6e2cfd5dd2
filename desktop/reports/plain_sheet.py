"""A plain sheet's XML, written fast: a header row and rows of numbers, dates and text.

openpyxl makes a cell object of every value and writes each one through lxml: about 3 µs a
cell with a number format, 35 s for 100,000 deliveries of ten columns (XlsxWriter in its
constant-memory mode: 17 s). A sheet that is a header and rows of plain values needs none of
that: its XML is written here directly, a thousand rows at a time, so time and memory stay
linear in the rows (about 0.5 µs a cell, 5 s for those deliveries). The workbook around the
sheets (the zip package, styles, tables) is desktop.reports.plain_workbook.

What a sheet can have (all optional): a number format per column (dates become Excel's day
numbers under a date format), an Excel table over its rows (filter buttons, stripes), a
print set-up (`Page`): A4, landscape or portrait, fitted to the page's width, the header row
repeated on every page, a page header and a footer with page numbers; and notes below the
rows, each a row of values or a `Note` (a style for its text, a height, a page break
before it: the small tables of the summary's overview). The header row is frozen; the
workbook's first sheet is its selected tab (what Ctrl+P prints). Text is always an inline
string — never a formula, whatever it starts with — without what XML cannot hold (control
characters, U+FFFE/U+FFFF, half surrogate pairs); a number that is not finite (NaN,
infinity) is written as its text.

Left as they are: a typed "_x0041_" is shown by Excel as "A" (its escape syntax; LibreOffice
and openpyxl show it as typed, so escaping it would trade one reader for another).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from openpyxl.utils import get_column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: Cell styles (cellXfs): 0 plain, 1 the header (bold white on the programme's green),
#: 2 text that wraps, 3 bold (a table's header: the table's style colours it), 4 a title
#: (bold, larger), 5 a small table's header in a note (the header's colours, wrapped), 6 the
#: same aligned right (over a column of numbers); the number formats the sheets ask for
#: follow, one style each.
HEADER, WRAP, BOLD, TITLE, NOTE_HEADER, NOTE_HEADER_RIGHT = 1, 2, 3, 4, 5, 6
FIRST_FORMAT_STYLE, FIRST_FORMAT_ID = 7, 164
ROWS_PER_WRITE = 1000
#: What XML 1.0 cannot hold goes (the control characters but tab, line feed and carriage
#: return; U+FFFE, U+FFFF; halves of surrogate pairs): a reader stops at the first one, and
#: LibreOffice then drops the rest of the sheet without a word. &, < and > are escaped.
_REMOVED = [*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF, *range(0xD800, 0xE000)]
_ESCAPES = str.maketrans({**dict.fromkeys(_REMOVED), "&": "&amp;", "<": "&lt;", ">": "&gt;"})
REMOVED_ONLY = str.maketrans(dict.fromkeys(_REMOVED))
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f&<>\ud800-\udfff\ufffe\uffff]")
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_NUMBERS = (int, float, Decimal)
#: Excel's limit for a page header or footer.
HEADER_FOOTER_LENGTH = 255


class Formatted(NamedTuple):
    """A value with its own number format, where its column has none (a column of figures
    in different units)."""

    value: int | float | Decimal
    number_format: str


class Note(NamedTuple):
    """A row of a sheet's `notes` with a look of its own: `style` (TITLE, BOLD,
    NOTE_HEADER…; or one per cell) for its cells but those of a Formatted value (which keep
    their number format), `height` in points (a header whose titles wrap), and `new_page`:
    printing starts a new page with this row."""

    values: Sequence
    style: int | Sequence[int] = 0
    height: float | None = None
    new_page: bool = False


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
    notes: Sequence[Sequence | Note] = ()  # rows after the rows (and table), one row apart


class Styles(dict):
    """The number formats met so far, each with its cell style (styles.xml is written last).

    `known` formats come first, in their order. A `closed` registry takes no other: a sheet
    written in another process (desktop.reports.summary.parallel) must use the styles the
    workbook's own registry gives, so every format it may meet is known beforehand."""

    def __init__(self, known: Iterable[str] = (), closed: bool = False):
        super().__init__()
        for number_format in known:
            self.setdefault(number_format, FIRST_FORMAT_STYLE + len(self))
        self.closed = closed

    def style(self, number_format: str) -> str:
        if number_format not in self:
            if self.closed:
                raise KeyError(f"number format {number_format!r} was not declared")
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
         registry: Styles | None = None) -> str:
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


def _row_function(letters: list[str], styles: list[str], registry: Styles):
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


def _other(ref: str, style: str, value, registry: Styles | None) -> str:
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


def attribute(text: str) -> str:
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
    parts = "".join(f"<{tag}>{attribute(text)}</{tag}>"
                    for tag, text in (("oddHeader", header), ("oddFooter", footer)) if text)
    return f"<headerFooter>{parts}</headerFooter>" if parts else ""


def write_sheet_xml(out, sheet: PlainSheet, registry: Styles, selected: bool = False) -> int:
    """Write the sheet's XML to the binary file `out`; return how many rows follow the
    header. The `selected` sheet (the workbook's first) is the tab that opens and prints."""
    width = max(len(sheet.titles), len(sheet.widths))
    letters = [get_column_letter(n) for n in range(1, width + 1)]
    cols = "".join(f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>'
                   for n, w in enumerate(sheet.widths, start=1))
    cols = f"<cols>{cols}</cols>" if cols else ""  # an empty <cols> is invalid
    fit = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if sheet.page else ""
    tab = ' tabSelected="1"' if selected else ""
    out.write((XML + f'<worksheet xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}">{fit}<sheetViews>'
               f'<sheetView{tab} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
               'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" '
               'activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr '
               f'defaultRowHeight="15"/>{cols}<sheetData>').encode())
    header_styles = [f' s="{BOLD if sheet.table else HEADER}"'] * width
    titles = unique_titles(sheet.titles) if sheet.table else sheet.titles  # the table's names
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
    breaks = []
    for number, note in enumerate(sheet.notes, start=count + 3):
        if not isinstance(note, Note):
            chunk.append(_row(number, note, letters, [""] * width, registry))
            continue
        kinds = ([note.style] * width if isinstance(note.style, int)
                 else [*note.style, *[0] * (width - len(note.style))])
        xml = _row(number, note.values, letters,
                   [f' s="{kind}"' if kind else "" for kind in kinds], registry)
        if note.height:
            xml = xml.replace(f'<row r="{number}">',
                              f'<row r="{number}" ht="{note.height}" customHeight="1">', 1)
        chunk.append(xml)
        if note.new_page:
            breaks.append(number - 1)  # (a break's id is the last row above it)
    out.write("".join(chunk).encode("utf-8", "replace"))
    out.write(b"</sheetData>")
    if sheet.page:
        orientation = "landscape" if sheet.page.landscape else "portrait"
        out.write(('<pageMargins left="0.4" right="0.4" top="0.9" bottom="0.75" header="0.3" '
                   f'footer="0.3"/><pageSetup paperSize="9" orientation="{orientation}" '
                   f'fitToWidth="1" fitToHeight="0"/>{_header_footer(sheet.page)}').encode())
    if breaks:
        out.write((f'<rowBreaks count="{len(breaks)}" manualBreakCount="{len(breaks)}">'
                   + "".join(f'<brk id="{n}" max="16383" man="1"/>' for n in breaks)
                   + "</rowBreaks>").encode())
    if sheet.table:
        out.write(b'<tableParts count="1"><tablePart r:id="rId1"/></tableParts>')
    out.write(b"</worksheet>")
    return count


def unique_titles(titles: Sequence[str]) -> list[str]:
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



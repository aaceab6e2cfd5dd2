"""Reading an office's spreadsheet (.xlsx or .csv) into rows with their sheet row numbers.

* `.xlsx` is read with openpyxl in read-only mode, so a big file keeps memory
  flat; dates and numbers typed as real Excel cells come back as `datetime`,
  `int` and `float`, text as `str`.
* `.csv` is read as UTF-8 (with or without a byte-order mark) or, when that
  fails, as Windows-1252 (what Excel on a Spanish Windows writes); the
  separator (comma, semicolon or tab) is sniffed from the first lines. Every
  value is text.

A cell that holds a formula (its value would be whatever Excel last computed) or a
control character (a NUL or vertical tab breaks every later export) is not read as
data: it becomes a `BadCell`, which the row reports as an error in its column.

Row numbers are the ones a person sees in Excel (1 for the first row) or the
line where a CSV record starts, so a report can say "row 7" and be found.

`read_workbook` gives the raw rows of every sheet; `find_header` picks the
header row (not necessarily the first one) and `records` gives the rows under it
with the header's texts (`Table.rows` as `{header: value}` dictionaries). Blank rows are
skipped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import ValidationError

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
#: How many rows from the top may come before the header row (titles, notes, blank lines).
HEADER_SEARCH_ROWS = 30


@dataclass
class RawSheet:
    """One sheet: its name and its non-blank rows as (row number, [cell values])."""

    name: str
    rows: list[tuple[int, list]] = field(default_factory=list)


@dataclass
class Table:
    """The rows under a header row: their values in the order of `headers`."""

    sheet: str
    header_row: int
    headers: list[str]  # the header cells as written ("" when empty; a repeat gets " #2")
    #: (row number, [values]), blank rows left out; the values are the sheet's own lists (a
    #: row is never copied: a 300,000-row file is held once).
    lines: list[tuple[int, list]]
    #: Columns with an empty header cell but some value below it, by column number (1-based).
    headerless: list[int] = field(default_factory=list)

    @property
    def rows(self) -> list[tuple[int, dict]]:
        """(row number, {header: value}) of every line, empty cells left out."""
        return [(number, self.record(values)) for number, values in self.lines]

    def record(self, values: list) -> dict:
        return {h: v for h, v in zip(self.headers, values) if h and v is not None}


#: Control characters refused in a cell (tab, newline and carriage return are text).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORMULA = QT_TRANSLATE_NOOP("Validation", "The cell holds a formula: paste values only.")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Validation", "The cell holds a control character (such as a NUL or a vertical tab); "
    "type the value again.")


@dataclass(frozen=True)
class BadCell:
    """A cell that must not be imported, and why (a translatable message)."""

    message: str

    def __str__(self) -> str:
        return ""


def clean(value):
    """A cell's value with stray spaces trimmed; empty text becomes None."""
    if isinstance(value, str):
        if CONTROL.search(value):
            return BadCell(CONTROL_CHARACTER)
        value = value.replace("\u00a0", " ").strip()
        return value or None
    return value


def _cell_value(cell):
    if getattr(cell, "data_type", None) == "f":
        return BadCell(FORMULA)
    return clean(cell.value)


def _blank(values: Iterable) -> bool:
    return all(clean(v) is None for v in values)


def read_workbook(path: Path | str) -> list[RawSheet]:
    """Every sheet of the file (a CSV file is one sheet named after the file)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError.single(None, QT_TRANSLATE_NOOP(
            "Validation", "{name} is not a spreadsheet: choose an .xlsx or .csv file."),
            name=path.name)
    if not path.is_file():
        raise ValidationError.single(None, QT_TRANSLATE_NOOP(
            "Validation", "There is no file {path}."), path=str(path))
    if suffix in (".csv", ".txt"):
        data = path.read_bytes()
        if _looks_binary(data[:4096]):
            raise ValidationError.single(None, QT_TRANSLATE_NOOP(
                "Validation", "{name} is not a text spreadsheet: save it as .csv (UTF-8) or "
                ".xlsx."), name=path.name)
        try:
            return [RawSheet(path.stem, list(_csv_rows(data)))]
        except csv.Error:
            raise ValidationError.single(None, QT_TRANSLATE_NOOP(
                "Validation", "{name} is not a text spreadsheet: save it as .csv (UTF-8) or "
                ".xlsx."), name=path.name) from None
    return _xlsx_sheets(path)


def _looks_binary(head: bytes) -> bool:
    """More than 5% control bytes at the start: a picture or a program, not a CSV file."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13))
    return controls > len(head) // 20


def _xlsx_sheets(path: Path) -> list[RawSheet]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = ValidationError.single(None, QT_TRANSLATE_NOOP(
        "Validation", "{name} cannot be read as an Excel workbook; save it again as .xlsx or "
        ".csv."), name=path.name)
    try:  # formulas are read as formulas (data_only=False) so they can be refused
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        raise unreadable from None
    except Exception:  # noqa: BLE001 - damaged XML inside the file: the same one line
        raise unreadable from None
    try:
        return _read_sheets(workbook)
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001 - e.g. "&#0;" in a sheet's XML, from lxml or openpyxl
        raise unreadable from None
    finally:
        workbook.close()


def _read_sheets(workbook) -> list[RawSheet]:
    sheets = []
    for worksheet in workbook.worksheets:
        if not hasattr(worksheet, "iter_rows"):  # a chart sheet
            continue
        worksheet.reset_dimensions()  # some writers store a wrong size: read everything
        sheet = RawSheet(worksheet.title)
        number = 0
        for cells in worksheet.iter_rows(min_row=1):
            stated = next((c.row for c in cells if getattr(c, "row", None)), None)
            number = stated or number + 1
            values = [_cell_value(c) for c in cells]
            if not _blank(values):
                sheet.rows.append((number, values))
        sheets.append(sheet)
    return sheets


def decode(data: bytes) -> str:
    """UTF-16 with its byte-order mark, UTF-8 (a byte-order mark is dropped) or else
    Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first lines most consistently."""
    lines = [line for line in text.splitlines() if line.strip()][:20]
    if not lines:
        return ","
    sample = "\n".join(lines)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: lines[0].count(d) for d in (";", ",", "\t")}
        return max(counts, key=lambda d: (counts[d], d == ";"))


#: Different texts per column held once when repeated (see `_csv_rows`).
SHARED_TEXTS = 2000


def _csv_rows(data: bytes):
    text = decode(data)
    del data
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    del text
    last_line = 0
    # The csv module makes a new string of every cell. A column's repeated texts (the
    # community, the sex, the relationship, a date) are held once, so a 300,000-row file
    # takes about half the memory; a column of unique values (names, DNIs) soon stops
    # being remembered.
    shared: list[dict[str, str]] = []
    for values in reader:
        start = last_line + 1  # a quoted value may span lines: the record starts here
        last_line = reader.line_num
        values = [clean(v) for v in values]
        if _blank(values):
            continue
        while len(shared) < len(values):
            shared.append({})
        for column, value in enumerate(values):
            if type(value) is str:
                known = shared[column]
                values[column] = known.setdefault(value, value) \
                    if len(known) < SHARED_TEXTS else known.get(value, value)
        yield start, values


def _header_score(values: list, is_known: Callable[[str], bool]) -> int:
    return sum(1 for v in values if isinstance(v, str) and is_known(v))


def find_header(sheet: RawSheet, is_known: Callable[[str], bool]) -> int | None:
    """Index (in `sheet.rows`) of the row with the most known headers among the top rows;
    None when no row has a known header."""
    best, best_score = None, 0
    for index, (_, values) in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        score = _header_score(values, is_known)
        if score > best_score:
            best, best_score = index, score
    return best


def unique_headers(headers: list[str]) -> list[str]:
    """The header texts, a repeated one numbered ("dni", "dni #2") so no value is lost."""
    seen: dict[str, int] = {}
    result = []
    for text in headers:
        if not text:
            result.append("")
            continue
        seen[text] = seen.get(text, 0) + 1
        result.append(text if seen[text] == 1 else f"{text} #{seen[text]}")
    return result


def records(sheet: RawSheet, header_index: int) -> Table:
    """The rows under the header row (blank rows left out), with the header's texts."""
    header_row, header_values = sheet.rows[header_index]
    headers = unique_headers(["" if v is None else str(v).strip() for v in header_values])
    width = len(headers)
    empty = [column for column, text in enumerate(headers) if not text]
    lines = sheet.rows[header_index + 1:]
    headerless = set()
    for _, values in lines:
        if len(values) > width:
            headerless.update(c + 1 for c in range(width, len(values)) if values[c] is not None)
        headerless.update(c + 1 for c in empty if c < len(values) and values[c] is not None)
    return Table(sheet.name, header_row, headers, lines, sorted(headerless))

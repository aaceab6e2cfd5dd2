"""The workbooks around an import: the error report and the templates (reading and importing
a file is desktop.services.imports).

* `write_errors` writes ``FILE.errors.xlsx`` beside the imported file: one line
  per bad row (row, column, reason, sheet) in the user's language, and the
  notes of the preview on a second sheet.
* `write_template` writes a workbook with exactly the recognised headers of a
  kind in one language, and an instructions sheet.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.files import write_atomically
from desktop.i18n import language, translate
from desktop.i18n.labels import LABELS, label
from desktop.reports.cells import set_text
from desktop.reports.plain_workbook import PlainSheet, write_plain_workbook
from desktop.services import imports
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2E6B3F")


def errors_path(path: Path | str) -> Path:
    """`families.csv` → `families.errors.xlsx`, beside it."""
    path = Path(path)
    return path.with_name(path.stem + ".errors.xlsx")


def _save(workbook: Workbook, path: Path) -> Path:
    """Save through a temporary file so a failure never leaves half a workbook."""
    return write_atomically(path, workbook.save, ".xlsx")


def _header_row(sheet, titles: list[str], widths: list[int]) -> None:
    for column, title in enumerate(titles, start=1):
        set_text(sheet.cell(row=1, column=column), title)
        cell = sheet.cell(row=1, column=column)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def write_errors(result: imports.ImportResult, path: Path | str,
                 lang: str | None = None) -> Path:
    """`FILE.errors.xlsx` beside the imported `path`: row, column, reason (and sheet).

    Written as a plain workbook (desktop.reports.plain_workbook), one row after the other:
    time and memory stay linear in the number of bad rows (a 300,000-row file with 600,000
    problems takes seconds). Everything taken from the file (a column header, a sheet name)
    is written as text, never as a formula.
    """
    lang = lang or language()
    titles = [translate("Import", "Row", lang), translate("Import", "Column", lang),
              translate("Import", "Reason", lang), translate("Import", "Sheet", lang)]

    def lines(issues):
        for issue in sorted(issues, key=lambda i: (i.sheet, i.row or 0)):
            yield issue.row, issue.column_text(lang), issue.reason(lang), issue.sheet

    sheets = [PlainSheet(name, titles, [8, 26, 90, 16], lines(issues), wrap={2})
              for name, issues in ((translate("Import", "Errors", lang), result.errors),
                                   (translate("Import", "Notes", lang), result.warnings))]
    return write_atomically(errors_path(path), lambda temporary: write_plain_workbook(
        temporary, sheets), ".xlsx")


def _accepted(column: imports.Column, lang: str) -> str:
    f = column.field
    if f.kind == CHOICE:
        return " · ".join(label(f.choices, code, lang) for code in LABELS[f.choices])
    if f.kind == BOOL:
        return translate("Import", "yes / no", lang)
    if f.kind == DATE:
        return translate("Import", "a date: dd/mm/yyyy or yyyy-mm-dd", lang)
    if f.kind in (DECIMAL, INT):
        return translate("Import", "a number (decimal comma or point)", lang)
    if column.key == "commitments":
        return " · ".join(label("commitment", code, lang) for code in LABELS["commitment"])
    return ""


def write_template(kind_name: str, path: Path | str, lang: str | None = None) -> Path:
    """A workbook with exactly the recognised headers of `kind_name` in `lang`, and an
    instructions sheet saying what each column takes."""
    lang = lang or language()
    kind = imports.KINDS[kind_name]
    workbook = Workbook()
    yes, no = label("yes_no", True, lang), label("yes_no", False, lang)
    for index, spec in enumerate(kind.sheets):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        sheet.title = spec.title(lang)
        columns = [c for c in spec.columns if c.in_template]
        _header_row(sheet, [c.header(lang) for c in columns],
                    [max(14, len(c.header(lang)) + 4) for c in columns])
        for number, column in enumerate(columns, start=1):
            if column.field.kind == DATE:
                letter = get_column_letter(number)
                for row in range(2, 502):
                    sheet[f"{letter}{row}"].number_format = (
                        "dd/mm/yyyy" if lang == "es" else "yyyy-mm-dd")
            if column.key == "dni":  # text cells keep a DNI's leading zero
                letter = get_column_letter(number)
                for row in range(2, 502):
                    sheet[f"{letter}{row}"].number_format = "@"
    # Named in the file's language literally, like the data sheets: a reader knows both names.
    notes = workbook.create_sheet("Instrucciones" if lang == "es" else "Instructions")
    notes.append([kind.display(lang)])
    notes["A1"].font = Font(bold=True, size=13)
    notes.append([translate("Import", kind.instructions, lang)])
    notes.append([translate("Import", "Headers may be in Spanish or English, in any order; "
                            "case, accents, spaces and underscores do not matter. Columns not "
                            "listed here are reported as errors.", lang)])
    notes.append([])
    header = [translate("Import", "Sheet", lang), translate("Import", "Column", lang),
              translate("Import", "Meaning", lang), translate("Import", "Required", lang),
              translate("Import", "Accepted values", lang), translate("Import", "Note", lang)]
    notes.append(header)
    start = notes.max_row
    for column_number in range(1, len(header) + 1):
        cell = notes.cell(row=start, column=column_number)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for spec in kind.sheets:
        for column in spec.columns:
            if not column.in_template:
                continue
            notes.append([spec.title(lang), column.header(lang), column.field.title(lang),
                          yes if column.required else no, _accepted(column, lang),
                          translate("Import", column.hint, lang) if column.hint else ""])
    for letter, width in zip("ABCDEF", (14, 22, 34, 10, 60, 60)):
        notes.column_dimensions[letter].width = width
    for row in notes.iter_rows(min_row=2, max_row=3):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    notes.merge_cells("A2:F2")
    notes.merge_cells("A3:F3")
    notes.row_dimensions[2].height = 75
    notes.row_dimensions[3].height = 30
    return _save(workbook, Path(path))

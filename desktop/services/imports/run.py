"""The import use case: read a file, find the kind's sheets and headers, check every row
and write all or nothing.

The window, the command line and the tests all call `import_file`, so a file is read
and judged the same way wherever it comes from.
"""

from __future__ import annotations

from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import Progress, report
from desktop.services.database import backup_before_risky_work
from desktop.services.errors import FieldError
from desktop.services.imports.columns import Column, SheetSpec, header_key
from desktop.services.imports.kinds import KINDS
from desktop.services.imports.reader import RawSheet, find_header, read_workbook, records
from desktop.services.imports.results import ImportResult, Issue
from desktop.services.imports.rows import Layout, Row
from desktop.services.imports.transaction import Run, write_all_or_nothing
from desktop.services.people.permissions import require

#: Sheets an office adds to explain a file; never data.
INSTRUCTION_SHEETS = {header_key(n) for n in (
    "Instructions", "Instrucciones", "Leeme", "Léame", "Readme", "Notas", "Notes")}


# --- reading the file -----------------------------------------------------------------------

def _score(sheet: RawSheet, spec: SheetSpec) -> int:
    index = find_header(sheet, spec.is_known)
    if index is None:
        return 0
    return sum(1 for v in sheet.rows[index][1] if isinstance(v, str) and spec.is_known(v))


def load_tables(kind_name: str, path: Path | str) -> tuple[dict, list[Issue]]:
    """{sheet key: Table or None} of the file for `kind_name`, and file-level notes."""
    kind = KINDS[kind_name]
    sheets = read_workbook(path)
    chosen: dict[str, RawSheet] = {}
    for spec in kind.sheets[1:]:  # optional sheets are found by their name
        for sheet in sheets:
            if header_key(sheet.name) in spec.sheet_keys():
                chosen[spec.key] = sheet
                break
    taken = {id(s) for s in chosen.values()}
    candidates = [s for s in sheets if id(s) not in taken
                  and header_key(s.name) not in INSTRUCTION_SHEETS]
    main = kind.sheets[0]
    if candidates:
        named = [s for s in candidates if header_key(s.name) in main.sheet_keys()]
        best = named[0] if named else max(candidates, key=lambda s: _score(s, main))
        chosen[main.key] = best
    tables, notes = {}, []
    for spec in kind.sheets:
        sheet = chosen.get(spec.key)
        index = find_header(sheet, spec.is_known) if sheet is not None else None
        tables[spec.key] = records(sheet, index) if index is not None else None
    used = {id(s) for s in chosen.values()}
    for sheet in sheets:
        if id(sheet) not in used and sheet.rows and \
                header_key(sheet.name) not in INSTRUCTION_SHEETS:
            notes.append(Issue(None, "", FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Sheet “{sheet}” is not part of this import and is not read."),
                {"sheet": sheet.name})))
    return tables, notes


# --- checking and writing -------------------------------------------------------------------

def _match_headers(spec: SheetSpec, table, result: ImportResult, sheet: str
                   ) -> dict[str, Column]:
    """{header as written: column}; unknown, repeated and missing columns are reported."""
    columns: dict[str, Column] = {}
    first_header: dict[str, str] = {}
    row = table.header_row
    for header in table.headers:
        if not header:
            continue
        column = spec.match(header.split(" #")[0] if " #" in header else header)
        if column is None:
            result.errors.append(Issue(row, header, FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Unknown column: it would not be imported. Rename it as in the "
                "template or delete it.")), sheet))
        elif column.key in first_header:
            result.errors.append(Issue(row, header, FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "This column repeats the column “{other}”."),
                {"other": first_header[column.key]}), sheet))
        else:
            first_header[column.key] = header
            columns[header] = column
    for number in table.headerless:
        result.errors.append(Issue(row, "", FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "Column {number} has values but no header: give it a header from the "
            "template or delete it."), {"number": number}), sheet))
    for column in spec.columns:
        if column.required and column.key not in first_header:
            result.errors.append(Issue(row, "", FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "There is no column for {field}."), {"field": column.field.label}),
                sheet, expected=column))
    for group in spec.one_of:
        if not any(key in first_header for key in group):
            column = spec.column(group[0])
            result.errors.append(Issue(row, "", FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "There is no column for {field}."), {"field": column.field.label}),
                sheet, expected=column))
    return columns


def run_import(database, kind_name: str, tables: dict, dry_run: bool = False,
               progress: Progress | None = None,
               issues: list[Issue] | None = None) -> ImportResult:
    """Validate and import `tables` ({sheet key: Table or None}) as one transaction.

    Committed only when no row has an error and `dry_run` is false; otherwise
    rolled back, so the result is a preview. `progress(done, total)` returning
    False cancels (Cancelled, nothing written).

    The tables' lines are taken (each table is left empty), so a kind can let go of the
    rows it has done and a big file is not held twice: read the file again to import it
    again.
    """
    kind = KINDS[kind_name]
    with database.session() as session:
        require(session, IMPORT_PERMISSIONS[kind_name])
    result = ImportResult(kind_name, dry_run=dry_run)
    result.errors.extend(issues or [])
    prepared: list[tuple[SheetSpec, object, dict]] = []
    for spec in kind.sheets:
        table = tables.get(spec.key)
        if table is None:
            if not spec.optional:
                result.errors.append(Issue(None, "", FieldError(None, QT_TRANSLATE_NOOP(
                    "Validation", "No header row was found: the file has none of the columns "
                    "of the template."))))
            continue
        prepared.append((spec, table))
    # Sheets are named in the report only when the file has more than one of them.
    named = len(prepared) > 1
    prepared = [(spec, table, _match_headers(spec, table, result, table.sheet if named else ""))
                for spec, table in prepared]
    total = sum(len(table.lines) for _, table, _ in prepared)

    def work(run: Run) -> None:
        rows: dict[str, list[Row]] = {spec.key: [] for spec in kind.sheets}
        for spec, table, columns in prepared:
            layout = Layout(spec, table.sheet if named else "", table.headers, columns)
            lines, table.lines = table.lines, []  # the rows own them now (see run_import)
            for number, values in lines:
                rows[spec.key].append(Row(run, layout, number, values))
                result.row_keys.append((layout.sheet, number))
            del lines
        result.rows = total
        report(progress, 0, total)
        kind.handler(run, rows)

    write_all_or_nothing(database, result, work, progress, total, dry_run)
    result.errors.sort(key=lambda issue: (issue.sheet, issue.row or 0))
    result.warnings.sort(key=lambda issue: (issue.sheet, issue.row or 0))
    return result


#: What a role must hold to import each kind (the same as entering its rows by hand).
IMPORT_PERMISSIONS = {"families": "registry.edit", "agreements": "agreements.draft",
                      "attendance": "training.edit", "deliveries": "cooperative.edit",
                      "advances": "cooperative.edit"}


def import_file(database, kind_name: str, path: Path | str, dry_run: bool = False,
                progress: Progress | None = None) -> ImportResult:
    """Read `path` and import it as `kind_name` (all or nothing), after a backup; refused
    before the file is read when the signed-in role may not enter such rows."""
    with database.session() as session:
        require(session, IMPORT_PERMISSIONS[kind_name])
    tables, notes = load_tables(kind_name, path)
    if not dry_run:  # a failed backup was already reported when the database was opened
        backup_before_risky_work(database)
    result = run_import(database, kind_name, tables, dry_run=dry_run, progress=progress)
    result.warnings[:0] = notes
    return result

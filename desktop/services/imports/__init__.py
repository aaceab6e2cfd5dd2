"""Importing an office's spreadsheets: families, agreements, attendance and deliveries.

How an import runs (`run.import_file`)
--------------------------------------
1. The file is read (`reader`) into tables: the rows under a header row, keyed by the
   header texts as written.
2. Headers are matched to columns (`columns`), in Spanish or English, ignoring case,
   accents, spaces and underscores, in any order. A column is recognised by the
   template's header (``codigo_familia`` / ``family_code``) and by every name its field
   answers to in the field declarations (``Field.header_keys()``: its name, its English
   label and its Spanish label). Unknown columns, a column given twice and missing
   required columns are errors.
3. Every row (`rows`) is validated with the fields' own parsing and the services' own
   rules, and written with the ORM inside ONE database transaction (`transaction`), row
   after row, so a later row sees what an earlier one created (a member after their
   family, a delivery after its new cooperative). Nothing is committed until the whole
   file was read: when any row is bad, on a dry run, on Cancel, on a crash or when the
   process is killed, the transaction is rolled back and the database is exactly as it
   was. The preview is the same run, rolled back.

Cost is linear in rows, and memory stays flat enough for a 300,000-row file: a sheet
parses a column's repeated values once (`rows.Layout`); families are checked against
look-ups fetched a chunk of keys at a time (`lookups`), which learn what each family
writes, so the session is flushed every `transaction.FLUSH_ROWS` rows instead of queried
and flushed per row; each group's rows are let go once done; a problem is kept as its
message and parameters (`results.Issue`).
4. The result (`results`) lists what is (or would be) created, updated or left
   unchanged, every bad row with its row number, column and reason, and notes the user
   should see before confirming (a new community or cooperative, a family found by its
   head's DNI, a possible duplicate person).

Empty cells never erase what is stored: re-importing a file with fewer columns does not
blank the others. Re-importing the same file updates rather than duplicates: families by
code (or their head's DNI), persons by DNI (or by names within their family), plots by
name within their family, agreements by number, training sessions by date, topic and
community, attendance by person (or name) within the session, deliveries by cooperative
and receipt.

One module per kind (`families`, `agreements`, `attendance`, `deliveries`), listed in
`kinds.KINDS`; the templates and the errors workbook are written by
desktop.reports.import_report.
"""

from desktop.services.imports.columns import (
    GENERIC_NAMES,
    LAST_NAMES,
    Column,
    ImportKind,
    SheetSpec,
    header_key,
)
from desktop.textnorm import split_surnames
from desktop.services.imports.kinds import KINDS
from desktop.services.imports.reader import SUFFIXES, read_workbook
from desktop.services.imports.results import (
    CREATE,
    ENTITY_TITLES,
    SAME,
    UPDATE,
    Change,
    ImportResult,
    Issue,
)
from desktop.services.imports.rows import ALIASES, REQUIRED, Row, normalise_dni
from desktop.services.imports.run import import_file, load_tables, run_import

__all__ = [
    "ALIASES", "CREATE", "ENTITY_TITLES", "GENERIC_NAMES", "KINDS", "LAST_NAMES", "REQUIRED",
    "SAME", "SUFFIXES", "UPDATE", "Change", "Column", "ImportKind", "ImportResult", "Issue",
    "Row", "SheetSpec", "header_key", "import_file", "load_tables", "normalise_dni",
    "read_workbook", "run_import", "split_surnames",
]

"""What an import did or would do: the changes, every bad row with its reason, and notes.

One result serves the preview, the real run, the command line's lines and the errors
workbook, so they always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.errors import FieldError
from desktop.services.imports.columns import Column

CREATE, UPDATE, SAME = "create", "update", "unchanged"


class Issue:
    """A bad row (or column, or file) with its reason; `row` None for the whole file.

    A 300,000-row file can have 600,000 of them: the reason is kept as its message and
    parameters (a FieldError, an exception with its own dictionaries, is three times the
    size) and `error` gives the FieldError again.
    """

    __slots__ = ("row", "column", "field", "message", "params", "sheet", "expected", "held")

    def __init__(self, row: int | None, column: str, error: FieldError, sheet: str = "",
                 expected: Column | None = None, held: bool = False):
        self.row = row
        self.column = column  # the header as written in the file, or "" when it is the row
        self.field, self.message = error.field, error.message
        self.params = tuple(x for item in error.params.items() for x in item)  # k, v, k, v…
        self.sheet = sheet
        self.expected = expected  # a missing column: shown in the reader's language
        self.held = held  # a note on a good row that waits for another row's correction

    @property
    def error(self) -> FieldError:
        p = self.params
        return FieldError(self.field, self.message, dict(zip(p[::2], p[1::2])))

    def __repr__(self) -> str:
        return f"Issue({self.row!r}, {self.column!r}, {self.error!r}, {self.sheet!r})"

    def column_text(self, lang: str | None = None) -> str:
        return self.expected.header(lang) if self.expected is not None else self.column

    def reason(self, lang: str | None = None) -> str:
        return self.error.text(lang)

    def line(self, lang: str | None = None) -> str:
        """'Row 7, column “dni”: A DNI has exactly 8 digits.' in `lang`."""
        column = self.column_text(lang)
        if self.row is not None and column:
            text = translate("Import", "Row {row}, column “{column}”: {reason}", lang)
        elif self.row is not None:
            text = translate("Import", "Row {row}: {reason}", lang)
        elif column:
            text = translate("Import", "Column “{column}”: {reason}", lang)
        else:
            text = "{reason}"
        text = text.format(row=self.row, column=column, reason=self.reason(lang))
        if self.sheet:
            text = translate("Import", "Sheet {sheet}: {text}", lang).format(
                sheet=self.sheet, text=text)
        return text


@dataclass(slots=True)
class Change:
    entity: str  # a key of ENTITY_TITLES
    action: str  # CREATE, UPDATE or SAME
    key: str  # what a person recognises: a code, a name
    row: int | None
    sheet: str = ""


ENTITY_TITLES = {
    "community": QT_TRANSLATE_NOOP("Import", "Communities"),
    "family": QT_TRANSLATE_NOOP("Import", "Families"),
    "person": QT_TRANSLATE_NOOP("Import", "Persons"),
    "plot": QT_TRANSLATE_NOOP("Import", "Plots"),
    "agreement": QT_TRANSLATE_NOOP("Import", "Agreements"),
    "training_session": QT_TRANSLATE_NOOP("Import", "Training sessions"),
    "attendance": QT_TRANSLATE_NOOP("Import", "Participants"),
    "cooperative": QT_TRANSLATE_NOOP("Import", "Cooperatives"),
    "membership": QT_TRANSLATE_NOOP("Import", "Cooperative members"),
    "delivery": QT_TRANSLATE_NOOP("Import", "Deliveries"),
    "advance": QT_TRANSLATE_NOOP("Import", "Advances"),
}


@dataclass
class ImportResult:
    kind: str
    dry_run: bool = False
    rows: int = 0  # data rows read (blank rows are not counted)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    #: (sheet, row number) of every data row read.
    row_keys: list[tuple[str, int]] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def bad_rows(self) -> set[tuple[str, int]]:
        return {(e.sheet, e.row) for e in self.errors if e.row is not None}

    def imported_rows(self) -> set[tuple[str, int]]:
        return {(c.sheet, c.row) for c in self.changes if c.row is not None}

    def held_rows(self) -> set[tuple[str, int]]:
        """Good rows kept back with a bad row of the same family or session."""
        return {(w.sheet, w.row) for w in self.warnings if w.held}

    def unaccounted_rows(self) -> list[tuple[str, int]]:
        """Rows neither imported nor reported: always empty (nothing is dropped silently)."""
        seen = self.bad_rows() | self.imported_rows() | self.held_rows()
        return [key for key in self.row_keys if key not in seen]

    def counts(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for change in self.changes:
            entry = counts.setdefault(change.entity, {CREATE: 0, UPDATE: 0, SAME: 0})
            entry[change.action] += 1
        return counts

    def summary_lines(self, lang: str | None = None) -> list[str]:
        """'Families: 3 new, 1 updated, 0 unchanged' for each kind of record touched."""
        lines = []
        counts = self.counts()
        for entity, title in ENTITY_TITLES.items():
            if entity in counts:
                c = counts[entity]
                lines.append(translate("Import", "{what}: {new} new, {updated} updated, "
                                       "{same} unchanged", lang).format(
                    what=translate("Import", title, lang), new=c[CREATE], updated=c[UPDATE],
                    same=c[SAME]))
        return lines


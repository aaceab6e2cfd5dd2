"""Importing an office's spreadsheets: families, agreements, attendance and deliveries.

How an import runs
------------------
1. The file is read elsewhere (desktop.reports.sheet_reader) into tables: the
   rows under a header row, keyed by the header texts as written.
2. Headers are matched to columns, in Spanish or English, ignoring case,
   accents, spaces and underscores, in any order. A column is recognised by the
   template's header (``codigo_familia`` / ``family_code``) and by every name
   its field answers to in the field declarations (``Field.header_keys()``:
   its name, its English label and its Spanish label). Unknown columns, a
   column given twice and missing required columns are errors.
3. Every row is validated with the fields' own parsing and the services' own
   rules, and written with the ORM inside ONE database transaction, row after
   row, so a later row sees what an earlier one created (a member after their
   family, a delivery after its new cooperative). Nothing is committed until
   the whole file was read: when any row is bad, on a dry run, on Cancel, on
   a crash or when the process is killed, the transaction is rolled back and
   the database is exactly as it was. The preview is the same run, rolled back.
4. The result lists what is (or would be) created, updated or left unchanged,
   every bad row with its row number, column and reason, and notes the user
   should see before confirming (a new community or cooperative, a family
   found by its head's DNI, a possible duplicate person).

Empty cells never erase what is stored: re-importing a file with fewer columns
does not blank the others. Re-importing the same file updates rather than
duplicates: families by code (or their head's DNI), persons by DNI (or by
names within their family), plots by name within their family, agreements by
number, training sessions by date, topic and community, attendance by person
(or name) within the session, deliveries by cooperative and receipt.

Layouts (one template per kind, see `KINDS` and desktop.reports.import_report):

* families — one row per person; the family's columns (code, community,
  inside the forest) are repeated on each row of the family. Plots are
  optional, in a second sheet named "Parcelas" or "Plots" (one row per plot,
  with the family code). ``parentesco`` = jefe/jefa de familia (head) marks
  the head; an empty relationship means "other relative" for a new person.
* agreements — one row per agreement; commitments are codes or labels
  separated by ";" (empty: the standard commitments). A signed or active
  agreement takes the family's head as its signatory.
* attendance — one row per participant; rows with the same date, topic and
  community are one session. A known DNI links the member; anyone else is an
  unregistered participant.
* deliveries — one row per receipt; the delivering person is found by DNI or
  is the family's head; a new cooperative needs its RUC (column ``ruc``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.i18n import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, Signatory
from desktop.db.community import Community
from desktop.db.cooperative import Cooperative, Delivery, Membership
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.db.training import Attendance, TrainingSession
from desktop.i18n import language, translate
from desktop.i18n.labels import LABELS, code_for, label
from desktop.services import agreements as agreement_service
from desktop.services import cooperative as coop_service
from desktop.services import registry
from desktop.services import training as training_service
from desktop.services.agreements import rules as agreement_rules
from desktop.services.agreements.fields import AGREEMENT_FIELDS
from desktop.services.errors import FieldError
from desktop.services.fields import (
    BOOL,
    CHOICE,
    DATE,
    TEXT,
    Field,
    by_name,
)
from desktop.services.registry.fields import (
    COMMUNITY_FIELDS,
    FAMILY_FIELDS,
    PERSON_FIELDS,
    PLOT_FIELDS,
)
from desktop.textnorm import fold, name_key

CREATE, UPDATE, SAME = "create", "update", "unchanged"
GENERIC_NAMES = {"name", "code", "number"}

REQUIRED = QT_TRANSLATE_NOOP("Validation", "{field} is required.")


def header_key(text) -> str:
    """A header as it is compared: folded, without spaces and underscores (as Field.header_keys),
    nor dots and hyphens ("D.N.I.", "fecha-nacimiento")."""
    return re.sub(r"[\s_.\-]", "", fold(str(text or "")))


# --- columns ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """One recognised column of an import: its template headers and the field that parses it."""

    key: str
    field: Field
    es: str  # the template's header in Spanish
    en: str  # ... and in English
    required: bool = False  # the column must be there and have a value on every row
    in_template: bool = True
    also: tuple[str, ...] = ()  # service field names whose errors are shown in this column
    hint: str = ""  # English source, context "Import": shown in the template's instructions

    def header(self, lang: str | None = None) -> str:
        return self.es if (lang or language()) == "es" else self.en

    def match_keys(self) -> set[str]:
        keys = {header_key(self.es), header_key(self.en), header_key(self.key)}
        # The field's labels in both languages and its name, except a bare generic name (a
        # cooperative's field is called "name", which must not claim a "Name" column).
        keys |= {header_key(k) for k in self.field.header_keys() if k not in GENERIC_NAMES}
        return keys


_KEY_MAPS: dict[int, dict[str, Column]] = {}


@dataclass(frozen=True)
class SheetSpec:
    """The columns of one sheet of an import; `optional` sheets are found by name."""

    key: str
    title_en: str  # the template's sheet name (also how an optional sheet is found)
    title_es: str
    columns: tuple[Column, ...]
    optional: bool = False
    #: Groups of columns of which at least one must be present (e.g. surnames).
    one_of: tuple[tuple[str, ...], ...] = ()

    def title(self, lang: str | None = None) -> str:
        return self.title_es if (lang or language()) == "es" else self.title_en

    def sheet_keys(self) -> set[str]:
        return {header_key(self.title_en), header_key(self.title_es)}

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def _key_map(self) -> dict[str, Column]:
        cached = _KEY_MAPS.get(id(self))
        if cached is not None:
            return cached
        owners: dict[str, list[Column]] = defaultdict(list)
        for column in self.columns:
            for key in column.match_keys():
                owners[key].append(column)
        mapping = {}
        for key, columns in owners.items():
            # A key two columns answer to belongs to the one whose template header it is.
            mine = [c for c in columns if key in (header_key(c.es), header_key(c.en),
                                                  header_key(c.key))]
            if len(columns) == 1 or len(mine) == 1:
                mapping[key] = columns[0] if len(columns) == 1 else mine[0]
        _KEY_MAPS[id(self)] = mapping
        return mapping

    def match(self, header: str) -> Column | None:
        return self._key_map().get(header_key(header))

    def is_known(self, header: str) -> bool:
        return header_key(header) in self._key_map()

    def column_for_field(self, name: str | None) -> Column | None:
        if not name:
            return None
        for column in self.columns:
            if name == column.key or name in column.also:
                return column
        return next((c for c in self.columns if c.field.name == name), None)


@dataclass(frozen=True)
class ImportKind:
    name: str
    title: str  # English source, context "Import"
    sheets: tuple[SheetSpec, ...]
    handler: Callable
    instructions: str = ""  # English source, context "Import"

    def display(self, lang: str | None = None) -> str:
        return translate("Import", self.title, lang)


KINDS: dict[str, ImportKind] = {}


def register(kind: ImportKind) -> ImportKind:
    """Make a kind importable (command line, wizard and templates read KINDS)."""
    KINDS[kind.name] = kind
    return kind


# --- results ----------------------------------------------------------------------------------

@dataclass
class Issue:
    """A bad row (or column, or file) with its reason; `row` None for the whole file."""

    row: int | None
    column: str  # the header as written in the file, or "" when the problem is the row
    error: FieldError
    sheet: str = ""
    expected: Column | None = None  # a column that is missing: shown in the reader's language
    held: bool = False  # a note on a good row that waits for another row's correction

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


@dataclass
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


class ImportCancelled(Exception):
    """The user cancelled: nothing was written."""


class _Aborted(Exception):
    """The database refused a write: the run stops, and nothing is written."""


# --- the rows of a sheet ----------------------------------------------------------------------

ALIASES: dict[str, dict[str, str]] = {
    # Spellings offices use besides the labels of desktop.i18n.labels (compared folded).
    "sex": {"f": "F", "femenino": "F", "mujer": "F", "female": "F", "woman": "F",
            "m": "M", "masculino": "M", "hombre": "M", "varon": "M", "h": "M", "male": "M",
            "man": "M"},
    "relation": {
        "jefe": "head", "jefa": "head", "jefe de familia": "head", "jefa de familia": "head",
        "jefe de hogar": "head", "jefa de hogar": "head", "titular": "head", "head": "head",
        "esposo": "spouse", "esposa": "spouse", "conyuge": "spouse", "conviviente": "spouse",
        "pareja": "spouse", "wife": "spouse", "husband": "spouse", "partner": "spouse",
        "spouse": "spouse",
        "hijo": "child", "hija": "child", "son": "child", "daughter": "child", "child": "child",
        "padre": "parent", "madre": "parent", "father": "parent", "mother": "parent",
        "nieto": "grandchild", "nieta": "grandchild", "grandson": "grandchild",
        "granddaughter": "grandchild",
        "hermano": "sibling", "hermana": "sibling", "brother": "sibling", "sister": "sibling",
        "otro": "other", "otra": "other", "other": "other",
    },
    "agreement_status": {
        "activo": "active", "activa": "active", "vigente": "active",
        "firmado": "signed", "firmada": "signed",
        "suspendido": "suspended", "suspendida": "suspended",
        "terminado": "ended", "terminada": "ended", "finalizado": "ended",
        "finalizada": "ended", "concluido": "ended",
        "borrador": "draft",
    },
    "training_kind": {
        "cafe sostenible": "coffee", "sustainable coffee": "coffee", "cafe": "coffee",
        "coffee": "coffee", "habilidades financieras": "finance", "finanzas": "finance",
        "financial skills": "finance", "educacion ambiental": "environment",
        "environmental awareness": "environment", "ambiental": "environment",
        "escolar": "school", "school": "school", "otro": "other", "other": "other",
    },
    "product": {"cereza": "cherry", "cerezo": "cherry", "cherry": "cherry",
                "pergamino humedo": "wet_parchment", "wet parchment": "wet_parchment",
                "pergamino seco": "dry_parchment", "dry parchment": "dry_parchment",
                "pergamino": "dry_parchment"},
}

_ISO_DATETIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}")
_DMY_DATETIME = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4}) \d{1,2}:\d{2}")


def normalise_dni(raw):
    """'1234567' (a DNI typed as a number loses its leading zero in Excel) → '01234567'."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = re.sub(r"\s+", "", str(raw))
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    if text.isdigit() and 5 <= len(text) < 8:
        text = text.zfill(8)
    return text


def _prepare(column: Column, raw):
    """Spreadsheet realities smoothed before the field parses the value."""
    f = column.field
    if f.name == "dni" or column.key == "dni":
        return normalise_dni(raw)
    if f.kind == CHOICE and isinstance(raw, str):
        return ALIASES.get(f.choices, {}).get(fold(raw), raw)
    if f.kind == DATE and isinstance(raw, str):
        match = _ISO_DATETIME.match(raw) or _DMY_DATETIME.match(raw)
        if match:
            return match.group(1)
    if f.kind == DATE and isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return str(raw)  # a bare number is not a date: let the field say so
    if f.kind == BOOL and isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return str(int(raw)) if float(raw).is_integer() else str(raw)
    return raw


class Row:
    """One data row: raw values by column key, parsed on demand, errors reported to the run."""

    def __init__(self, run: _Run, spec: SheetSpec, sheet: str, number: int, record: dict,
                 columns: dict[str, Column]):
        self.run, self.spec, self.sheet, self.number = run, spec, sheet, number
        self.header_of = {c.key: header for header, c in columns.items()}
        self.raw_values = {}
        for header, value in record.items():
            column = columns.get(header)
            if column is not None:
                self.raw_values[column.key] = value
        self._parsed: dict[str, object] = {}
        self.bad_keys: set[str | None] = set()

    @property
    def failed(self) -> bool:
        return bool(self.bad_keys)

    def raw(self, key: str):
        return self.raw_values.get(key)

    def has_column(self, key: str) -> bool:
        return key in self.header_of

    def get(self, key: str):
        """The parsed value of a column (None when empty or bad; a bad value is reported)."""
        if key not in self._parsed:
            column, raw, value = self.spec.column(key), self.raw(key), None
            if raw is not None:
                try:
                    value = column.field.parse(_prepare(column, raw))
                except FieldError as error:
                    self.fail(key, error)
                    value = None
            if value == "":
                value = None
            self._parsed[key] = value
        return self._parsed[key]

    def require(self, key: str):
        value = self.get(key)
        if value is None and key not in self.bad_keys:
            column = self.spec.column(key)
            self.fail(key, FieldError(column.field.name, REQUIRED, {"field": column.field.label}))
        return value

    def fail(self, key: str | None, error: FieldError) -> None:
        self.bad_keys.add(key)
        self.run.error(self, key, error)

    def fail_field(self, error: FieldError) -> None:
        """A service's FieldError, shown in the column of its field."""
        column = self.spec.column_for_field(error.field)
        self.fail(column.key if column else None, error)

    def fail_message(self, key: str | None, message: str, **params) -> None:
        self.fail(key, FieldError(key, message, params))


# --- one run ----------------------------------------------------------------------------------

class _Run:
    def __init__(self, session: Session, result: ImportResult, progress, total: int):
        self.session, self.result, self.progress, self.total = session, result, progress, total
        self.done = 0
        self.step = max(1, total // 200)
        self.communities: dict[str, Community] = {}
        self.cooperatives: dict[str, Cooperative] = {}
        #: Look-ups a kind repeats on many rows (what it does not change itself).
        self.cache: dict[tuple, object] = {}

    # reporting
    def error(self, row: Row, key: str | None, error: FieldError) -> None:
        header = row.header_of.get(key, "") if key else ""
        expected = row.spec.column(key) if key and not header else None
        self.result.errors.append(Issue(row.number, header, error, row.sheet, expected))

    def note(self, row: Row | None, message: str, **params) -> None:
        self.result.warnings.append(Issue(row.number if row else None, "",
                                          FieldError(None, message, params),
                                          row.sheet if row else ""))

    def hold(self, group: list[Row], message: str) -> None:
        """Note on each good row of a group that it waits for the group's bad rows."""
        bad = ", ".join(str(r.number) for r in group if r.failed)
        for row in group:
            if not row.failed:
                self.result.warnings.append(Issue(row.number, "", FieldError(
                    None, message, {"rows": bad}), row.sheet, held=True))

    def change(self, row: Row, entity: str, action: str, key: str) -> None:
        self.result.changes.append(Change(entity, action, key, row.number, row.sheet))

    def tick(self, count: int = 1) -> None:
        self.done += count
        due = self.done % self.step == 0 or self.done >= self.total or count > 1
        if self.progress is not None and due and \
                self.progress(min(self.done, self.total), self.total) is False:
            raise ImportCancelled()

    def flush(self, row: Row) -> None:
        """Write what the row changed; a refusal by the database stops the run."""
        try:
            self.session.flush()
        except IntegrityError as error:
            self.session.rollback()
            row.fail(None, FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "The database refused this row ({detail}); nothing was imported."),
                {"detail": str(error.orig)}))
            raise _Aborted() from error

    # shared look-ups
    def community(self, row: Row, key: str, name: str, zone: str = "inside") -> Community:
        folded = fold(name)
        if folded in self.communities:
            return self.communities[folded]
        community = self.session.scalar(select(Community).where(
            Community.name_folded == folded, Community.deleted_at.is_(None))
            .order_by(Community.created_at).limit(1))
        if community is None:
            community = Community(name=name, zone=zone)
            self.session.add(community)
            self.flush(row)
            self.change(row, "community", CREATE, name)
            self.note(row, QT_TRANSLATE_NOOP(
                "Validation", "Community “{name}” does not exist yet: it will be created."),
                name=name)
        self.communities[folded] = community
        return community


def _changed(obj, values: dict) -> bool:
    """Set the values that differ (None never erases); True when something changed."""
    changed = False
    for key, value in values.items():
        if value is None:
            continue
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed


def _living_family(session: Session, code: str) -> Family | None:
    return session.scalar(select(Family).where(Family.code == code, Family.deleted_at.is_(None)))


def _living_person(session: Session, dni: str) -> Person | None:
    return session.scalar(select(Person).where(Person.dni == dni, Person.deleted_at.is_(None)))


NO_FAMILY = QT_TRANSLATE_NOOP("Validation", "There is no family with code {code}.")


# --- running ----------------------------------------------------------------------------------

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
               progress: Callable[[int, int], bool] | None = None,
               issues: list[Issue] | None = None) -> ImportResult:
    """Validate and import `tables` ({sheet key: Table or None}) as one transaction.

    Committed only when no row has an error and `dry_run` is false; otherwise
    rolled back, so the result is a preview. `progress(done, total)` returning
    False cancels (ImportCancelled, nothing written).
    """
    from desktop.services.database import classify

    kind = KINDS[kind_name]
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
    total = sum(len(table.rows) for _, table, _ in prepared)
    with database.session() as session:
        run = _Run(session, result, progress, total)
        rows: dict[str, list[Row]] = {spec.key: [] for spec in kind.sheets}
        for spec, table, columns in prepared:
            sheet = table.sheet if named else ""
            for number, record in table.rows:
                rows[spec.key].append(Row(run, spec, sheet, number, record, columns))
                result.row_keys.append((sheet, number))
        result.rows = total
        if progress is not None and progress(0, total) is False:
            raise ImportCancelled()
        try:
            kind.handler(run, rows)
            if result.errors or dry_run:
                session.rollback()
            else:
                session.commit()
                result.written = True
        except _Aborted:
            session.rollback()
        except OperationalError as error:
            session.rollback()
            problem = classify(getattr(error, "orig", None) or error, database.path)
            if problem is None:
                raise
            raise problem from error
        except BaseException:
            session.rollback()
            raise
    result.errors.sort(key=lambda issue: (issue.sheet, issue.row or 0))
    result.warnings.sort(key=lambda issue: (issue.sheet, issue.row or 0))
    return result


# --- families ---------------------------------------------------------------------------------

_FAMILY = by_name(FAMILY_FIELDS)
_PERSON = by_name(PERSON_FIELDS)
_PLOT = by_name(PLOT_FIELDS)
LAST_NAMES = Field("last_names", QT_TRANSLATE_NOOP("Fields", "Surnames"), max_length=161)
#: Words that belong to the surname after them: "De la Cruz Pérez" is "De la Cruz" + "Pérez".
PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "di", "van", "von",
             "san", "santa", "mc"}


def split_surnames(text: str) -> tuple[str, str]:
    """'Núñez Pérez' → ('Núñez', 'Pérez'); 'De la Cruz Pérez' → ('De la Cruz', 'Pérez')."""
    groups, pending = [], []
    for word in text.split():
        pending.append(word)
        if fold(word) not in PARTICLES:
            groups.append(" ".join(pending))
            pending = []
    if pending:
        if groups:
            groups[-1] += " " + " ".join(pending)
        else:
            groups.append(" ".join(pending))
    if not groups:
        return "", ""
    return groups[0], " ".join(groups[1:])


FAMILY_CODE = Column("family_code", _FAMILY["code"], "codigo_familia", "family_code",
                     also=("code",))
FAMILY_COLUMNS = (
    FAMILY_CODE,
    Column("community", dataclasses.replace(COMMUNITY_FIELDS[0], required=False),
           "comunidad", "community", also=("community_id",),
           hint=QT_TRANSLATE_NOOP("Import", "A community that does not exist yet is created.")),
    Column("given_names", _PERSON["given_names"], "nombres", "first_names", required=True),
    Column("last_names", LAST_NAMES, "apellidos", "last_names",
           also=("paternal_surname", "maternal_surname"),
           hint=QT_TRANSLATE_NOOP("Import", "Paternal then maternal surname.")),
    Column("dni", _PERSON["dni"], "dni", "dni",
           hint=QT_TRANSLATE_NOOP("Import", "8 digits; a number that lost its leading zero "
                                  "in Excel is completed.")),
    Column("sex", _PERSON["sex"], "sexo", "sex", required=True),
    Column("birth_date", _PERSON["birth_date"], "fecha_nacimiento", "birth_date"),
    Column("relation", _PERSON["relation"], "parentesco", "relationship",
           hint=QT_TRANSLATE_NOOP("Import", "jefe/jefa de familia (head) marks the head; "
                                  "empty means another relative.")),
    Column("inside_forest", _FAMILY["inside_forest"], "dentro_bosque", "inside_forest"),
    Column("phone", _PERSON["phone"], "telefono", "phone"),
    # Recognised but not in the template: surnames in two columns, as the window has them.
    Column("paternal_surname", _PERSON["paternal_surname"], "apellido_paterno",
           "paternal_surname", in_template=False),
    Column("maternal_surname", _PERSON["maternal_surname"], "apellido_materno",
           "maternal_surname", in_template=False),
)
PLOT_COLUMNS = (
    FAMILY_CODE,
    Column("plot_name", _PLOT["name"], "nombre_parcela", "plot_name", required=True,
           also=("name",)),
    Column("area_ha", _PLOT["area_ha"], "area_ha", "area_ha", required=True),
    Column("land_use", _PLOT["land_use"], "uso_suelo", "land_use", required=True),
    Column("inside_protected_area", _PLOT["inside_protected_area"], "dentro_area_protegida",
           "inside_protected_area"),
    Column("latitude", _PLOT["latitude"], "latitud", "latitude"),
    Column("longitude", _PLOT["longitude"], "longitud", "longitude"),
)


@dataclass
class _PersonLine:
    row: Row
    values: dict
    relation: str | None
    person: Person | None = None


def _family_value(group: list[Row], key: str):
    """The one value a family's rows give for a family column; rows disagreeing are reported."""
    first_row, first = None, None
    for row in group:
        value = row.get(key)
        if value is None:
            continue
        if first_row is None:
            first_row, first = row, value
        elif (fold(value) if isinstance(value, str) else value) != (
                fold(first) if isinstance(first, str) else first):
            row.fail_message(key, QT_TRANSLATE_NOOP(
                "Validation", "Row {row} gives a different value for the same family."),
                row=first_row.number)
    return first_row, first


def _person_values(row: Row) -> dict:
    values = {"given_names": row.require("given_names")}
    if row.has_column("paternal_surname") and row.raw("paternal_surname") is not None:
        values["paternal_surname"] = row.get("paternal_surname")
        values["maternal_surname"] = row.get("maternal_surname")
    else:
        surnames = row.get("last_names")
        if surnames is None and "last_names" not in row.bad_keys:
            row.fail("last_names", FieldError("paternal_surname", REQUIRED,
                                              {"field": _PERSON["paternal_surname"].label}))
        paternal, maternal = split_surnames(surnames or "")
        values["paternal_surname"] = paternal or None
        values["maternal_surname"] = maternal or None
        for name in ("paternal_surname", "maternal_surname"):
            if values[name]:
                try:
                    _PERSON[name].parse(values[name])
                except FieldError as error:
                    row.fail("last_names", error)
    values.update(dni=row.get("dni"), sex=row.get("sex"), birth_date=row.get("birth_date"),
                  phone=row.get("phone"))
    return values


def _import_families(run: _Run, rows: dict[str, list[Row]]) -> None:
    groups: dict[str, list[Row]] = {}
    for row in rows["main"]:
        code = row.get("family_code")
        groups.setdefault(f"code:{code}" if code else f"row:{row.number}", []).append(row)
    by_code: dict[str, str | None] = {}  # the file's family code → the family's id
    seen_dni: dict[str, int] = {}
    for group in groups.values():
        family = _family_group(run, group, seen_dni)
        code = group[0].get("family_code")
        if code:
            by_code[code] = family.id if family is not None else None
        run.tick(len(group))
    seen_plots: dict[tuple[str, str], int] = {}
    for row in rows.get("plots", []):
        _plot_row(run, row, by_code, seen_plots)
        run.tick()


def _family_group(run: _Run, group: list[Row], seen_dni: dict[str, int]) -> Family | None:
    session = run.session
    first = group[0]
    code = first.get("family_code")
    lines = []
    for row in group:
        values = _person_values(row)
        lines.append(_PersonLine(row, values, row.get("relation")))
    community_row, community_name = _family_value(group, "community")
    _, inside = _family_value(group, "inside_forest")

    family = _living_family(session, code) if code else None
    heads = [line for line in lines if line.relation == "head"]
    if family is None:
        for line in heads:
            dni = line.values.get("dni")
            holder = _living_person(session, dni) if dni else None
            if holder is not None and holder.relation == "head":
                family = holder.family
                run.note(line.row, QT_TRANSLATE_NOOP(
                    "Validation", "Family {file_code} is family {code} (same head, DNI {dni}): "
                    "it is updated."), file_code=code or "—", code=family.code, dni=dni)
                break
    new = family is None
    if new:
        if code:
            for error in registry.family_rules(session, {"code": code}, None):
                first.fail_field(error)
        if community_name is None and "community" not in first.bad_keys:
            first.require("community")
        if not heads:
            first.fail_message("relation", QT_TRANSLATE_NOOP(
                "Validation", "Family {code} has no head: mark one person as jefe or jefa de "
                "familia (head)."), code=code or "—")
    for extra in heads[1:]:
        extra.row.fail_message("relation", QT_TRANSLATE_NOOP(
            "Validation", "Family {code} has more than one head (rows {first} and {row})."),
            code=code or "—", first=heads[0].row.number, row=extra.row.number)

    # Who is who: persons by DNI anywhere, else by names within the family.
    names_seen: dict[str, int] = {}
    members = family.living_members if family is not None else []
    for line in lines:
        values, row = line.values, line.row
        dni = values.get("dni")
        if dni:
            if dni in seen_dni:
                row.fail_message("dni", QT_TRANSLATE_NOOP(
                    "Validation", "DNI {dni} appears twice in the file (rows {first} and "
                    "{row})."), dni=dni, first=seen_dni[dni], row=row.number)
                continue
            seen_dni[dni] = row.number
            holder = _living_person(session, dni)
            if holder is not None and (new or holder.family_id != family.id):
                pass  # registry's rules below report "already registered to … of family …"
            else:
                line.person = holder
        key = name_key(values.get("given_names"), values.get("paternal_surname"),
                       values.get("maternal_surname"))
        if line.person is None and family is not None and values.get("given_names"):
            line.person = next((m for m in members if m.name_key == key and (
                not dni or not m.dni)), None)
        if values.get("given_names"):
            if key in names_seen:
                row.fail_message("given_names", QT_TRANSLATE_NOOP(
                    "Validation", "The same person appears twice for this family (rows {first} "
                    "and {row})."), first=names_seen[key], row=row.number)
                continue
            names_seen[key] = row.number
        if line.person is None and values.get("sex") is None and "sex" not in row.bad_keys:
            row.require("sex")
        rules = {k: v for k, v in values.items() if v is not None or k == "dni"}
        for error in registry.person_rules(session, rules, line.person.id if line.person
                                            else None, None):
            row.fail_field(error)

    # One head: a new head needs the current one to get another relationship in the file.
    current = family.head if family is not None else None
    if current is not None:
        current_line = next((line for line in lines if line.person is current), None)
        demoted = current_line is not None and current_line.relation not in (None, "head")
        for line in heads[:1]:
            if line.person is not current and not demoted:
                line.row.fail("relation", FieldError("relation", QT_TRANSLATE_NOOP(
                    "Validation", "This family already has a head: {name}."),
                    {"name": current.full_name}))
        if demoted and not heads:
            current_line.row.fail("relation", FieldError("relation", QT_TRANSLATE_NOOP(
                "Validation", "A family needs exactly one head; make another member head "
                "first.")))

    if any(row.failed for row in group):
        run.hold(group, QT_TRANSLATE_NOOP(
            "Validation", "Kept back with its family: correct row(s) {rows} first."))
        return None

    for line in lines:  # possible duplicates elsewhere: shown, not refused
        values = line.values
        if line.person is None:
            matches = registry.find_possible_duplicates(
                session, values["given_names"], values["paternal_surname"],
                values.get("maternal_surname"), values.get("birth_date"))
            if matches:
                run.note(line.row, QT_TRANSLATE_NOOP(
                    "Validation", "{name} may be the same person as {names}."),
                    name=" ".join(v for v in (values["given_names"], values["paternal_surname"],
                                              values.get("maternal_surname")) if v),
                    names=", ".join(f"{m.full_name} ({m.family.code})" for m in matches))

    # Write: the family, then its persons (a former head first, to free the head's place).
    if new:
        community = run.community(community_row, "community", community_name,
                                  "inside" if inside in (None, True) else "buffer")
        family = Family(code=code or registry.next_family_code(session), community=community)
        if inside is not None:
            family.inside_forest = inside
        session.add(family)
        run.change(first, "family", CREATE, family.code)
    else:
        values = {"inside_forest": inside}
        if community_name is not None and fold(community_name) != fold(family.community.name):
            values["community_id"] = run.community(community_row, "community",
                                                   community_name).id
        run.change(first, "family", UPDATE if _changed(family, values) else SAME, family.code)
    ordered = sorted(lines, key=lambda line: line.relation == "head")
    for line in ordered:
        values = dict(line.values)
        if line.person is None:
            values["relation"] = line.relation or "other"
            person = Person(family=family, **{k: v for k, v in values.items()
                                              if v is not None})
            session.add(person)
            run.change(line.row, "person", CREATE, person.full_name)
        else:
            was_head = line.person.relation == "head"
            values["relation"] = line.relation
            changed = _changed(line.person, values)
            if was_head and line.person.relation != "head":
                run.flush(line.row)  # the former head steps down before the new one is written
            run.change(line.row, "person", UPDATE if changed else SAME, line.person.full_name)
    run.flush(first)
    return family


def _plot_row(run: _Run, row: Row, by_code: dict, seen: dict) -> None:
    session = run.session
    code = row.require("family_code")
    values = {"name": row.require("plot_name"), "area_ha": row.require("area_ha"),
              "land_use": row.require("land_use"),
              "inside_protected_area": row.get("inside_protected_area"),
              "latitude": row.get("latitude"), "longitude": row.get("longitude")}
    family = None
    if code:
        if code in by_code and by_code[code] is None:
            row.fail_message("family_code", QT_TRANSLATE_NOOP(
                "Validation", "Family {code} has errors in the first sheet; its plots wait for "
                "them to be corrected."), code=code)
            return
        family = session.get(Family, by_code[code]) if code in by_code else \
            _living_family(session, code)
        if family is None:
            row.fail_message("family_code", NO_FAMILY, code=code)
    plot = None
    if family is not None and values["name"]:
        key = (family.id, fold(values["name"]))
        if key in seen:
            row.fail_message("plot_name", QT_TRANSLATE_NOOP(
                "Validation", "This plot appears twice for the family (rows {first} and "
                "{row})."), first=seen[key], row=row.number)
            return
        seen[key] = row.number
        plot = next((p for p in family.plots if p.deleted_at is None
                     and fold(p.name) == key[1]), None)
    merged = dict(values)
    if plot is not None:
        for name in ("latitude", "longitude"):
            if merged[name] is None:
                merged[name] = getattr(plot, name)
    for error in registry.plot_rules(merged):
        row.fail_field(error)
    if row.failed:
        return
    if plot is None:
        plot = Plot(family=family, **{k: v for k, v in values.items() if v is not None})
        session.add(plot)
        run.flush(row)
        run.change(row, "plot", CREATE, f"{family.code} · {plot.name}")
    else:
        changed = _changed(plot, values)
        run.flush(row)
        run.change(row, "plot", UPDATE if changed else SAME, f"{family.code} · {plot.name}")


register(ImportKind(
    "families", QT_TRANSLATE_NOOP("Import", "Families and members"),
    (SheetSpec("main", "Families", "Familias", FAMILY_COLUMNS,
               one_of=(("last_names", "paternal_surname"),)),
     SheetSpec("plots", "Plots", "Parcelas", PLOT_COLUMNS, optional=True)),
    _import_families,
    QT_TRANSLATE_NOOP("Import", "One row per person. The family's columns (code, community, "
                      "inside the forest) are repeated on every row of the family; exactly one "
                      "person of a new family is its head. Plots are optional, one row each in "
                      "the second sheet. Families are found by code or by their head's DNI, "
                      "persons by DNI: importing the file again updates them.")))


# --- agreements -------------------------------------------------------------------------------

_AGREEMENT = by_name(AGREEMENT_FIELDS)
SIGNED_ON = Field("signed_on", QT_TRANSLATE_NOOP("Fields", "Signing date"), DATE)
COMMITMENTS = Field("commitments", QT_TRANSLATE_NOOP("Fields", "Commitments"), TEXT)
#: Status changes an import may make on an existing agreement (the life cycle, forwards).
NEXT_STATUSES = {
    "draft": {"draft", "signed", "active"},
    "signed": {"signed", "active", "suspended", "ended"},
    "active": {"active", "suspended", "ended"},
    "suspended": {"suspended", "active", "ended"},
    "ended": {"ended"},
}

AGREEMENT_COLUMNS = (
    Column("agreement_number", dataclasses.replace(_AGREEMENT["number"], placeholder=""),
           "numero_acuerdo", "agreement_number", required=True, also=("number",)),
    Column("family_code", _AGREEMENT["family_code"], "codigo_familia", "family_code",
           required=True),
    Column("signed_on", SIGNED_ON, "fecha_firma", "signed_on", also=("signatories",)),
    Column("start_date", _AGREEMENT["start_date"], "fecha_inicio", "starts_on", required=True),
    Column("end_date", _AGREEMENT["end_date"], "fecha_fin", "ends_on", required=True),
    Column("status", _AGREEMENT["status"], "estado", "status",
           hint=QT_TRANSLATE_NOOP("Import", "Empty means draft.")),
    Column("forest_area_ha", _AGREEMENT["forest_area_ha"], "area_bosque_ha", "forest_area_ha",
           hint=QT_TRANSLATE_NOOP("Import", "Empty: the forest plots of the family.")),
    Column("commitments", COMMITMENTS, "compromisos", "commitments",
           hint=QT_TRANSLATE_NOOP("Import", "Codes or texts separated by “;”. Empty: the "
                                  "standard commitments.")),
    Column("notes", _AGREEMENT["notes"], "notas", "notes", in_template=False),
)


def parse_commitments(row: Row) -> list[str] | None:
    text = row.get("commitments")
    if text is None:
        return None
    kinds = []
    for part in re.split(r"[;\n]", text):
        part = part.strip()
        if not part:
            continue
        code = part if part in LABELS["commitment"] else code_for("commitment", part)
        if code is None:
            row.fail_message("commitments", QT_TRANSLATE_NOOP(
                "Validation", "Unknown commitment: {kind}."), kind=part)
        elif code not in kinds:
            kinds.append(code)
    return kinds


def _import_agreements(run: _Run, rows: dict[str, list[Row]]) -> None:
    session = run.session
    numbers: dict[str, int] = {}
    for row in rows["main"]:
        _agreement_row(run, session, row, numbers)
        run.tick()


def _agreement_row(run: _Run, session: Session, row: Row, numbers: dict) -> None:
    number, code = row.require("agreement_number"), row.require("family_code")
    values = {"start_date": row.require("start_date"), "end_date": row.require("end_date"),
              "forest_area_ha": row.get("forest_area_ha"), "notes": row.get("notes")}
    signed_on, status = row.get("signed_on"), row.get("status")
    kinds = parse_commitments(row)
    for error in agreement_rules.agreement_dates(values):
        row.fail_field(error)
    if values["forest_area_ha"] is not None and values["forest_area_ha"] < 0:
        row.fail_message("forest_area_ha", QT_TRANSLATE_NOOP(
            "Validation", "The area cannot be negative."))
    if number:
        if number in numbers:
            row.fail_message("agreement_number", QT_TRANSLATE_NOOP(
                "Validation", "Agreement {number} appears twice in the file (rows {first} and "
                "{row})."), number=number, first=numbers[number], row=row.number)
            return
        numbers[number] = row.number
    family = _living_family(session, code) if code else None
    if code and family is None:
        row.fail_message("family_code", NO_FAMILY, code=code)
    existing = session.scalar(select(Agreement).where(Agreement.number == number)) \
        if number else None
    if existing is not None:
        if existing.deleted_at is not None:
            row.fail_message("agreement_number", QT_TRANSLATE_NOOP(
                "Validation", "Agreement number {number} is already used."), number=number)
            return
        if family is not None and existing.family_id != family.id:
            row.fail_message("family_code", QT_TRANSLATE_NOOP(
                "Validation", "Agreement {number} belongs to family {code}."),
                number=number, code=existing.family.code)
            return
        if status and status not in NEXT_STATUSES[existing.status]:
            row.fail_message("status", QT_TRANSLATE_NOOP(
                "Validation", "Agreement {number} is {old}: it cannot become {new}."),
                number=number, old=label("agreement_status", existing.status),
                new=label("agreement_status", status))
    # An empty status keeps an existing agreement's, and makes a new one a draft.
    was = existing.status if existing is not None else "draft"
    status = status or was
    if "status" in row.bad_keys:
        return
    if status != "draft" and was == "draft":  # being signed now
        if signed_on is None and "signed_on" not in row.bad_keys:
            row.fail_message("signed_on", QT_TRANSLATE_NOOP(
                "Validation", "Give the signing date."))
        if family is not None and family.head is None:
            row.fail_message(None, QT_TRANSLATE_NOOP(
                "Validation", "The head of the family must be among the signatories."))
    if signed_on and signed_on > date.today():
        row.fail_message("signed_on", QT_TRANSLATE_NOOP(
            "Validation", "The signing date cannot be in the future."))
    if status == "draft" and signed_on is not None:
        row.fail_message("signed_on", QT_TRANSLATE_NOOP(
            "Validation", "A draft has no signing date: give the status (signed, active…) or "
            "leave the date empty."))
    if status == "active" and family is not None:
        other = session.scalar(select(Agreement).where(
            Agreement.family_id == family.id, Agreement.status == "active",
            Agreement.deleted_at.is_(None),
            Agreement.id != (existing.id if existing is not None else "")))
        if other is not None:
            row.fail_message("status", QT_TRANSLATE_NOOP(
                "Validation", "Family {code} already has an active agreement: {number}."),
                code=family.code, number=other.number)
    if row.failed:
        return
    if existing is None:
        _create_agreement(run, row, family, number, values, signed_on, status, kinds)
    else:
        _update_agreement(run, row, existing, values, signed_on, status, kinds)


def _set_commitments(agreement: Agreement, kinds: list[str]) -> None:
    agreement_rules.set_commitments(agreement, kinds, [])


def _create_agreement(run, row, family, number, values, signed_on, status, kinds) -> None:
    plots = [p for p in family.plots if p.deleted_at is None]
    if values["forest_area_ha"] is None:
        values["forest_area_ha"] = agreement_rules.forest_area(plots)
    agreement = Agreement(family=family, number=number, status=status,
                          signed_on=signed_on if status != "draft" else None,
                          **{k: v for k, v in values.items() if v is not None})
    agreement.plots = plots
    run.session.add(agreement)
    _set_commitments(agreement, agreement_service.STANDARD_COMMITMENTS if kinds is None
                     else kinds)
    for signatory in agreement_service.default_signatories(family):
        agreement.signatories.append(Signatory(**signatory))
    if status != "draft":
        agreement.fingerprint = agreement_service.content_fingerprint(agreement)
    run.flush(row)
    run.change(row, "agreement", CREATE, number)


def _update_agreement(run, row, agreement, values, signed_on, status, kinds) -> None:
    living = agreement_service.living
    current_kinds = [c.kind for c in living(agreement.commitments)]
    content = {k: v for k, v in values.items() if v is not None and k != "notes"
               and getattr(agreement, k) != v}
    new_kinds = kinds is not None and kinds != current_kinds
    if (content or new_kinds) and agreement.status != "draft":
        row.fail(None, FieldError(None, agreement_service.CONTENT_LOCKED, {
            "number": agreement.number,
            "status": label("agreement_status", agreement.status)}))
        return
    changed = _changed(agreement, {**content, "notes": values.get("notes")})
    if new_kinds:
        _set_commitments(agreement, kinds)
        changed = True
    if status != agreement.status:
        signing = agreement.status == "draft"
        agreement.status = status
        if signing:
            agreement.signed_on = signed_on
            head = agreement.family.head
            if not any(s.person_id == head.id for s in living(agreement.signatories)):
                agreement.signatories.append(
                    Signatory(**agreement_service.default_signatories(agreement.family)[0]))
            agreement.fingerprint = agreement_service.content_fingerprint(agreement)
        changed = True
    elif signed_on is not None and agreement.signed_on != signed_on:
        agreement.signed_on = signed_on
        changed = True
    run.flush(row)
    run.change(row, "agreement", UPDATE if changed else SAME, agreement.number)


register(ImportKind(
    "agreements", QT_TRANSLATE_NOOP("Import", "Agreements"),
    (SheetSpec("main", "Agreements", "Acuerdos", AGREEMENT_COLUMNS),),
    _import_agreements,
    QT_TRANSLATE_NOOP("Import", "One row per agreement, for families already registered. An "
                      "agreement that is signed, active, suspended or ended needs its signing "
                      "date and takes the family's head as its signatory. Agreements are found "
                      "by number: importing the file again updates them.")))


# --- attendance -------------------------------------------------------------------------------

_SESSION = by_name(training_service.TRAINING_SESSION_FIELDS)

ATTENDANCE_COLUMNS = (
    Column("held_on", _SESSION["held_on"], "fecha", "date", required=True),
    Column("topic", _SESSION["topic"], "tema", "topic", required=True),
    Column("kind", _SESSION["kind"], "tipo", "kind", required=True),
    Column("community", dataclasses.replace(COMMUNITY_FIELDS[0], required=False),
           "comunidad", "community", also=("community_id",),
           hint=QT_TRANSLATE_NOOP("Import", "A community that does not exist yet is created.")),
    Column("dni", _PERSON["dni"], "dni", "dni",
           hint=QT_TRANSLATE_NOOP("Import", "A registered member is found by DNI; anyone else "
                                  "is recorded as an unregistered participant.")),
    Column("given_names", _PERSON["given_names"], "nombres", "first_names", also=("name",)),
    Column("last_names", LAST_NAMES, "apellidos", "last_names"),
    Column("sex", _PERSON["sex"], "sexo", "sex"),
    Column("place", _SESSION["place"], "lugar", "place", in_template=False),
    Column("facilitator", _SESSION["facilitator"], "facilitador", "facilitator",
           in_template=False),
    Column("hours", _SESSION["hours"], "horas", "hours", in_template=False),
)


def _import_attendance(run: _Run, rows: dict[str, list[Row]]) -> None:
    groups: dict[tuple, list[Row]] = {}
    for row in rows["main"]:
        held_on, topic = row.require("held_on"), row.require("topic")
        community = row.get("community")
        if held_on is None or topic is None:
            run.tick()
            continue
        groups.setdefault((held_on, fold(topic), fold(community or "")), []).append(row)
    for group in groups.values():
        _session_group(run, group)
        run.tick(len(group))


def _session_group(run: _Run, group: list[Row]) -> None:
    session = run.session
    first = group[0]
    kind_row, kind = None, None
    for row in group:
        value = row.get("kind")
        if value is None:
            continue
        if kind is None:
            kind_row, kind = row, value
        elif value != kind:
            row.fail_message("kind", QT_TRANSLATE_NOOP(
                "Validation", "Row {row} gives another kind for the same session."),
                row=kind_row.number)
    held_on, topic, name = first.get("held_on"), first.get("topic"), first.get("community")
    place = next((r.get("place") for r in group if r.get("place")), None)
    facilitator = next((r.get("facilitator") for r in group if r.get("facilitator")), None)
    hours = next((r.get("hours") for r in group if r.get("hours") is not None), None)
    community = None
    if name:
        community = session.scalar(select(Community).where(
            Community.name_folded == fold(name), Community.deleted_at.is_(None)).limit(1))
    training = None
    if community is not None or not name:  # a community not registered yet has no sessions
        query = select(TrainingSession).where(
            TrainingSession.held_on == held_on, TrainingSession.deleted_at.is_(None),
            func.fold(TrainingSession.topic) == fold(topic),
            TrainingSession.community_id == community.id if community is not None
            else TrainingSession.community_id.is_(None))
        training = session.scalar(query.order_by(TrainingSession.created_at).limit(1))
    errors = []
    if training is None:
        if kind is None:
            for row in group:
                if "kind" not in row.bad_keys:
                    row.require("kind")
        values = {"held_on": held_on, "hours": hours, "place": place,
                  "community_id": community.id if community else None}
        merged = {**values, "community_id": community.id if community else name}
        errors += [e for e in training_service.session_rules(session, values, merged)
                   if e.field != "community_id"]
    if held_on > date.today():
        errors.append(FieldError("held_on", QT_TRANSLATE_NOOP(
            "Validation", "This session is planned for a later date; record its attendance "
            "once it has been held.")))
    for row in group:
        for error in errors:
            row.fail_field(error)
    participants = [_participant(run, row) for row in group]
    keys, added = [], {}
    for row, (person, guest_name, _) in zip(group, participants):
        key = (person.id, "") if person is not None else ("", fold(guest_name or ""))
        keys.append(key)
        if key in added:
            row.fail_message("dni" if person is not None else "given_names", QT_TRANSLATE_NOOP(
                "Validation", "{name} appears twice for this session (rows {first} and {row})."),
                name=guest_name, first=added[key], row=row.number)
        else:
            added[key] = row.number
    if any(row.failed for row in group):
        run.hold(group, QT_TRANSLATE_NOOP(
            "Validation", "Kept back with its session: correct row(s) {rows} first."))
        return
    if training is None:
        if community is None and name:
            community = run.community(first, "community", name)
        training = TrainingSession(held_on=held_on, topic=topic, kind=kind,
                                   community_id=community.id if community else None,
                                   place=place or "", facilitator=facilitator or "",
                                   hours=hours or Decimal(0))
        session.add(training)
        run.flush(first)
        run.change(first, "training_session", CREATE, f"{held_on.isoformat()} · {topic}")
    else:
        changed = _changed(training, {"kind": kind, "place": place, "facilitator": facilitator,
                                      "hours": hours})
        run.flush(first)
        run.change(first, "training_session", UPDATE if changed else SAME,
                   f"{held_on.isoformat()} · {training.topic}")
    present = {(a.person_id or "", fold(a.name) if not a.person_id else "")
               for a in training.attendance if a.deleted_at is None}
    for row, key, (person, guest_name, sex) in zip(group, keys, participants):
        if key in present:
            run.change(row, "attendance", SAME, guest_name)
            continue
        stamp = training_service.stamps(session, training.id, 1)[0]
        if person is not None:
            line = Attendance(session_id=training.id, person_id=person.id, name=person.full_name,
                              sex=person.sex, created_at=stamp,
                              age_band=training_service.age_band(person.birth_date, held_on))
        else:
            line = Attendance(session_id=training.id, person_id=None, name=guest_name, sex=sex,
                              created_at=stamp)
        session.add(line)
        run.flush(row)
        run.change(row, "attendance", CREATE, line.name)


def _participant(run: _Run, row: Row):
    """(person, None, None) for a registered member, else (None, name, sex)."""
    dni = row.get("dni")
    if dni and not registry.DNI_RE.match(dni):
        row.fail_message("dni", QT_TRANSLATE_NOOP("Validation", "A DNI has exactly 8 digits."))
        dni = None
    person = _living_person(run.session, dni) if dni else None
    given, surnames = row.get("given_names"), row.get("last_names")
    sex = row.get("sex")
    if person is not None:  # the member's own name and sex, as registered
        return person, person.full_name, person.sex
    if dni and "dni" not in row.bad_keys:
        run.note(row, QT_TRANSLATE_NOOP(
            "Validation", "No member has DNI {dni}: recorded as an unregistered participant."),
            dni=dni)
    name = " ".join(p for p in (given, surnames) if p)
    if not name and "given_names" not in row.bad_keys:
        row.require("given_names")
    if sex is None and "sex" not in row.bad_keys:
        row.require("sex")
    return None, name, sex


register(ImportKind(
    "attendance", QT_TRANSLATE_NOOP("Import", "Training attendance"),
    (SheetSpec("main", "Attendance", "Asistencia", ATTENDANCE_COLUMNS),),
    _import_attendance,
    QT_TRANSLATE_NOOP("Import", "One row per participant. Rows with the same date, topic and "
                      "community are one session. A participant whose DNI is registered is "
                      "linked to the member; anyone else is recorded with name and sex as an "
                      "unregistered participant. Importing the file again adds no one twice.")))


# --- deliveries -------------------------------------------------------------------------------

_COOP = by_name(coop_service.COOPERATIVE_FIELDS)
_DELIVERY = by_name(coop_service.DELIVERY_FIELDS)
_MEMBERSHIP = by_name(coop_service.MEMBERSHIP_FIELDS)

DELIVERY_COLUMNS = (
    Column("receipt", dataclasses.replace(_DELIVERY["receipt_number"], max_length=40),
           "recibo", "receipt", required=True, also=("receipt_number",)),
    Column("delivered_on", _DELIVERY["delivered_on"], "fecha", "date", required=True),
    Column("cooperative", dataclasses.replace(_COOP["name"], required=False),
           "cooperativa", "cooperative", required=True),
    Column("ruc", dataclasses.replace(_COOP["ruc"], required=False), "ruc", "ruc",
           hint=QT_TRANSLATE_NOOP("Import", "Only needed for a cooperative that is not "
                                  "registered yet: it is created with this RUC.")),
    Column("family_code", dataclasses.replace(_MEMBERSHIP["family_code"], required=False),
           "codigo_familia", "family_code"),
    Column("dni", _PERSON["dni"], "dni", "dni",
           hint=QT_TRANSLATE_NOOP("Import", "Who delivered; empty: the family's head.")),
    Column("product", _DELIVERY["product"], "producto", "product", required=True),
    Column("net_kg", _DELIVERY["net_kg"], "kg_neto", "net_kg", required=True,
           also=("gross_kg", "tare_kg")),
    Column("moisture_pct", _DELIVERY["moisture_pct"], "humedad", "moisture_pct",
           required=True),
    Column("price_per_kg", _DELIVERY["price_per_kg_pen"], "precio_kg", "price_per_kg",
           required=True, also=("price_per_kg_pen",)),
)
_RECEIPT_SEQUENCE = re.compile(r"^(.+)-(\d{4})-(\d+)$")


#: New deliveries are written in batches: the file's own receipts are checked in memory, so
#: the database need not see each one before the next row is read.
DELIVERY_BATCH = 200


def _import_deliveries(run: _Run, rows: dict[str, list[Row]]) -> None:
    receipts: dict[tuple[str, str], int] = {}
    pending: list[Row] = []
    with run.session.no_autoflush:
        for row in rows["main"]:
            if _delivery_row(run, row, receipts):
                pending.append(row)
            if len(pending) >= DELIVERY_BATCH:
                run.flush(pending[-1])
                pending.clear()
            run.tick()
    if pending:
        run.flush(pending[-1])


def _cooperative(run: _Run, row: Row, name: str, ruc: str | None) -> Cooperative | None:
    folded = fold(name)
    if folded in run.cooperatives:
        return run.cooperatives[folded]
    found = [c for c in coop_service.list_cooperatives(run.session) if fold(c.name) == folded]
    if found:
        run.cooperatives[folded] = found[0]
        return found[0]
    if not ruc:
        if "ruc" not in row.bad_keys:
            row.fail_message("cooperative", QT_TRANSLATE_NOOP(
                "Validation", "Cooperative “{name}” is not registered: give its RUC in a “ruc” "
                "column to create it, or correct the name."), name=name)
        return None
    if not coop_service.RUC_RE.match(ruc):
        row.fail_message("ruc", QT_TRANSLATE_NOOP("Validation", "A RUC has exactly 11 digits."))
        return None
    holder = run.session.scalar(select(Cooperative).where(Cooperative.ruc == ruc))
    if holder is not None:
        row.fail_message("ruc", QT_TRANSLATE_NOOP(
            "Validation", "RUC {ruc} is already registered."), ruc=ruc)
        return None
    if row.failed:
        return None
    cooperative = Cooperative(name=name, ruc=ruc)
    run.session.add(cooperative)
    run.flush(row)
    run.change(row, "cooperative", CREATE, name)
    run.note(row, QT_TRANSLATE_NOOP(
        "Validation", "Cooperative “{name}” does not exist yet: it will be created."), name=name)
    run.cooperatives[folded] = cooperative
    return cooperative


def _delivery_row(run: _Run, row: Row, receipts: dict) -> bool:
    """Check one row and add its delivery; True when a new delivery waits to be written."""
    session = run.session
    receipt, name = row.require("receipt"), row.require("cooperative")
    ruc, code, dni = row.get("ruc"), row.get("family_code"), row.get("dni")
    values = {"delivered_on": row.require("delivered_on"), "product": row.require("product"),
              "moisture_pct": row.require("moisture_pct"),
              "price_per_kg_pen": row.require("price_per_kg")}
    net = row.require("net_kg")
    for error in coop_service._number_rules(values):
        row.fail_field(error)
    if net is not None:
        if net <= 0:
            row.fail_message("net_kg", QT_TRANSLATE_NOOP(
                "Validation", "The net weight must be greater than 0 kg."))
        elif net > coop_service.MAX_KG:
            row.fail_message("net_kg", QT_TRANSLATE_NOOP(
                "Validation", "{kg} kg is not plausible for one delivery."), kg=net)
        else:
            error = coop_service._places_error("net_kg", net, 2)
            if error is not None:
                row.fail_field(error)
    cooperative = _cooperative(run, row, name, ruc) if name else None
    if cooperative is not None and receipt:
        key = (cooperative.id, receipt)
        if key in receipts:
            row.fail_message("receipt", QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} appears twice in the file (rows {first} and "
                "{row})."), receipt=receipt, first=receipts[key], row=row.number)
            return
        receipts[key] = row.number
    family = None
    if code:
        if ("family", code) not in run.cache:
            run.cache["family", code] = _living_family(session, code)
        family = run.cache["family", code]
    if code and family is None:
        row.fail_message("family_code", NO_FAMILY, code=code)
    person = None
    if dni and "dni" not in row.bad_keys:
        person = _living_person(session, dni)
        if not coop_service.DNI_RE.match(dni):
            row.fail_message("dni", QT_TRANSLATE_NOOP(
                "Validation", "A DNI has exactly 8 digits."))
        elif person is None or (family is not None and person.family_id != family.id):
            row.fail_message("dni", QT_TRANSLATE_NOOP(
                "Validation", "No member of this family has DNI {dni}."), dni=dni)
            person = None
        elif family is None and not code:
            family = person.family
    if not code and not dni:
        row.fail_message("family_code", QT_TRANSLATE_NOOP(
            "Validation", "Give the family code or the DNI of who delivered."))
    if family is not None and person is None and not dni and family.head is None:
        row.fail_message("dni", QT_TRANSLATE_NOOP(
            "Validation", "Family {code} has no head: give the DNI of who delivered."),
            code=family.code)
    existing = None
    if cooperative is not None and receipt:
        existing = session.scalar(select(Delivery).where(
            Delivery.cooperative_id == cooperative.id, Delivery.receipt_number == receipt))
    if row.failed or cooperative is None or family is None:
        return
    values["net_kg"] = net
    values["gross_kg"] = net
    values["tare_kg"] = Decimal(0)
    values["amount_pen"] = coop_service.amount_for(net, values["price_per_kg_pen"])
    key = ("membership", cooperative.id, family.id)
    if key not in run.cache:
        run.cache[key] = session.scalar(select(Membership).where(
            Membership.cooperative_id == cooperative.id, Membership.family_id == family.id,
            Membership.deleted_at.is_(None)).limit(1))
    membership = run.cache[key]
    if existing is not None:
        _update_delivery(run, row, existing, membership, family, person, values)
        return
    if membership is None:
        membership = run.cache[key] = _new_membership(run, row, cooperative, family, person)
    values["plot_id"] = None
    match = _RECEIPT_SEQUENCE.match(receipt)
    sequence = int(match.group(3)) if match and match.group(1) == cooperative.receipt_prefix \
        and int(match.group(2)) == values["delivered_on"].year else 0
    flags = _flags(run, family)
    delivery = Delivery(cooperative_id=cooperative.id, receipt_number=receipt,
                        sequence=sequence, membership_id=membership.id, flags=",".join(flags),
                        grade="", **values)
    session.add(delivery)
    run.change(row, "delivery", CREATE, receipt)
    return True


def _flags(run: _Run, family: Family) -> list[str]:
    """The flags of a delivery without a plot (what coop_service.delivery_flags gives then)."""
    key = ("active_agreement", family.id)
    if key not in run.cache:
        run.cache[key] = coop_service.has_active_agreement(run.session, family.id)
    return [] if run.cache[key] else [coop_service.NO_ACTIVE_AGREEMENT]


def _new_membership(run: _Run, row: Row, cooperative, family, person) -> Membership:
    membership = Membership(cooperative_id=cooperative.id, family_id=family.id,
                            person_id=person.id if person is not None else None,
                            member_code=coop_service.next_member_code(run.session,
                                                                      cooperative.id))
    run.session.add(membership)
    run.flush(row)
    run.change(row, "membership", CREATE, f"{membership.member_code} · {family.code}")
    run.note(row, QT_TRANSLATE_NOOP(
        "Validation", "Family {code} becomes member {member} of {cooperative}."),
        code=family.code, member=membership.member_code, cooperative=cooperative.name)
    return membership


def _update_delivery(run: _Run, row: Row, delivery: Delivery, membership, family, person,
                     values: dict) -> None:
    if delivery.deleted_at is not None:
        row.fail_message("receipt", QT_TRANSLATE_NOOP(
            "Validation", "Receipt {receipt} was deleted; it cannot be imported again."),
            receipt=delivery.receipt_number)
        return
    if membership is None or membership.id != delivery.membership_id:
        if membership is None:
            membership = _new_membership(run, row, delivery.cooperative, family, person)
        values["membership_id"] = membership.id
    different = {k: v for k, v in values.items() if getattr(delivery, k) != v}
    if different and delivery.voided_at is not None:
        row.fail_message("receipt", QT_TRANSLATE_NOOP(
            "Validation", "Receipt {receipt} was voided; it cannot change."),
            receipt=delivery.receipt_number)
        return
    if delivery.paid_on is not None and values["amount_pen"] != delivery.amount_pen:
        row.fail(None, FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "This delivery was paid on {day}; its amount cannot change."),
            {"day": delivery.paid_on.isoformat()}))
        return
    changed = _changed(delivery, different)
    if changed:
        delivery.flags = ",".join(coop_service.delivery_flags(
            run.session, delivery.membership_id, delivery.plot_id, delivery.delivered_on))
    if membership is not None:
        run.cache["membership", delivery.cooperative_id, family.id] = membership
    run.flush(row)
    run.change(row, "delivery", UPDATE if changed else SAME, delivery.receipt_number)


register(ImportKind(
    "deliveries", QT_TRANSLATE_NOOP("Import", "Coffee deliveries"),
    (SheetSpec("main", "Deliveries", "Entregas", DELIVERY_COLUMNS),),
    _import_deliveries,
    QT_TRANSLATE_NOOP("Import", "One row per receipt, for families already registered. The "
                      "delivering person is found by DNI, or else is the family's head; a "
                      "family delivering for the first time becomes a member of the "
                      "cooperative. Deliveries are found by cooperative and receipt: importing "
                      "the file again updates them.")))

"""One data row of a sheet: its raw values by column, parsed on demand by the fields.

Spreadsheet realities (a DNI that lost its leading zero, "Mujer" for F, a date with a
time) are smoothed here, before the field parses, so every kind reads values the same
way and reports a bad value in its own column.
"""

from __future__ import annotations

import re

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import FieldError
from desktop.services.fields import BOOL, CHOICE, DATE
from desktop.services.imports.columns import Column, SheetSpec
from desktop.services.imports.reader import BadCell
from desktop.textnorm import fold

REQUIRED = QT_TRANSLATE_NOOP("Validation", "{field} is required.")

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
    "advance_kind": {"efectivo": "cash", "dinero": "cash", "cash": "cash",
                     "especie": "in_kind", "en especie": "in_kind", "insumos": "in_kind",
                     "in kind": "in_kind"},
    "deduction_rule": {"proximo pago": "next_payment", "siguiente pago": "next_payment",
                       "todo": "next_payment", "next payment": "next_payment",
                       "parte": "share", "porcentaje": "share", "share": "share",
                       "cuota": "share"},
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


def _parse(column: Column, raw) -> tuple[object, FieldError | None]:
    """(value, None) or (None, the reason the value is bad); an empty text is None."""
    try:
        value = column.field.parse(_prepare(column, raw))
    except FieldError as error:
        # Kept in the result: without its traceback, which would keep every frame (and every
        # row's values) of the run alive until the report is written.
        return None, error.with_traceback(None)
    return (None if value == "" else value), None


#: Different raw values per column whose parsing a sheet remembers (see Layout.parsed).
PARSED_VALUES = 2000

#: The bad keys of a row without errors, shared (an empty set per row of a 300,000-row file
#: would be 60 MB).
NONE_BAD: frozenset = frozenset()


class Layout:
    """What the rows of one sheet share: the sheet, its columns and where each one is."""

    __slots__ = ("spec", "sheet", "header_of", "index_of", "column_of", "parsed")

    def __init__(self, spec: SheetSpec, sheet: str, headers: list[str],
                 columns: dict[str, Column]):
        self.spec, self.sheet = spec, sheet
        #: {column key: the header as written in the file}
        self.header_of = {c.key: header for header, c in columns.items()}
        #: {column key: index of its value in a line}
        self.index_of = {c.key: headers.index(header) for header, c in columns.items()}
        self.column_of = {c.key: c for c in spec.columns}
        #: {column key: {(type, raw value): (parsed value, FieldError or None)}}: a column's
        #: repeated values (a community, a sex, a date) are parsed once per sheet.
        self.parsed: dict[str, dict] = {key: {} for key in self.column_of}


class Row:
    """One data row: its raw values (the sheet's own list), parsed on demand by the fields,
    errors reported to the run (a transaction.Run)."""

    __slots__ = ("run", "layout", "number", "values", "_parsed", "bad_keys")

    def __init__(self, run, layout: Layout, number: int, values: list):
        self.run, self.layout, self.number, self.values = run, layout, number, values
        self._parsed: dict[str, object] | None = None
        self.bad_keys: set[str | None] = NONE_BAD  # a set of its own at the first failure
        width = len(values)
        for key, index in layout.index_of.items():
            if index < width and isinstance(values[index], BadCell):
                # a formula or a control character: never data
                self.fail(key, FieldError(layout.column_of[key].field.name, values[index].message))

    @property
    def spec(self) -> SheetSpec:
        return self.layout.spec

    @property
    def sheet(self) -> str:
        return self.layout.sheet

    @property
    def header_of(self) -> dict[str, str]:
        return self.layout.header_of

    @property
    def failed(self) -> bool:
        return bool(self.bad_keys)

    def raw(self, key: str):
        index = self.layout.index_of.get(key)
        if index is None or index >= len(self.values):
            return None
        value = self.values[index]
        return None if isinstance(value, BadCell) else value

    def has_column(self, key: str) -> bool:
        return key in self.layout.header_of

    def get(self, key: str):
        """The parsed value of a column (None when empty or bad; a bad value is reported)."""
        if self._parsed is None:
            self._parsed = {}
        elif key in self._parsed:
            return self._parsed[key]
        raw, value = self.raw(key), None
        if raw is not None:
            known = self.layout.parsed[key]
            found = known.get((type(raw), raw))
            if found is None:
                found = _parse(self.layout.column_of[key], raw)
                if len(known) < PARSED_VALUES:
                    known[type(raw), raw] = found
            value, error = found
            if error is not None:
                self.fail(key, error)
        self._parsed[key] = value
        return value

    def require(self, key: str):
        value = self.get(key)
        if value is None and key not in self.bad_keys:
            column = self.layout.column_of[key]
            self.fail(key, FieldError(column.field.name, REQUIRED, {"field": column.field.label}))
        return value

    def fail(self, key: str | None, error: FieldError) -> None:
        if self.bad_keys is NONE_BAD:
            self.bad_keys = set()
        self.bad_keys.add(key)
        self.run.error(self, key, error)

    def fail_field(self, error: FieldError) -> None:
        """A service's FieldError, shown in the column of its field."""
        column = self.spec.column_for_field(error.field)
        self.fail(column.key if column else None, error)

    def fail_message(self, key: str | None, message: str, **params) -> None:
        self.fail(key, FieldError(key, message, params))

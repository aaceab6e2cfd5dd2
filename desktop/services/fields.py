"""The Field type and its kinds; each area declares its own fields in its `fields.py`.

The form dialog, the table columns, PDF tables, workbook headers and the
importer's header matching all read those declarations, so a field is named,
typed, translated and validated in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desktop import files
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_date, fmt_number, parse_number
from desktop.i18n.labels import LABELS, code_for, label
from desktop.services.errors import FieldError
from desktop.textnorm import fold


#: Characters no typed text may hold (tab and line breaks are text).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FieldKind(StrEnum):
    """What a field holds, so forms, tables and parsing treat it alike; a str, so a kind
    still compares equal to its old spelling."""

    TEXT = "text"
    CHOICE = "choice"
    DATE = "date"
    DECIMAL = "decimal"
    BOOL = "bool"
    INT = "int"
    REF = "ref"


TEXT, CHOICE, DATE, DECIMAL, BOOL, INT, REF = (
    FieldKind.TEXT, FieldKind.CHOICE, FieldKind.DATE, FieldKind.DECIMAL, FieldKind.BOOL,
    FieldKind.INT, FieldKind.REF)


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # English source; Spanish in translations/ (context "Fields")
    kind: FieldKind = TEXT
    required: bool = False
    choices: str | None = None  # a kind of desktop.i18n.labels
    max_length: int | None = None
    places: int | None = None
    width: int = 120
    in_form: bool = True
    in_table: bool = True
    placeholder: str = ""
    #: The value becomes part of a file name (a receipt number, a code): no path characters.
    file_safe: bool = False
    #: What a number measures: "pen" (soles), "kg", "ha" or "pct"; documents and workbooks
    #: format it by this, never by guessing from the name.
    unit: str | None = None
    #: Earlier labels (English sources, context "Fields") that an imported sheet may still
    #: use as headers: a label converges without breaking an office's spreadsheets.
    aliases: tuple[str, ...] = ()
    #: A long text (notes, descriptions, actions): forms give it a box of several lines.
    multiline: bool = False
    #: One of the list's key columns (code, name, community, status, the figures that
    #: matter): lists show the key columns first, in declaration order, so they fit a
    #: 1366-pixel screen without scrolling; the others follow, and the detail view has them.
    key_column: bool = False

    def title(self, lang: str | None = None) -> str:
        return translate("Fields", self.label, lang)

    def header_keys(self) -> set[str]:
        """Folded header texts that name this field in an imported sheet (both languages)."""
        keys = {self.name}
        for text in (self.label, *self.aliases):
            keys |= {text, translate("Fields", text, "es")}
        return {fold(k).replace(" ", "").replace("_", "") for k in keys}

    def display(self, value, lang: str | None = None) -> str:
        """The value as a person reads it in `lang`."""
        if value is None or value == "":
            return ""
        if self.kind == CHOICE:
            return label(self.choices, value, lang)
        if self.kind == BOOL:
            return label("yes_no", bool(value), lang)
        if self.kind == DATE:
            return fmt_date(value, lang)
        if self.kind == DECIMAL:
            return fmt_number(value, lang, self.places)
        return str(value)

    def parse(self, raw):
        """Turn what a form or a spreadsheet gave into the field's type, or raise FieldError."""
        if isinstance(raw, str):
            raw = raw.strip()
        if raw is None or raw == "":
            if self.required:
                raise FieldError(self.name, QT_TRANSLATE_NOOP("Validation", "{field} is required."),
                                 {"field": self.label})
            return False if self.kind == BOOL else (None if self.kind != TEXT else "")
        if self.kind == TEXT or self.kind == REF:
            value = str(raw)
            if isinstance(raw, float) and raw.is_integer():
                value = str(int(raw))
            if self.max_length and len(value) > self.max_length:
                raise FieldError(self.name, QT_TRANSLATE_NOOP(
                    "Validation", "{field} is longer than {max} characters."),
                    {"field": self.label, "max": self.max_length})
            if CONTROL.search(value):
                raise FieldError(self.name, QT_TRANSLATE_NOOP(
                    "Validation", "{field} holds a control character; type it again."),
                    {"field": self.label})
            if self.file_safe and not files.is_safe_name(value):
                raise FieldError(self.name, QT_TRANSLATE_NOOP(
                    "Validation", "{field} cannot contain / \\ : * ? \" < > | or control "
                    "characters, nor start with a dot."), {"field": self.label})
            return value
        if self.kind == CHOICE:
            if raw in LABELS[self.choices]:
                return raw
            code = code_for(self.choices, str(raw))
            if code is None:
                raise FieldError(self.name, QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a valid {field}."),
                    {"value": raw, "field": self.label})
            return code
        if self.kind == BOOL:
            if isinstance(raw, bool):
                return raw
            folded = fold(str(raw))
            if folded in {"1", "yes", "si", "true", "x", "y", "s", "verdadero"}:
                return True
            if folded in {"0", "no", "false", "n", "falso"}:
                return False
            raise FieldError(self.name, QT_TRANSLATE_NOOP(
                "Validation", "{field} must be yes or no."), {"field": self.label})
        if self.kind == DATE:
            if isinstance(raw, datetime):
                return raw.date()
            if isinstance(raw, date):
                return raw
            for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
                try:
                    return datetime.strptime(str(raw), fmt).date()
                except ValueError:
                    pass
            raise FieldError(self.name, QT_TRANSLATE_NOOP(
                "Validation", "{field} is not a date (use day/month/year)."),
                {"field": self.label})
        if self.kind in (DECIMAL, INT):
            try:
                value = raw if isinstance(raw, Decimal) else (
                    Decimal(str(raw)) if isinstance(raw, (int, float)) else parse_number(str(raw)))
            except (InvalidOperation, ValueError):
                raise FieldError(self.name, QT_TRANSLATE_NOOP(
                    "Validation", "{field} must be a number."), {"field": self.label}) from None
            if self.kind == INT:
                if value != value.to_integral_value():
                    raise FieldError(self.name, QT_TRANSLATE_NOOP(
                        "Validation", "{field} must be a whole number."), {"field": self.label})
                return int(value)
            return value
        raise AssertionError(self.kind)


def by_name(fields: list[Field]) -> dict[str, Field]:
    return {f.name: f for f in fields}


def parse_values(fields: list[Field], raw: dict, only_given: bool = False) -> tuple[dict, list]:
    """Parse every form field present in `raw`; return (values, errors)."""
    values, errors = {}, []
    for f in fields:
        if not f.in_form or (only_given and f.name not in raw):
            continue
        try:
            values[f.name] = f.parse(raw.get(f.name))
        except FieldError as error:
            errors.append(error)
    return values, errors

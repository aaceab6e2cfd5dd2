"""The columns an import recognises, and how a header written in a file finds its column.

Kept apart from the rows and the kinds so that the template, the wizard and the reader
match headers with the same rules (both languages, case, accents, spaces and underscores
ignored) and every kind declares its columns the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop.services.fields import Field
from desktop.textnorm import fold

GENERIC_NAMES = {"name", "code", "number"}


def header_key(text) -> str:
    """A header as it is compared: folded, without spaces and underscores (as Field.header_keys),
    nor dots and hyphens ("D.N.I.", "fecha-nacimiento")."""
    return re.sub(r"[\s_.\-]", "", fold(str(text or "")))


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

#: Surnames in one column, as offices type them (families and attendance).
LAST_NAMES = Field("last_names", QT_TRANSLATE_NOOP("Fields", "Surnames"), max_length=161)

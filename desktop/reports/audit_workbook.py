"""The audit as a workbook: one row per change, the columns of the Audit page (AUDIT_FIELDS),
in the language asked; text stays text (a name that starts with "=" is not a formula)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop import files
from desktop.i18n import translate
from desktop.reports.plain_workbook import PlainSheet, write_plain_workbook
from desktop.services import people
from desktop.services.people.fields import AUDIT_FIELDS

CHUNK = 2000


def _rows(database, flt, lang: str) -> Iterator[list[str]]:
    offset = 0
    while True:
        with database.session() as session:
            page = people.list_entries(session, flt, offset, CHUNK)
        for row in page:
            yield row.cells(lang)
        if len(page) < CHUNK:
            return
        offset += CHUNK


def write_audit(database, path: Path | str, flt=None, lang: str = "es") -> Path:
    """Write the entries matching `flt` to `path` (atomically); administrators and
    coordinators only, as the audit itself."""
    with database.session() as session:
        people.count_entries(session, flt)  # refused here, before any file is made
    sheet = PlainSheet(
        name=translate("Audit", people.AUDIT_TITLE, lang),
        titles=[f.title(lang) for f in AUDIT_FIELDS],
        widths=[f.width / 7 for f in AUDIT_FIELDS],
        rows=_rows(database, flt, lang), wrap={len(AUDIT_FIELDS) - 1})
    return files.write_atomically(Path(path), lambda temporary: write_plain_workbook(
        temporary, [sheet]), ".xlsx.part", private=True)  # names, DNIs: the register's own


__all__ = ["write_audit"]

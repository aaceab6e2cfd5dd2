"""Cells that cannot hurt: what a person typed is written to a workbook as text, never code.

openpyxl stores any string that starts with "=" as a formula, and refuses control
characters with an IllegalCharacterError. Every workbook the program writes (the
summary, the templates, the error reports) puts its strings through `text_cell`
or `set_text`, so a name like `=HYPERLINK(...)` stays the name it is, and a stray
control character in the register never stops an export.
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE


def clean_text(value: str) -> str:
    """`value` without the control characters a workbook cannot hold (tab and newline stay)."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def set_text(cell, value) -> None:
    """Put `value` in `cell`; a string is stored as a string whatever it starts with."""
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"
    else:
        cell.value = value


def text_cell(sheet, value, style=None) -> WriteOnlyCell:
    """A write-only cell holding `value`, strings as strings (never formulas)."""
    cell = WriteOnlyCell(sheet)
    set_text(cell, value)
    if style is not None:
        style(cell)
    return cell

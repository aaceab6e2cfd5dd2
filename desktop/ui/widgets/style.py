"""The window's colours and text styles, in one place."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

ERROR_COLOUR = "#b00020"  # what went wrong: errors beside fields, families never trained
OK_COLOUR = "#1b5e20"  # what went right: "added" under the attendance search
WARNING_COLOUR = "#8a5a00"  # flags on deliveries, a session still planned
GREYED_COLOUR = "#888888"  # voided deliveries, members already on the list

ERROR_STYLE = f"color: {ERROR_COLOUR};"
OK_STYLE = f"color: {OK_COLOUR};"
WARNING_STYLE = f"color: {WARNING_COLOUR};"
FLAG_STYLE = f"color: {WARNING_COLOUR}; font-weight: bold;"
TITLE_STYLE = "font-size: 15px; font-weight: bold;"  # a record's title above its detail


def brush(colour: str) -> QBrush:
    """A ForegroundRole brush of one of the colours above."""
    return QBrush(QColor(colour))


__all__ = ["ERROR_COLOUR", "ERROR_STYLE", "FLAG_STYLE", "GREYED_COLOUR", "OK_COLOUR", "OK_STYLE",
           "TITLE_STYLE", "WARNING_COLOUR", "WARNING_STYLE", "brush"]

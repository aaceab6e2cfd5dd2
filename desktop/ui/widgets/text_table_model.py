"""A small read-only table of texts (figures), numbers right-aligned, some rows marked."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.ui.widgets.style import (
    ERROR_COLOUR,
    brush,
)


class TextTableModel(QAbstractTableModel):
    """A small read-only table of texts (the figures), numbers right-aligned."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.numeric: set[int] = set()
        self.marked: set[int] = set()

    def set_content(self, headers: list[str], rows: list[list[str]], numeric=(),
                    marked=()) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.numeric, self.marked = set(numeric), set(marked)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() not in self.numeric:
            return self.rows[index.row()][index.column()] or None  # whole, when cut with "…"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.marked:
            return brush(ERROR_COLOUR)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None


"""A table model for short lists (a family's members or plots), columns from field declarations."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.services.fields import BOOL, DECIMAL, INT, Field

NUMERIC = {DECIMAL, INT}


def cell(field: Field, value, role: int):
    """What a view shows for `value` of `field`: shared by every table model."""
    if role == Qt.ItemDataRole.DisplayRole:
        return field.display(value)
    if role == Qt.ItemDataRole.TextAlignmentRole and field.kind in NUMERIC:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ToolTipRole and field.kind not in NUMERIC | {BOOL}:
        return field.display(value) or None
    return None


class RecordTableModel(QAbstractTableModel):
    def __init__(self, fields: list[Field], parent=None):
        super().__init__(parent)
        self.fields = [f for f in fields if f.in_table]
        self.records: list = []

    def set_records(self, records: list) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int):
        return self.records[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        field = self.fields[index.column()]
        return cell(field, getattr(self.records[index.row()], field.name), role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.fields[section].title()  # the tooltip: whole when the title is cut
        return None

    def retranslate(self) -> None:
        """Headers and domain labels follow the new language."""
        if self.fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)
        if self.records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.records) - 1, len(self.fields) - 1))

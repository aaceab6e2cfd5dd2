"""The families list: sorted and filtered in SQL, rows fetched a page at a time.

A view asks canFetchMore/fetchMore as the user scrolls, so a file with
100,000 families shows its first rows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.services import registry
from desktop.services.fields import FAMILY_FIELDS
from desktop.ui.record_table_model import cell

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FamilyListModel(QAbstractTableModel):
    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.fields = [f for f in FAMILY_FIELDS if f.in_table]
        self.rows: list[registry.FamilyRow] = []
        self.query = ""
        self.community_id: str | None = None
        self.sort_key, self.descending = "code", False
        self._more = True
        self.reload()

    # --- loading -----------------------------------------------------------------------
    def _page(self, offset: int) -> list:
        with self.database.session() as session:
            return registry.search_families(session, self.query, self.sort_key, self.descending,
                                            offset, PAGE, self.community_id)

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._page(0)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def set_filter(self, query: str, community_id: str | None = None) -> None:
        if (query, community_id) != (self.query, self.community_id):
            self.query, self.community_id = query, community_id
            self.reload()

    def total(self) -> int:
        with self.database.session() as session:
            return registry.count_families(session, self.query, self.community_id)

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()):
        if parent.isValid() or not self._more:
            return
        page = self._page(len(self.rows))
        self._more = len(page) == PAGE
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    # --- the model ---------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        field = self.fields[index.column()]
        if field.name == "community_id":
            return row.community if role == Qt.ItemDataRole.DisplayRole else None
        return cell(field, row.value(field.name), role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.fields[section].title()
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self.sort_key = self.fields[column].name
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_of(self, family_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == family_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.fields) - 1))

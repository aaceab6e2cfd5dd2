"""A list model for big tables: sorted and filtered in SQL, rows fetched a page at a time.

A view asks canFetchMore/fetchMore as the user scrolls, so a file with
100,000 records shows its first rows at once. Subclasses say how to fetch a
page and count rows; columns come from field declarations.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.ui.widgets.record_table_model import cell

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LazyTableModel(QAbstractTableModel):
    default_sort = "code"
    default_descending = False

    def __init__(self, database, fields, parent=None):
        super().__init__(parent)
        self.database = database
        self.fields = [f for f in fields if f.in_table]
        self.rows: list = []
        self.sort_key, self.descending = self.default_sort, self.default_descending
        self._more = True
        self._busy = False  # announcing a reset or an insertion: no fetching more meanwhile
        self.reload()

    # --- what a subclass provides -----------------------------------------------------
    def fetch(self, session, offset: int, limit: int) -> list:
        raise NotImplementedError

    def count(self, session) -> int:
        raise NotImplementedError

    def display(self, row, field, role):
        """The cell of `row` for `field`; override for columns that are not plain values."""
        return cell(field, row.value(field.name), role)

    # --- loading -----------------------------------------------------------------------
    def _page(self, offset: int) -> list:
        with self.database.session() as session:
            return self.fetch(session, offset, PAGE)

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._page(0)
        self._more = len(self.rows) == PAGE
        # No fetching more while the reset is still being announced (a view or Qt's model
        # tester may ask from its modelReset slot): rows inserted inside a reset confuse them.
        self._busy = True
        try:
            self.endResetModel()
        finally:
            self._busy = False

    def total(self) -> int:
        with self.database.session() as session:
            return self.count(session)

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and self._more and not self._busy

    def fetchMore(self, parent=QModelIndex()):
        if not self.canFetchMore(parent):
            return
        self._busy = True  # a slot of rowsAboutToBeInserted asking for more would fetch twice
        try:
            page = self._page(len(self.rows))
            self._more = len(page) == PAGE
            if page:
                start = len(self.rows)
                self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
                self.rows.extend(page)
                self.endInsertRows()
        finally:
            self._busy = False

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
        return self.display(row, self.fields[index.column()], role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.fields[section].title()  # the tooltip: whole when the title is cut
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        key, descending = self.fields[column].name, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # already so: a view enabling sorting must not read 100,000 rows again
        self.sort_key, self.descending = key, descending
        self.reload()

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.fields) - 1))

"""The Figures tab's trainings per family, a page at a time (issue 15: first rows at once at
100,000 families).

The list runs fewest trainings first. Its top, the families that attended nothing, is read a
page at a time as the view scrolls (training.untrained_families: found from indexes, in the
list's order). The whole order with every family's figures (training.family_ranking, seconds
at that size) is read in the background through the operation helper; once it arrives the
count is known and the pages after the untrained families come from it, their names read a
page at a time (training.family_rows).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from desktop.i18n.formatting import fmt_number
from desktop.services import training
from desktop.ui.widgets.lazy_table_model import PAGE
from desktop.ui.widgets.operations import Operation
from desktop.ui.widgets.style import ERROR_COLOUR, brush

NUMERIC = {3, 4}


class FamilyCountsModel(QAbstractTableModel):
    """Families under an active agreement by trainings attended in a year, fewest first."""

    counted = Signal()  # the whole list's order arrived: total() and untrained() are known

    def __init__(self, database, owner, page: int = PAGE):
        super().__init__(owner)
        self.database = database
        self.owner = owner  # the widget the background reading reports to
        self.page = page
        self.year, self.community_id = date.today().year, None
        self.headers: list[str] = []
        self.rows: list[training.FamilyTrainingCount] = []
        self.ranking: list[training.FamilyRank] | None = None
        self.operation: Operation | None = None
        self._untrained_more = False
        self._generation = 0
        self._busy = False

    # --- loading -------------------------------------------------------------------------
    def set_filter(self, year: int, community_id: str | None, force: bool = False) -> None:
        if force or (year, community_id) != (self.year, self.community_id) or \
                self.operation is None:
            self.year, self.community_id = year, community_id
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, year, community = self._generation, self.year, self.community_id
        self.beginResetModel()
        with self.database.session() as session:
            self.rows = training.untrained_families(session, year, community, limit=self.page)
        self._untrained_more = len(self.rows) == self.page
        self.ranking = None
        self._busy = True
        try:
            self.endResetModel()
        finally:
            self._busy = False
        database = self.database

        def rank(progress):
            with database.session() as session:
                return training.family_ranking(session, year, community)

        self.operation = Operation(self.owner, rank).success(
            lambda ranking: self._ranked(generation, ranking)).run_in_background()

    def _ranked(self, generation: int, ranking: list) -> None:
        if generation != self._generation:
            return  # the filters changed meanwhile: a newer reading is on its way
        shown = [row.family_id for row in self.rows]
        if shown != [rank.family_id for rank in ranking[:len(shown)]]:  # changed meanwhile
            self.beginResetModel()
            self.rows = []
            self.ranking = ranking
            self.endResetModel()
        self.ranking = ranking
        self.counted.emit()
        if len(self.rows) < self.page and self.canFetchMore():
            self.fetchMore()

    def total(self) -> int | None:
        return None if self.ranking is None else len(self.ranking)

    def untrained(self) -> int | None:
        if self.ranking is None:
            return None
        return sum(1 for rank in self.ranking if rank.trainings == 0)

    def canFetchMore(self, parent=QModelIndex()):
        if parent.isValid() or self._busy:
            return False
        if self.ranking is not None:
            return len(self.rows) < len(self.ranking)
        return self._untrained_more

    def fetchMore(self, parent=QModelIndex()):
        if not self.canFetchMore(parent):
            return
        self._busy = True
        try:
            with self.database.session() as session:
                if self.ranking is not None:
                    start = len(self.rows)
                    page = training.family_rows(session,
                                                self.ranking[start:start + self.page])
                else:
                    page = training.untrained_families(
                        session, self.year, self.community_id,
                        after=self.rows[-1].family_id if self.rows else None,
                        limit=self.page)
                    self._untrained_more = len(page) == self.page
            if page:
                start = len(self.rows)
                self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
                self.rows.extend(page)
                self.endInsertRows()
        finally:
            self._busy = False

    # --- the model -----------------------------------------------------------------------
    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = (row.code, row.head, row.community, fmt_number(row.trainings),
                     fmt_number(row.members_attending))
            if role == Qt.ItemDataRole.ToolTipRole and column in NUMERIC:
                return None
            return texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.trainings == 0:
            return brush(ERROR_COLOUR)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.headers[section] if section < len(self.headers) else None
        return None

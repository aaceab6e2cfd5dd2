"""The bad rows of an import preview, as a table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.i18n import language
from desktop.services import imports


class IssueTableModel(QAbstractTableModel):
    """Every bad row of a preview: row number, column and reason in the user's language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.issues: list[imports.Issue] = []
        self.titles = ["", "", ""]

    def set_issues(self, issues: list[imports.Issue]) -> None:
        self.beginResetModel()
        self.issues = list(issues)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        issue = self.issues[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                row = "" if issue.row is None else str(issue.row)
                return f"{issue.sheet} {row}".strip() if issue.sheet else row
            if index.column() == 1:
                return issue.column_text(language())
            return issue.reason(language())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 3:
            return self.titles[section]
        return None

    def set_titles(self, titles: list[str]) -> None:
        self.titles = titles
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

"""The families list: a lazy model over registry.search_families."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import registry
from desktop.services.registry.fields import FAMILY_FIELDS
from desktop.ui.widgets.lazy_table_model import ID_ROLE, PAGE, LazyTableModel

__all__ = ["FamilyListModel", "ID_ROLE", "PAGE"]


class FamilyListModel(LazyTableModel):
    default_sort = "code"

    def __init__(self, database, parent=None):
        self.query = ""
        self.community_id: str | None = None
        super().__init__(database, FAMILY_FIELDS, parent)

    def fetch(self, session, offset, limit):
        return registry.search_families(session, self.query, self.sort_key, self.descending,
                                        offset, limit, self.community_id)

    def count(self, session):
        return registry.count_families(session, self.query, self.community_id)

    def display(self, row, field, role):
        if field.name == "community_id":
            return row.community if role in (Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.ToolTipRole) else None
        return super().display(row, field, role)

    def set_filter(self, query: str, community_id: str | None = None) -> None:
        if (query, community_id) != (self.query, self.community_id):
            self.query, self.community_id = query, community_id
            self.reload()

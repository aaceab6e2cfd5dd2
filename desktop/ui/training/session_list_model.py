"""The training sessions list: sorted and filtered in SQL, fetched a page at a time; the period
filters."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop.services import training
from desktop.services.training.fields import TRAINING_SESSION_FIELDS
from desktop.ui.widgets.lazy_table_model import LazyTableModel

PERIODS = ("all", "this_month", "last_3_months", "this_year", "last_year", "last_12_months")


def period_range(key: str, today: date | None = None) -> tuple[date | None, date | None]:
    """The first and last day of a period filter, relative to today."""
    today = today or date.today()
    if key == "this_month":
        return today.replace(day=1), None
    if key == "last_3_months":
        month = today.month - 2
        year = today.year + (month - 1) // 12
        return date(year, (month - 1) % 12 + 1, 1), None
    if key == "this_year":
        return date(today.year, 1, 1), None
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "last_12_months":
        return today - timedelta(days=365), None
    return None, None



class SessionListModel(LazyTableModel):
    """Sessions sorted and filtered in SQL, fetched a page at a time."""

    default_sort, default_descending = "held_on", True  # newest first

    def __init__(self, database, parent=None):
        self.filters: dict = {}
        self.where: list | None = None  # the filters' conditions, read once per reload
        super().__init__(database, TRAINING_SESSION_FIELDS, parent)

    def reload(self) -> None:
        """The list again, its search's conditions read once for its pages and its count."""
        with self.database.session() as session:
            self.where = training.session_filters(session, **self.filters)
        super().reload()

    def fetch(self, session, offset, limit):
        return training.search_sessions(session, sort=self.sort_key, descending=self.descending,
                                        offset=offset, limit=limit, where=self.where)

    def count(self, session):
        return training.count_sessions(session, where=self.where)

    def display(self, row, field, role):
        if field.name == "community_id":
            return row.community if role in (Qt.ItemDataRole.DisplayRole,
                                              Qt.ItemDataRole.ToolTipRole) else None
        return super().display(row, field, role)

    def set_filter(self, **filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload()


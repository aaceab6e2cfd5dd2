"""A detail view's History tab (issue 14 item 3): the audit of a record and the records that
belong to it, newest first, with the audit's own columns; shown only to a role that may read
the audit. One widget for every area's detail."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.i18n import language
from desktop.services import people
from desktop.services.people.fields import AUDIT_FIELDS
from desktop.ui.widgets.tables import make_table
from desktop.ui.widgets.text_table_model import TextTableModel


class RecordHistory:
    def __init__(self, parent: QWidget, object_name: str):
        self.model = TextTableModel(parent)
        self.view = make_table(self.model)
        self.view.setObjectName(object_name)

    def show(self, session, tabs: QTabWidget, *record_ids: str) -> None:
        """Fill the table with what happened to `record_ids`; the tab holding the view is
        hidden for a role without `audit.read`."""
        tabs.setTabVisible(self.tab_index(tabs), self.fill(session, *record_ids))

    def fill(self, session, *record_ids: str) -> bool:
        """Fill the table with what happened to `record_ids`, newest first; False (and
        empty) for a role without `audit.read`."""
        if not people.allowed(session, "audit.read"):
            self.clear()
            return False
        rows = reversed(people.record_history(session, *record_ids))
        self.model.set_content([f.title() for f in AUDIT_FIELDS],
                               [row.cells(language()) for row in rows])
        return True

    def tab_index(self, tabs: QTabWidget) -> int:
        """The tab showing the view (the view itself, or a page holding it)."""
        return next((i for i in range(tabs.count()) if tabs.widget(i) is self.view
                     or tabs.widget(i).isAncestorOf(self.view)), -1)

    def clear(self) -> None:
        self.model.set_content([], [])

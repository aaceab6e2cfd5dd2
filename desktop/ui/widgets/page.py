"""What every area page shares: a status message signal, following the language, the id of
the selected list row, the list-beside-detail layout, and delete with undo."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QSplitter, QWidget

from desktop.ui.widgets.lazy_table_model import ID_ROLE


class Page(QWidget):
    """A page of the window; subclasses build widgets, then implement retranslate().

    Pages with a list keep it in `self.table` and implement `refresh(select_id, message)`.
    """

    changed = Signal(str)  # a status-bar message after a change

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A page shown on its own goes away when closed, rather than lingering hidden
        # and still answering language changes.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._undo: tuple[str, Callable, Callable[[str], str]] | None = None

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text again in the active language."""

    # --- the list and its detail -------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    @staticmethod
    def side_by_side(left: QWidget, right: QWidget, stretch=(3, 2)) -> QSplitter:
        """The list on the left, the selected record's detail on the right."""
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        return splitter

    # --- delete with undo -------------------------------------------------------------
    def delete_with_undo(self, record_id: str, title: str, question: str, done: str,
                         delete: Callable, restore: Callable,
                         restored: Callable[[object], str]) -> bool:
        """Ask, soft-delete with `delete(session, id)`, and remember how to undo it:
        `restore(session, id)` brings it back and `restored(record)` says so."""
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return False
        with self.database.session() as session:
            delete(session, record_id)
        self._undo = (record_id, restore, restored)
        self.refresh(message=done)
        return True

    def undo_delete(self) -> bool:
        """Bring back what this page deleted last (Edit > Undo delete)."""
        if self._undo is None:
            return False
        record_id, restore, restored = self._undo
        with self.database.session() as session:
            message = restored(restore(session, record_id))
        self._undo = None
        self.refresh(record_id, message)
        return True

"""What every area page shares: a status message signal, following the language, refreshing
when an operation changed what the page shows, the id of the selected list row, the
list-beside-detail layout, refreshing the list while keeping the selection, saving through a
form, delete with undo, and the keyboard of a list.

The keyboard, the same in every area: in the list (`table`), Enter or a double-click opens
the selected record and Delete asks to delete it; Down in the search box (`search`) moves
into the list and Up on its first row back; Ctrl+F goes to the search box, F5 reads the list
again and Ctrl+N creates a record of the area. Pages say what opening, deleting and creating
mean by implementing open_record(), delete_record() and new_record().
"""

from __future__ import annotations

from functools import partial
from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QLineEdit, QMessageBox, QSplitter, QTableView, QWidget,
)
from shiboken6 import isValid

from desktop.services.people import allowed
from desktop.ui.widgets.lazy_table_model import ID_ROLE
from desktop.ui.widgets.list_detail import ListAndDetail
from desktop.ui.widgets.view_state import remember_columns, remember_sizes
from desktop.ui.widgets.operations import CHANGES, Operation


#: The page-level shortcuts: what they do (see Page.run_key) and their keys.
KEYS = {"find": "Ctrl+F", "refresh": "F5", "new": "Ctrl+N"}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class Page(QWidget):
    """A page of the window; subclasses build widgets, then implement retranslate().

    A page declares in `shows` the entities it shows (see desktop.ui.widgets.operations); when
    an operation elsewhere announces a change to one of them, the page's refresh() runs.

    Pages with a list keep it in `self.table` and implement `refresh(select_id, message)`;
    ListPage writes that once.
    """

    changed = Signal(str)  # a status-bar message after a change
    shows: frozenset[str] = frozenset()  # the entities whose changes this page shows
    #: The page's controls that only a role holding an action may use (desktop.services.
    #: people): "add_button", "buttons.sign" (one of a dict), "station.save_button" (a
    #: part's), "member_buttons" (a list). They are hidden for other roles; the services
    #: refuse the action anyway.
    role_widgets: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A page shown on its own goes away when closed, rather than lingering hidden
        # and still answering language changes.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._undo: tuple[str, Callable, Callable[[str], str]] | None = None
        self._keys_installed = False
        if self.shows:
            CHANGES.changed.connect(self.on_changes)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply_role(self, database) -> None:
        """Hide what the signed-in user's role may not use (nothing on a single-user file)."""
        with database.session() as session:
            refused = [name for name, action in self.role_widgets.items()
                       if not allowed(session, action)]
        for name in refused:
            for widget in self._controls(name):
                widget.hide()

    def _controls(self, path: str) -> list[QWidget]:
        found = self
        for part in path.split("."):
            found = found.get(part) if isinstance(found, dict) else getattr(found, part, None)
            if found is None:
                return []
        return list(found) if isinstance(found, (list, tuple)) else [found]

    def retranslate(self) -> None:
        """Set every visible text again in the active language."""

    # --- the keyboard -------------------------------------------------------------------
    def open_record(self) -> bool:
        """Enter or a double-click on the list: open the selected record (its form). A page
        that does not say lets Enter do what its list's double-click does."""
        return False

    def delete_record(self) -> bool:
        """Delete on the list: ask, then delete the selected record."""
        return False

    def new_record(self) -> bool:
        """Ctrl+N: a new record of this area (its form). The main window's menu may call it
        on the current page too."""
        return False

    def list_view(self) -> QAbstractItemView | None:
        view = getattr(self, "table", None)
        return view if isinstance(view, QAbstractItemView) else None

    def search_box(self) -> QLineEdit | None:
        box = getattr(self, "search", None)
        return box if isinstance(box, QLineEdit) else None

    def apply_pending_search(self) -> None:
        """A search typed but not yet applied (a page that waits for a pause): apply it."""

    def _says(self, method: str) -> bool:
        return getattr(type(self), method) is not getattr(Page, method)

    def handles(self, key: str) -> bool:
        if key == "find":
            return self.search_box() is not None
        if key == "refresh":
            return callable(getattr(self, "refresh", None))
        return key == "new" and self._says("new_record")

    def showEvent(self, event):
        self.install_keys()  # once the subclass has built its list and search box
        self.remember_layout()
        super().showEvent(event)

    # --- what the person arranged -----------------------------------------------------
    def remember_layout(self) -> None:
        """Once the page is built (its first showing): give back the column widths, sort
        and dividers the person left in its lists, and keep them as they change. Keyed by
        page and by the table's object name (or the attribute that holds it)."""
        if getattr(self, "_layout_remembered", False):
            return
        self._layout_remembered = True
        attributes = {id(value): name for name, value in vars(self).items()
                      if isinstance(value, (QTableView, QSplitter))}
        page = type(self).__name__
        for kind, remember in ((QTableView, remember_columns), (QSplitter, remember_sizes)):
            for widget in self.findChildren(kind):
                name = widget.objectName() or attributes.get(id(widget))
                if name and self.owner_page(widget) is self:
                    remember(widget, f"{page}/{name}")
        self.after_layout_restored()

    @staticmethod
    def owner_page(widget: QWidget) -> "Page | None":
        """The innermost page holding `widget` (a tab of an area is a page of its own)."""
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, Page):
            parent = parent.parentWidget()
        return parent

    def after_layout_restored(self) -> None:
        """A remembered sort read the list again: what else follows (ListPage: the first
        row's detail)."""

    def install_keys(self) -> None:
        """Give the list, the search box and the page their keys (once)."""
        if self._keys_installed:
            return
        self._keys_installed = True
        view, search = self.list_view(), self.search_box()
        if view is not None:
            view.installEventFilter(self)
            if self._says("open_record"):
                view.doubleClicked.connect(lambda _: self.open_record())
        if search is not None:
            search.installEventFilter(self)
        window_keys = {action.shortcut() for action in self.window().findChildren(QAction)}
        for name, keys in KEYS.items():
            # A key the window's own menu already holds stays the window's.
            if self.handles(name) and QKeySequence(keys) not in window_keys:
                shortcut = QShortcut(QKeySequence(keys), self,
                                     context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.setObjectName(f"key:{name}")
                shortcut.activated.connect(partial(self.key_pressed, name))
                # Pages inside pages (a tab of an area) hold the same keys: both match.
                shortcut.activatedAmbiguously.connect(partial(self.key_pressed, name))

    def key_pressed(self, name: str) -> None:
        """A page-level key: the innermost page around the focus that handles it does it."""
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, Page) and widget.handles(name):
                widget.run_key(name)
                return
            widget = widget.parentWidget()
        self.run_key(name)

    def run_key(self, name: str) -> None:
        if name == "find":
            box = self.search_box()
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()
        elif name == "refresh":
            self.refresh()
        elif name == "new":
            self.new_record()

    def focus_list(self) -> None:
        """Into the list from the search box: the first row when none is selected."""
        self.apply_pending_search()
        view = self.list_view()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        model = view.model()
        if not view.currentIndex().isValid() and model is not None and model.rowCount():
            view.setCurrentIndex(model.index(0, 0))  # lists select whole rows

    def eventFilter(self, watched, event):
        if self._keys_installed and event.type() == QEvent.Type.KeyPress \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            view, key = self.list_view(), event.key()
            if watched is view and view is not None:
                current = view.currentIndex()
                if key in ENTER and current.isValid() \
                        and view.state() != QAbstractItemView.State.EditingState:
                    if self._says("open_record"):
                        self.open_record()
                    else:  # the page wired its list's double-click itself
                        view.doubleClicked.emit(current)
                    return True
                if key == Qt.Key.Key_Delete and current.isValid() \
                        and self._says("delete_record"):
                    self.delete_record()
                    return True
                if key == Qt.Key.Key_Up and current.row() <= 0 and self.search_box():
                    self.search_box().setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
            elif watched is self.search_box() and key == Qt.Key.Key_Down and view is not None:
                self.focus_list()
                return True
        return super().eventFilter(watched, event)

    def on_changes(self, entities: frozenset[str], origin=None) -> None:
        """An operation changed `entities`: refresh when they touch what this page shows
        (the page that ran the operation refreshed itself already)."""
        if not isValid(self) or origin is self or not (entities & self.shows):
            return
        refresh = getattr(self, "refresh", None)
        if refresh is not None:
            refresh()

    # --- the list and its detail -------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def load_selected(self, getter):
        """The selected record read by `getter(session, id)`, or None when nothing is selected."""
        record_id = self.selected_id()
        if record_id is None:
            return None
        with self.database.session() as session:
            return getter(session, record_id)

    @staticmethod
    def selected_record(view, model):
        """The record of a short list's (RecordTableModel's) current row, or None."""
        index = view.currentIndex()
        return model.record(index.row()) if index.isValid() else None

    @staticmethod
    def side_by_side(left: QWidget, right: QWidget, stretch=(3, 2)) -> QSplitter:
        """The list on the left, the selected record's detail on the right; on a narrow
        screen the detail goes below the list (see list_detail.ListAndDetail)."""
        return ListAndDetail(left, right, stretch)

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

    def delete_selected(self, getter: Callable, delete: Callable, restore: Callable,
                        describe: Callable[[object], dict], texts: tuple[str, str, str, str]
                        ) -> bool:
        """Delete the selected record (read by `getter`) with undo. `texts` are the title,
        the question, the done and the restored messages, their {placeholders} filled from
        `describe(record)`."""
        record = self.load_selected(getter)
        if record is None:
            return False
        title, question, done, restored = texts
        return self.delete_with_undo(
            record.id, title, question.format(**describe(record)),
            done.format(**describe(record)), delete, restore,
            lambda back: restored.format(**describe(back)))

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


class ListPage(Page):
    """A page with a lazy list (`self.table`, its model `self.model`) beside the selected
    record's detail: subclasses implement update_count() and show_selected()."""

    select_first = True  # after a refresh that lost the selection, select the first row

    def refresh(self, select_id: str | None = None, message: str = "") -> None:
        """Read the list again, keep (or move to) `select_id`, show its detail and say
        `message` in the status bar."""
        keep = select_id or self.selected_id()
        self.model.reload()
        self.update_count()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and keep:
            row = self.find_hidden(keep)
        if row >= 0:
            self.table.selectRow(row)
        elif self.select_first and self.model.rowCount():
            self.table.selectRow(0)
        self.show_selected()
        self.after_refresh()
        if message:
            self.changed.emit(message)

    def count_in_background(self, count: Callable) -> Operation:
        """Count the list off the GUI thread with `count(session)` (the filter it counts is
        bound in it): the first page shows at once and typing is never held up by counting
        the matches (tens of milliseconds for a common word at 100,000 records, more on a
        central server); `count_label` says count_text(None) ("Counting…") meanwhile, and
        an older filter's count that arrives after a newer one is dropped."""
        self._asked = getattr(self, "_asked", 0) + 1
        asked, database = self._asked, self.database
        self._total = None
        self.show_count()

        def job(_progress) -> int:
            with database.session() as session:
                return count(session)

        def counted(total: int) -> None:
            if asked == self._asked:
                self._total = total
                self.show_count()

        self.counting = Operation(self, job).success(counted).run_in_background()
        return self.counting

    def show_count(self) -> None:
        """The last count read (or "Counting…"), in the page's language: no new query."""
        self.count_label.setText(self.count_text(getattr(self, "_total", None)))

    def count_text(self, total: int | None) -> str:
        raise NotImplementedError

    def show_first(self) -> None:
        """After the list was read afresh (opening, a new filter): its count, the first row
        selected and that row's detail."""
        self.update_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.show_selected()

    def after_layout_restored(self) -> None:
        if not self.table.currentIndex().isValid():
            self.show_first()

    def find_hidden(self, record_id: str) -> int:
        """The row of `record_id` when the filters hide it: -1, or clear them and look again."""
        return -1

    def after_refresh(self) -> None:
        """What else goes stale when the list is read again."""

    def save_form(self, dialog, message: Callable[[object], str]) -> object | None:
        """Run a FormDialog; once it saved (one record, or several with "Save and add
        another"), show the last one selected and say so."""
        saved = dialog.run()
        if saved is not None:
            self.refresh(saved.id, message(saved))
        return saved

"""What a person arranged in the window, remembered per user: the widths, order and sort
column of every list, and where list and detail divide.

Kept with QSettings in `layout.ini` in the user's data folder (beside settings.ini, which the
headless core reads: this file is the window's alone), keyed by page and table. A list's
header menu offers "Restore columns", which forgets them and shows the declared widths again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMenu, QSplitter, QTableView

from desktop import config

# The settings group that holds the layout of lists and splitters.
GROUP = "layout"


def layout_settings() -> QSettings:
    """The per-user layout file (QSettings shares one cache per file within the program)."""
    return QSettings(str(config.data_dir() / "layout.ini"), QSettings.Format.IniFormat)


def _names(view: QTableView) -> str:
    """What the columns are: a state saved for other columns is not applied."""
    return ",".join(f.name for f in getattr(view.model(), "fields", [])) or str(
        view.model().columnCount())


def remember_columns(view: QTableView, key: str) -> None:
    """Give back the widths, order and sort column `view` had under `key`, and keep them as
    the person changes them. Once per view; the state shown now is what "Restore columns"
    returns to."""
    if view.property("layoutKey"):
        return
    header = view.horizontalHeader()
    view.setProperty("layoutKey", key)
    view.setProperty("defaultState", header.saveState())
    settings = layout_settings()
    saved = settings.value(f"{GROUP}/{key}/columns")
    if saved is not None and settings.value(f"{GROUP}/{key}/names") == _names(view):
        header.restoreState(saved)
    header.setSectionsMovable(True)
    for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
        signal.connect(lambda *_: save_columns(view))
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda point: column_menu(view).exec(header.mapToGlobal(point)))


def arranged(view: QTableView) -> bool:
    """Whether the person's own widths are remembered for `view`."""
    key = view.property("layoutKey")
    return bool(key) and layout_settings().contains(f"{GROUP}/{key}/columns")


def save_columns(view: QTableView) -> None:
    key = view.property("layoutKey")
    if not key or view.property("restoring") or not view.isVisible():
        return  # a list being built, or hidden with its page, has nothing the person chose
    settings = layout_settings()
    settings.setValue(f"{GROUP}/{key}/columns", view.horizontalHeader().saveState())
    settings.setValue(f"{GROUP}/{key}/names", _names(view))


def column_menu(view: QTableView) -> QMenu:
    """The header's menu: "Restore columns" (the declared widths, order and sort)."""
    menu = QMenu(view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    action = menu.addAction(QCoreApplication.translate("Columns", "Restore columns"))
    action.setObjectName("restoreColumns")
    action.triggered.connect(lambda: restore_columns(view))
    return menu


def restore_columns(view: QTableView) -> None:
    """Forget what the person arranged in `view` and show it as declared."""
    key = view.property("layoutKey")
    if key:
        layout_settings().remove(f"{GROUP}/{key}")
    default = view.property("defaultState")
    if default is not None:
        view.setProperty("restoring", True)  # going back is not the person arranging again
        try:
            view.horizontalHeader().restoreState(default)  # the view sorts again with it
        finally:
            view.setProperty("restoring", False)


def remember_sizes(splitter: QSplitter, key: str) -> None:
    """Give back where `splitter` divided its parts under `key` (one position for side by
    side, another for one above the other) and keep it as the person moves it."""
    if splitter.property("layoutKey"):
        return
    splitter.setProperty("layoutKey", key)
    restore_sizes(splitter)
    splitter.splitterMoved.connect(lambda *_: save_sizes(splitter))


def _sizes_key(splitter: QSplitter) -> str:
    way = "h" if splitter.orientation() == Qt.Orientation.Horizontal else "v"
    return f"{GROUP}/{splitter.property('layoutKey')}/sizes-{way}"


def restore_sizes(splitter: QSplitter) -> bool:
    """Put the divider where the person left it in this arrangement; False when never moved."""
    if not splitter.property("layoutKey"):
        return False
    saved = layout_settings().value(_sizes_key(splitter))
    if isinstance(saved, (list, tuple)) and len(saved) == splitter.count():
        try:
            splitter.setSizes([int(size) for size in saved])
            return True
        except (TypeError, ValueError):
            pass  # a damaged value means the default division, never a crash
    return False


def save_sizes(splitter: QSplitter) -> None:
    layout_settings().setValue(_sizes_key(splitter), [str(size) for size in splitter.sizes()])


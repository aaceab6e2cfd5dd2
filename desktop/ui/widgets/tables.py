"""The one way lists look: read-only, whole rows selected, columns as wide as declared, the
key columns first (Field.key_column), long texts cut with "…" (the model's tooltip has them
whole)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.ui.widgets.view_state import arranged


def make_table(model, multi: bool = False) -> QTableView:
    """A read-only, row-selecting table whose columns fit their declared width and header."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # One line a row: a long text ends in "…" and its tooltip shows it whole.
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    # Sideways by pixels, not by whole columns: a wide column is not skipped past.
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    key_columns_first(view)
    fit_columns(view)
    return view


def key_columns_first(view: QTableView) -> None:
    """Show the fields declared as key columns first, in their declared order; the model's
    columns (what tests, sorting and exports address) stay as declared."""
    header = view.horizontalHeader()
    fields = getattr(view.model(), "fields", [])
    keys = [column for column, field in enumerate(fields) if field.key_column]
    for position, column in enumerate(keys):
        header.moveSection(header.visualIndex(column), position)


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its field declares, and never narrower than its title; widths
    the person chose (remembered) stay."""
    if arranged(view):
        return
    metrics = view.horizontalHeader().fontMetrics()
    for column, field in enumerate(getattr(view.model(), "fields", [])):
        view.setColumnWidth(column, max(field.width,
                                        metrics.horizontalAdvance(field.title()) + 28))


def named_table(model, name: str, word_wrap: bool = False) -> QTableView:
    """make_table, with an object name (tests and style sheets find it)."""
    view = make_table(model)
    view.setObjectName(name)
    view.setWordWrap(word_wrap)
    return view

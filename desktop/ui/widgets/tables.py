"""The one way lists look: read-only, whole rows selected, columns as wide as declared."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def make_table(model, multi: bool = False) -> QTableView:
    """A read-only, row-selecting table whose columns fit their declared width and header."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    fit_columns(view)
    return view


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its field declares, and never narrower than its title."""
    metrics = view.horizontalHeader().fontMetrics()
    for column, field in enumerate(getattr(view.model(), "fields", [])):
        view.setColumnWidth(column, max(field.width,
                                        metrics.horizontalAdvance(field.title()) + 28))


def named_table(model, name: str, word_wrap: bool = False) -> QTableView:
    """make_table, with an object name (tests and style sheets find it) and no word wrap."""
    view = make_table(model)
    view.setObjectName(name)
    view.setWordWrap(word_wrap)
    return view

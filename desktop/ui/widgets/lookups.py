"""Choices read from the database for combo boxes and reference fields."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop.services import registry


def community_options(database) -> list[tuple[str, str]]:
    """(id, name) of every community, for a filter or a reference field."""
    with database.session() as session:
        return [(c.id, c.name) for c in registry.list_communities(session)]


def fill_combo(combo: QComboBox, items: list[tuple]) -> None:
    """Replace a combo's (data, text) items, keeping the chosen one, without emitting a
    change."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)

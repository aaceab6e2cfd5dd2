"""The indicator tiles at the top of the home page: a big figure and a line under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

TILE_STYLE = ("QFrame#tile { background: #f1f6f1; border: 1px solid #c8d8c8; border-radius: 6px; }"
              "QLabel#tileValue { font-size: 20px; font-weight: bold; color: #1b5e20; }"
              "QLabel#tileTitle { font-weight: bold; }"
              "QLabel#tileNote { color: #555555; }")


class Tile(QFrame):
    def __init__(self, key: str, parent=None):
        super().__init__(parent, objectName="tile")
        self.setProperty("key", key)
        self.title = QLabel(objectName="tileTitle")
        self.value = QLabel("…", objectName="tileValue")
        self.note = QLabel(objectName="tileNote")
        for label in (self.title, self.value, self.note):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(1)
        column.addWidget(self.title)
        column.addWidget(self.value)
        column.addWidget(self.note)
        column.addStretch()
        self.setMinimumHeight(78)

    def show_figure(self, title: str, value: str, note: str = "", tooltip: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.note.setText(note)
        self.setToolTip(tooltip)


class Tiles(QWidget):
    """A row of tiles, keyed by what they show."""

    KEYS = ("families", "agreements", "forest", "training", "coffee")

    def __init__(self, parent=None):
        super().__init__(parent, objectName="homeTiles")
        self.setStyleSheet(TILE_STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tiles = {key: Tile(key) for key in self.KEYS}
        for column, key in enumerate(self.KEYS):
            grid.addWidget(self.tiles[key], 0, column)
            grid.setColumnStretch(column, 1)

    def __getitem__(self, key: str) -> Tile:
        return self.tiles[key]

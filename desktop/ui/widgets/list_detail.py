"""The list beside the selected record's detail, or above it when the page is too narrow for
both: on a 1024-pixel screen the detail goes below the list rather than squeezing the list's
key columns or pushing the window wider."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

from desktop.ui.widgets.view_state import restore_sizes

#: Narrower than this (in pixels), the detail goes below the list: a list's key columns take
#: about 600 and a detail about 340 (a 1366 screen leaves the page some 1150).
STACK_BELOW = 960


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: it takes the room it is given, and scrolls
    rather than asking for more."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumWidth(240)
    return area


class ListAndDetail(QSplitter):
    """Each side scrolls when it holds more than it is given (a row of buttons, a wide tab),
    so opening a record or a tab never makes the window wider; below STACK_BELOW pixels the
    two are stacked. Where the person moved the divider is remembered for each arrangement
    (see view_state.remember_sizes)."""

    def __init__(self, left: QWidget, right: QWidget, stretch=(3, 2)):
        super().__init__(Qt.Orientation.Horizontal, objectName="listAndDetail")
        self.stretch = stretch
        self.addWidget(scrolling(left))
        self.addWidget(scrolling(right))
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, stretch[0])
        self.setStretchFactor(1, stretch[1])

    def resizeEvent(self, event):
        wanted = (Qt.Orientation.Vertical if event.size().width() < STACK_BELOW
                  else Qt.Orientation.Horizontal)
        if wanted != self.orientation():
            self.setOrientation(wanted)
            if not restore_sizes(self):
                total = (event.size().width() if wanted == Qt.Orientation.Horizontal
                         else event.size().height())
                first = total * self.stretch[0] // sum(self.stretch)
                self.setSizes([first, total - first])
        super().resizeEvent(event)

"""What every area page shares: a status message signal and following the language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page of the window; subclasses build widgets, then implement retranslate()."""

    changed = Signal(str)  # a status-bar message after a change

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A page shown on its own goes away when closed, rather than lingering hidden
        # and still answering language changes.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text again in the active language."""

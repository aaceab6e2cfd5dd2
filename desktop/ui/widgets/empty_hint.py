"""Over an empty list: what the list is for, and a button for its first action.

One widget for every list. A page gives a function that says, at the moment the list turns
out empty, what to show: `(text, button text, action)`; without a button text (or action)
there is no button. It is asked again whenever the list is read again and when the language
changes, so it can say "No family matches 'xyz'" after a search and "No families yet" before
the first one.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QWidget

from desktop.ui.widgets.layouts import hbox, vbox

#: What an empty list says: its text, the button's text ("" for none) and the button's action.
Describe = Callable[[], tuple[str, str, Callable[[], object] | None]]


class EmptyHint(QWidget):
    """Laid over `view`'s rows while its model has none."""

    def __init__(self, view: QAbstractItemView, describe: Describe):
        super().__init__(view.viewport(), objectName="emptyHint")
        self.view, self.describe = view, describe
        self.action: Callable[[], object] | None = None
        self.text = QLabel(objectName="emptyHintText", wordWrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(objectName="emptyHintAction")
        self.button.clicked.connect(self.run_action)
        vbox(self, None, self.text, hbox(None, self.button, None), None)
        self.setAutoFillBackground(False)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(lambda *_: self.update_hint())
        self.update_hint()

    def update_hint(self) -> None:
        """Show the hint (its texts asked afresh) when the list is empty, hide it otherwise."""
        model = self.view.model()
        if model is None or model.rowCount() > 0:
            self.hide()
            return
        text, button_text, self.action = self.describe()
        self.text.setText(text)
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text) and self.action is not None)
        self.setGeometry(self.view.viewport().rect())
        self.show()
        self.raise_()

    def run_action(self) -> None:
        if self.action is not None:
            self.action()

    def eventFilter(self, watched, event):
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return super().eventFilter(watched, event)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange and self.isVisibleTo(self.parentWidget()):
            self.update_hint()
        super().changeEvent(event)


def empty_hint(view: QAbstractItemView, describe: Describe) -> EmptyHint:
    """Give `view` its hint for when it is empty (see EmptyHint)."""
    return EmptyHint(view, describe)

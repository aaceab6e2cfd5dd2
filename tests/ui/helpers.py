"""Driving widgets as a user would, including accented letters.

qtbot.keyClicks aborts on lowercase accented letters (qasciikey.cpp), so
each character is sent as a key event carrying its text.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def on_next_dialog(action, timeout_ms: int = 5000) -> None:
    """Run `action(dialog)` on the next modal dialog once it is shown."""
    waited = {"ms": 0}

    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            waited["ms"] += 20
            if waited["ms"] > timeout_ms:
                raise AssertionError("no dialog appeared")
            QTimer.singleShot(20, attempt)
            return
        try:
            action(dialog)
        except BaseException:  # close the dialog: the test then fails instead of hanging
            import traceback
            traceback.print_exc()
            dialog.reject()

    QTimer.singleShot(0, attempt)


def finish(qtbot, operation, timeout_ms: int = 30000):
    """Wait until an Operation (desktop.ui.widgets.operations) has finished; its result."""
    qtbot.waitUntil(lambda: operation.done, timeout=timeout_ms)
    assert operation.state == "succeeded", operation.error
    return operation.result

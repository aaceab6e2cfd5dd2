"""Running long work off the GUI thread with a progress dialog and Cancel.

The work is a plain function `func(progress)` from the services; it calls
`progress(done, total)` and stops when that returns False. The dialog only
appears when the work lasts longer than ~600 ms.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, func: Callable):
        super().__init__()
        self.func = func
        self.signals = _Signals()
        self.cancelled = False

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.func(self._progress)
        except BaseException as error:  # handed to the GUI thread, which decides
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def run_with_progress(parent: QWidget | None, label: str, func: Callable):
    """Run `func(progress)` in the thread pool; return its result or raise its error."""
    job = _Job(func)
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(600)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    loop = QEventLoop()
    outcome: dict = {}

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    job.signals.progress.connect(on_progress)
    job.signals.done.connect(lambda result: (outcome.update(result=result), loop.quit()))
    job.signals.failed.connect(lambda error: (outcome.update(error=error), loop.quit()))
    dialog.canceled.connect(lambda: setattr(job, "cancelled", True))
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]

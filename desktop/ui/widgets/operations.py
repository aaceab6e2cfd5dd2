"""One way to run long work from the window (Anki's CollectionOp/QueryOp):

    Operation(parent, job, changes={"agreements"}) \\
        .with_progress(label) \\
        .success(on_success).failure(on_failure).cancelled(on_cancel) \\
        .run_in_background()

`job(progress)` runs in the thread pool, off the GUI thread. It calls `progress(done, total)` as
it advances; once the user presses Cancel that returns False and the services raise
`desktop.services.common.Cancelled`, which is reported as cancelled, not as a failure. A
progress dialog appears only when the work lasts longer than SHOW_AFTER_MS. The result (or
the error) comes back on the GUI thread through queued signals: no nested event loop. On
success the entities the job changed (e.g. {"families", "agreements"}) are announced through
the one app-wide `CHANGES.changed` signal, so each page refreshes only when they touch what it
shows.

A job must not share anything bound to a thread: it opens its own session from the Database
object (`with database.session() as session:`), never uses one opened on the GUI thread.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.services.common import Cancelled

SHOW_AFTER_MS = 600
RELEASE_POLL_MS = 20

# Entity names that operations announce and pages declare in `Page.shows`.
FAMILIES, COMMUNITIES, AGREEMENTS, GRIEVANCES, TRAINING, COOPERATIVE = (
    "families", "communities", "agreements", "grievances", "training", "cooperative")
ALL_ENTITIES = frozenset({FAMILIES, COMMUNITIES, AGREEMENTS, GRIEVANCES, TRAINING, COOPERATIVE})


class ChangeHub(QObject):
    """The app-wide announcement of what a finished operation changed."""

    changed = Signal(object, object)  # (frozenset of entity names, the widget that asked)

    def announce(self, entities, origin: QObject | None = None) -> None:
        if entities:
            self.changed.emit(frozenset(entities), origin)


CHANGES = ChangeHub()


def is_cancel(error: BaseException) -> bool:
    """The job stopped because the user asked it to (some areas still have their own
    cancel exception named like it)."""
    return isinstance(error, Cancelled) or type(error).__name__ in ("Cancelled",
                                                                   "ImportCancelled")


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, job: Callable, signals: _Signals):
        super().__init__()
        self.job = job
        self.signals = signals
        self.stop = False
        #: Set once run() no longer touches `signals`: until then the GUI thread keeps the
        #: operation (and so its QObjects) alive, or a queued result handled before emit()
        #: returned in this thread could delete the sender mid-emit (a rare segfault).
        self.exited = threading.Event()

    def progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.stop

    def run(self) -> None:
        try:
            try:
                result = self.job(self.progress)
            except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
                self.signals.failed.emit(error)
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.exited.set()


class Operation(QObject):
    """Long work off the GUI thread; see the module's docstring."""

    finished = Signal()  # after the success, failure or cancelled handler ran
    _running: set[Operation] = set()  # kept alive until they finish

    def __init__(self, parent: QWidget | None, job: Callable[[Callable[[int, int], bool]], Any],
                 changes=()):
        super().__init__()
        self.parent_widget = parent
        self.job = job
        self.changes = frozenset(changes)
        self.label = ""
        self.result: Any = None
        self.error: BaseException | None = None
        self.state = "new"  # new → running → succeeded | failed | cancelled
        self.dialog: QProgressDialog | None = None
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._progress = (0, 0)
        self._signals = _Signals()
        self._runner = _Runner(job, self._signals)
        self._runner.setAutoDelete(False)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_dialog)

    # --- configuring, chained ------------------------------------------------------------
    def with_progress(self, label: str) -> Operation:
        """Show `label` with a bar and Cancel when the work lasts over SHOW_AFTER_MS."""
        self.label = label
        return self

    def success(self, fn: Callable[[Any], None]) -> Operation:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Operation:
        """`fn(error)`; without one, the error goes to a message box (or sys.excepthook)."""
        self._on_failure = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> Operation:
        self._on_cancelled = fn
        return self

    # --- running ---------------------------------------------------------------------------
    @property
    def done(self) -> bool:
        return self.state in ("succeeded", "failed", "cancelled")

    @classmethod
    def running(cls) -> int:
        """Operations whose work has not finished (those only waiting to be let go not
        counted)."""
        return sum(1 for operation in cls._running if not operation.done)

    def run_in_background(self) -> Operation:
        if self.state != "new":
            raise RuntimeError("an operation runs once")
        self.state = "running"
        Operation._running.add(self)
        connection = Qt.ConnectionType.QueuedConnection
        self._signals.progress.connect(self._progressed, connection)
        self._signals.succeeded.connect(self._succeeded, connection)
        self._signals.failed.connect(self._failed, connection)
        if self.label:
            self._timer.start()
        QThreadPool.globalInstance().start(self._runner)
        return self

    def cancel(self) -> None:
        """Ask the job to stop: its next progress call returns False."""
        self._runner.stop = True

    def _show_dialog(self) -> None:
        if self.done or (self.parent_widget is not None and not isValid(self.parent_widget)):
            return
        dialog = QProgressDialog(self.label, QProgressDialog.tr("Cancel"), 0, 0,
                                 self.parent_widget)
        dialog.setObjectName("operationProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.cancel)
        # Progress goes to the bar itself: a modal QProgressDialog's setValue handles pending
        # events, so the result could be handled (the dialog closed, the asker's window moved
        # on or gone) from inside it (a rare segfault in the import wizard's test).
        self._bar = QProgressBar(dialog)
        dialog.setBar(self._bar)
        self.dialog = dialog
        self._progressed(*self._progress)
        dialog.show()

    def _progressed(self, done: int, total: int) -> None:
        self._progress = (done, total)
        if self.dialog is not None and isValid(self.dialog):
            self._bar.setRange(0, max(total, 1) if total else 0)
            self._bar.setValue(min(done, total))

    def _close_dialog(self) -> None:
        self._timer.stop()
        if self.dialog is not None and isValid(self.dialog):  # its window may be gone
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None

    def _asker_gone(self) -> bool:
        """The widget that asked was closed meanwhile: nobody to tell."""
        return self.parent_widget is not None and not isValid(self.parent_widget)

    def _succeeded(self, result) -> None:
        self._close_dialog()
        self.result, self.state = result, "succeeded"
        try:
            if self._asker_gone():
                CHANGES.announce(self.changes)
                return
            if self._on_success is not None:
                self._on_success(result)
            CHANGES.announce(self.changes, self.parent_widget)
        finally:
            self._finish()

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        self.error = error
        try:
            if is_cancel(error):
                self.state = "cancelled"
                if self._on_cancelled is not None and not self._asker_gone():
                    self._on_cancelled()
                return
            self.state = "failed"
            if self._asker_gone():
                return
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                self._report(error)
        finally:
            self._finish()

    def _report(self, error: BaseException) -> None:
        text = getattr(error, "text", None)
        if callable(text):  # a ValidationError or DatabaseProblem: the user can act on it
            QMessageBox.warning(self.parent_widget, self.label or " ", text())
        else:  # a bug: the application's excepthook logs it and says so
            import sys

            sys.excepthook(type(error), error, error.__traceback__)

    def _finish(self) -> None:
        self._release()
        self.finished.emit()

    def _release(self) -> None:
        """Let go of the operation once its thread has left run() (see _Runner.exited)."""
        if self._runner.exited.is_set():
            Operation._running.discard(self)
        else:
            QTimer.singleShot(RELEASE_POLL_MS, self._release)


#: How long closing a database waits for the jobs still reading it (told to stop first).
SETTLE_MS = 3000


def settle_background_work(timeout_ms: int = SETTLE_MS) -> bool:
    """Wait (the GUI held, at most `timeout_ms`) for the jobs of the thread pool to end,
    before their database is closed under them: the window's pages are told to stop first
    (their queries interrupted), so this is a fraction of a second. True when all ended."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


__all__ = ["ALL_ENTITIES", "CHANGES", "ChangeHub", "Operation", "SHOW_AFTER_MS", "is_cancel",
           "settle_background_work"]

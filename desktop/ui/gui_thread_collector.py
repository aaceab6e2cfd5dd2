"""Python's cycle collector, run on the GUI thread only.

When the last Python reference to a Qt object Python owns goes away on a worker thread,
PySide deletes the object later, on the GUI thread (Shiboken's "deletion in main thread").
If Qt has deleted it meanwhile (a chart replaced, a page closed), that second deletion
crashes the program: SIGSEGV in BindingManager::runDeletionInMainThread, under gdb once in
3 to 13 runs of the home page's tests, whose jobs run Python in the thread pool the whole
time. Objects in reference cycles are freed by the cycle collector, which starts on
whichever thread allocates past its threshold: with jobs in the pool, often a worker.

So the automatic collector is turned off, and a timer on the GUI thread runs it as the
thresholds would have (the same generations, the same thresholds), every half second.
Everything outside a cycle is freed by reference counting at once, as before. (The same
remedy as pyqtgraph's GarbageCollector, for the same crash.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

NAME = "guiThreadCollector"
#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns the automatic collector off while it lives (`stop()` turns it back on)."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent, objectName=NAME)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        gc.disable()
        self.timer.start()

    def collect_if_due(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold (a generation
        counts only when the younger one did); the generation collected, or None."""
        due = None
        for generation, (count, threshold) in enumerate(zip(gc.get_count(), self.thresholds)):
            if count <= threshold:
                break
            due = generation
        if due is not None:
            gc.collect(due)
        return due

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Collect cycles on the GUI thread only, for as long as `app` lives (once per `app`)."""
    existing = app.findChild(GuiThreadCollector, NAME)
    return existing if existing is not None else GuiThreadCollector(app)


__all__ = ["GuiThreadCollector", "collect_on_gui_thread"]

"""The operation helper: a real job in the thread pool, its result, error and Cancel reported
on the GUI thread, a progress dialog only for slow work, and the changed entities announced."""

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop.services.common import Cancelled, report
from desktop.ui.widgets.operations import CHANGES, Operation


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_success_on_the_gui_thread_announces_the_changes(qtbot, parent):
    seen = {}
    announced = []
    CHANGES.changed.connect(lambda entities, origin: announced.append((entities, origin)))

    def job(progress):
        seen["job_thread"] = threading.current_thread() is threading.main_thread()
        progress(1, 2)
        return 42

    op = Operation(parent, job, changes={"families"}).with_progress("Working…") \
        .success(lambda result: seen.update(result=result, gui=on_gui_thread())) \
        .failure(lambda error: seen.update(error=error))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert seen == {"job_thread": False, "result": 42, "gui": True}
    assert op.state == "succeeded" and op.result == 42
    assert announced[-1] == (frozenset({"families"}), parent)
    assert op.dialog is None and Operation.running() == 0


def test_failure_is_delivered_not_raised(qtbot, parent):
    seen = []
    announced = []
    CHANGES.changed.connect(lambda entities, origin: announced.append(entities))

    def job(progress):
        raise OSError(28, "No space left on device")

    op = Operation(parent, job, changes={"families"}).success(seen.append) \
        .failure(lambda error: seen.append(("failed", error.strerror, on_gui_thread())))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert seen == [("failed", "No space left on device", True)]
    assert op.state == "failed" and isinstance(op.error, OSError)
    assert announced == []  # nothing changed


def test_cancel_stops_the_job_and_is_not_a_failure(qtbot, parent):
    seen = []

    def job(progress):
        for done in range(1000):
            report(progress, done, 1000)  # raises Cancelled once progress says stop
            time.sleep(0.01)
        return "finished"

    op = Operation(parent, job).with_progress("Counting…").success(seen.append) \
        .failure(lambda error: seen.append(("failed", error))) \
        .cancelled(lambda: seen.append("cancelled"))
    op.run_in_background()
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5000)
    assert op.dialog.labelText() == "Counting…"
    qtbot.waitUntil(lambda: op.dialog.maximum() == 1000, timeout=5000)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.dialog.findChild(QPushButton).click()  # the user presses Cancel
    assert seen == ["cancelled"]
    assert op.state == "cancelled" and isinstance(op.error, Cancelled)
    assert op.dialog is None


def test_quick_work_shows_no_dialog(qtbot, parent):
    op = Operation(parent, lambda progress: "quick").with_progress("Quick…")
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert op.result == "quick" and op.dialog is None
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "operationProgress" and w.isVisible()]


def test_an_operation_runs_once(qtbot, parent):
    op = Operation(parent, lambda progress: None)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    with pytest.raises(RuntimeError):
        op.run_in_background()


def test_a_job_uses_its_own_session(qtbot, parent, database, family):
    """Sessions never cross threads: the job opens one from the Database object."""
    from desktop.services import registry

    def job(progress):
        with database.session() as session:
            return registry.count_families(session)

    op = Operation(parent, job)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert op.result == 1


def test_an_operation_is_let_go_only_after_its_thread_left_the_job(qtbot, parent):
    """The result can be handled on the GUI thread before the worker's emit() has returned;
    the operation (whose QObjects the worker still uses) is kept until the worker is out."""
    go, hold = threading.Event(), threading.Event()

    def job(progress):
        go.wait(5)
        return "done"

    op = Operation(parent, job)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
        # A slow receiver called in the worker's thread after the queued one: the worker's
        # emit() returns only after it, long after the GUI thread handled the result.
        op._signals.succeeded.connect(lambda _result: hold.wait(5),  # noqa: SLF001
                                      Qt.ConnectionType.DirectConnection)
        go.set()
    assert op.state == "succeeded" and Operation.running() == 0
    kept = op in Operation._running  # noqa: SLF001 - the retention is what is tested
    hold.set()
    qtbot.waitUntil(lambda: op not in Operation._running, timeout=3000)  # noqa: SLF001
    assert kept


def test_a_result_arriving_inside_the_dialogs_update_is_handled_after_it(qtbot, parent):
    """A modal QProgressDialog handles pending events inside setValue: the result that comes
    then must not close the dialog (and move the asker's window on) from inside setValue; it
    is handled just after (a rare segfault in the import wizard's test)."""
    go = threading.Event()
    handled = []
    op = Operation(parent, lambda progress: go.wait(5) and "done").with_progress("Working…")
    op.success(handled.append).run_in_background()
    parent.show()
    op._show_dialog()  # noqa: SLF001 - as after SHOW_AFTER_MS
    dialog = op.dialog
    assert dialog is not None and dialog.isVisible()
    go.set()
    assert op._runner.exited.wait(5)  # noqa: SLF001 - the result queued, not yet handled
    op._progressed(1, 3)  # noqa: SLF001 - (from this value on, the dialog counts as shown)
    op._progressed(2, 3)  # noqa: SLF001 - setValue handles the pending events in it...
    assert handled == [] and op.state == "running"  # ...which waits until it has returned
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert handled == ["done"] and op.dialog is None

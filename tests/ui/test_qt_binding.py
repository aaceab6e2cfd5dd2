"""The Qt binding itself (see desktop/ui/qt_workarounds.py)."""

import subprocess
import sys


def test_a_long_session_of_qt_calls_does_not_use_up_none():
    # 300,000 calls that return nothing: with PySide6 6.12.0 on Python 3.11 and without the
    # workaround, this aborts with "none_dealloc".
    code = ("import desktop.ui\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication(['x', '-platform', 'offscreen'])\n"
            "for _ in range(300_000):\n"
            "    app.processEvents()\n"
            "print('alive')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"


def test_cycles_are_collected_on_the_gui_thread_only(qtbot, qapp):
    """The automatic collector is off (a worker thread never starts it); the GUI thread's
    timer collects a cycle once the youngest generation passes its threshold."""
    import gc
    import weakref

    from desktop.ui.gui_thread_collector import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector and not gc.isenabled()

    class Node:
        pass

    node = Node()
    node.self = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    del node
    kept = [Node() for _ in range(collector.thresholds[0] * 2)]  # past the threshold
    assert gone() is not None  # nothing collected it on this thread by itself
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    assert len(kept) == collector.thresholds[0] * 2

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

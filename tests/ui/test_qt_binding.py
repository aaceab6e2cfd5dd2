"""The Qt binding itself: PySide6 6.12.0 lost a reference to None on every Qt call that
returns nothing, and a long session aborted ("none_dealloc") on Python 3.11."""

import sys


def test_qt_calls_keep_none_alive(qapp):
    before = sys.getrefcount(None)
    for _ in range(2_000):
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50  # other threads may move it a little

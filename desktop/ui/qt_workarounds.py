"""Keeping PySide6 6.12.0's one known fault harmless.

PySide6 6.12.0 returns None from Qt calls that return nothing without taking a new
reference to it: every `processEvents()`, `setPen()`, `repaint()`... leaves None one
reference short. On Python 3.12 and later None is immortal and nothing happens; on Python
3.11 a long session (a map being painted, an afternoon at the weighing station) brings
None's count to zero and the interpreter aborts ("Fatal Python error: none_dealloc").

Earlier PySide6 versions (6.10, 6.11) do not have this fault but crash the process now and
then while a worker thread runs Python (about one run in four of the renewal test), which
the operation helper does all the time; so the project requires 6.12 and gives None, once
at start, a reference count no session can use up — what Python 3.12 does for it anyway.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to None: at one a call, more than a million calls a second for a decade.
RESERVE = 1 << 48


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < RESERVE:
        count.value += RESERVE


keep_none_alive()

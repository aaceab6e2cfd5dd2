"""Entry point of the frozen (PyInstaller) application: the same as the `conservation-desk`
console script, desktop.cli:main.

A windowed Windows executable has no console: sys.stdout and sys.stderr are None there, so
anything printed goes to a log in the user data folder instead of failing.
"""

import sys


def _streams_for_a_windowed_build() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    from desktop.config import data_dir

    log = open(data_dir() / "console.log", "a", encoding="utf-8")  # noqa: SIM115 (kept open)
    sys.stdout = sys.stdout or log
    sys.stderr = sys.stderr or log


if __name__ == "__main__":
    # A process started by multiprocessing (the summary's second process) runs its task here
    # and exits, before anything else (PyInstaller's documented pattern).
    import multiprocessing

    multiprocessing.freeze_support()
    _streams_for_a_windowed_build()
    from desktop.cli import main

    sys.exit(main())

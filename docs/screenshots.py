"""The README's screenshots, taken as a user sees the window: in Spanish, on the demo database
(`conservation-desk demo`), maximised on a 1366×768 screen.

    .venv/bin/conservation-desk demo --db /tmp/demo.sqlite
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots.py /tmp/demo.sqlite

Writes docs/home.png, docs/screenshot.png (the Families area) and docs/map.png; with
`--out DIR` (e.g. under a 1024×768 screen, or with `--lang en`) it writes them to DIR
instead, with the Agreements, Cooperative and Data protection areas too, to look at how the
window fits. Works on a copy
of the database: the window's own writes (settings, the audit of a sign-in) stay there.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("CONSERVATION_DESK_HOME", tempfile.mkdtemp(prefix="screenshots-"))

DOCS = Path(__file__).resolve().parent
AREAS = {"home": "home.png", "families": "screenshot.png", "map": "map.png"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path, help="a demo database (copied, never written)")
    parser.add_argument("--lang", default="es")
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services.database import open_database
    from desktop.ui.main_window import MainWindow
    from desktop.ui.widgets.language import apply_language

    app = QApplication(sys.argv[:1])
    from desktop.ui.gui_thread_collector import collect_on_gui_thread
    collect_on_gui_thread(app)  # as the program does (its module says why)
    apply_language(app, args.lang)
    work = Path(tempfile.mkdtemp(prefix="conservation-desk-")) / "demo.sqlite"
    shutil.copy(args.db, work)
    database = open_database(work, backup_dir=work.parent / "backups")
    window = MainWindow(database, demo=True)
    window.show_fitted()

    def settle(ms: int = 1500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    areas = dict(AREAS)
    if args.out != DOCS:
        areas.update({"incidents": "incidents.png", "agreements": "agreements.png",
                      "cooperative": "cooperative.png", "sync": "sync.png"})
    names = [name for name, _ in window.areas]
    args.out.mkdir(parents=True, exist_ok=True)
    for area, file_name in areas.items():
        if area not in names:
            continue
        window.nav.setCurrentRow(names.index(area))
        page = window.page(area)
        table = getattr(page, "table", None)
        if area in ("families", "agreements") and table is not None \
                and table.model().rowCount():
            table.selectRow(0)
        loading = getattr(page, "loading", None)
        settle(500)
        while loading is not None and not loading.done:
            settle(200)
        settle()
        target = args.out / file_name
        window.grab().save(str(target))
        print(f"{target}: {window.width()}×{window.height()}, "
              f"{target.stat().st_size // 1024} KB")
    database.close()
    shutil.rmtree(work.parent, ignore_errors=True)


if __name__ == "__main__":
    main()

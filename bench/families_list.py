"""Benchmark: the Families list on a 100,000-family database.

Prints the time to open the list and show its first rows, and the median time
of a search as the user types (each keystroke: filter + first page), then of the count of
its matches, which the page makes off the GUI thread.
Targets (issue 2): first rows < 0.2 s; a keystroke < 50 ms.

    .venv/bin/python bench/families_list.py [--families 100000] [--db bench/out/100k.sqlite]
                                            [--pg]

With --pg (issue 13: the family search on PostgreSQL at 100,000 families, target < 50 ms),
the same is measured on a PostgreSQL server this bench starts (tests/pg/server.py, as the
tests do) and fills with the file's content (bench/sync.py's COPY), then stops. `--db` also
takes a `postgresql://` address of an existing central database.

Seen on PostgreSQL 15 (2026-12-01, 100,000 families filled in 69-71 s; 2 cores, load 1-2):
  before: first rows 151 ms; keystroke (page + count) median 320 ms, 90th percentile 631 ms
  (each word a set of family ids joined back to every family; the page sorted "NULLS FIRST",
  which no index serves; generic plans once the driver prepared the statement)
  after:  first rows 104 ms; keystroke median 64 ms, 90th percentile 85 ms; a page alone
  8-12 ms for a common word, 5-28 ms for a rare one: what is left is the count (30-85 ms,
  the matches counted one by one).
  then the count moved off the GUI thread (as the Agreements list's): keystroke median
  17.3 ms, 90th percentile 22.6 ms; their counts, in the background, median 56 ms.
  The same run on the SQLite file: keystroke median 21.2 ms; counts median 41 ms (1-2
  letters: up to 330 ms, in the background).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=100_000)
    parser.add_argument("--db", help="a file, or a postgresql:// address")
    parser.add_argument("--pg", action="store_true",
                        help="measure on a PostgreSQL server filled with the file's content")
    args = parser.parse_args()
    if args.db and args.db.startswith("postgresql"):
        measure(args.db)
        return
    db = Path(args.db) if args.db else \
        Path(__file__).parent / "out" / f"families-{args.families}.sqlite"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(db),
                        "--families", str(args.families)], check=True)
        print(f"demo database built in {time.perf_counter() - started:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)")
    if args.pg:
        on_postgresql(db)
    else:
        measure(db)


def on_postgresql(source: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from sync import create_database, fill_postgres  # bench/sync.py

    from desktop.services.office import initialise
    from tests.pg.server import Server

    server = Server().start()
    try:
        url = create_database(server, "families")
        initialise(url, "CEN")
        started = time.perf_counter()
        fill_postgres(source, url)
        print(f"PostgreSQL filled with {source.name} in {time.perf_counter() - started:.0f} s")
        measure(url)
    finally:
        server.stop()


def measure(db) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.services.database import open_database
    from desktop.ui.widgets.family_list_model import FamilyListModel

    app = QApplication.instance() or QApplication([])
    from desktop.ui.gui_thread_collector import collect_on_gui_thread
    collect_on_gui_thread(app)  # as the program does (its module says why)
    database = open_database(db, backup_dir=None if isinstance(db, str)
                             else db.parent / "backups")

    started = time.perf_counter()
    model = FamilyListModel(database)
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    app.processEvents()
    total = model.total()
    first_rows = time.perf_counter() - started
    print(f"families: {total:,}; list open with first {model.rowCount()} rows in "
          f"{first_rows * 1000:.1f} ms (target < 200 ms)")

    # A keystroke holds the window for the list's first page; the Families page counts the
    # matches off the GUI thread (FamiliesPage.update_count), timed here on its own.
    timings, counts = [], []
    for word in ("quispe", "nunez", "maria", "aguas", "0012", "f-0099"):
        model.set_filter("")
        for end in range(1, len(word) + 1):
            started = time.perf_counter()
            model.set_filter(word[:end])
            app.processEvents()
            timings.append(time.perf_counter() - started)
            started = time.perf_counter()
            model.total()
            counts.append(time.perf_counter() - started)
    for what, found, target in (("search keystrokes", timings, "target median < 50 ms"),
                                ("their counts, off the GUI thread", counts,
                                 "target median < 1000 ms")):
        found.sort()
        print(f"{what}: {len(found)}; median {statistics.median(found) * 1000:.1f} ms, "
              f"90th percentile {found[int(len(found) * 0.9)] * 1000:.1f} ms, "
              f"worst {found[-1] * 1000:.1f} ms ({target})")

    for key in ("head", "community_id", "members"):
        column = [f.name for f in model.fields].index(key)
        started = time.perf_counter()
        model.sort(column)
        print(f"sort by {key}: {(time.perf_counter() - started) * 1000:.1f} ms")
    database.close()


if __name__ == "__main__":
    main()

"""Benchmark: the summary workbook with N coffee delivery rows (default 1,000,000).

Builds a demo database, multiplies its deliveries with SQL up to N rows, then
writes the workbook in a child process and prints the time and the peak
memory (RSS). Target (issue 6): 1,000,000 delivery rows in under 60 s with
memory that stays flat (compare with --deliveries 100000).

    .venv/bin/python bench/summary_workbook.py [--deliveries 1000000]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).parent / "out"


def build(path: Path, deliveries: int) -> None:
    import sqlite3

    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(path)], check=True,
                   capture_output=True)
    con = sqlite3.connect(path)
    have = con.execute("SELECT count(*) FROM deliveries").fetchone()[0]
    copy = 1
    while have < deliveries:
        take = min(have, deliveries - have)
        con.execute(f"""INSERT INTO deliveries SELECT cooperative_id,
            receipt_number || '-c{copy}', sequence + {copy} * 10000000, delivered_on,
            membership_id, plot_id, product, gross_kg, tare_kg, net_kg, moisture_pct, grade,
            cup_score, price_per_kg_pen, amount_pen, paid_on, voided_at, flags,
            lower(hex(randomblob(16))), created_at, updated_at, deleted_at, void_reason, lot_id
            FROM deliveries LIMIT {take}""")
        have += take
        copy += 1
    con.commit()
    con.close()


def child(path: Path, out: Path, limit: int | None) -> None:
    from desktop.reports.summary import write_summary
    from desktop.services.database import open_database

    database = open_database(path, backup_dir=OUT / "backups")
    started = time.perf_counter()
    write_summary(database, out, "es", delivery_list_limit=limit)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.1f} {peak_mb:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deliveries", type=int, default=1_000_000)
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        limit = None if args.child[2] == "none" else int(args.child[2])
        child(Path(args.child[0]), Path(args.child[1]), limit)
        return
    OUT.mkdir(exist_ok=True)
    for count in sorted({100_000, args.deliveries}):
        db = OUT / f"summary-{count}.sqlite"
        if not db.exists():
            started = time.perf_counter()
            build(db, count)
            print(f"database with {count:,} deliveries built in "
                  f"{time.perf_counter() - started:.1f} s")
        for limit, what in (("100000", "summary as shipped (list sheet up to 100,000 rows)"),
                            ("none", "with every delivery listed row by row")):
            out = OUT / f"summary-{count}-{limit}.xlsx"
            result = subprocess.run([sys.executable, __file__, "--child", str(db), str(out),
                                     limit], capture_output=True, text=True, check=True)
            seconds, peak = result.stdout.split()
            print(f"{count:>9,} deliveries, {what}: {seconds} s, peak memory {peak} MB, "
                  f"file {out.stat().st_size / 1e6:.0f} MB")
    print("target: 1,000,000 deliveries < 60 s with memory that stays flat")


if __name__ == "__main__":
    main()

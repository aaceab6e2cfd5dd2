"""Benchmark: recording one delivery at the weighing station with a million deliveries in
the file (issue 15 item 3). Target: under 100 ms from pressing Save to the receipt number.

Records deliveries into FILE (default bench/out/record-1m.sqlite, made once as a copy of
bench/out/start-1m.sqlite, a reflink where the disk allows); the file keeps them (each run
adds `--count` receipts to this year's). Prints the first delivery (cold: the file's pages
not in SQLite's cache, SQLAlchemy's statements not compiled), the median and worst of the
rest, with this process's CPU time beside them (on shared cores, the part that is the
work's own), then the two lookups that used to cost most: the next receipt number and the
plot's last compliance visit, with the plan of the first.

    .venv/bin/python bench/record_delivery.py [--db FILE] [--count 20]

Figures (start-1m.sqlite: 1,000,000 deliveries, 240,414 of them real receipts of 2026;
65,289 compliance visits; load average 3-5 on 2 shared cores):
- Before: 760-1,015 ms a delivery (the receipt number's max() over the year's receipts
  450-660 ms; the last visit, walking every compliance visit by date, 280-330 ms).
- After (the number read at the end of the receipts' unique index; migration 0022's index
  from a plot to its agreements): median 4.6-26 ms (cpu 4-12 ms), worst 9-48 ms; the next
  number 0.3-0.8 ms, the last visit 0.3-1.4 ms. The first delivery of the process takes
  120-180 ms whatever the file's size: SQLAlchemy configures its mappers and compiles the
  statements (in the window, already done by the pages shown before).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).parent / "out"
SOURCE = OUT / "start-1m.sqlite"
TARGET = OUT / "record-1m.sqlite"
TARGET_MS = 100


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=TARGET,
                        help="the file to record into (a copy: it keeps what is recorded)")
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()
    if not args.db.exists():
        if args.db != TARGET or not SOURCE.exists():
            raise SystemExit(f"{args.db} is missing (bench/start.py builds {SOURCE})")
        subprocess.run(["cp", "--reflink=auto", str(SOURCE), str(TARGET)], check=True)

    from sqlalchemy import text

    from desktop.services import cooperative
    from desktop.services.cooperative import compliance
    from desktop.services.cooperative import deliveries as numbering
    from desktop.services.database import open_database

    with tempfile.TemporaryDirectory() as backups:
        database = open_database(args.db, backup_dir=Path(backups))
    with database.session() as session:
        coop = session.execute(text("SELECT id FROM cooperatives LIMIT 1")).scalar()
        total = session.execute(text("SELECT count(*) FROM deliveries")).scalar()
        # Members with a plot under an agreement that was visited: the flags' whole work.
        members = session.execute(text(
            "SELECT m.id, ap.plot_id FROM compliance_visits v "
            "JOIN agreement_plots ap ON ap.agreement_id = v.agreement_id "
            "JOIN plots p ON p.id = ap.plot_id "
            "JOIN memberships m ON m.family_id = p.family_id AND m.cooperative_id = :c "
            "WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL LIMIT :n"),
            {"c": coop, "n": args.count}).all()
    print(f"deliveries: {total:,}; recording {len(members)} more", flush=True)

    spent, cpu, numbers = [], [], []
    for membership, plot in members:
        with database.session() as session:
            started, used = time.perf_counter(), time.process_time()
            delivery = cooperative.record_delivery(session, coop, {
                "delivered_on": date.today().isoformat(), "membership_id": membership,
                "plot_id": plot, "product": "dry_parchment", "gross_kg": "60",
                "tare_kg": "0.5", "moisture_pct": "12", "price_per_kg_pen": "9.5"})
            spent.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
            numbers.append(delivery.receipt_number)
    rest = spent[1:] or spent
    print(f"recording a delivery: first {spent[0]:.0f} ms ({cpu[0]:.0f} ms cpu, cold), then "
          f"median {statistics.median(rest):.1f} ms, worst {max(rest):.1f} ms "
          f"(cpu median {statistics.median(cpu[1:] or cpu):.1f} ms) over {len(rest)} "
          f"(target median < {TARGET_MS} ms); receipts {numbers[0]} … {numbers[-1]}",
          flush=True)

    with database.session() as session:
        cooperative_row = cooperative.get_cooperative(session, coop)
        year = date.today().year
        for label, run in (
                ("next receipt number", lambda: numbering._next_sequence(  # noqa: SLF001
                    session, cooperative_row, year)),
                ("the plot's last compliance visit", lambda: compliance.last_visit(
                    session, members[0][1], date.today()))):
            timings = []
            for _ in range(5):
                started = time.perf_counter()
                run()
                timings.append((time.perf_counter() - started) * 1000)
            print(f"  {label}: median {statistics.median(timings):.2f} ms")
        stem = numbering.receipt_stem(session, cooperative_row, year)
        for row in session.execute(text(
                "EXPLAIN QUERY PLAN SELECT receipt_number FROM deliveries "
                "WHERE cooperative_id = :c AND receipt_number >= :s AND receipt_number < :a "
                "ORDER BY receipt_number DESC LIMIT 1"),
                {"c": coop, "s": stem, "a": numbering._after(stem)}):  # noqa: SLF001
            print(f"  plan of the number: {row[-1]}")
    database.close()


if __name__ == "__main__":
    main()

"""Benchmark: payment day on the 1,000,000-delivery database (issue 16: "payment day for 5,000
members and 1,000,000 deliveries, target under 5 s").

Copies the database (bench/out/start-1m.sqlite by default; --db another), marks every
delivery of the busiest cooperative unpaid from a month before its last delivery on, so that
day pays a realistic batch, then prints: the number of members and deliveries paid, the time
to read the list (the review), to approve it (every delivery paid through the ORM, with its
audit entry and sync mark), and to write the PDF to sign and the transfer workbook. CPU
time beside wall time: on shared cores the CPU is the work's own.

    .venv/bin/python bench/payment_day.py [--db FILE] [--keep] [--members 5000] [--profile]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
OUT = Path(__file__).resolve().parent / "out"
TARGET_SECONDS = 5


def timed(label: str, fn, target: float | None = None):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    goal = f" (target {target:g} s {'✔' if wall < target else '✘'})" if target else ""
    print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU{goal}", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=OUT / "start-1m.sqlite")
    parser.add_argument("--keep", action="store_true", help="keep the copy")
    parser.add_argument("--profile", action="store_true", help="profile the approval")
    parser.add_argument("--members", type=int, help="only this many members owed")
    args = parser.parse_args()
    copy = OUT / "payment-day.sqlite"
    subprocess.run(["cp", "--reflink=auto", str(args.db), str(copy)], check=True)
    try:
        con = sqlite3.connect(copy)
        coop, last = con.execute(
            "SELECT cooperative_id, max(delivered_on) FROM deliveries GROUP BY cooperative_id "
            "ORDER BY count(*) DESC LIMIT 1").fetchone()
        last = date.fromisoformat(last)
        start = last - timedelta(days=30)
        con.execute("UPDATE deliveries SET paid_on = NULL WHERE cooperative_id = ? "
                    "AND delivered_on >= ?", (coop, start.isoformat()))
        if args.members:  # only that many members owed: the others' deliveries paid again
            con.execute("""UPDATE deliveries SET paid_on = delivered_on
                WHERE paid_on IS NULL AND membership_id NOT IN (
                    SELECT DISTINCT membership_id FROM deliveries WHERE paid_on IS NULL
                    ORDER BY membership_id LIMIT ?)""", (args.members,))
        con.commit()
        total = con.execute("SELECT count(*) FROM deliveries").fetchone()[0]
        con.close()
        print(f"{total:,} deliveries in the file; paying those from {start} to {last}")

        from desktop.reports.payment_list import write_payment_list, write_transfer_workbook
        from desktop.services.cooperative import payment_day
        from desktop.services.database import open_database

        database = open_database(copy)
        paid_on = max(last, date.today()) if last <= date.today() else date.today()
        with database.session() as session:
            data = timed("read the list (review)", lambda: payment_day.payment_list(
                session, coop, last, paid_on))
        deliveries = sum(line.deliveries for line in data.lines)
        print(f"{len(data.lines):,} members, {deliveries:,} deliveries, "
              f"S/ {data.net_pen:,.2f} net payable")
        timed("write the PDF to sign", lambda: write_payment_list(data, OUT / "payday.pdf"))
        timed("write the transfer workbook", lambda: write_transfer_workbook(
            data, OUT / "payday.xlsx"))
        with database.session() as session:
            approve = lambda: payment_day.approve_payment_day(session, coop, data)  # noqa: E731
            if args.profile:
                import cProfile
                import pstats
                profile = cProfile.Profile()
                approve = (lambda inner: lambda: profile.runcall(inner))(approve)
            timed("approve (pay every delivery listed)", approve, TARGET_SECONDS)
            if args.profile:
                pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        database.close()
    finally:
        if not args.keep:
            for path in OUT.glob("payment-day.sqlite*"):
                path.unlink()
            for name in ("payday.pdf", "payday.xlsx"):
                (OUT / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()

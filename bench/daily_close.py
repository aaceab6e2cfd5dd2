"""Benchmark: the daily cash close and the plausible-kilos check with a million deliveries
(issue 16 items 7 and 8).

Copies bench/out/start-1m.sqlite (100,000 families, 1,000,000 deliveries; from
bench/start.py, or give --db) into bench/out/close-1m.sqlite once (a reflink where the disk
allows), opens it (migrating it), then prints:

- the cash close of the busiest day (target: well under a second);
- the expected-yield check of one delivery (one indexed aggregate per delivery; target: a
  few milliseconds), and its query plan;
- recording a delivery with and without an expected yield set, and with a closed day
  somewhere in the file (what the station pays per delivery for both checks);
- the PDF of the close.

    .venv/bin/python bench/daily_close.py [--db FILE]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).parent / "out"
SOURCE = OUT / "start-1m.sqlite"
TARGET = OUT / "close-1m.sqlite"


def timed(run, times: int = 5) -> tuple[float, float]:
    """(best, median) wall time in ms of `times` runs."""
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        spent.append((time.perf_counter() - started) * 1000)
    return min(spent), statistics.median(spent)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a database to copy (default: start-1m)")
    source = parser.parse_args().db or SOURCE
    if not TARGET.exists():
        subprocess.run(["cp", "--reflink=auto", str(source), str(TARGET)], check=True)
    from sqlalchemy import text

    from desktop.reports.cash_close import write_cash_close
    from desktop.services import cooperative
    from desktop.services.cooperative import daily_close as closes
    from desktop.services.cooperative import expected_yields as yields
    from desktop.services.database import open_database

    database = open_database(TARGET, backup_dir=Path(tempfile.mkdtemp()))
    with database.session() as session:
        coop_id, busiest, n = session.execute(text(
            "SELECT cooperative_id, delivered_on, count(*) AS n FROM deliveries "
            "GROUP BY cooperative_id, delivered_on ORDER BY n DESC LIMIT 1")).one()
        busiest = date.fromisoformat(str(busiest)[:10])
        total = session.execute(text("SELECT count(*) FROM deliveries")).scalar()
        members = [r[0] for r in session.execute(text(
            "SELECT m.id FROM memberships m WHERE m.cooperative_id = :c AND EXISTS ("
            "SELECT 1 FROM plots p WHERE p.family_id = m.family_id AND p.deleted_at IS NULL) "
            "LIMIT 2000"), {"c": coop_id})]
    print(f"deliveries: {total:,}; busiest day {busiest} with {n} receipts", flush=True)

    with database.session() as session:
        best, median = timed(lambda: closes.daily_close(session, coop_id, busiest))
        data = closes.daily_close(session, coop_id, busiest)
    print(f"cash close of the busiest day: best {best:.0f} ms, median {median:.0f} ms "
          f"({data.issued} receipts, {len(data.products)} product lines, "
          f"{len(data.payments)} members paid)", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        best, median = timed(lambda: write_cash_close(data, Path(folder) / "c.pdf", "es"), 3)
    print(f"its PDF: best {best:.0f} ms, median {median:.0f} ms", flush=True)

    sample = random.Random(7).sample(members, min(200, len(members)))
    with database.session() as session:
        if not yields.list_expected_yields(session, coop_id):
            yields.set_expected_yield(session, coop_id, "dry_parchment", None, "800")
        rounds = []
        for _ in range(2):  # the first round reads from the disk, the second from its cache
            started = time.perf_counter()
            flagged = sum(bool(yields.yield_flags(session, m, "dry_parchment",
                                                  date(2026, 6, 1), 1)) for m in sample)
            rounds.append((time.perf_counter() - started) * 1000 / len(sample))
        plan = session.execute(text("EXPLAIN QUERY PLAN " + yields.CHECK_SQL), {
            "membership": sample[0], "product": "dry_parchment", "start": "2026-01-01",
            "end": "2026-12-31", "exclude": ""}).all()
    print(f"expected-yield check: {rounds[0]:.2f} ms a delivery (cold), {rounds[1]:.2f} ms "
          f"(warm) over {len(sample)} members "
          f"({flagged} would be flagged at 800 kg/ha)", flush=True)
    for row in plan:
        print(f"  plan: {row[-1]}")

    def record_some(count: int, day: date) -> float:
        spent = []
        for number in range(count):
            membership = sample[number % len(sample)]
            with database.session() as session:
                plot = session.execute(text(
                    "SELECT p.id FROM plots p JOIN memberships m ON m.family_id = p.family_id "
                    "WHERE m.id = :m AND p.deleted_at IS NULL LIMIT 1"), {"m": membership}
                ).scalar()
                started = time.perf_counter()
                cooperative.record_delivery(session, coop_id, {
                    "delivered_on": day.isoformat(), "membership_id": membership,
                    "plot_id": plot, "product": "dry_parchment", "gross_kg": "60",
                    "tare_kg": "0.5", "moisture_pct": "12", "price_per_kg_pen": "9.5"})
                spent.append((time.perf_counter() - started) * 1000)
        return statistics.median(spent)

    today = date.today()
    with_yield = record_some(10, today)
    with database.session() as session:
        for found in yields.list_expected_yields(session, coop_id):
            yields.remove_expected_yield(session, found.id)
    without = record_some(10, today)
    with database.session() as session:
        yesterday = today - timedelta(days=1)
        if closes.station_day(session, coop_id, yesterday) is None:
            closes.close_day(session, coop_id, yesterday)
    closed_somewhere = record_some(10, today)
    print(f"recording a delivery (median of 10): {without:.1f} ms with no yield set, "
          f"{with_yield:.1f} ms with the yield check, {closed_somewhere:.1f} ms with a closed "
          f"day in the file", flush=True)
    database.close()


if __name__ == "__main__":
    main()

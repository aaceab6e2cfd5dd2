"""Benchmark: the cooperative with 100,000 families and a million deliveries.

Uses the 100,000-family demo of bench/families_list.py (built if missing),
copies it, multiplies its deliveries with SQL up to 1,000,000, makes an export
lot of 300 deliveries, then prints the time of the members' season totals and
of the lot's traceability export. Target (issue 5): each under one second. With --db, an
existing database of that size instead (bench/pages.py's, or a copy of one: it gets a lot).
The CPU time beside each is this process's: on shared cores, the part that is the work's own.

    .venv/bin/python bench/cooperative.py [--db FILE]
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).parent / "out"
SOURCE = OUT / "families-100000.sqlite"
TARGET = OUT / "cooperative-1m.sqlite"
DELIVERIES = 1_000_000


def build() -> None:
    if not SOURCE.exists():
        subprocess.run([sys.executable, str(Path(__file__).parent / "families_list.py")],
                       check=True)
    shutil.copy(SOURCE, TARGET)
    con = sqlite3.connect(TARGET)
    base = con.execute("SELECT count(*) FROM deliveries").fetchone()[0]
    have, copy = base, 1
    while have < DELIVERIES:
        take = min(base, DELIVERIES - have)
        # Copies of real deliveries, a year earlier per copy, so seasons stay realistic.
        con.execute(f"""INSERT INTO deliveries SELECT cooperative_id,
            replace(receipt_number, '-2026-', '-{2026 - copy}-'), sequence,
            date(delivered_on, '-{copy} years'), membership_id, plot_id, product, gross_kg,
            tare_kg, net_kg, moisture_pct, grade, cup_score, price_per_kg_pen, amount_pen,
            CASE WHEN paid_on IS NULL THEN NULL ELSE date(paid_on, '-{copy} years') END,
            voided_at, flags, lower(hex(randomblob(16))), created_at, updated_at, deleted_at,
            void_reason, NULL FROM deliveries WHERE receipt_number LIKE '%-2026-%' LIMIT {take}""")
        have += take
        copy += 1
    con.commit()
    con.close()


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="an existing database (a copy: a lot is added)")
    target = parser.parse_args().db or TARGET
    OUT.mkdir(exist_ok=True)
    if not target.exists():
        started = time.perf_counter()
        build()
        print(f"database with {DELIVERIES:,} deliveries prepared in "
              f"{time.perf_counter() - started:.1f} s")
    from sqlalchemy import text

    from desktop.services import cooperative
    from desktop.services.cooperative import traceability
    from desktop.services.database import open_database

    database = open_database(target, backup_dir=Path(tempfile.mkdtemp()))
    with database.session() as session:
        coop_id, = session.execute(text(
            "SELECT id FROM cooperatives LIMIT 1")).one()
        total = session.execute(text("SELECT count(*) FROM deliveries")).scalar()
        members = session.execute(text("SELECT count(*) FROM memberships")).scalar()
        lot = session.execute(text("SELECT id FROM lots WHERE code = 'BENCH-LOT'")
                              ).scalar()
        if lot is None:
            lot = cooperative.save_lot(session, coop_id, {"code": "BENCH-LOT",
                                                          "buyer": "Kaffe Import ApS",
                                                          "destination_country": "Dinamarca"}).id
            ids = [r[0] for r in session.execute(text(
                "SELECT id FROM deliveries WHERE delivered_on >= '2026-09-01' "
                "AND voided_at IS NULL ORDER BY delivered_on LIMIT 300"))]
            cooperative.assign_to_lot(session, lot, ids)
    print(f"deliveries: {total:,}; members: {members:,}")
    for label, run in (
            ("members' season totals (2026)", lambda s: cooperative.member_totals(
                s, coop_id, date(2026, 1, 1), date(2026, 12, 31))),
            ("members' totals, all seasons", lambda s: cooperative.member_totals(s, coop_id)),
            ("members' season totals (2026), first page of 200 by code",
             lambda s: cooperative.member_totals_page(s, coop_id, date(2026, 1, 1),
                                                      date(2026, 12, 31))),
            ("members' totals, all seasons, first page of 200 by code",
             lambda s: cooperative.member_totals_page(s, coop_id)),
            ("totals per certification (2026)", lambda s: cooperative.certification_totals(
                s, coop_id, date(2026, 1, 1), date(2026, 12, 31))),
            ("lot traceability export (300 deliveries)",
             lambda s: traceability.lot_geojson(s, lot))):
        timings, cpu = [], []
        for _ in range(3):
            with database.session() as session:
                started, used = time.perf_counter(), time.process_time()
                result = run(session)
                timings.append(time.perf_counter() - started)
                cpu.append(time.process_time() - used)
        size = len(result) if isinstance(result, list) else len(result.get("features", []))
        print(f"{label}: best {min(timings) * 1000:.0f} ms, worst {max(timings) * 1000:.0f} ms, "
              f"CPU best {min(cpu) * 1000:.0f} ms ({size} rows/features; target < 1000 ms)",
              flush=True)
    database.close()


if __name__ == "__main__":
    main()

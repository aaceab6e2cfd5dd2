"""Benchmark: a member's account (issue 16 items 4 and 6) in a database of a million deliveries.

Takes a COPY of a large office file (e.g. bench/out/start-1m.sqlite copied beside it: it is
migrated and gets advances), picks the member with the most deliveries, gives them advances
(one per month of their deliveries, half repaid by a share of each payment), then prints the
time of the member's account (deliveries, payments, advances, deductions, running balance),
of the deductions due on a payment, and of paying them up to today (written: a copy). Target
(issue 16): a statement under 0.5 s. The CPU time beside each is this process's own.

    .venv/bin/python bench/member_account.py --db bench/out/COPY.sqlite [--advances N]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def timed(label: str, work, repeat: int = 3):
    best = best_cpu = float("inf")
    result = None
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        result = work()
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(f"{label}: {best:.3f} s (CPU {best_cpu:.3f} s)")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True, help="a copy of a large office file")
    parser.add_argument("--advances", type=int, default=24)
    args = parser.parse_args()
    from sqlalchemy import create_engine

    from desktop.db import migrate
    from desktop.services.database import open_database

    # migrated here, so that opening it takes no backup of a 2 GB copy
    engine = create_engine(f"sqlite:///{args.db}")
    migrate.upgrade(engine)
    engine.dispose()
    backups = Path(tempfile.mkdtemp())  # the backup taken on close: removed at the end
    try:
        run(open_database(args.db, backup_dir=backups), args.advances)
    finally:
        shutil.rmtree(backups, ignore_errors=True)


def run(database, advances: int) -> None:
    from sqlalchemy import text

    from desktop.services import cooperative
    from desktop.services.cooperative.statement import member_account

    with database.session() as session:
        member_id, deliveries = session.execute(text(
            "SELECT membership_id, count(*) AS n FROM deliveries GROUP BY membership_id "
            "ORDER BY n DESC LIMIT 1")).one()
        # the member's deliveries unpaid again (a copy), so that paying them has work to do
        session.execute(text("UPDATE deliveries SET paid_on = NULL WHERE membership_id = :m"),
                        {"m": member_id})
        session.execute(text("DELETE FROM advance_deductions WHERE membership_id = :m"),
                        {"m": member_id})
        session.commit()
        first = session.execute(text("SELECT min(delivered_on) FROM deliveries "
                                     "WHERE membership_id = :m"), {"m": member_id}).scalar()
        have = session.execute(text("SELECT count(*) FROM advances WHERE membership_id = :m"),
                               {"m": member_id}).scalar()
        day = date.fromisoformat(str(first)) if first else date.today() - timedelta(days=365)
        for number in range(have, advances):
            given = min(day + timedelta(days=30 * number), date.today())
            share = number % 2 == 1
            cooperative.record_advance(session, member_id, {
                "given_on": given.isoformat(), "kind": "in_kind",
                "description": f"Fertilizante {number + 1}", "amount_pen": "150",
                "rule": "share" if share else "next_payment",
                "share_pct": "10" if share else None})
    print(f"member with {deliveries:,} deliveries and {advances} advances")
    with database.session() as session:
        account = timed("member account (all dates)", lambda: member_account(session, member_id))
        print(f"  {len(account.movements):,} movements, balance S/ {account.closing}")
        timed("deductions due on a payment of S/ 5,000",
              lambda: cooperative.deductions_due(session, member_id, 5000))
    with database.session() as session:
        result = timed("paying the member up to today, net of advances (once)",
                       lambda: cooperative.pay_member_up_to(session, member_id, date.today()),
                       repeat=1)
        print(f"  {result.deliveries:,} deliveries: gross S/ {result.gross_pen}, deducted "
              f"S/ {result.deducted_pen}, net S/ {result.net_pen}")
    with database.session() as session:
        account = timed("member account after the payment",
                        lambda: member_account(session, member_id))
        print(f"  {len(account.movements):,} movements, balance S/ {account.closing}")
    database.close()


if __name__ == "__main__":
    main()

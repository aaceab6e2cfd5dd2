"""Benchmark: `conservation-desk demo --families 100000` (issue 15 item 4).

Builds the demo into a new file as a user would (the command, in its own process), and
prints its wall-clock time against the target, the CPU time of its processes (the command
and the process that draws the rows beside it), their peak memory together, and the
file's size: the build never holds the whole office in memory. The load average is
printed too: on shared cores a busy machine stretches the wall-clock time. With --check,
the file is then checked (integrity, foreign keys, the search index), outside the timing.

Target: under 60 s on two cores.

    .venv/bin/python bench/demo.py [--families 100000] [--seed 1] [--keep FILE] [--check]
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TARGET_SECONDS = 60
OUT = Path(__file__).resolve().parent / "out"


def tree_rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children, from /proc (0 where it cannot be read)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0])
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total / 1024


def check(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        dangling = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        connection.execute("INSERT INTO family_fts(family_fts) VALUES ('integrity-check')")
        return f"integrity {integrity}, {dangling} dangling references, search index ok"
    except sqlite3.DatabaseError as error:
        return f"FAILED: {error}"
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep the demo in this file (new)")
    parser.add_argument("--check", action="store_true",
                        help="then check the file: integrity, foreign keys, search index")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = args.keep or OUT / f"demo-bench-{args.families}.sqlite"
    if not args.keep:
        path.unlink(missing_ok=True)
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--lang", "en", "demo", "--db", str(path),
         "--families", str(args.families), "--seed", str(args.seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    while command.poll() is None:
        peak = max(peak, tree_rss_mb(command.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _, err = command.communicate()
    if command.returncode:
        print(f"demo failed (exit {command.returncode}): {err.strip()}")
        return 1
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    size = path.stat().st_size / 1e6
    print(f"demo --families {args.families:,}: {seconds:.1f} s (target < {TARGET_SECONDS} s)")
    print(f"  CPU of its processes: {cpu:.1f} s")
    print(f"  peak memory of its processes together: {peak:.0f} MB "
          f"(the file it wrote: {size:,.0f} MB)")
    print(f"  load average when it started: {load:.1f} on {os.cpu_count()} cores")
    if args.check:
        print(f"  checked: {check(path)}")
    if not args.keep:
        path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: `export summary` at 100,000 families and 1,000,000 coffee deliveries, side by
side with bare write-only openpyxl writing the same cells (issue 15).

Builds (or reuses) bench/out/summary-big-N.sqlite: a copy of the 100,000-family demo
database (`conservation-desk demo --families 100000`, by default the one in
/work/main/bench/out/) whose deliveries are multiplied with bulk SQL up to --deliveries
(earlier seasons, new receipt numbers), migrated to the head once. Then, in one run,
each in a fresh process (time and peak RSS of that process alone):

* product: `python -m desktop export summary --db ... --out ...`, the command as shipped;
* bare openpyxl: the same rows (the summary's own one query per sheet) appended to a
  write-only openpyxl workbook as they come, without number formats, labels, text
  protection, tables or print set-up — what that library alone costs on the same cells
  (the "Delivery list" listed up to Excel's row limit, as the product lists it);
* with --queries, queries only: the same rows read and dropped (what the database costs).

Targets: product < 60 s, < 300 MB, within 1.5x of bare openpyxl. The file is not
ANALYZEd (as a user's file is until SQLite's optimize has run); --analyze runs ANALYZE
on the copy first to measure the other planner state.

    .venv/bin/python bench/summary_workbook.py [--deliveries 1000000] [--source FILE]
                                               [--analyze] [--timeout SECONDS] [--queries]
                                               [--no-bare]

Seen before (openpyxl write-only, 100,000-row cap on the Delivery list; 2 shared cores,
load average 2-4):
  export summary (fresh process)  411.5 s (CPU 375.8 s), peak 215 MB
  bare write-only openpyxl        352.3 s (CPU 305.8 s), peak 194 MB
Seen after (desktop.reports.plain_workbook, rows read ahead in a second thread, all
1,000,000 deliveries listed; same machine, other helpers' work running):
  export summary (load average 2-4)  127.1 s (CPU 107.6 s), peak 197 MB, file 148 MB
  one run of this script at load average 9-10:
  export summary                      393.7 s (CPU  98.2 s)  [then with a memory map,
                                      peak 1,483 MB: the map was dropped]
  bare write-only openpyxl           1760.0 s (CPU 625.5 s), peak 194 MB, file 116 MB
  queries only, rows dropped           60.5 s (CPU  53.7 s), peak 194 MB
  ratio 0.22x wall clock, 0.16x CPU.
  Writers on the same 100,000 delivery rows x 10 columns with their formats (CPU):
  openpyxl write-only + lxml 34.9 s, XlsxWriter constant_memory 17.4 s (and no tables in
  that mode), plain 2.3 s.
Issue 15 item 2, second pass (2026-11-30, 2 shared cores at load average 5-13 from other
helpers' work, so wall clock is 4-8x the CPU time and CPU time itself drifts with the load):
  before (3441d9c), load 5-7     export summary  501.7 s (CPU 126.8 s), peak 90 MB
                                 bare openpyxl  4209.4 s (CPU 687.2 s), peak 86 MB
                                 ratio 0.12x wall clock, 0.18x CPU
  after, load 7-13               export summary 1057.4 s (CPU 134.5 s), peak 87 MB
  the Deliveries and Delivery list sheets alone, old and new code back to back on one
  file at load 8-9: CPU 66.9 s -> 58.3 s, peak 83 -> 76 MB; converting and writing
  200,000 delivery rows in one process: 23.4 -> 17.5 us a row. The SQL of every sheet
  is within noise of before (the Deliveries one 6.4-7.0 s user either way): without an
  index on an expression (which SQLAlchemy's reflection cannot read, so test_schema and
  batch migrations would trip on it) SQLite 3.40 sorts the million deliveries into months.
  Per sheet, rows read and dropped (CPU, load ~5): indicators 12.4 s (of which the
  training area's figures 5.9 s, the coffee indicator's count(DISTINCT) 2.6 s), families
  3.4, members 4.3, plots 2.3, agreements 8.7, training 0.4, deliveries by member and
  month 8.7, delivery list 16.2 (10 of them SQLite: a membership lookup per delivery).
Memory and the ratio are met; 60 s is not: the queries alone take 54 s of CPU (the
indicators about 10 s, the deliveries by member and month and the full list 7-9 s each),
and making the XML about 1.5 us a cell for about 21 million cells.
Issue 15 item 2, third pass (2026-11-30, --db on a copy of big-1m-0015.sqlite, ANALYZEd;
2 shared cores at load average 5-11 from other helpers' work):
  before (2229995), load 6     export summary  233.8 s (CPU 96.4 s: 84.2 user, 12.8 sys),
                                                peak 88 MB, file 150 MB
  after, load 7-10             export summary  281.9 s (CPU 86.8 s), peak 109 MB
  Per sheet, CPU of the rows read and dropped / of the sheet read and written, before ->
  after (--sheets; load 5-11): delivery list 14.2/30.8 -> 15.9/31.4, deliveries by member
  and month 9.4/17.2 -> 10.4/16.5, members 4.0/15.2 -> 4.9/12.0, agreements 8.3/11.2 ->
  8.4/12.8, families 2.7/4.7 -> 2.6/4.0, plots 2.5/5.8 -> 2.9/5.9, indicators 4.5 -> 3.9.
  In one thread on rows already read, 200,000 Delivery list rows: converting 7.3 -> 4.8 us a
  row (days and scaled decimals remembered per distinct value), the row's XML 12.4 -> 4.0 us
  (a row function made per sheet), deflate 2.8 us. At this load the per-sheet totals hardly
  move: the reader thread and the writer hand Python's lock over at every row SQLite steps
  (the Delivery list in one thread: 26 s CPU and 66 s wall, against 28 s and 82 s with the
  reader thread), so the next step is the split of work between the two threads.
  Raw SQL of the sheets (sqlite3, rows fetched and dropped): delivery list 8.9 s CPU, by member
  and month 7.4 s (2.4 s of it SQLite's sort into months), agreements 4.8-6.3 s, members 3.4
  s, families 2.2 s. Tried and left: a 64 MB page cache (system time down, user time up, the
  same total, +130 MB), a covering index for the list (no gain without that cache).
Issue 15, fourth pass (2026-12-01, --db on a copy of start-1m.sqlite, ANALYZEd; 2 shared cores
at load average 7-10 from other helpers' test suites and benchmarks):
  before (3b299c5)   export summary  562.7 s (CPU 103.4 s), peak 122 MB
  after              export summary  464.0 s (CPU  83.9 s), peak 119 MB
  The Delivery list's member codes from one read of the memberships instead of a join per
  delivery (its SQL alone 9.6 -> 4.0 s of CPU); the Deliveries sheet grouped by the family's
  rowid on SQLite (its SQL 6.5-7.3 -> 5.7-6.3 s). The Delivery list sheet alone with and
  without the reader thread: 26.3 s CPU / 77 s wall against 22.9 s / 106 s (the thread kept:
  it costs CPU, it saves time). Measured and left: covering indexes for the Agreements
  sheet's commitments and benefits (7.3 -> 6.7 s, within the noise); 60 s of CPU is not met.
Issue 15, fifth pass (2026-12-01, --db on a copy of start-1m.sqlite at migration 0023, the
machine otherwise idle, load under 1): the sheets shared with a second process
(desktop.reports.summary.parallel), the costliest first.
  export summary, two processes   22.1 s (CPU 39.3 s: 21.3 + 18.0 in the second process),
                                  peak 113 + 113 MB, file 162 MB
  bare write-only openpyxl       204.4 s (CPU 201.6 s), peak 124 MB, file 126 MB
  ratio 0.11x wall clock, 0.19x CPU. farm-bench, 3 runs each, A B A B: two processes 24.3 s
  wall / 46.8 s CPU, one process (CONSERVATION_DESK_SUMMARY_PROCESSES=1) 45.1 s / 50.6 s.
  Under the helpers' load earlier the same day: one process 77.8 s wall (CPU 37.2 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SOURCE = Path("/work/main/bench/out/families-100000.sqlite")
TARGET_SECONDS, TARGET_MB, TARGET_RATIO = 60, 300, 1.5
#: The "Delivery list" sheet's cap, as the product ships it (reports/summary/workbook.py):
#: Excel's own limit, so 1,000,000 deliveries are listed one by one.
LIST_LIMIT = 1_048_575

COLUMNS = ("cooperative_id, receipt_number, sequence, delivered_on, membership_id, plot_id, "
           "product, gross_kg, tare_kg, net_kg, moisture_pct, grade, cup_score, "
           "price_per_kg_pen, amount_pen, paid_on, voided_at, flags, id, created_at, "
           "updated_at, deleted_at, void_reason, lot_id")


def add_deliveries(path: Path, wanted: int) -> None:
    """Copy the season's deliveries into earlier seasons (one year back per copy) with bulk
    INSERT … SELECT until the file has `wanted` of them."""
    con = sqlite3.connect(path)
    have = con.execute("SELECT count(*) FROM deliveries").fetchone()[0]
    original = have
    last = con.execute("SELECT max(rowid) FROM deliveries").fetchone()[0]
    years = 1
    con.execute("BEGIN")
    while have < wanted:
        take = min(original, wanted - have)
        shift = f"'-{years} years'"
        con.execute(f"""INSERT INTO deliveries ({COLUMNS})
            SELECT cooperative_id, receipt_number || '-{years}', sequence + {years} * 10000000,
            date(delivered_on, {shift}), membership_id, plot_id, product, gross_kg, tare_kg,
            net_kg, moisture_pct, grade, cup_score, price_per_kg_pen, amount_pen,
            date(paid_on, {shift}), voided_at, flags,
            lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
                  substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) ||
                  '-' || hex(randomblob(6))),
            datetime(created_at, {shift}), datetime(updated_at, {shift}), deleted_at,
            void_reason, lot_id
            FROM deliveries WHERE rowid <= {last} ORDER BY rowid LIMIT {take}""")
        have = con.execute("SELECT count(*) FROM deliveries").fetchone()[0]
        years += 1
    con.execute("COMMIT")
    con.close()


def build(path: Path, source: Path, deliveries: int) -> None:
    started = time.perf_counter()
    part = path.with_suffix(".part")
    shutil.copyfile(source, part)
    # the copy is ours: no stale sqlite_stat1, so every run starts un-ANALYZEd
    add_deliveries(part, deliveries)
    copied = time.perf_counter() - started
    # migrate once here, so the measured runs do not include an upgrade (and its backup)
    env = dict(os.environ, CONSERVATION_DESK_HOME=str(OUT / "home"))
    subprocess.run([sys.executable, "-c", "import sys; from desktop.services.database import "
                    "open_database; open_database(sys.argv[1], create=False).close()",
                    str(part)], check=True, env=env, cwd=ROOT)
    part.rename(path)
    print(f"database built in {time.perf_counter() - started:.0f} s "
          f"({copied:.0f} s copying and adding deliveries)")


def child_rows(path: Path, out: Path | None) -> None:
    """Stream every sheet's rows (the summary's own queries); with `out`, append them to a
    bare write-only openpyxl workbook."""
    from openpyxl import Workbook

    from desktop.db.engine import Database
    from desktop.services import indicators, summary
    from desktop.services.registry.fields import PERSON_FIELDS, PLOT_FIELDS

    database = Database(path)
    workbook = Workbook(write_only=True) if out else None
    counts = {}
    with database.session() as session:
        sheets = {
            "Indicators": [(i.code, i.label, i.value, i.unit)
                           for i in indicators.compute(session)],
            "Families": summary.families(session),
            "Members": summary.members(session, [f.name for f in PERSON_FIELDS]),
            "Plots": summary.plots(session, [f.name for f in PLOT_FIELDS]),
            "Agreements": summary.agreements(session),
            "Training": summary.training_sessions(session),
            "Deliveries": summary.deliveries_by_member_and_month(session),
            # the product's list stops at LIST_LIMIT deliveries (one note row instead)
            "DeliveryList": (summary.deliveries(session)
                             if summary.count_deliveries(session) <= LIST_LIMIT
                             else [("too many deliveries to list one by one",)]),
            "Lots": summary.lots(session),
        }
        for name, rows in sheets.items():
            ws = workbook.create_sheet(name) if workbook else None
            count = 0
            for row in rows:
                if ws is not None:
                    ws.append([_plain(v) for v in row])
                count += 1
            counts[name] = count
    if workbook:
        workbook.save(str(out))
    database.close()
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


def child_sheets(path: Path, out: Path) -> None:
    """Per sheet of the export (its own code, one thread): CPU and wall clock of its rows
    read and dropped (the query and the conversion to values), then of the sheet written
    (read again, labelled, made XML and compressed) into a workbook of its own."""
    import resource

    from desktop.db.engine import Database
    from desktop.reports import plain_workbook
    from desktop.reports.summary import SummaryWriter
    from desktop.services import indicators, summary
    from desktop.services.registry.fields import PERSON_FIELDS, PLOT_FIELDS

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    database = Database(path)
    with database.session() as session:
        writer = SummaryWriter(session, "es", None, None, False, None)
        reads = {
            "indicators": lambda: indicators.compute(session),
            "families": lambda: summary.families(session),
            "members": lambda: summary.members(session, [f.name for f in PERSON_FIELDS]),
            "plots": lambda: summary.plots(session, [f.name for f in PLOT_FIELDS]),
            "agreements": lambda: summary.agreements(session),
            "training": lambda: summary.training_sessions(session),
            "deliveries": lambda: summary.deliveries_by_member_and_month(session),
            "delivery_list": lambda: summary.deliveries(session),
            "lots": lambda: summary.lots(session),
        }
        for name, read in reads.items():
            started, used = time.perf_counter(), cpu()
            count = sum(1 for _ in read())
            read_s, read_cpu = time.perf_counter() - started, cpu() - used
            started, used = time.perf_counter(), cpu()
            plain_workbook.write_plain_workbook(out, [getattr(writer, name)()])
            print(f"{name:14} {count:9,} rows  read {read_s:6.1f} s (CPU {read_cpu:5.1f} s)  "
                  f"read and written {time.perf_counter() - started:6.1f} s "
                  f"(CPU {cpu() - used:5.1f} s)", flush=True)
    database.close()
    out.unlink(missing_ok=True)


def _plain(value):
    # the agreements' commitments come as a tuple of pairs: one text cell, as in the product
    if isinstance(value, tuple):
        return "; ".join(kind or text for kind, text in value)
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deliveries", type=int, default=1_000_000)
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--analyze", action="store_true")
    parser.add_argument("--timeout", type=float, default=None,
                        help="stop the product's run after this many seconds")
    parser.add_argument("--queries", action="store_true",
                        help="also time the queries alone (rows read and dropped)")
    parser.add_argument("--no-bare", action="store_true",
                        help="skip the bare openpyxl run (minutes long; it measures the library "
                             "on the same rows, not the product's code)")
    parser.add_argument("--db", type=Path,
                        help="an existing database at the head (a copy: it is read as it is, "
                             "its statistics kept) instead of building one")
    parser.add_argument("--sheets", action="store_true",
                        help="also, per sheet, the rows read and dropped, then the sheet "
                             "written (one process, the export's own code)")
    parser.add_argument("--out-dir", type=Path, default=OUT,
                        help="where the workbooks are written (e.g. /dev/shm on a full disk)")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        run_child(kind, rest)
        return
    OUT.mkdir(exist_ok=True)
    db = args.db or OUT / f"summary-big-{args.deliveries}.sqlite"
    if not db.exists():
        build(db, args.source, args.deliveries)
    con = sqlite3.connect(db)
    if args.db:
        pass  # as it is
    elif args.analyze:
        con.execute("ANALYZE")
    else:
        con.execute("DROP TABLE IF EXISTS sqlite_stat1")
    con.commit()
    families, deliveries = (con.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL")
                            .fetchone()[0] for t in ("families", "deliveries"))
    analyzed = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    con.close()
    planner = "ANALYZEd" if analyzed else "never ANALYZEd"
    print(f"database: {families:,} families, {deliveries:,} deliveries, {planner}, "
          f"{db.stat().st_size / 1e9:.1f} GB")
    env = dict(os.environ, CONSERVATION_DESK_HOME=str(OUT / "home"), PYTHONUNBUFFERED="1")
    me = [sys.executable, str(Path(__file__).resolve()), "--child"]
    product_out, bare_out = (args.out_dir / "summary-product.xlsx",
                             args.out_dir / "summary-bare.xlsx")
    runs = [
        ("export summary (fresh process)",
         me + ["product", str(db), str(product_out)], args.timeout),
    ]
    if not args.no_bare:
        runs.append(("bare write-only openpyxl, same rows",
                     me + ["bare", str(db), str(bare_out)], None))
    if args.queries:
        runs.append(("queries only, rows read and dropped", me + ["queries", str(db)], None))
    if args.sheets:
        runs.append(("per sheet, read then written",
                     me + ["sheets", str(db), str(args.out_dir / "summary-sheet.xlsx")], None))
    results = {}
    for title, command, timeout in runs:
        seconds, peak, cpu, stdout = _run(command, timeout, env)
        results[title] = (seconds, peak, cpu)
        detail = ("\n  " if "\n" in stdout.strip() else "") + "\n  ".join(
            stdout.strip().splitlines())
        shown = f"{seconds:6.1f} s" if seconds != float("inf") else f"> {timeout:.0f} s (stopped)"
        print(f"{title:38} {shown} (CPU {cpu:6.1f} s), peak {peak:4.0f} MB  {detail}",
              flush=True)
    if args.no_bare:
        print(f"targets: < {TARGET_SECONDS} s, < {TARGET_MB} MB")
        return
    (product, _, product_cpu), (bare, _, bare_cpu) = results[runs[0][0]], results[runs[1][0]]
    print(f"ratio product / bare openpyxl: {product / bare:.2f}x wall clock, "
          f"{product_cpu / bare_cpu:.2f}x CPU; files "
          f"{product_out.stat().st_size / 1e6 if product_out.exists() else 0:.0f} MB and "
          f"{bare_out.stat().st_size / 1e6:.0f} MB")
    print(f"targets: < {TARGET_SECONDS} s, < {TARGET_MB} MB, within {TARGET_RATIO}x of bare "
          f"openpyxl")


def _run(command, timeout, env) -> tuple[float, float, str]:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=ROOT)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return float("inf"), float("nan"), float("nan"), ""
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr}")
    lines = stdout.strip().splitlines()
    _, peak, _, cpu = lines[-1].split()  # the child's last line: "peak-MB <n> cpu-s <s>"
    return seconds, float(peak), float(cpu), "\n".join(lines[:-1])


def run_child(kind: str, rest: list[str]) -> None:
    import resource

    if kind == "product":
        import desktop.reports.summary as package
        from desktop.cli import main as cli

        write_summary = package.write_summary

        def timed(*args, **kwargs):  # the command's own time, without opening the file
            started = time.perf_counter()
            try:
                return write_summary(*args, **kwargs)
            finally:
                print(f"(of which writing the workbook {time.perf_counter() - started:.1f} s)")

        package.write_summary = timed
        code = cli(["export", "summary", "--db", rest[0], "--out", rest[1], "--lang", "es"])
        if code:
            raise SystemExit(code)
    elif kind == "bare":
        child_rows(Path(rest[0]), Path(rest[1]))
    elif kind == "sheets":
        child_sheets(Path(rest[0]), Path(rest[1]))
    else:
        child_rows(Path(rest[0]), None)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    worker = resource.getrusage(resource.RUSAGE_CHILDREN)  # the summary's second process
    if worker.ru_maxrss:
        print(f"(of which the second process: CPU {worker.ru_utime + worker.ru_stime:.1f} s, "
              f"peak {worker.ru_maxrss / 1024:.0f} MB; peaks below are the two added)")
    print(f"peak-MB {(usage.ru_maxrss + worker.ru_maxrss) / 1024:.0f} cpu-s "
          f"{usage.ru_utime + usage.ru_stime + worker.ru_utime + worker.ru_stime:.1f}")


if __name__ == "__main__":
    main()

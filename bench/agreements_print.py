"""Benchmark: batch printing of agreements (issue 3, item 12).

Prints agreements per second and peak memory for N = 50, 200 and 500 agreements,
into one PDF and into a folder (one file each). Each run is a fresh process, so
its peak resident memory (ru_maxrss) belongs to that run alone; with --traced, a
second run of each N under tracemalloc gives the peak of Python allocations.
Memory must not grow with N; the target is at least 50 agreements per second.

    .venv/bin/python bench/agreements_print.py [--db bench/out/agreements-800.sqlite]
        [--families 800] [--sizes 50,200,500] [--lang es] [--traced] [--compare]

`--compare` also measures the other ways of making one PDF that were considered:
one reportlab document for the whole batch, and pypdf's PdfWriter merging one
document per agreement (both keep every page in memory until the end).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def _ids(database, n: int) -> list[str]:
    from desktop.services.agreements import AgreementFilter, agreement_ids

    with database.session() as session:
        ids = agreement_ids(session, AgreementFilter())
    if len(ids) < n:
        sys.exit(f"the database has only {len(ids)} agreements; build it with more families")
    return ids[:n]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker(db: Path, n: int, mode: str, lang: str, trace: bool) -> dict:
    """One measurement in this (fresh) process; returns the figures as a dict."""
    import tracemalloc

    from desktop.services.database import open_database
    from desktop.reports.printing import print_ids

    home = tempfile.mkdtemp(prefix="cd-bench-home-")
    os.environ["CONSERVATION_DESK_HOME"] = home  # default names, no logos, our templates
    database = open_database(db, backup_dir=Path(home) / "backups")
    ids = _ids(database, n)
    out_dir = Path(tempfile.mkdtemp(prefix="cd-bench-out-"))
    # warm up: fonts, templates, first import of reportlab modules
    print_ids(database, ids[:2], out_dir / "warm.pdf", lang)
    rss_before = _rss_mb()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    cpu_started = time.process_time()
    if mode == "single":
        print_ids(database, ids, out_dir / "batch.pdf", lang)
    elif mode == "folder":
        print_ids(database, ids, out_dir / "folder", lang, one_file_per_agreement=True)
    elif mode == "whole":  # one reportlab document for the whole batch
        from desktop.reports.agreement import AgreementRenderer
        from desktop.reports.agreement import load_documents

        with database.session() as session:
            docs = load_documents(session, ids)
        AgreementRenderer(lang).build(docs, str(out_dir / "whole.pdf"))
    elif mode == "pypdf":  # one document per agreement, merged by pypdf's PdfWriter
        import io

        from pypdf import PdfReader, PdfWriter

        from desktop.reports.agreement import AgreementRenderer
        from desktop.reports.agreement import load_documents

        renderer, writer = AgreementRenderer(lang), PdfWriter()
        for i in range(0, len(ids), 10):
            with database.session() as session:
                docs = load_documents(session, ids[i:i + 10])
            for doc in docs:
                buffer = io.BytesIO()
                renderer.build([doc], buffer)
                writer.append(PdfReader(buffer))
        with open(out_dir / "merged.pdf", "wb") as stream:
            writer.write(stream)
    else:
        raise ValueError(mode)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if trace else None
    if trace:
        tracemalloc.stop()
    size = sum(f.stat().st_size for f in out_dir.rglob("*.pdf")) - (out_dir / "warm.pdf").stat(
    ).st_size
    database.close()
    shutil.rmtree(out_dir, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)
    return {"n": n, "mode": mode, "seconds": seconds, "cpu": cpu, "rate": n / seconds,
            "cpu_rate": n / cpu, "rss_before": rss_before, "rss_after": _rss_mb(),
            "traced_peak": peak, "mb_written": size / 1e6}


def run(db: Path, n: int, mode: str, lang: str, trace: bool) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--worker", str(n), "--mode", mode, "--db", str(db),
         "--lang", lang] + (["--trace"] if trace else []),
        capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode:
        sys.exit(result.stderr.strip() or result.stdout.strip())
    return json.loads(result.stdout.strip().splitlines()[-1])


def _mb(traced: dict | None) -> str:
    return f"{traced['traced_peak']:>9.1f}MB" if traced else f"{'-':>11}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--families", type=int, default=800)
    parser.add_argument("--sizes", default="50,200,500")
    parser.add_argument("--lang", default="es", choices=("es", "en", "both"))
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--traced", action="store_true",
                        help="also measure the peak of Python allocations (slower)")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="single", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    db = args.db or ROOT / "bench" / "out" / f"agreements-{args.families}.sqlite"
    if args.worker:
        print(json.dumps(worker(db, args.worker, args.mode, args.lang, args.trace)))
        return
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(db),
                        "--families", str(args.families)], check=True, cwd=ROOT)
        print(f"demo database built in {time.perf_counter() - started:.1f} s")

    sizes = [int(s) for s in args.sizes.split(",")]
    modes = ["single", "folder"] + (["whole", "pypdf"] if args.compare else [])
    print(f"batch printing, language {args.lang}, on {db.name} "
          f"({os.cpu_count()} CPUs; each run in a fresh process)")
    print(f"{'mode':<7} {'N':>5} {'seconds':>8} {'agr/s':>7} {'agr/s CPU':>9} "
          f"{'RSS before':>10} {'RSS peak':>9} {'growth':>7} {'traced peak':>11} {'MB out':>7}")
    rates = []
    for mode in modes:
        for n in sizes:
            speed = run(db, n, mode, args.lang, trace=False)
            traced = run(db, n, mode, args.lang, trace=True) if args.traced else None
            if mode == "single":
                rates.append(speed["rate"])
            print(f"{mode:<7} {n:>5} {speed['seconds']:>8.2f} {speed['rate']:>7.1f} "
                  f"{speed['cpu_rate']:>9.1f} {speed['rss_before']:>8.1f}MB "
                  f"{speed['rss_after']:>7.1f}MB {speed['rss_after'] - speed['rss_before']:>5.1f}"
                  f"MB {_mb(traced)} {speed['mb_written']:>7.1f}", flush=True)
    best = max(rates)
    print(f"single PDF: best {best:.1f} agreements/s (target >= 50): "
          f"{'OK' if best >= 50 else 'BELOW TARGET'}")


if __name__ == "__main__":
    main()

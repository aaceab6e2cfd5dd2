"""Benchmark: every figure of issue 15 ("ready at 100,000 families") with its target, side by
side, so a regression shows.

Builds (or reuses) bench/out/summary-big-N.sqlite (100,000 families with their members, plots,
agreements and attendance, and 1,000,000 deliveries: bench/summary_workbook.py's builder, from
a copy of the 100,000-family demo), then runs, each in its own process:

* bench/start.py      the window with the Families list, each area's first visit, memory;
* bench/pages.py      each area's lists, filters, detail views and figures (service level);
* bench/families_list.py, bench/lookup.py, bench/map.py   the list, lookups and the map;
* bench/record_delivery.py   saving a delivery at the weighing station (adds 20 receipts);
* bench/summary_workbook.py   `export summary` against bare write-only openpyxl (slow: about
  15 minutes on 2 shared cores; --quick leaves it out).

and prints one table: what, figure, target, met?. A line of a script's output that carries
no figure it can read is shown as it is, below the table.

    .venv/bin/python bench/scale.py [--quick] [--skip start,map,...] [--deliveries 1000000]
                                    [--source FILE]

The big database is ours (a copy); the 100,000-family demo it comes from is only read.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

SCRIPTS = ("start", "pages", "families_list", "lookup", "map", "record", "summary", "demo")
SLOW = ("summary", "demo")
UNITS = {"ms": 0.001, "s": 1.0, "MB": 1.0}
NUMBER = r"([\d][\d,]*(?:\.\d+)?)\s*(ms|s|MB)\b"
TARGET = re.compile(r"target:?\s*(?:(\w+)\s*)?<\s*" + NUMBER)
LOOKUP_TARGET_MS = 50  # bench/lookup.py: words of three letters or more


class Row:
    def __init__(self, what: str, figure: float | None, unit: str, target: float | None = None,
                 target_text: str = "", ratio: bool = False):
        self.what, self.figure, self.unit = what, figure, unit
        self.target, self.target_text, self.ratio = target, target_text, ratio

    def cells(self) -> tuple[str, str, str, str]:
        if self.figure is None:
            shown = "—"
        elif self.ratio:
            shown = f"{self.figure:.2f}x"
        elif self.unit == "ms":
            shown = f"{self.figure * 1000:,.0f} ms"
        elif self.unit == "MB":
            shown = f"{self.figure:,.0f} MB"
        else:
            shown = f"{self.figure:,.2f} s"
        if self.target is None:
            return self.what, shown, self.target_text or "—", ""
        met = self.figure is not None and self.figure < self.target
        return self.what, shown, self.target_text, "yes" if met else "NO"


def value(number: str, unit: str) -> float:
    return float(number.replace(",", "")) * UNITS[unit]


def rows_from_text(script: str, lines: list[str]) -> tuple[list[Row], list[str]]:
    """Figures read off a script's output: on a line with a target ("target < 200 ms", "target
    median < 50 ms"), the figure it names (the one after that word, else the last before the
    target); on a line without one, its first figure. Lines without a figure are returned."""
    rows, other = [], []
    section = ""
    for line in lines:
        text = line.strip()
        figures = list(re.finditer(NUMBER, text))
        found = TARGET.search(text)
        if "letters" in text:
            section = text
        if not figures or text.endswith(":") or (found and figures[0].start() >= found.start()):
            other.append(f"{script}: {text}")
            continue
        target, target_text = None, ""
        figure = figures[0]
        if found:
            word, number, unit = found.groups()
            target, target_text = value(number, unit), f"< {number} {unit}"
            before = [f for f in figures if f.end() <= found.start()]
            named = [f for i, f in enumerate(before)
                     if word and word in text[before[i - 1].end() if i else 0:f.start()]]
            figure = (named or before)[0 if named else -1]
            if word:
                target_text = f"{word} {target_text}"
        elif script == "lookup" and "lookup" in text and "3+" in section:
            target, target_text = LOOKUP_TARGET_MS / 1000, f"< {LOOKUP_TARGET_MS} ms"
        what = _words(text[:figures[0].start()])
        if figure is not figures[0]:  # "zoom step …: median 12 ms, worst 40 ms": "… worst"
            previous = figures[figures.index(figure) - 1]
            tail = _words(text[previous.end():figure.start()].split(";")[-1])
            what = f"{what[:40]} … {tail}"
        if script == "lookup" and "lookup" in text:
            what = f"{what} ({'1-2 letters' if '1-2' in section else '3+ letters'})"
        rows.append(Row(f"{script}: {what}"[:70], value(*figure.groups()), figure.group(2),
                        target, target_text))
    return rows, other


def _words(text: str) -> str:
    text = re.sub(r"\s{2,}", " ", text)
    return re.sub(r"^[\s:,;)]+|[\s:,;(→-]+$", "", text)


def summary_rows(lines: list[str]) -> tuple[list[Row], list[str]]:
    """bench/summary_workbook.py: the product's time and memory, bare openpyxl's, the ratio."""
    import summary_workbook as sw

    rows, other = [], []
    for line in lines:
        text = line.strip()
        timing = re.match(r"(export summary|bare write-only openpyxl)[^\d>]*(>\s*)?"
                          r"([\d.]+) s.*?peak\s+([\d.]+|nan) MB", text)
        ratio = re.match(r"ratio product / bare openpyxl: ([\d.]+)x wall clock", text)
        if timing:
            product = timing.group(1) == "export summary"
            name = "export summary" if product else "bare write-only openpyxl, same rows"
            seconds = float(timing.group(3)) if not timing.group(2) else float("inf")
            rows.append(Row(f"summary: {name}", seconds, "s",
                            sw.TARGET_SECONDS if product else None,
                            f"< {sw.TARGET_SECONDS} s" if product else "reference"))
            if timing.group(4) != "nan":
                rows.append(Row(f"summary: {name}, peak memory", float(timing.group(4)), "MB",
                                sw.TARGET_MB if product else None,
                                f"< {sw.TARGET_MB} MB" if product else "reference"))
        elif ratio:
            rows.append(Row("summary: product / bare openpyxl (wall clock)",
                            float(ratio.group(1)), "", sw.TARGET_RATIO,
                            f"< {sw.TARGET_RATIO}x", ratio=True))
        else:
            other.append(f"summary: {text}")
    return rows, other


def page_rows(lines: list[str]) -> tuple[list[Row], list[str]]:
    rows, other = [], []
    for line in lines:
        if line.startswith("{"):
            f = json.loads(line)
            rows.append(Row(f"{f['area']}: {f['what']} (CPU {f['cpu'] * 1000:.0f} ms)",
                            f["seconds"], "ms", f["target"], f"< {f['target'] * 1000:.0f} ms"))
        elif line.strip():
            other.append(f"pages: {line.strip()}")
    return rows, other


def run(script: str, db: Path, deliveries: int) -> tuple[list[Row], list[str], float]:
    commands = {
        "start": ["start.py", "--db", str(db)],
        "pages": ["pages.py", "--db", str(db), "--json"],
        "families_list": ["families_list.py", "--db", str(db)],
        "lookup": ["lookup.py", "--db", str(db)],
        "map": ["map.py", "--db", str(db)],
        "record": ["record_delivery.py", "--db", str(db), "--count", "20"],
        "summary": ["summary_workbook.py", "--deliveries", str(deliveries)],
        "demo": ["demo.py"],
    }
    name, *args = commands[script]
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(BENCH / name), *args], capture_output=True,
                          text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    lines = done.stdout.splitlines()
    if done.returncode:
        tail = done.stderr.strip().splitlines()[-3:]
        lines += [f"failed (exit {done.returncode}): " + " | ".join(tail)]
    if script == "summary":
        rows, other = summary_rows(lines)
    elif script == "pages":
        rows, other = page_rows(lines)
    else:
        rows, other = rows_from_text(script, lines)
    return rows, other, seconds


def table(rows: list[Row]) -> str:
    cells = [("what", "figure", "target", "met?")] + [row.cells() for row in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    lines = []
    for n, c in enumerate(cells):
        lines.append(f"{c[0]:<{widths[0]}}  {c[1]:>{widths[1]}}  {c[2]:<{widths[2]}}  {c[3]}")
        if n == 0:
            lines.append("-" * (sum(widths) + 10))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"leave out the slow ones ({', '.join(SLOW)})")
    parser.add_argument("--skip", default="", help=f"comma-separated, of {', '.join(SCRIPTS)}")
    parser.add_argument("--only", default="", help="comma-separated: run only these")
    parser.add_argument("--deliveries", type=int, default=1_000_000)
    parser.add_argument("--source", type=Path, help="the 100,000-family demo to copy")
    args = parser.parse_args()
    skip = {s for s in args.skip.split(",") if s} | (set(SLOW) if args.quick else set())
    chosen = [s for s in (args.only.split(",") if args.only else SCRIPTS) if s not in skip]
    unknown = set(chosen) - set(SCRIPTS)
    if unknown:
        parser.error(f"unknown: {', '.join(sorted(unknown))}; choose from {', '.join(SCRIPTS)}")
    import pages

    db = pages.big_database(args.deliveries, args.source)
    print(f"database: {db} ({db.stat().st_size / 1e9:.1f} GB)", flush=True)
    rows, other = [], []
    for script in chosen:
        print(f"running {script}…", end=" ", flush=True)
        found, lines, seconds = run(script, db, args.deliveries)
        print(f"{seconds:.0f} s", flush=True)
        rows += found
        other += lines
    print()
    print(table(rows))
    missed = [r for r in rows if r.target is not None and r.cells()[3] != "yes"]
    print(f"\n{len(rows)} figures, {len(missed)} missed their target"
          + (f": {', '.join(r.what for r in missed)}" if missed else ""))
    if other:
        print("\nAlso printed:")
        print("\n".join(f"  {line}" for line in other))
    return 0


if __name__ == "__main__":
    sys.exit(main())

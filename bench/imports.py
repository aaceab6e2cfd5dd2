"""Benchmark: importing big families files, every row bad or every row good.

For each size, `conservation-desk import families FILE` runs in a child process, as an
office runs it, into a small demo database; the benchmark prints its wall time, its CPU time
(user + system: what the import costs even on a busy machine), its peak memory (the child's
own maximum RSS, from wait4) and the time per row, next to the targets of issue 11:

* a 300,000-row file with every row bad finishes, FILE.errors.xlsx written, in under
  2 minutes and under 500 MB;
* time grows linearly with the rows (the time per row stays flat from 3,000 to 300,000);
* a 100,000-row valid families file imports in bounded memory (under 500 MB here).

    .venv/bin/python bench/imports.py [--bad 3000,30000,300000] [--good 10000,100000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = "codigo_familia;comunidad;nombres;apellidos;dni;sexo;fecha_nacimiento;parentesco\n"
#: (seconds, MB) a bad file of this many rows must stay under; None: no target for the size.
TARGETS = {("bad", 300_000): (120, 500), ("good", 100_000): (None, 500)}


def bad_file(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for i in range(rows):  # a DNI of 3 digits and a sex nobody uses: two errors a row
            out.write(f"B-{i};Aguas Claras;Nombre{i};Apellido Otro;{i % 1000};X;1980-01-01;jefe\n")


def good_file(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for i in range(rows):
            out.write(f"G-{i};Comunidad {i % 50};Nombre{i};Apellido Otro;{10_000_000 + i};"
                      f"{'MF'[i % 2]};1980-01-01;jefe\n")


def child(command: list[str], env: dict) -> tuple[float, float, float, int]:
    """Run `command`: (wall seconds, CPU seconds, peak RSS in MB, exit code) of that child."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    # wait4 gives this child's own usage (RUSAGE_CHILDREN would be the maximum of all children).
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 2):
        sys.stderr.write(stderr.decode(errors="replace")[-2000:])
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode


def run(folder: Path, csv_path: Path) -> tuple[float, float, float, int]:
    db = folder / "office.sqlite"
    env = {**os.environ, "CONSERVATION_DESK_HOME": str(folder / "home")}
    if not db.exists():
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(db),
                        "--families", "10"], check=True, capture_output=True, env=env)
    return child([sys.executable, "-m", "desktop", "--lang", "en", "import", "families",
                  str(csv_path), "--db", str(db)], env)


def verdict(kind: str, rows: int, seconds: float, peak: float) -> str:
    target = TARGETS.get((kind, rows))
    if target is None:
        return ""
    limit_s, limit_mb = target
    checks = []
    if limit_s is not None:
        checks.append(f"< {limit_s} s {'ok' if seconds < limit_s else 'MISSED'}")
    checks.append(f"< {limit_mb} MB {'ok' if peak < limit_mb else 'MISSED'}")
    return "  target " + ", ".join(checks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bad", default="3000,30000,300000")
    parser.add_argument("--good", default="10000,100000")
    args = parser.parse_args()
    print("kind     rows      wall       CPU   ms/row (CPU)   peak RSS  exit  errors workbook")
    for kind, sizes, make in (("bad", args.bad, bad_file), ("good", args.good, good_file)):
        for rows in [int(n) for n in sizes.split(",") if n]:
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                path = folder / f"{kind}-{rows}.csv"
                make(path, rows)
                seconds, cpu, peak, code = run(folder, path)
                errors = path.with_name(path.stem + ".errors.xlsx")
                size = f"{errors.stat().st_size // 1024:,} KB" if errors.exists() else "-"
                print(f"{kind:<4} {rows:>8,} {seconds:7.1f} s {cpu:7.1f} s {1000 * cpu / rows:9.2f}"
                      f"      {peak:6.0f} MB  {code:>4}  {size}"
                      f"{verdict(kind, rows, seconds, peak)}", flush=True)


if __name__ == "__main__":
    main()

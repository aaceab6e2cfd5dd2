"""Benchmark: importing big families files, every row bad or every row good.

Prints, for each size, the time of `conservation-desk import families` (in a child
process, as an office runs it) and its peak memory (RSS). Targets (issue 11): a
300,000-row file with every row bad finishes with its FILE.errors.xlsx in under
2 minutes and under 500 MB; time and memory grow linearly with the rows.

    .venv/bin/python bench/imports.py [--bad 3000,30000,300000] [--good 100000]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = "codigo_familia;comunidad;nombres;apellidos;dni;sexo;fecha_nacimiento;parentesco\n"


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


def run(folder: Path, csv_path: Path) -> tuple[float, float, int]:
    db = folder / "office.sqlite"
    if not db.exists():
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(db),
                        "--families", "10"], check=True, capture_output=True,
                       env={**os.environ, "CONSERVATION_DESK_HOME": str(folder / "home")})
    started = time.perf_counter()
    child = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "import",
                            "families", str(csv_path), "--db", str(db)],
                           capture_output=True, text=True,
                           env={**os.environ, "CONSERVATION_DESK_HOME": str(folder / "home")})
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak_mb, child.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bad", default="3000,30000,300000")
    parser.add_argument("--good", default="100000")
    args = parser.parse_args()
    for kind, sizes, make in (("bad", args.bad, bad_file), ("good", args.good, good_file)):
        for rows in [int(n) for n in sizes.split(",") if n]:
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                path = folder / f"{kind}-{rows}.csv"
                make(path, rows)
                seconds, peak, code = run(folder, path)
                errors = path.with_name(path.stem + ".errors.xlsx")
                size = errors.stat().st_size // 1024 if errors.exists() else 0
                print(f"{kind:>4} rows {rows:>8,}: {seconds:7.1f} s, peak RSS so far {peak:6.0f} MB, "
                      f"exit {code}, errors workbook {size:,} KB", flush=True)


if __name__ == "__main__":
    main()

"""Benchmark: the lookup field's search on a 100,000-family database.

Prints, for each kind of record, the median time of one search as the user types it (the
debounced query behind the popup: at most 20 matches with their community), over words of
every length, codes and DNIs. The Families list's own search is printed beside it: a lookup
should cost about the same. Target: under 50 ms for words of three letters or more.

    .venv/bin/python bench/lookup.py [--db bench/out/families-100000.sqlite]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

QUERIES = ["nun", "nunez", "nunez perez", "dora bustamante", "F-000123", "F-0999", "47116069",
           "4711", "AC-2025-0001", "M-0012", "quispe huaman"]
SHORT = ["a", "zz"]  # one or two letters: no trigram, a LIKE scan like the Families list's


def timed(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path,
                        default=Path(__file__).parent / "out" / "families-100000.sqlite")
    args = parser.parse_args()

    from sqlalchemy import text

    from desktop.db.engine import Database
    from desktop.services import lookup, registry

    database = Database(args.db)
    with database.session() as session:
        coop = session.execute(text("SELECT id FROM cooperatives LIMIT 1")).scalar()
        families = session.execute(text("SELECT count(*) FROM families")).scalar()
        print(f"{args.db.name}: {families:,} families")
        for label, queries in (("3+ letters, codes, DNIs", QUERIES), ("1-2 letters", SHORT)):
            reference = statistics.median(timed(lambda q=q: registry.search_families(
                session, q, limit=20)) for q in queries)
            print(f"  {label}: Families list first page {reference:6.1f} ms (median)")
            for kind in lookup.KINDS:
                each = {q: timed(lambda q=q: lookup.find(session, kind, q,
                                                         cooperative_id=coop))
                        for q in queries}
                worst = max(each, key=each.get)
                print(f"    lookup {kind:9} median {statistics.median(each.values()):6.1f} ms,"
                      f" worst {each[worst]:6.1f} ms ({worst!r})")
    database.close()


if __name__ == "__main__":
    main()

"""`conservation-desk demo --db PATH [--families N] [--seed S]`."""

from __future__ import annotations

import time
from pathlib import Path

from desktop.commands.common import EXIT_OK, CliError, add_db_option, at_least, new_file
from desktop.i18n import translate


def register(groups) -> None:
    demo = groups["root"].add_parser("demo", help="write a realistic demo database")
    add_db_option(demo)
    demo.add_argument("--families", type=int, default=1600)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=run_demo)


def run_demo(args) -> int:
    families = at_least(args.families, 1, "--families")
    path = new_file(args.db_path)
    from desktop.services.database import open_database
    from desktop.demo import build_demo

    started = time.perf_counter()
    database = open_database(path)
    try:
        counts = build_demo(database, families=families, seed=args.seed)
    except BaseException:
        database.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    database.close()
    print(translate("Cli", "Demo database written to {path}: {families} families, "
                    "{persons} persons ({seconds:.1f} s).").format(
        path=path, families=counts["families"], persons=counts["persons"],
        seconds=time.perf_counter() - started))
    return EXIT_OK


__all__ = ["register", "CliError"]

"""The command line: no sub-command opens the window; sub-commands do headless work.

Every failure the user can cause prints one translated line and exits non-zero.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop import __version__
from desktop.i18n import LANGUAGES, set_language, translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A failure to report in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage dump
        label = translate("Cli", "error")
        self.exit(EXIT_USAGE, f"{self.prog}: {label}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="conservation-desk",
                     description="Conservation Desk / Escritorio de Acuerdos de Conservación")
    parser.add_argument("--version", action="version", version=f"conservation-desk {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: in the user data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language: es or en")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="write a realistic demo database")
    demo.add_argument("--db", type=Path, required=True, dest="demo_db")
    demo.add_argument("--families", type=int, default=1600)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--lang", choices=LANGUAGES, dest="sub_lang")
    return parser


def _positive(value: int, name: str) -> int:
    if value < 1:
        raise CliError(translate("Cli", "{name} must be at least 1.").format(name=name))
    return value


def run_demo(args) -> int:
    families = _positive(args.families, "--families")
    path: Path = args.demo_db
    if path.exists() and path.stat().st_size > 0:
        raise CliError(translate("Cli", "{path} already exists; choose a new file name.")
                       .format(path=path))
    from desktop.services.database import open_database
    from desktop.services.demo import build_demo

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
                    "{persons} persons ({seconds:.1f} s).").format(path=path, families=counts["families"],
                                           persons=counts["persons"],
                                           seconds=time.perf_counter() - started))
    return EXIT_OK


def run_window(args) -> int:
    from desktop.ui.app import run

    return run(db_path=args.db, language=args.lang)


def main(argv: list[str] | None = None) -> int:
    from desktop.config import startup_language
    from desktop.services.database import DatabaseProblem

    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    language = getattr(args, "sub_lang", None) or args.lang or startup_language()
    set_language(language)
    try:
        if args.command == "demo":
            return run_demo(args)
        return run_window(args)
    except CliError as error:
        print(f"conservation-desk: {error}", file=sys.stderr)
        return EXIT_ERROR
    except DatabaseProblem as error:
        print(f"conservation-desk: {error.text()}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("conservation-desk: " + translate("Cli", "interrupted"), file=sys.stderr)
        return EXIT_ERROR

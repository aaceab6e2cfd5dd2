"""The command line: no sub-command opens the window; sub-commands do headless work.

Sub-commands live in desktop/commands/, one module per area. Every failure the
user can cause prints one translated line and exits non-zero; no traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from desktop import __version__
from desktop.commands.common import EXIT_ERROR, EXIT_PERMISSION, EXIT_USAGE, CliError
from desktop.db.location import database_location
from desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language, translate


NOT_FOUND_WHAT = {
    "agreement": QT_TRANSLATE_NOOP("Cli", "Agreement"),
    "family": QT_TRANSLATE_NOOP("Cli", "Family"),
    "person": QT_TRANSLATE_NOOP("Cli", "Person"),
    "plot": QT_TRANSLATE_NOOP("Cli", "Plot"),
    "benefit": QT_TRANSLATE_NOOP("Cli", "Benefit"),
    "lot": QT_TRANSLATE_NOOP("Cli", "Lot"),
    "cooperative": QT_TRANSLATE_NOOP("Cli", "Cooperative"),
    "delivery": QT_TRANSLATE_NOOP("Cli", "Delivery"),
    "training session": QT_TRANSLATE_NOOP("Cli", "Training session"),
    "attendance": QT_TRANSLATE_NOOP("Cli", "Attendance line"),
    "grievance": QT_TRANSLATE_NOOP("Cli", "Grievance"),
    "member": QT_TRANSLATE_NOOP("Cli", "Member"),
    "receipt": QT_TRANSLATE_NOOP("Cli", "Receipt"),
    "signatory": QT_TRANSLATE_NOOP("Cli", "Signatory"),
    "conflict": QT_TRANSLATE_NOOP("Cli", "Conflict"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage dump
        label = translate("Cli", "error")
        self.exit(EXIT_USAGE, f"{self.prog}: {label}: {message}\n")


#: Area modules slow to load (desktop.commands.imports reads the import kinds from
#: desktop.services.imports, which loads the whole core), and the words that need them.
SLOW_MODULES = {"desktop.commands.imports": ("import", "export")}


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `argv`, a slow area module is left out when none of its
    words is on it, so `--version`, `--help` or starting the window parse in milliseconds."""
    from desktop.commands import AREA_MODULES

    parser = _Parser(prog="conservation-desk",
                     description="Conservation Desk / Escritorio de Acuerdos de Conservación")
    parser.add_argument("--version", action="version", version=f"conservation-desk {__version__}")
    parser.add_argument("--db", type=database_location,
                        help="database file or postgresql:// address (default: a file in the "
                             "user data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language: es or en")
    # Hidden: closes the window SECONDS after it opens (packaging/smoke_test.sh uses it).
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    root = parser.add_subparsers(dest="command", parser_class=_Parser)
    groups = {"root": root}
    for verb, help_text in (("print", "print documents as PDF"),
                            ("export", "write workbooks and files"),
                            ("import", "read spreadsheets into the database")):
        verb_parser = root.add_parser(verb, help=help_text)
        groups[verb] = verb_parser.add_subparsers(dest="what", parser_class=_Parser,
                                                  required=True)
    for name in AREA_MODULES:
        words = SLOW_MODULES.get(name)
        if argv is not None and words and not any(word in argv for word in words):
            continue
        importlib.import_module(name).register(groups)
    return parser


def run_window(args) -> int:
    from desktop.ui.app import run

    return run(db_path=args.db, language=args.lang, quit_after=args.quit_after)


def _log_unraisable(unraisable) -> None:
    """What a library's cleanup raises after a failed write (a full disk: openpyxl's half
    -written sheets closing at exit) goes to the error log, not over the one-line message."""
    from desktop import config, files

    try:
        files.append_private(config.data_dir() / "error.log", files.private_traceback(
            unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback))
    except OSError:
        pass


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, then run the window or a sub-command. Parsing (`--version`,
    `--help`, a usage error) imports none of SQLAlchemy, Alembic, reportlab or Qt: the
    modules doing the work are imported by the handler that needs them."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    from desktop import config, files

    files.private_temp_dir(config.data_dir())  # libraries' scratch files stay private
    sys.unraisablehook = _log_unraisable
    files.sweep_parts(config.data_dir())  # what killed runs left half-written
    set_language(args.lang or config.startup_language())
    try:
        if args.command is None:
            return run_window(args)
        if getattr(args, "func", None) is None:
            parser.parse_args([*argv, "--help"])
        return args.func(args)
    except CliError as error:
        print(f"conservation-desk: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        print("conservation-desk: " + translate("Cli", "interrupted"), file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # noqa: BLE001 - known failures are told, the rest re-raised
        from desktop.services.people import PermissionDenied

        if isinstance(error, PermissionDenied):
            print(f"conservation-desk: {error.text()}", file=sys.stderr)
            return EXIT_PERMISSION
        message = known_failure(error, args)
        if message is None:
            raise
        print(f"conservation-desk: {message}", file=sys.stderr)
        return EXIT_ERROR


def known_failure(error: Exception, args) -> str | None:
    """The one line for a failure the user can act on, or None for a bug."""
    from desktop.services.database import DatabaseProblem, classify
    from desktop.services.errors import NotFound, ValidationError

    if isinstance(error, (DatabaseProblem, ValidationError)):
        return error.text()
    if isinstance(error, NotFound):
        what = translate("Cli", NOT_FOUND_WHAT.get(error.what, error.what))
        return translate("Cli", "{what} “{key}” was not found.").format(what=what,
                                                                        key=error.key)
    if isinstance(error, OSError):
        # Some writers (zip, lxml) lose the file name: the command's own target says where.
        path = error.filename or getattr(args, "out", None) or getattr(args, "db_path", "")
        known = classify(error, Path(str(path)))  # a full disk, a missing permission…
        reason = known.text() if known is not None else (error.strerror or error)
        return translate("Cli", "Cannot write or read {path}: {reason}").format(
            path=path, reason=reason)
    return None

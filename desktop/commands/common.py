"""What every sub-command shares: the one-line error, exit codes and common options.

Sub-command modules import this, never desktop.cli (which imports them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.db.location import DatabaseUrl, database_location
from desktop.i18n import translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A failure to report in one line; `code` is the exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.code = code


def at_least(value: int, minimum: int, name: str) -> int:
    if value < minimum:
        raise CliError(translate("Cli", "{name} must be at least {minimum}.").format(
            name=name, minimum=minimum))
    return value


def new_file(path: Path) -> Path:
    """`path`, refusing to overwrite a file that has content (or to take an address)."""
    if isinstance(path, DatabaseUrl):
        raise CliError(translate("Cli", "{path} is a central database; give a file name.")
                       .format(path=path.shown), EXIT_USAGE)
    if path.exists() and path.stat().st_size > 0:
        raise CliError(translate("Cli", "{path} already exists; choose a new file name.")
                       .format(path=path))
    return path


def existing_database(path: Path | None):
    """Open the database at `path` (it must exist) for a headless command."""
    from desktop.services.database import open_database

    if path is None:
        raise CliError(translate("Cli", "Give the database with --db PATH."), EXIT_USAGE)
    database = open_database(path, create=False)
    for warning in database.warnings:  # e.g. the backup folder is full: say so, carry on
        print(f"conservation-desk: {warning.text()}", file=sys.stderr)
    return database


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db PATH|URL` on a sub-command (stored as args.db_path: a Path, or a DatabaseUrl for
    a central PostgreSQL database)."""
    parser.add_argument("--db", type=database_location, required=True, dest="db_path",
                        help="the database file, or a postgresql:// address")

"""What every sub-command shares: the one-line error, exit codes and common options.

Sub-command modules import this, never desktop.cli (which imports them).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.db.location import DatabaseUrl, database_location
from desktop.i18n import translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
#: A command the user may not run: not signed in, a wrong password, or a role without it.
EXIT_PERMISSION = 4
PASSWORD_VARIABLE = "CONSERVATION_DESK_PASSWORD"
NEW_PASSWORD_VARIABLE = "CONSERVATION_DESK_NEW_PASSWORD"


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


def iso_date(text: str):
    """A date given on the command line (YYYY-MM-DD), or a usage error in the user's language."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(translate("Cli", "“{text}” is not a date; write it as YYYY-MM-DD.")
                       .format(text=text), EXIT_USAGE) from None


def existing_database(path: Path | None, user_name: str | None = None):
    """Open the database at `path` (it must exist) for a headless command, signed in as
    `user_name` when the database has users (the password from CONSERVATION_DESK_PASSWORD
    or a prompt); refused with exit 4 without a user or with a wrong password."""
    from desktop.services.database import open_database

    if path is None:
        raise CliError(translate("Cli", "Give the database with --db PATH."), EXIT_USAGE)
    database = open_database(path, create=False)
    for warning in database.warnings:  # e.g. the backup folder is full: say so, carry on
        print(f"conservation-desk: {warning.text()}", file=sys.stderr)
    try:
        sign_in(database, user_name)
    except BaseException:
        database.close()
        raise
    return database


def sign_in(database, user_name: str | None) -> None:
    """Sign `user_name` in on `database` when it has users (nothing to do when it has none)."""
    from desktop.services import people
    from desktop.services.errors import ValidationError

    with database.session() as session:
        if not people.has_users(session):
            return
        if not user_name:
            raise CliError(translate("Permissions", people.permissions.SIGN_IN_FIRST),
                           EXIT_PERMISSION)
        password = read_password(PASSWORD_VARIABLE, translate("Cli", "Password for {name}: ")
                                 .format(name=user_name))
        try:
            database.actor = people.sign_in(session, user_name, password)
        except ValidationError as error:
            raise CliError(error.text(), EXIT_PERMISSION) from None


def read_password(variable: str, prompt: str, confirm: str | None = None) -> str:
    """A password from the environment variable `variable`, else typed at a prompt (twice
    when `confirm` is given); never echoed, never logged."""
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(translate("Cli", "Type the password at a terminal, or give it in the "
                                 "{variable} environment variable.").format(variable=variable),
                       EXIT_USAGE)
    value = getpass.getpass(prompt)
    if confirm is not None and getpass.getpass(confirm) != value:
        raise CliError(translate("Cli", "The two passwords differ; nothing was changed."))
    return value


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db PATH|URL` and `--user NAME` on a sub-command (args.db_path: a Path, or a
    DatabaseUrl for a central PostgreSQL database; args.user_name)."""
    parser.add_argument("--db", type=database_location, required=True, dest="db_path",
                        help="the database file, or a postgresql:// address")
    parser.add_argument("--user", dest="user_name", metavar="NAME",
                        help="who is working, when the database has users (the password is "
                             f"asked, or read from {PASSWORD_VARIABLE})")

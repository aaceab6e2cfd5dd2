"""`conservation-desk init --db FILE|URL [--office CODE] [--name NAME] [--admin NAME]`: an
empty database at the head migration, for an office (a new file, or an empty PostgreSQL
database), with its first administrator when --admin is given."""

from __future__ import annotations

from desktop.commands.common import (
    EXIT_OK, EXIT_USAGE, PASSWORD_VARIABLE, CliError, add_db_option, read_password,
)
from desktop.i18n import translate
from desktop.i18n.labels import label


def register(groups) -> None:
    init = groups["root"].add_parser("init", help="create an empty database for an office")
    add_db_option(init)
    init.add_argument("--office", default="", metavar="CODE",
                      help="the office's short code (2-6 letters or digits), put in the "
                           "numbers made here")
    init.add_argument("--name", default="", help="the office's name")
    init.add_argument("--admin", default="", metavar="NAME",
                      help="make NAME its first administrator (the password is asked, or "
                           "read from CONSERVATION_DESK_PASSWORD)")
    init.set_defaults(func=run_init)


def run_init(args) -> int:
    from desktop.services.office import initialise

    password = _admin_password(args.admin) if args.admin else None  # asked before creating
    where = initialise(args.db_path, args.office, args.name)
    shown = getattr(where, "shown", where)
    if args.office:
        print(translate("Cli", "Empty database created at {path} for office {code}.").format(
            path=shown, code=args.office.strip().upper()))
    else:
        print(translate("Cli", "Empty database created at {path}.").format(path=shown))
    if args.admin:
        _add_admin(args.db_path, args.admin, password)
    return EXIT_OK


def _admin_password(name: str) -> str:
    from desktop.services import people

    password = read_password(PASSWORD_VARIABLE, translate(
        "Cli", "New password for {name}: ").format(name=name),
        translate("Cli", "The same password again: "))
    if len(password) < people.MIN_PASSWORD:
        raise CliError(translate("Validation", "The password must have at least {n} "
                                 "characters.").format(n=people.MIN_PASSWORD), EXIT_USAGE)
    return password


def _add_admin(location, name: str, password: str) -> None:
    from desktop.services import people
    from desktop.services.database import open_database

    database = open_database(location, create=False)
    try:
        with database.session() as session:
            people.add_user(session, name, "admin", password, first=True)
    finally:
        database.close()
    print(translate("Cli", "User {name} added as {role}.").format(
        name=name, role=label("role", "admin")))

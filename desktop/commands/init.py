"""`conservation-desk init --db FILE|URL [--office CODE] [--name NAME]`: an empty database at
the head migration, for an office (a new file, or an empty PostgreSQL database)."""

from __future__ import annotations

from desktop.commands.common import EXIT_OK, add_db_option
from desktop.i18n import translate


def register(groups) -> None:
    init = groups["root"].add_parser("init", help="create an empty database for an office")
    add_db_option(init)
    init.add_argument("--office", default="", metavar="CODE",
                      help="the office's short code (2-6 letters or digits), put in the "
                           "numbers made here")
    init.add_argument("--name", default="", help="the office's name")
    init.set_defaults(func=run_init)


def run_init(args) -> int:
    from desktop.services.office import initialise

    where = initialise(args.db_path, args.office, args.name)
    shown = getattr(where, "shown", where)
    if args.office:
        print(translate("Cli", "Empty database created at {path} for office {code}.").format(
            path=shown, code=args.office.strip().upper()))
    else:
        print(translate("Cli", "Empty database created at {path}.").format(path=shown))
    return EXIT_OK

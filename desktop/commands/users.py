"""`conservation-desk users add NAME --role ROLE | list | disable NAME | password NAME --db DB`.

Each is an administrator's task (`--user ADMIN`, the password asked or read from
CONSERVATION_DESK_PASSWORD). On a database with no users yet, `users add NAME --role admin`
makes its first administrator. A new password is asked twice at a prompt, or read from
CONSERVATION_DESK_NEW_PASSWORD.
"""

from __future__ import annotations

from desktop.commands.common import (
    EXIT_OK,
    NEW_PASSWORD_VARIABLE,
    add_db_option,
    existing_database,
    read_password,
)
from desktop.i18n import translate
from desktop.i18n.labels import label

ROLE_CHOICES = ("admin", "coordinator", "office", "cooperative", "viewer")


def register(groups) -> None:
    users = groups["root"].add_parser("users", help="the people who use the program")
    verbs = users.add_subparsers(dest="what", required=True, parser_class=type(users))
    add = verbs.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    listing = verbs.add_parser("list", help="list the users and their roles")
    disable = verbs.add_parser("disable", help="stop a user from signing in")
    disable.add_argument("name")
    password = verbs.add_parser("password", help="give a user a new password")
    password.add_argument("name")
    for parser, func in ((add, run_add), (listing, run_list), (disable, run_disable),
                         (password, run_password)):
        add_db_option(parser)
        parser.set_defaults(func=func)


def _new_password(name: str) -> str:
    return read_password(NEW_PASSWORD_VARIABLE,
                         translate("Cli", "New password for {name}: ").format(name=name),
                         translate("Cli", "The same password again: "))


def run_add(args) -> int:
    from desktop.services import people

    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            first = not people.has_users(session)
            user = people.add_user(session, args.name, args.role, _new_password(args.name),
                                   first=first)
            print(translate("Cli", "User {name} added as {role}.").format(
                name=user.name, role=label("role", user.role)))
    finally:
        database.close()
    return EXIT_OK


def run_list(args) -> int:
    from desktop.services import people

    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            rows = people.list_users(session)
    finally:
        database.close()
    for row in rows:
        state = translate("Cli", "disabled") if row.disabled else ""
        print(f"{row.name:<30} {label('role', row.role):<28} {state}".rstrip())
    return EXIT_OK


def run_disable(args) -> int:
    from desktop.services import people

    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            people.disable_user(session, args.name)
    finally:
        database.close()
    print(translate("Cli", "{name} can no longer sign in.").format(name=args.name))
    return EXIT_OK


def run_password(args) -> int:
    from desktop.services import people

    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            people.set_password(session, args.name, _new_password(args.name))
    finally:
        database.close()
    print(translate("Cli", "{name} has a new password.").format(name=args.name))
    return EXIT_OK

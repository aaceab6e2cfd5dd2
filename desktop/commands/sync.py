"""`conservation-desk sync --db LAPTOP --central URL [--communities NAME,…]`: the exchange with
the centre over the network in one run (the first time, the laptop's clone, of the whole
centre or of some communities' part); `sync export|import|conflicts|
resolve|merge`: the same exchange as package files, for a USB stick (desktop.services.sync).

Exit codes: 0 done with nothing waiting; 3 done with conflicts waiting for a person; 2 a bad
package or an exchange refused (nothing written); 1 any other failure, in one line (4, as
everywhere, for a role that may not sync).
"""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import (
    EXIT_OK, EXIT_USAGE, PASSWORD_VARIABLE, CliError, add_db_option, existing_database,
    new_file,
)
from desktop.db.location import DatabaseUrl, database_location
from desktop.i18n import translate

EXIT_BAD_PACKAGE = EXIT_USAGE  # 2
EXIT_CONFLICTS = 3


def register(groups) -> None:
    sync = groups["root"].add_parser(
        "sync", help="exchange changes with the centre: over the network (--db LAPTOP "
                     "--central URL), or as package files for a USB stick (export, import)")
    sync.add_argument("--db", type=database_location, dest="db_path", metavar="LAPTOP",
                      help="the laptop's database file (a new one is the centre's clone)")
    sync.add_argument("--central", type=database_location, metavar="URL",
                      help="the centre's postgresql:// address (its password in ~/.pgpass)")
    sync.add_argument("--office", metavar="CODE", help="a new laptop's own office code (or, "
                                                       "the first time, a copy of the centre's "
                                                       "file's)")
    sync.add_argument("--communities", type=_names, metavar="NAME[,NAME…]",
                      help="the first time: hold only these communities' families and what "
                           "hangs from them (kept: later syncs carry only those)")
    sync.add_argument("--user", dest="user_name", metavar="NAME",
                      help="who is working, when the laptop has users (the password is asked, "
                           f"or read from {PASSWORD_VARIABLE})")
    sync.set_defaults(func=run_network)
    verbs = sync.add_subparsers(dest="sync_what", parser_class=type(sync))
    export = verbs.add_parser("export", help="write this laptop's changes to a package")
    add_db_option(export)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.cdsync")
    export.add_argument("--office", metavar="CODE", help="the first time, for a copy of the "
                                                         "centre's file: this laptop's own "
                                                         "office code")
    export.add_argument("--communities", type=_names, metavar="NAME[,NAME…]",
                        help="a new laptop's first package: hold only these communities "
                             "(the centre's reply brings only them, and later syncs too)")
    export.set_defaults(func=run_export)
    take = verbs.add_parser("import", help="take in a package: a laptop's changes (on the "
                                           "centre) or the centre's reply (on the laptop)")
    take.add_argument("package", type=Path, metavar="FILE.cdsync")
    add_db_option(take)
    take.add_argument("--reply", type=Path, metavar="OUT.cdsync",
                      help="on the centre: write the reply for the laptop there")
    take.set_defaults(func=run_import)
    listing = verbs.add_parser("conflicts", help="list the conflicts waiting for a person")
    add_db_option(listing)
    listing.set_defaults(func=run_conflicts)
    resolve = verbs.add_parser("resolve", help="decide a conflict field by field")
    resolve.add_argument("conflict", metavar="ID", help="as `sync conflicts` shows it")
    add_db_option(resolve)
    resolve.add_argument("--take", action="append", default=[], metavar="FIELD=ours|theirs",
                         help="the side whose value stands (fields not named keep ours)")
    resolve.set_defaults(func=run_resolve)
    merge = verbs.add_parser("merge", help="merge the two members of a DNI registered twice "
                                           "(every agreement, attendance and delivery stays)")
    merge.add_argument("conflict", metavar="ID", help="as `sync conflicts` shows it")
    add_db_option(merge)
    merge.set_defaults(func=run_merge)


def _refusals():
    from desktop.services.sync import BadPackage, SyncRefused

    return BadPackage, SyncRefused


def run_network(args) -> int:
    from desktop.services import sync
    from desktop.services.sync import network

    if args.db_path is None or args.central is None:
        raise CliError(translate("Cli", "Give the laptop's database with --db and the centre "
                                        "with --central URL, or one of export, import, "
                                        "conflicts, resolve."), EXIT_USAGE)
    laptop = _laptop_file(args.db_path, args.office)
    database = existing_database(laptop, args.user_name)
    try:
        centre = network.open_centre(args.central)
        try:
            with database.session() as here, centre.session() as there:
                try:
                    done = network.synchronise(here, there, args.office, told=_say,
                                               communities=args.communities)
                except _refusals() as refused:
                    raise CliError(refused.text(), EXIT_BAD_PACKAGE) from None
        finally:
            centre.close()
    finally:
        database.close()
    at_centre = done.at_centre
    print(translate("Cli", "Synced with {centre}: {sent} rows sent ({applied} applied there, "
                           "{conflicts} new conflicts), {received} rows received.").format(
        centre=getattr(args.central, "shown", args.central), sent=done.sent,
        applied=at_centre.applied, conflicts=at_centre.conflicts,
        received=done.received))
    if done.at_laptop.failed:
        print(translate("Cli", "{n} rows of the reply could not be taken in here; they will be "
                               "asked for again at the next sync.").format(
            n=done.at_laptop.failed))
    return _waiting(done.waiting, True)


def _names(text: str) -> list[str]:
    """--communities: names (or ids) separated by commas."""
    return [name.strip() for name in text.split(",") if name.strip()]


def _say(message: str, params: dict) -> None:
    print(translate("Sync", message).format(**params), flush=True)


def _laptop_file(location, office: str | None):
    """The laptop's file; a new (missing or empty) one is made for `office` first."""
    from desktop.services.office import initialise

    if isinstance(location, DatabaseUrl):
        raise CliError(translate("Cli", "A laptop keeps its database in a file: give its "
                                        "path with --db, and the centre's address with "
                                        "--central."), EXIT_USAGE)
    if location.exists() and location.stat().st_size > 0:
        return location
    if not office:
        raise CliError(translate("Cli", "{path} is a new laptop: give its own office code "
                                        "with --office CODE.").format(path=location),
                       EXIT_USAGE)
    initialise(location, office)
    return location


def run_export(args) -> int:
    from desktop.services import sync

    out = new_file(args.out)
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            try:
                package = sync.export_changes(session, args.office, args.communities)
            except _refusals() as refused:
                raise CliError(refused.text(), EXIT_BAD_PACKAGE) from None
            sync.write_package(package, out)
    finally:
        database.close()
    print(translate("Cli", "{n} changed rows written to {path}; take it to the centre, then "
                           "import its reply here.").format(n=len(package.rows), path=out))
    return EXIT_OK


def run_import(args) -> int:
    from desktop.services import sync

    reply_path = new_file(args.reply) if args.reply else None
    if not args.package.is_file():
        raise CliError(translate("Cli", "There is no file {path}.").format(path=args.package))
    try:
        package = sync.read_package(args.package, sync.state.revision())
    except _refusals() as refused:
        raise CliError(refused.text(), EXIT_BAD_PACKAGE) from None
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            try:
                result = sync.import_package(session, package)
            except _refusals() as refused:
                raise CliError(refused.text(), EXIT_BAD_PACKAGE) from None
        if result.reply is not None and reply_path is not None:
            sync.write_package(result.reply, reply_path)
    finally:
        database.close()
    if result.duplicate:
        print(translate("Cli", "This package had been taken in already; nothing was changed."))
    else:
        print(translate("Cli", "Package taken in: {applied} rows applied, {skipped} already "
                               "here, {conflicts} new conflicts.").format(
            applied=result.applied, skipped=result.skipped, conflicts=result.conflicts))
    if result.failed:
        print(translate("Cli", "{n} rows of the reply could not be taken in here; they will be "
                               "asked for again at the next sync.").format(n=result.failed))
    if reply_path is not None and result.reply is not None:
        print(translate("Cli", "Reply for the laptop written to {path}.").format(path=reply_path))
    return _waiting(result.waiting, result.kind == "reply")


def _waiting(waiting: int, at_centre: bool) -> int:
    if not waiting:
        return EXIT_OK
    if at_centre:
        print(translate("Cli", "{n} changes of this laptop wait as conflicts at the centre, "
                               "for a person to decide.").format(n=waiting))
    else:
        print(translate("Cli", "{n} conflicts wait for a person: conservation-desk sync "
                               "conflicts.").format(n=waiting))
    return EXIT_CONFLICTS


def run_conflicts(args) -> int:
    from desktop.services import sync
    from desktop.services.sync import fields
    from desktop.services.sync.conflicts import DUPLICATE

    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            found = sync.list_conflicts(session)
            at_centre = int(sync.state.get(session, "conflicts_at_centre", "0"))
    finally:
        database.close()
    if not found:
        if at_centre:
            return _waiting(at_centre, True)
        print(translate("Cli", "No conflicts wait."))
        return EXIT_OK
    for conflict in found:
        print(translate("Cli", "{id}  {record}: changed at {office} by {user} "
                               "({when}), and here by {our_user} ({our_when})").format(
            id=conflict.id, record=conflict.title,
            office=conflict.office, user=conflict.their_user or "?",
            when=_when(conflict.their_at), our_user=conflict.our_user or "?",
            our_when=_when(conflict.our_at)))
        if conflict.kind == DUPLICATE:
            print("    " + translate("Cli", "the same DNI as a member here: if they are one "
                                         "person, merge them with: conservation-desk sync "
                                         "merge {id}").format(id=conflict.id))
        elif conflict.reason:
            print("    " + translate("Cli", "refused here: {reason}").format(
                reason=conflict.reason))
        for name, ours, theirs in conflict.fields:
            print("    " + translate("Cli", "{field} ({name}): here “{ours}”, theirs "
                                         "“{theirs}”").format(
                field=fields.title(conflict.table, name), name=name,
                ours=fields.shown(conflict.table, name, ours),
                theirs=fields.shown(conflict.table, name, theirs)))
    return _waiting(len(found), False)


def run_resolve(args) -> int:
    from desktop.services import sync

    choices = {}
    for item in args.take:
        field, _, side = item.partition("=")
        choices[field.strip()] = side.strip()
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            sync.resolve(session, args.conflict, choices)
            left = sync.conflicts.waiting(session)
    finally:
        database.close()
    print(translate("Cli", "Conflict decided; the result is a new edit of the record."))
    return _waiting(left, False)


def run_merge(args) -> int:
    from desktop.services.sync import conflicts, duplicates

    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            moved = duplicates.merge(session, args.conflict)
            left = conflicts.waiting(session)
    finally:
        database.close()
    print(translate("Cli", "The two members are one now; {n} records of the other office's "
                           "member name the member kept.").format(n=moved))
    return _waiting(left, False)


def _when(moment) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment is not None else "?"

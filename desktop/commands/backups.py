"""`conservation-desk backups --db FILE` lists the backups; `conservation-desk restore BACKUP
--db FILE` puts one back (the current file is saved first). Both work when the database
itself cannot be opened: that is when they are needed. `conservation-desk backup --db FILE
--to FOLDER` writes an encrypted backup to a second place (a USB stick, another disk); its
passphrase is asked twice, or read from CONSERVATION_DESK_BACKUP_PASSPHRASE, and restoring
that file asks it again."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_db_option,
    existing_database,
    read_password,
)
from desktop.i18n import translate
from desktop.i18n.formatting import fmt_number


def register(groups) -> None:
    listing = groups["root"].add_parser("backups", help="list the backups of a database")
    add_db_option(listing)
    listing.add_argument("--backup-dir", type=Path, help="the backup folder (default: the "
                                                          "one chosen in the window)")
    listing.set_defaults(func=run_list)
    restore = groups["root"].add_parser("restore", help="put a backup in place of a database")
    restore.add_argument("backup", type=Path)
    add_db_option(restore)
    restore.add_argument("--backup-dir", type=Path, help="where the current file is saved first")
    restore.set_defaults(func=run_restore)
    sealed = groups["root"].add_parser(
        "backup", help="write an encrypted backup to a USB stick or another disk")
    add_db_option(sealed)
    sealed.add_argument("--to", type=Path, required=True, dest="folder", metavar="FOLDER",
                        help=f"the folder on the stick or disk (passphrase asked, or read "
                             f"from {PASSPHRASE_VARIABLE})")
    sealed.set_defaults(func=run_backup_to)


PASSPHRASE_VARIABLE = "CONSERVATION_DESK_BACKUP_PASSPHRASE"


def passphrase(confirm: bool) -> str:
    return read_password(PASSPHRASE_VARIABLE, translate("Cli", "Backup passphrase: "),
                         translate("Cli", "The same passphrase again: ") if confirm else None)


def run_backup_to(args) -> int:
    from desktop.services.database import DatabaseProblem, refuse_central
    from desktop.services.people import require
    from desktop.services.sealed_backups import backup_to, check_passphrase

    try:
        refuse_central(args.db_path)
    except DatabaseProblem as problem:
        raise CliError(problem.text(), EXIT_USAGE) from None
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            require(session, "backups.manage")
        path = database.path
    finally:
        database.close()
    secret = passphrase(confirm=True)
    try:
        check_passphrase(secret)
        target = backup_to(path, args.folder.expanduser().resolve(), secret)
    except DatabaseProblem as problem:
        raise CliError(problem.text(), EXIT_ERROR) from None
    print(translate("Cli", "Encrypted backup saved as {path}. Keep the passphrase apart from "
                           "it: without it nobody can restore it.").format(path=target))
    return EXIT_OK


def run_list(args) -> int:
    from desktop.services.backups import summaries

    found = summaries(args.db_path.expanduser().resolve(), args.backup_dir)
    if not found:
        print(translate("Cli", "There are no backups of {path}.").format(path=args.db_path))
        return EXIT_OK
    for backup in found:
        print(f"{backup.taken:%Y-%m-%d %H:%M:%S}  {fmt_number(backup.size // 1024):>9} KB  "
              f"{backup.contents()}  {backup.path}")
    return EXIT_OK


def run_restore(args) -> int:
    from desktop.services.backups import restore
    from desktop.services.database import DatabaseProblem

    if not args.backup.is_file():
        raise CliError(translate("Cli", "There is no file {path}.").format(path=args.backup))
    from desktop.services.sealed_backups import is_sealed, restore_sealed

    target = args.db_path.expanduser().resolve()
    try:
        if is_sealed(args.backup):
            safety = restore_sealed(args.backup, target, passphrase(confirm=False),
                                    args.backup_dir)
        else:
            safety = restore(args.backup, target, args.backup_dir)
    except DatabaseProblem as problem:
        raise CliError(problem.text(), EXIT_ERROR) from None
    print(translate("Cli", "{backup} restored to {path}.").format(backup=args.backup,
                                                                  path=target))
    if safety is not None:
        print(translate("Cli", "The file it replaced was saved as {path}.").format(path=safety))
    return EXIT_OK

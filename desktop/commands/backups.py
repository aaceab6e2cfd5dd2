"""`conservation-desk backups --db FILE` lists the backups; `conservation-desk restore BACKUP
--db FILE` puts one back (the current file is saved first). Both work when the database
itself cannot be opened: that is when they are needed."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import EXIT_ERROR, EXIT_OK, CliError, add_db_option
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
    target = args.db_path.expanduser().resolve()
    try:
        safety = restore(args.backup, target, args.backup_dir)
    except DatabaseProblem as problem:
        raise CliError(problem.text(), EXIT_ERROR) from None
    print(translate("Cli", "{backup} restored to {path}.").format(backup=args.backup,
                                                                  path=target))
    if safety is not None:
        print(translate("Cli", "The file it replaced was saved as {path}.").format(path=safety))
    return EXIT_OK

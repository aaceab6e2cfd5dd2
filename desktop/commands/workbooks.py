"""`conservation-desk export summary --db PATH --out FILE.xlsx [--lang es|en] [--from DATE
--to DATE] [--anonymise]`."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import (
    EXIT_OK, EXIT_USAGE, CliError, add_db_option, existing_database, iso_date,
)
from desktop.i18n import LANGUAGES, language, translate


def register(groups) -> None:
    summary = groups["export"].add_parser("summary", help="the programme's summary workbook")
    add_db_option(summary)
    summary.add_argument("--out", type=Path, required=True)
    summary.add_argument("--lang", choices=LANGUAGES, dest="doc_lang")
    summary.add_argument("--from", dest="date_from")
    summary.add_argument("--to", dest="date_to")
    summary.add_argument("--anonymise", "--anonymize", action="store_true")
    summary.set_defaults(func=run_summary)


def run_summary(args) -> int:
    from desktop.reports.summary import write_summary

    date_from = iso_date(args.date_from) if args.date_from else None
    date_to = iso_date(args.date_to) if args.date_to else None
    if date_from and date_to and date_to < date_from:
        raise CliError(translate("Cli", "--to must not be before --from."), EXIT_USAGE)
    if args.out.suffix.lower() != ".xlsx":
        raise CliError(translate("Cli", "The workbook's name must end in .xlsx."), EXIT_USAGE)
    database = existing_database(args.db_path, args.user_name)
    try:
        write_summary(database, args.out, args.doc_lang or language(), date_from, date_to,
                      args.anonymise)
    finally:
        database.close()
    print(translate("Cli", "Summary written to {path}.").format(path=args.out))
    return EXIT_OK

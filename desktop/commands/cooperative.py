"""The cooperative's sub-commands.

`conservation-desk print receipt NUMBER --db PATH [--lang es|en] [--format ticket|a6] --out F.pdf`
`conservation-desk print statement --db PATH --member CODE [--from DATE --to DATE]
[--lang es|en] --out F.pdf`
`conservation-desk print cash-close --db PATH --cooperative NAME --date DATE [--lang es|en]
--out F.pdf`
`conservation-desk export traceability LOT_CODE --db PATH --out F.geojson`
(also spelled `export lot --lot CODE` and `print receipt --receipt NUMBER`).

Exit 0 on success; one line and exit 1 on an error; exit 2 when the lot has
plots a buyer would reject (each printed on its own line).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import EXIT_OK, EXIT_USAGE, CliError, add_db_option
from desktop.i18n import LANGUAGES, language, translate

EXIT_TRACEABILITY = 2


def register(groups) -> None:
    receipt = groups["print"].add_parser("receipt", help="a delivery receipt as PDF")
    receipt.add_argument("receipt", nargs="?", metavar="RECEIPT_NUMBER",
                         help="e.g. COOPBAM-2026-000123")
    receipt.add_argument("--receipt", dest="receipt_option", metavar="NUMBER",
                         help=argparse.SUPPRESS)
    add_db_option(receipt)
    receipt.add_argument("--lang", dest="doc_lang", choices=LANGUAGES,
                         help="language of the receipt (default: the program's)")
    receipt.add_argument("--format", dest="receipt_format", choices=("ticket", "a6"),
                         default="ticket", help="80 mm ticket (default) or A6")
    receipt.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    receipt.set_defaults(func=print_receipt)

    statement = groups["print"].add_parser("statement", help="a member's statement as PDF")
    add_db_option(statement)
    statement.add_argument("--member", required=True, metavar="CODE", help="the member code")
    statement.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    statement.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    statement.add_argument("--lang", dest="doc_lang", choices=LANGUAGES,
                           help="language of the statement (default: the program's)")
    statement.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    statement.set_defaults(func=print_statement)

    close = groups["print"].add_parser("cash-close", help="a day's cash close as PDF")
    add_db_option(close)
    close.add_argument("--cooperative", required=True, metavar="NAME",
                       help="the cooperative's name (or RUC)")
    close.add_argument("--date", dest="day", required=True, metavar="YYYY-MM-DD")
    close.add_argument("--lang", dest="doc_lang", choices=LANGUAGES,
                       help="language of the cash close (default: the program's)")
    close.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    close.set_defaults(func=print_cash_close)

    trace = groups["export"].add_parser("traceability", aliases=["lot"],
                                        help="a lot's plots as GeoJSON for the buyer")
    trace.add_argument("lot", nargs="?", metavar="LOT_CODE")
    trace.add_argument("--lot", dest="lot_option", metavar="CODE", help=argparse.SUPPRESS)
    add_db_option(trace)
    trace.add_argument("--out", type=Path, required=True, help="the .geojson file to write")
    trace.set_defaults(func=export_traceability)


def _one(positional, option, what: str) -> str:
    value = positional or option
    if not value:
        raise CliError(translate("Cli", "Give the {what}.").format(what=what), EXIT_USAGE)
    return value


def print_receipt(args) -> int:
    from desktop.commands.common import existing_database
    from desktop.reports.receipt import print_receipt as write_pdf

    number = _one(args.receipt, args.receipt_option, translate("Cli", "receipt number"))
    database = existing_database(args.db_path, args.user_name)
    try:
        path = write_pdf(database, number, lang=args.doc_lang or language(),
                         fmt=args.receipt_format, out=args.out)
    finally:
        database.close()
    # the receipt was found by its number without surrounding spaces
    print(translate("Cli", "Receipt {number} written to {path}.").format(number=number.strip(),
                                                                           path=path))
    return EXIT_OK


def print_statement(args) -> int:
    from desktop.commands.common import existing_database, iso_date
    from desktop.reports.member_statement import write_statement
    from desktop.services.cooperative import statement

    date_from = iso_date(args.date_from) if args.date_from else None
    date_to = iso_date(args.date_to) if args.date_to else None
    if args.out.suffix.lower() != ".pdf":
        raise CliError(translate("Cli", "The statement's name must end in .pdf."), EXIT_USAGE)
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            member = statement.member_by_code(session, args.member)
            data = statement.member_statement(session, member.id, date_from, date_to)
        path = write_statement(data, args.out, args.doc_lang or language())
    finally:
        database.close()
    print(translate("Cli", "Statement of {member} written to {path}.").format(
        member=data.member_code, path=path))
    return EXIT_OK


def print_cash_close(args) -> int:
    from desktop.commands.common import existing_database, iso_date
    from desktop.reports.cash_close import write_cash_close
    from desktop.services.cooperative import cooperative_by_name
    from desktop.services.cooperative.daily_close import daily_close

    day = iso_date(args.day)
    if args.out.suffix.lower() != ".pdf":
        raise CliError(translate("Cli", "The cash close's name must end in .pdf."), EXIT_USAGE)
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            coop = cooperative_by_name(session, args.cooperative)
            data = daily_close(session, coop.id, day)
        path = write_cash_close(data, args.out, args.doc_lang or language())
    finally:
        database.close()
    print(translate("Cli", "Cash close of {day} written to {path}.").format(
        day=day.isoformat(), path=path))
    return EXIT_OK


def export_traceability(args) -> int:
    from desktop.commands.common import existing_database
    from desktop.services import cooperative
    from desktop.services.cooperative import traceability

    code = _one(args.lot, args.lot_option, translate("Cli", "lot code"))
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            lot = cooperative.lot_by_code(session, code)
            try:
                result = traceability.export_lot(session, lot.id, args.out)
            except traceability.TraceabilityProblems as problems:
                print("conservation-desk: " + translate(
                    "Cli", "Lot {lot} cannot be exported; fix these plots first:").format(
                    lot=lot.code), file=sys.stderr)
                for problem in problems.problems:
                    print(f"  {problem.text()}", file=sys.stderr)
                return EXIT_TRACEABILITY
    finally:
        database.close()
    print(translate("Cli", "Lot {lot}: {features} plots written to {path} (polygons: {polygons}, "
                           "points: {points}).").format(
        lot=code, features=result.features, polygons=result.polygons, points=result.points,
        path=result.path))
    return EXIT_OK


__all__ = ["register"]

"""The cooperative's payment day on the command line (issue 16 item 5).

`conservation-desk print payment-list --db DB --cooperative NAME --to DATE --out FILE.pdf
[--lang es|en] [--paid-on DATE] [--workbook FILE.xlsx]`

Prints what each member is owed for the deliveries up to DATE (the list to review and have
signed); it pays nothing — payments are approved in the window. Exit 0 on success; one line
and exit 1 (2 for a wrong option) on an error, and no file left behind.
"""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import EXIT_OK, EXIT_USAGE, CliError, add_db_option
from desktop.i18n import LANGUAGES, language, translate


def register(groups) -> None:
    payment = groups["print"].add_parser(
        "payment-list", help="what each member is owed up to a date, to sign, as PDF")
    add_db_option(payment)
    payment.add_argument("--cooperative", required=True, metavar="NAME",
                         help="the cooperative's name (or its RUC)")
    payment.add_argument("--to", dest="up_to", required=True, metavar="YYYY-MM-DD",
                         help="deliveries up to this date")
    payment.add_argument("--paid-on", dest="paid_on", metavar="YYYY-MM-DD",
                         help="the day of payment (default: today)")
    payment.add_argument("--lang", dest="doc_lang", choices=LANGUAGES,
                         help="language of the list (default: the program's)")
    payment.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    payment.add_argument("--workbook", type=Path, metavar="FILE.xlsx",
                         help="also the lines as a workbook, for a bank transfer")
    payment.set_defaults(func=print_payment_list)


def print_payment_list(args) -> int:
    from desktop.commands.common import existing_database, iso_date
    from desktop.reports.payment_list import write_payment_list, write_transfer_workbook
    from desktop.services.cooperative import cooperatives, payment_day

    up_to = iso_date(args.up_to)
    paid_on = iso_date(args.paid_on) if args.paid_on else None
    if args.out.suffix.lower() != ".pdf":
        raise CliError(translate("Cli", "The payment list's name must end in .pdf."),
                       EXIT_USAGE)
    if args.workbook is not None and args.workbook.suffix.lower() != ".xlsx":
        raise CliError(translate("Cli", "The workbook's name must end in .xlsx."), EXIT_USAGE)
    lang = args.doc_lang or language()
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            cooperative = cooperatives.cooperative_by_name(session, args.cooperative)
            data = payment_day.payment_list(session, cooperative.id, up_to, paid_on)
        path = write_payment_list(data, args.out, lang)
        if args.workbook is not None:
            write_transfer_workbook(data, args.workbook, lang)
    finally:
        database.close()
    print(translate("Cli", "Payment list of {cooperative} written to {path}: {members} "
                           "members.").format(cooperative=data.cooperative, path=path,
                                              members=len(data.lines)))
    return EXIT_OK

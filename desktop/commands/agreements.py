"""Printing agreements from the command line.

    conservation-desk print agreement NUMBER --db PATH [--lang es|en|both] --out FILE.pdf
    conservation-desk print agreements --db PATH [--status active] [--community NAME]
        [--ending-within DAYS] [--no-visit-12-months] [--lang es|en|both] --out FILE.pdf|DIR

`--out` is a folder (one file per agreement, named after its number) when it is an
existing folder, ends with a path separator, or has no `.pdf` suffix.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.commands.common import EXIT_OK, CliError, add_db_option, at_least, existing_database
from desktop.i18n import LANGUAGES, translate
from desktop.i18n.labels import LABELS

# Parsing the arguments imports neither SQLAlchemy nor reportlab: the choices come from the
# light modules (tests/cli check they equal desktop.db.agreement.AGREEMENT_STATUSES and
# desktop.reports.agreement.LANG_CHOICES).
AGREEMENT_STATUSES = tuple(LABELS["agreement_status"])
LANG_CHOICES = (*LANGUAGES, "both")


def register(groups) -> None:
    one = groups["print"].add_parser("agreement", help="one agreement as a PDF to sign")
    one.add_argument("number", help="the agreement number, e.g. AC-2026-0001")
    add_db_option(one)
    _document_options(one, "FILE.pdf")
    one.set_defaults(func=run_print_agreement)

    many = groups["print"].add_parser(
        "agreements", help="every agreement matching a filter, into one PDF or a folder")
    add_db_option(many)
    many.add_argument("--status", choices=AGREEMENT_STATUSES)
    many.add_argument("--community", metavar="NAME", help="community name (accents and "
                      "capitals do not matter)")
    many.add_argument("--ending-within", type=int, metavar="DAYS", dest="ending_within")
    many.add_argument("--no-visit-12-months", action="store_true", dest="no_visit")
    _document_options(many, "FILE.pdf|DIR")
    many.set_defaults(func=run_print_agreements)


def _document_options(parser, out_help: str) -> None:
    # dest differs from the global --lang (the language of messages, es or en)
    parser.add_argument("--lang", choices=LANG_CHOICES, default="es", dest="doc_lang",
                        help="language of the document: es, en or both (Spanish, then English)")
    parser.add_argument("--out", required=True, metavar=out_help, help="where to write")


def is_folder(raw: str) -> bool:
    """True when `--out` names a folder rather than a PDF file."""
    separators = tuple(s for s in (os.sep, os.altsep) if s)
    path = Path(raw)
    return raw.endswith(separators) or path.is_dir() or path.suffix.lower() != ".pdf"


def _cannot_write(out: Path, error: OSError) -> CliError:
    """One line naming the user's path (not the temporary file it was being written to)."""
    path = error.filename
    if path is None or str(path).endswith(".part") or ".printing-" in str(path):
        path = out
    return CliError(translate("Cli", "Cannot write or read {path}: {reason}").format(
        path=path, reason=error.strerror or error))


def run_print_agreement(args) -> int:
    from desktop.reports.printing import file_name, print_agreement

    out = Path(args.out)
    if is_folder(args.out):
        out = out / file_name(args.number)  # a number like "../../x" never leaves the folder
    database = existing_database(args.db_path, args.user_name)
    try:
        written = print_agreement(database, args.number, out, args.doc_lang)
    except OSError as error:
        raise _cannot_write(out, error) from error
    finally:
        database.close()
    print(translate("Cli", "Agreement {number} written to {path}.").format(
        number=args.number, path=written))
    return EXIT_OK


def _community_exists(database, name: str) -> bool:
    from desktop.services import registry
    from desktop.textnorm import fold

    with database.session() as session:
        return any(fold(c.name) == fold(name) for c in registry.list_communities(session))


def run_print_agreements(args) -> int:
    from desktop.services.agreements import AgreementFilter
    from desktop.reports.printing import print_agreements

    ending = None
    if args.ending_within is not None:
        ending = at_least(args.ending_within, 0, "--ending-within")
    folder = is_folder(args.out)
    out = Path(args.out)
    database = existing_database(args.db_path, args.user_name)
    try:
        if args.community and not _community_exists(database, args.community):
            raise CliError(translate("Cli", "There is no community named {name}.").format(
                name=args.community))
        flt = AgreementFilter(status=args.status, community_name=args.community,
                              ending_within_days=ending, no_visit_12_months=args.no_visit)
        try:
            written = print_agreements(database, flt, out, args.doc_lang,
                                       one_file_per_agreement=folder)
        except OSError as error:
            raise _cannot_write(out, error) from error
    finally:
        database.close()
    if folder:
        print(translate("Cli", "{count} agreements written to the folder {path}.").format(
            count=len(written), path=out))
    else:
        print(translate("Cli", "Agreements written to {path}.").format(path=written[0]))
    return EXIT_OK

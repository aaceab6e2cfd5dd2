"""`conservation-desk import KIND FILE --db PATH [--dry-run]` and
`conservation-desk export template KIND --out FILE.xlsx [--lang es|en]`.

Exit 0 when every row was imported (or, with --dry-run, would be: nothing is
written); exit 2 when any row is invalid: nothing is written, every bad row is
printed and listed in FILE.errors.xlsx beside the file. A file that cannot be read
as a spreadsheet at all (damaged, binary, not one) is also exit 2, in one line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.commands.common import EXIT_OK, EXIT_USAGE, CliError, add_db_option, existing_database
from desktop.i18n import LANGUAGES, language, translate

EXIT_INVALID_ROWS = 2


def register(groups) -> None:
    from desktop.services.imports import KINDS

    for name, kind in KINDS.items():
        parser = groups["import"].add_parser(name, help=kind.title.lower())
        parser.add_argument("file", type=Path, help="the .xlsx or .csv file")
        add_db_option(parser)
        parser.add_argument("--dry-run", action="store_true", dest="dry_run",
                            help="check everything and report, but write nothing")
        parser.set_defaults(func=run_import_command, kind=name)
    template = groups["export"].add_parser(
        "template", help="an empty workbook with the headers an import recognises")
    template.add_argument("kind", choices=list(KINDS))
    template.add_argument("--out", type=Path, required=True)
    template.add_argument("--lang", choices=LANGUAGES, dest="doc_lang",
                          help="language of the headers: es or en (default: the messages')")
    template.set_defaults(func=run_template)


def run_import_command(args) -> int:
    from desktop.reports.import_report import errors_path, write_errors
    from desktop.services.errors import ValidationError
    from desktop.services.imports import import_file

    if not args.file.is_file():
        raise CliError(translate("Cli", "There is no file {path}.").format(path=args.file))
    lang = language()
    database = existing_database(args.db_path, args.user_name)
    try:
        result = import_file(database, args.kind, args.file, dry_run=args.dry_run)
    except ValidationError as error:  # the file as a whole cannot be read
        raise CliError(error.text(lang), EXIT_INVALID_ROWS) from None
    finally:
        database.close()
    for line in result.summary_lines(lang):
        print(line)
    for note in result.warnings:
        print(translate("Import", "Note: {text}", lang).format(text=note.line(lang)))
    if result.errors:
        for issue in result.errors:
            print(issue.line(lang))
        bad = len(result.bad_rows())
        try:
            report = write_errors(result, args.file, lang)
        except OSError as error:  # a read-only folder: the list printed above is the report
            print(translate("Cli", "Cannot write or read {path}: {reason}", lang).format(
                path=errors_path(args.file), reason=error.strerror or error), file=sys.stderr)
            print(translate("Import", "Nothing was imported: {count} problem(s) in {rows} "
                            "row(s).", lang).format(count=len(result.errors), rows=bad),
                  file=sys.stderr)
        else:
            print(translate("Import", "Nothing was imported: {count} problem(s) in {rows} "
                            "row(s). The list is in {path}.", lang).format(
                count=len(result.errors), rows=bad, path=report), file=sys.stderr)
        return EXIT_INVALID_ROWS
    stale = errors_path(args.file)
    if args.dry_run:
        print(translate("Import", "Dry run: all {rows} rows are valid; nothing was written.",
                        lang).format(rows=result.rows))
    else:
        print(translate("Import", "Imported {rows} rows from {path}.", lang).format(
            rows=result.rows, path=args.file))
    if stale.exists():
        print(translate("Import", "{path} is from an earlier attempt.", lang).format(
            path=stale))
    return EXIT_OK


def run_template(args) -> int:
    from desktop.reports.import_report import write_template

    if args.out.suffix.lower() != ".xlsx":
        raise CliError(translate("Cli", "The workbook's name must end in .xlsx."), EXIT_USAGE)
    path = write_template(args.kind, args.out, args.doc_lang or language())
    print(translate("Import", "Template written to {path}.").format(path=path))
    return EXIT_OK


__all__ = ["register"]

"""`conservation-desk print attendance-sheet --db PATH --session ID --lang es|en --out FILE.pdf`."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import EXIT_OK, CliError, add_db_option, existing_database
from desktop.i18n import LANGUAGES, language, translate


def register(groups) -> None:
    sheet = groups["print"].add_parser(
        "attendance-sheet", help="the sign-in sheet of a training session (PDF)")
    add_db_option(sheet)
    sheet.add_argument("--session", required=True, dest="session_id",
                       help="the session's id (or its first 8 characters)")
    # dest differs from the root --lang (the messages' language), which it must not overwrite
    sheet.add_argument("--lang", choices=LANGUAGES, dest="document_lang",
                       help="language of the sheet: es or en (default: the messages' language)")
    sheet.add_argument("--out", type=Path, required=True, dest="out",
                       help="the PDF file to write")
    sheet.add_argument("--blank-lines", type=int, default=None, dest="blank_lines",
                       help="empty lines for unregistered participants (default: fill the page)")
    sheet.add_argument("--family", action="append", dest="families", metavar="CODE",
                       help="a family invited (repeat for each); default: the families of "
                            "the members already on the session's list")
    sheet.set_defaults(func=print_attendance_sheet)


def print_attendance_sheet(args) -> int:
    if args.blank_lines is not None and not 0 <= args.blank_lines <= 500:
        raise CliError(translate("Cli", "--blank-lines must be between 0 and 500."))
    if args.out.is_dir():
        raise CliError(translate("Cli", "{path} is a folder; give a file name ending in .pdf.")
                       .format(path=args.out))
    from desktop.reports.attendance_sheet import build_attendance_sheet
    from desktop.services import training

    from desktop.services.errors import NotFound

    lang = args.document_lang or language()
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            found = training.find_session(session, args.session_id)
            family_ids = None
            if args.families:
                family_ids = [_family_id(session, code) for code in args.families]
            data = training.sheet_data(session, found.id, family_ids)
    except NotFound:
        raise CliError(translate("Cli", "There is no training session with id “{key}”.")
                       .format(key=args.session_id)) from None
    finally:
        database.close()
    path = build_attendance_sheet(data, args.out, lang, args.blank_lines)
    print(translate("Cli", "Attendance sheet of “{topic}” written to {path} "
                    "({members} registered members listed).").format(
        topic=data.topic, path=path, members=len(data.people)))
    return EXIT_OK


def _family_id(session, code: str) -> str:
    from desktop.services import registry
    from desktop.services.errors import NotFound

    try:
        return registry.family_by_code(session, code).id
    except NotFound:
        raise CliError(translate("Cli", "There is no family with code “{code}”.")
                       .format(code=code)) from None


__all__ = ["register"]

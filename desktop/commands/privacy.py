"""`conservation-desk print security-document --db DB --out FILE.pdf [--lang es|en]`: the
programme's security document (Ley 29733), written from the program's own settings; and
`conservation-desk print person-data --db DB --dni DNI --out FILE.pdf`: everything held about
one person, for their request of access."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import EXIT_OK, CliError, add_db_option, existing_database
from desktop.i18n import LANGUAGES, language, translate


def register(groups) -> None:
    document = groups["print"].add_parser(
        "security-document", help="the programme's security document (Ley 29733), as PDF")
    person = groups["print"].add_parser(
        "person-data", help="everything held about one person, for their request of access")
    person.add_argument("--dni", required=True, help="the person's DNI")
    for parser in (document, person):
        add_db_option(parser)
        # dest differs from the root --lang (the messages' language)
        parser.add_argument("--lang", choices=LANGUAGES, dest="document_lang",
                            help="language of the document (default: the messages' language)")
        parser.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    document.set_defaults(func=print_security_document)
    person.set_defaults(func=print_person_data)


def _checked_out(out: Path) -> Path:
    if out.is_dir():
        raise CliError(translate("Cli", "{path} is a folder; give a file name ending in .pdf.")
                       .format(path=out))
    return out


def print_security_document(args) -> int:
    from desktop.reports.security_document import write_security_document
    from desktop.services.people.security import security_facts

    out, lang = _checked_out(args.out), args.document_lang or language()
    database = existing_database(args.db_path, args.user_name)
    try:
        shown = getattr(database.path, "shown", str(database.path))
        with database.session() as session:
            facts = security_facts(session, shown)
    finally:
        database.close()
    path = write_security_document(facts, out, lang)
    print(translate("Cli", "Security document written to {path}.").format(path=path))
    return EXIT_OK


def print_person_data(args) -> int:
    from desktop.reports.person_file import write_person_file
    from desktop.services import people

    out, lang = _checked_out(args.out), args.document_lang or language()
    database = existing_database(args.db_path, args.user_name)
    try:
        with database.session() as session:
            person_id = people.person_by_dni(session, args.dni)
            if person_id is None:
                raise CliError(translate("Cli", "Nobody in the register has DNI {dni}.")
                               .format(dni=args.dni))
            data = people.person_file(session, person_id, lang)
    finally:
        database.close()
    path = write_person_file(data, out, lang)
    print(translate("Cli", "The data held about {name} written to {path}.").format(
        name=data.name, path=path))
    return EXIT_OK


__all__ = ["register"]

"""Cancellation (Ley 29733, ARCO): a person's data erased on request, the person still counted.

What identifies the person goes: names, DNI, birth date and phone on the person; the copies
of the name on the agreements they signed, the attendance lines and the benefits they
received; a name written in their consents' notes or in the reason given for a change; the
old values of those fields in the audit trail (the one place the audit is
rewritten: the law asks that the data be gone, not kept as history). What the figures need
stays: the person as a member of the family (sex, relationship to the head), the
agreements, attendance, deliveries and payments. Each agreement they signed gets a note.

Then the file itself: SQLite keeps deleted bytes in free space and in the journal, so the
write runs with `secure_delete`, the family search index is rebuilt without the old words,
the file is compacted (VACUUM) and the journal emptied. A backup taken after that holds no
trace; older backups still do until they are thinned, and the window says so. On a central
PostgreSQL the rows are changed the same way and the server's VACUUM reclaims the old
versions.

Irreversible: administrators only, and the window asks twice.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, BenefitDelivery, Signatory
from desktop.db.audit import AuditEntry
from desktop.db.person import Person, PersonConsent
from desktop.db.search_index import rebuild
from desktop.db.training import Attendance
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import live
from desktop.services.errors import ValidationError
from desktop.services.people.permissions import require

#: What an anonymised person is called from now on (data, in the programme's language).
ANONYMOUS = "Persona anonimizada"
SIGNATORY_NOTE = ("Firmante anonimizado/a a su pedido el {day:%d/%m/%Y} (Ley 29733). / "
                  "Signatory anonymised on request on {day:%Y-%m-%d}.")
#: Fields whose old values are erased from the audit trail.
IDENTIFYING = ("given_names", "paternal_surname", "maternal_surname", "dni", "birth_date",
               "phone", "name", "received_by_name")
ERASED = "•"
ALREADY = QT_TRANSLATE_NOOP("Privacy", "This person was already anonymised.")


def is_anonymised(person: Person) -> bool:
    return person.given_names == ANONYMOUS and person.dni is None


def anonymise_person(session: Session, person_id: str, today: date | None = None) -> None:
    """Erase what identifies the person (see the module's docstring); commits."""
    require(session, "people.anonymise")
    person = live(session, Person, person_id, "person")
    if is_anonymised(person):
        raise ValidationError.single(None, ALREADY)
    today = today or date.today()
    words = [w for w in (person.dni, person.phone, person.given_names, person.paternal_surname,
                         person.maternal_surname, person.full_name) if w and len(w) >= 3]
    postgres = session.get_bind().dialect.name == "postgresql"
    if not postgres:
        session.execute(text("PRAGMA secure_delete = ON"))
    person.given_names, person.paternal_surname, person.maternal_surname = ANONYMOUS, "", ""
    person.dni, person.birth_date, person.phone = None, None, ""
    signed = session.scalars(select(Signatory).where(Signatory.person_id == person_id)).all()
    for signatory in signed:
        signatory.name, signatory.dni = ANONYMOUS, None
    note = SIGNATORY_NOTE.format(day=today)
    for agreement in session.scalars(select(Agreement).where(
            Agreement.id.in_({s.agreement_id for s in signed}))):
        agreement.notes = f"{agreement.notes}\n{note}".strip()
    for line in session.scalars(select(Attendance).where(Attendance.person_id == person_id)):
        line.name = ""
    for delivery in session.scalars(select(BenefitDelivery).where(
            BenefitDelivery.received_by_id == person_id)):
        delivery.received_by_name = ANONYMOUS
    consents = session.scalars(select(PersonConsent).where(
        PersonConsent.person_id == person_id)).all()
    for consent in consents:  # the answers stay (what was agreed); a name in a note goes
        consent.notes = erase_words(consent.notes, words)
    session.flush()  # the hooks write this change to the audit; it is scrubbed next
    ids = {person_id, *(s.id for s in signed), *(c.id for c in consents)}
    ids |= set(session.scalars(select(Attendance.id).where(Attendance.person_id == person_id)))
    ids |= set(session.scalars(select(BenefitDelivery.id).where(
        BenefitDelivery.received_by_id == person_id)))
    scrub_audit(session, ids, words)
    session.commit()
    if not postgres:
        compact(session.get_bind())


def scrub_audit(session: Session, record_ids: set[str], words: list[str]) -> None:
    """Erase the identifying values from the audit entries of `record_ids`, and from any
    other entry that still carries one of `words` (a name typed into a note, say)."""
    found = or_(AuditEntry.entity_id.in_(record_ids),
                *(AuditEntry.changes.contains(word) for word in words),
                *(AuditEntry.reason.contains(word) for word in words))
    for entry in session.scalars(select(AuditEntry).where(found)):
        # Why the person's own data was corrected tells their old data: it goes whole.
        own = entry.entity_id in record_ids and entry.reason
        entry.reason = ERASED if own else erase_words(entry.reason, words)
        changes = json.loads(entry.changes)
        for field, values in changes.items():
            if entry.entity_id in record_ids and field in IDENTIFYING:
                changes[field] = [ERASED if v not in (None, "") else v for v in values]
            else:
                changes[field] = [erase_words(v, words) for v in values]
        entry.changes = json.dumps(changes, ensure_ascii=False, sort_keys=True)


def erase_words(value, words: list[str]):
    if not isinstance(value, str):
        return value
    for word in sorted(words, key=len, reverse=True):
        value = value.replace(word, ERASED)
    return value


def compact(engine) -> None:
    """Leave no old bytes in the file: VACUUM (outside any transaction), rebuild the search
    index (VACUUM may renumber the families' rowids it is keyed by), empty the journal."""
    with engine.connect() as connection:
        connection.connection.driver_connection.execute("VACUUM")
    with engine.begin() as connection:
        rebuild(connection)
    with engine.connect() as connection:
        connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


__all__ = ["ANONYMOUS", "anonymise_person", "is_anonymised"]

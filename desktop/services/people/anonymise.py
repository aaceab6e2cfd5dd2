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
from desktop.db.sync import SyncConflict
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


#: What identifies a person, as anonymising leaves it.
ANONYMISED_VALUES = {"given_names": ANONYMOUS, "paternal_surname": "", "maternal_surname": "",
                     "dni": None, "birth_date": None, "phone": ""}


def is_anonymised(person: Person) -> bool:
    return person.given_names == ANONYMOUS and person.dni is None


def identifying_words(person: Person) -> list[str]:
    """What of the person may be written elsewhere (notes, reasons): to erase it there."""
    return [w for w in (person.dni, person.phone, person.given_names, person.paternal_surname,
                        person.maternal_surname, person.full_name) if w and len(w) >= 3]


def person_records(session: Session, person_ids: set[str]) -> set[str]:
    """The persons and the records that copy their data (signatures, consents, attendance
    lines, benefits received): whose audit entries hold it."""
    ids = set(person_ids)
    for column, key in ((Signatory.id, Signatory.person_id), (PersonConsent.id,
                        PersonConsent.person_id), (Attendance.id, Attendance.person_id),
                        (BenefitDelivery.id, BenefitDelivery.received_by_id)):
        ids |= set(session.scalars(select(column).where(key.in_(person_ids))))
    return ids


def anonymise_person(session: Session, person_id: str, today: date | None = None) -> None:
    """Erase what identifies the person (see the module's docstring); commits."""
    require(session, "people.anonymise")
    person = live(session, Person, person_id, "person")
    if is_anonymised(person):
        raise ValidationError.single(None, ALREADY)
    today = today or date.today()
    words = identifying_words(person)
    postgres = session.get_bind().dialect.name == "postgresql"
    if not postgres:
        session.execute(text("PRAGMA secure_delete = ON"))
    for name, value in ANONYMISED_VALUES.items():
        setattr(person, name, value)
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
    records = person_records(session, {person_id})
    scrub_audit(session, records, words)
    scrub_conflicts(session, records, words)
    session.commit()
    if not postgres:
        compact(session.get_bind())


def scrub_audit(session: Session, record_ids: set[str], words: list[str],
                fields: tuple[str, ...] = IDENTIFYING) -> None:
    """Erase the values of `fields` from the audit entries of `record_ids`, and `words`
    from any other entry that still carries one (a name typed into a note, say)."""
    found = or_(AuditEntry.entity_id.in_(record_ids),
                *(AuditEntry.changes.contains(word) for word in words),
                *(AuditEntry.reason.contains(word) for word in words))
    for entry in session.scalars(select(AuditEntry).where(found)):
        # Why the person's own data was corrected tells their old data: it goes whole.
        own = entry.entity_id in record_ids and entry.reason
        entry.reason = ERASED if own else erase_words(entry.reason, words)
        changes = json.loads(entry.changes)
        for field, values in changes.items():
            if entry.entity_id in record_ids and field in fields:
                changes[field] = [ERASED if v not in (None, "") else v for v in values]
            else:
                changes[field] = [erase_words(v, words) for v in values]
        entry.changes = json.dumps(changes, ensure_ascii=False, sort_keys=True)


def scrub_conflicts(session: Session, record_ids: set[str], words: list[str]) -> None:
    """Erase the identifying values from the sync conflicts kept about `record_ids` (both
    versions of a conflicting edit wait there for a person to decide), and from the audit
    of those conflicts."""
    kept = session.scalars(select(SyncConflict).where(
        SyncConflict.record_id.in_(record_ids))).all()
    for conflict in kept:
        for side in ("their_values", "our_values"):
            values = json.loads(getattr(conflict, side) or "{}")
            for field, value in values.items():
                if field in IDENTIFYING and value not in (None, ""):
                    values[field] = ANONYMISED_VALUES.get(field, ERASED)
                else:
                    values[field] = erase_words(value, words)
            setattr(conflict, side, json.dumps(values, ensure_ascii=False, sort_keys=True))
    if kept:
        session.flush()  # the hooks audit this change; its old values go next
        scrub_audit(session, {c.id for c in kept}, words, ("their_values", "our_values"))


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


__all__ = ["ANONYMISED_VALUES", "ANONYMOUS", "anonymise_person", "identifying_words",
           "is_anonymised", "person_records", "scrub_audit", "scrub_conflicts"]

"""A person anonymised in one office is anonymised in every database the sync reaches.

Anonymising (desktop.services.people.anonymise) rewrites the person and the records that
copy their data, which travel as ordinary edits, and scrubs the audit trail where it runs.
The audit trail travels but is never rewritten by a sync, so each database scrubs its own
when the anonymised person arrives: the words to erase are read from the person as held
here, before the incoming row replaces it. Afterwards the anonymisation stands:

* an audit entry that arrives later about the person's records (an office that synced late)
  has its identifying fields erased as it is taken in;
* an edit of the person made elsewhere before it was anonymised keeps what it changed
  (relationship, sex…) but not the identifying fields: those stay anonymised;
* an anonymisation that meets an edit made here is kept as a conflict for the other fields,
  but the person is anonymised here at once, and the conflicts kept about the person lose
  the identifying values.

Left for the anonymising office's backups and files: a name typed into a note of another
record, arriving later from an office that never saw the anonymisation, is not found (the
words are gone by then).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import BenefitDelivery, Signatory
from desktop.db.person import Person, PersonConsent
from desktop.db.training import Attendance
from desktop.services.people.anonymise import (
    ANONYMISED_VALUES, identifying_words, is_anonymised, person_records, scrub_audit,
    scrub_conflicts,
)
from desktop.services.sync.apply import chunks, is_audit

PERSONS = "persons"
#: How a record that copies a person's data names that person.
OWNERS = ((Signatory.id, Signatory.person_id), (PersonConsent.id, PersonConsent.person_id),
          (Attendance.id, Attendance.person_id), (BenefitDelivery.id,
                                                   BenefitDelivery.received_by_id))


def _anonymised(fields: dict) -> bool:
    return fields.get("given_names") == ANONYMISED_VALUES["given_names"] \
        and fields.get("dni") is None


class Anonymisations:
    """Watches the rows of one package as they are applied: `before(table, rows)` ahead of
    writing each table's rows, `finish()` once all are written (the caller commits)."""

    def __init__(self, session: Session):
        self.session = session
        self.words: dict[str, list[str]] = {}  # persons anonymised by this package
        self.audited: set[str] = set()  # records the package's audit entries are about

    def before(self, table: str, rows: list[dict]) -> None:
        if is_audit(table):
            self.audited |= {row["f"].get("entity_id") for row in rows} - {None}
        if table != PERSONS:
            return
        held: dict[str, Person] = {}
        for part in chunks([row["f"]["id"] for row in rows]):
            held.update((p.id, p) for p in self.session.scalars(
                select(Person).where(Person.id.in_(part))))
        for row in rows:
            fields, ours = row["f"], held.get(row["f"]["id"])
            if ours is None:
                continue
            if _anonymised(fields) and not is_anonymised(ours):
                self.words[ours.id] = identifying_words(ours)
            elif is_anonymised(ours) and not _anonymised(fields):
                fields.update(ANONYMISED_VALUES)  # an older edit does not bring the name back

    def finish(self) -> None:
        """Scrub the audit of the persons this package anonymised, and the identifying
        fields of audit entries it brought about persons anonymised here."""
        session = self.session
        session.flush()
        for person_id, words in self.words.items():
            person = session.get(Person, person_id)
            if person is not None and not is_anonymised(person):
                # the package's version met an edit made here: kept as a conflict for the
                # other fields, but the anonymisation itself stands (an edit of this database)
                for name, value in ANONYMISED_VALUES.items():
                    setattr(person, name, value)
                session.flush()
            records = person_records(session, {person_id})
            scrub_audit(session, records, words)
            scrub_conflicts(session, records, words)
        late = self._anonymised_owners(self.audited) - set(self.words)
        if late:
            records = person_records(session, late)
            scrub_audit(session, records, [])
            scrub_conflicts(session, records, [])

    def _anonymised_owners(self, record_ids: set[str]) -> set[str]:
        """The anonymised persons among `record_ids` and the owners of those records."""
        if not record_ids:
            return set()
        ids, owners = list(record_ids), set()
        for part in chunks(ids):
            owners |= set(part) & set(self.session.scalars(
                select(Person.id).where(Person.id.in_(part))))
            for column, owner in OWNERS:
                owners |= set(self.session.scalars(select(owner).where(column.in_(part))))
        owners.discard(None)
        found: set[str] = set()
        for part in chunks(list(owners)):
            found |= set(self.session.scalars(select(Person.id).where(
                Person.id.in_(part), Person.given_names == ANONYMISED_VALUES["given_names"],
                Person.dni.is_(None))))
        return found

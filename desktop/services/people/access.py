"""Access (Ley 29733, ARCO): everything the register holds about one person, gathered for the
printed answer to their request (issue 14 item 4).

One section per kind of data: their registration, their family and its plots, the
agreements they signed, the consent given for their family's agreements and their own
consents per purpose, the trainings
they attended, their deliveries and payments to the cooperative, and who changed what. Each
section names its columns with the fields the window and the workbooks use, so the printed
answer reads like the rest of the program.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, ConsentRecord, Signatory
from desktop.db.cooperative import Delivery, Membership
from desktop.db.person import Person, PersonConsent
from desktop.db.training import Attendance, TrainingSession
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.agreements.fields import AGREEMENT_FIELDS, CONSENT_FIELDS, SIGNATORY_FIELDS
from desktop.services.common import live
from desktop.services.cooperative.fields import DELIVERY_FIELDS
from desktop.services.fields import Field, by_name
from desktop.services.people.audit import record_history
from desktop.services.people.fields import PERSON_CONSENT_FIELDS
from desktop.services.people.permissions import require
from desktop.services.registry.fields import FAMILY_FIELDS, PERSON_FIELDS, PLOT_FIELDS
from desktop.services.training.fields import TRAINING_SESSION_FIELDS

AGREEMENT, SIGNATORY, CONSENT = (by_name(f) for f in (AGREEMENT_FIELDS, SIGNATORY_FIELDS,
                                                       CONSENT_FIELDS))
FAMILY, DELIVERY, SESSION = (by_name(f) for f in (FAMILY_FIELDS, DELIVERY_FIELDS,
                                                   TRAINING_SESSION_FIELDS))


@dataclass
class Section:
    """A titled table: `fields` name the columns, each row holds their values."""

    title: str  # marked with QT_TRANSLATE_NOOP("PersonFile", …)
    fields: list[Field]
    rows: list[list] = field(default_factory=list)
    one_record: bool = False  # printed as label and value, one per line


@dataclass
class PersonFile:
    name: str
    family_code: str
    sections: list[Section]
    history: list[list[str]]  # AUDIT_FIELDS' cells, oldest first, in the language asked


def person_file(session: Session, person_id: str, lang: str | None = None) -> PersonFile:
    """What the register holds about the person; their own data, so the right to export
    personal data is needed."""
    require(session, "export.personal")
    person = live(session, Person, person_id, "person")
    family = person.family
    registration = list(PERSON_FIELDS)
    household = [FAMILY[name] for name in ("code", "address", "phone", "inside_forest")
                 if name in FAMILY]
    sections = [
        Section(QT_TRANSLATE_NOOP("PersonFile", "Registration"), registration,
                [[getattr(person, f.name) for f in registration]], one_record=True),
        Section(QT_TRANSLATE_NOOP("PersonFile", "Family"), household,
                [[getattr(family, f.name) for f in household]], one_record=True),
        Section(QT_TRANSLATE_NOOP("PersonFile", "The family's plots"), PLOT_FIELDS,
                [[getattr(p, f.name) for f in PLOT_FIELDS]
                 for p in family.plots if p.deleted_at is None]),
    ]
    signed = session.execute(
        select(Agreement, Signatory).join(Signatory, Signatory.agreement_id == Agreement.id)
        .where(Signatory.person_id == person_id, Signatory.deleted_at.is_(None),
               Agreement.deleted_at.is_(None)).order_by(Agreement.start_date)).all()
    columns = [AGREEMENT["number"], AGREEMENT["status"], AGREEMENT["start_date"],
               AGREEMENT["end_date"], SIGNATORY["role"], SIGNATORY["uses_thumbprint"]]
    sections.append(Section(QT_TRANSLATE_NOOP("PersonFile", "Agreements signed"), columns, [
        [a.number, a.status, a.start_date, a.end_date, s.role, s.uses_thumbprint]
        for a, s in signed]))
    consent = [CONSENT[n] for n in ("informed_on", "language", "explained_by", "copy_given")]
    sections.append(Section(QT_TRANSLATE_NOOP("PersonFile", "Consent records"),
                            [AGREEMENT["number"], *consent], [
        [number, *(getattr(c, f.name) for f in consent)]
        for c, number in session.execute(
            select(ConsentRecord, Agreement.number)
            .join(Agreement, Agreement.id == ConsentRecord.agreement_id)
            .where(Agreement.family_id == family.id, ConsentRecord.deleted_at.is_(None),
                   Agreement.deleted_at.is_(None)).order_by(ConsentRecord.informed_on))]))
    own = session.scalars(select(PersonConsent).where(
        PersonConsent.person_id == person_id, PersonConsent.deleted_at.is_(None))
        .order_by(PersonConsent.informed_on, PersonConsent.created_at)).all()
    sections.append(Section(QT_TRANSLATE_NOOP("PersonFile", "Their own consents"),
                            PERSON_CONSENT_FIELDS,
                            [[getattr(c, f.name) for f in PERSON_CONSENT_FIELDS] for c in own]))
    attended = [SESSION[n] for n in ("held_on", "topic", "kind", "place", "hours")]
    sections.append(Section(QT_TRANSLATE_NOOP("PersonFile", "Trainings attended"), attended, [
        [getattr(t, f.name) for f in attended]
        for t in session.scalars(
            select(TrainingSession).join(Attendance, Attendance.session_id == TrainingSession.id)
            .where(Attendance.person_id == person_id, Attendance.deleted_at.is_(None),
                   TrainingSession.deleted_at.is_(None)).order_by(TrainingSession.held_on))]))
    delivered = [DELIVERY[n] for n in ("receipt_number", "delivered_on", "product", "net_kg",
                                       "amount_pen", "paid_on", "voided_at")]
    sections.append(Section(QT_TRANSLATE_NOOP("PersonFile", "Deliveries and payments"),
                            delivered, [
        [getattr(d, f.name) for f in delivered]
        for d in session.scalars(
            select(Delivery).join(Membership, Membership.id == Delivery.membership_id)
            .where(Membership.person_id == person_id, Delivery.deleted_at.is_(None))
            .order_by(Delivery.delivered_on, Delivery.sequence))]))
    records = [person_id, *(s.id for _, s in signed), *(c.id for c in own), *session.scalars(
        select(Attendance.id).where(Attendance.person_id == person_id))]
    history = [row.cells(lang) for row in record_history(session, *records)]
    return PersonFile(person.full_name, family.code, sections, history)


def person_by_dni(session: Session, dni: str) -> str | None:
    """The id of the living person holding `dni`, for whom may export personal data (asked
    first, so a refused user does not learn whether the DNI is known)."""
    require(session, "export.personal")
    return session.scalar(select(Person.id).where(Person.dni == dni.strip(),
                                                  Person.deleted_at.is_(None)))


__all__ = ["PersonFile", "Section", "person_by_dni", "person_file"]

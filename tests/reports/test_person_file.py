"""The answer to a request of access (Ley 29733): the PDF lists everything held about a demo
person — registration, family, plots, agreements signed, consent, trainings, deliveries and
payments, and who changed what — read back with a text extractor (issue 14 item 4)."""

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.db.agreement import Signatory
from desktop.db.cooperative import Delivery, Membership
from desktop.db.person import Person
from desktop.db.training import Attendance
from desktop.demo.builder import build_demo
from desktop.reports.person_file import write_person_file
from desktop.services import people, registry
from desktop.services.people import Actor, PermissionDenied


def text_of(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from desktop.services.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path, backup_dir=path.parent / "b")
    build_demo(database, families=120)
    yield database
    database.close()


def busiest_person(session) -> str:
    """A member who signed, attended and delivered: every section has rows."""
    return session.execute(
        select(Membership.person_id)
        .join(Delivery, Delivery.membership_id == Membership.id)
        .where(Membership.person_id.in_(select(Signatory.person_id)),
               Membership.person_id.in_(select(Attendance.person_id)))
        .group_by(Membership.person_id).order_by(func.count().desc()).limit(1)).scalar_one()


@pytest.mark.parametrize("lang, words", [
    ("es", ["Datos personales", "Inscripción", "Acuerdos firmados", "Capacitaciones",
            "Entregas y pagos", "Ley 29733", "Página 1 de"]),
    ("en", ["Personal data held about", "Registration", "Agreements signed",
            "Trainings attended", "Deliveries and payments", "Ley 29733", "Page 1 of"])])
def test_the_access_pdf_lists_everything_held(demo, tmp_path, lang, words):
    with demo.session() as session:
        person_id = busiest_person(session)
        data = people.person_file(session, person_id, lang)
        person = session.get(Person, person_id)
        dni, receipts = person.dni, session.scalars(
            select(Delivery.receipt_number).join(Membership)
            .where(Membership.person_id == person_id)).all()
    out = write_person_file(data, tmp_path / "person.pdf", lang)
    text = text_of(out)
    for word in words:
        assert word in text, word
    assert data.name in text and data.family_code in text
    if dni:
        assert dni in text
    assert receipts and all(r in text for r in receipts[:5])
    assert all(section.rows for section in data.sections
               if section.title not in ("Consent records", "Their own consents"))


def test_only_whom_may_export_personal_data_may_print_it(family, database):
    with database.session() as session:
        person_id = registry.get_family(session, family.id).head.id
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    for role, may in (("coordinator", True), ("office", False), ("cooperative", False)):
        database.actor = Actor("Someone", role)
        with database.session() as session:
            if may:
                assert people.person_file(session, person_id).name == "José Núñez Pérez"
            else:
                with pytest.raises(PermissionDenied):
                    people.person_file(session, person_id)

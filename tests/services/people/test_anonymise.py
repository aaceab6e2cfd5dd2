"""Cancellation (Ley 29733): a person anonymised on request leaves no trace of their name or
DNI in the database, its journal or a new backup, and every figure stays as it was (issue 14
item 4)."""

from datetime import date

import pytest

from desktop.db.backup import backup_database
from desktop.services import agreements, people, registry, training
from desktop.services.errors import ValidationError
from desktop.services.people import Actor, PermissionDenied

#: The conftest family's head: José Núñez Pérez, DNI 01234567, born 1980-05-04.
TRACES = ["01234567", "Núñez", "José", "987654321", "Josué Abelardo"]


@pytest.fixture
def registered(family, community, database):
    """José signed a draft, attended a training, had his phone changed; then users exist."""
    with database.session() as session:
        for number in range(40):  # neighbours on the same pages of the file
            registry.create_family(session, {"community_id": community.id}, {
                "given_names": f"Vecina {number}", "paternal_surname": "Tapia",
                "sex": "F", "dni": f"{70000000 + number}"})
        head = registry.get_family(session, family.id).head
        registry.update_member(session, head.id, {"given_names": "Josué Abelardo"})
        registry.update_member(session, head.id, {
            "given_names": "José", "phone": "987654321",
            "change_reason": "José Núñez pidió corregir su nombre (Josué Abelardo)"})
        people.record_person_consent(session, head.id, {
            "purpose": "photos", "answer": "agrees", "informed_on": "2025-01-15",
            "explained_by": "Ing. Ana Salazar", "notes": "José Núñez Pérez firmó la hoja"})
        draft = agreements.create_agreement(session, family.id, {
            "start_date": "05/01/2026", "end_date": "04/01/2029"})
        course = training.save_session(session, {
            "topic": "Poda del cafetal", "kind": "coffee", "held_on": "2025-01-15",
            "community_id": community.id, "facilitator": "Ing. Ana Salazar", "hours": "3"})
        training.add_member(session, course.id, head.id)
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
        ids = head.id, draft.id, course.id
    database.actor = Actor("Ana", "admin")
    return ids


def figures(session, family_id, course_id):
    family = registry.get_family(session, family_id)
    return (len(family.living_members), family.head.sex, family.head.relation,
            len(training.list_attendance(session, course_id)))


def test_no_trace_is_left_and_the_figures_stay(database, family, registered, tmp_path):
    person_id, agreement_id, course_id = registered
    with database.session() as session:
        before = figures(session, family.id, course_id)
        assert registry.count_families(session, "Núñez") == 1
    with database.session() as session:
        people.anonymise_person(session, person_id, today=date(2026, 11, 30))
    with database.session() as session:
        assert figures(session, family.id, course_id) == before
        person = registry.get_family(session, family.id).head
        assert people.is_anonymised(person)
        assert (person.dni, person.birth_date, person.phone) == (None, None, "")
        agreement = agreements.get_agreement(session, agreement_id)
        assert "anonimizado/a a su pedido el 30/11/2026" in agreement.notes
        assert [s.name for s in agreement.signatories][0] == people.ANONYMOUS
        assert not any("José" in s.name for s in agreement.signatories)
        assert registry.count_families(session, "Núñez") == 0  # the search forgot him too
        assert registry.count_families(session, family.code) == 1
    database.close()
    wal = database.path.with_name(database.path.name + "-wal")
    new_backup = backup_database(database.path, tmp_path / "after")
    for path in (database.path, wal, new_backup):
        content = path.read_bytes() if path.exists() else b""
        for trace in TRACES:
            assert trace.encode() not in content, (path.name, trace)


def test_only_an_administrator_may_and_only_once(database, registered):
    person_id = registered[0]
    database.actor = Actor("Luis", "coordinator")
    with database.session() as session, pytest.raises(PermissionDenied):
        people.anonymise_person(session, person_id)
    database.actor = Actor("Ana", "admin")
    with database.session() as session:
        people.anonymise_person(session, person_id)
    with database.session() as session, pytest.raises(ValidationError) as again:
        people.anonymise_person(session, person_id)
    assert "already anonymised" in again.value.text("en")

"""A consent record per person and purpose, and the reason of a correction in the audit
(Ley 29733: consent and rectification; issue 14 items 3 and 4)."""

import json
from datetime import date, timedelta

import pytest

from desktop.db.audit import AuditEntry
from desktop.services import people, registry
from desktop.services.errors import ValidationError
from desktop.services.office import set_office
from desktop.services.people import Actor, PermissionDenied


def answer(**extra):
    values = {"purpose": "sharing", "answer": "agrees", "informed_on": "10/03/2026",
              "explained_by": "Rosa Tapia (promotora)"}
    values.update(extra)
    return values


def test_the_newest_answer_holds_and_every_answer_is_kept(database, family):
    with database.session() as session:
        head = registry.get_family(session, family.id).head
        assert people.current_answers(session, head.id) == {
            "registration": None, "photos": None, "sharing": None}
        people.record_person_consent(session, head.id, answer())
        people.record_person_consent(session, head.id, answer(purpose="photos"))
        people.record_person_consent(session, head.id, answer(answer="refuses",
                                                              informed_on="20/06/2026"))
    with database.session() as session:
        assert people.current_answers(session, head.id) == {
            "registration": None, "photos": "agrees", "sharing": "refuses"}
        kept = people.person_consents(session, head.id)
        assert [(c.purpose, c.answer) for c in kept] == [
            ("photos", "agrees"), ("sharing", "agrees"), ("sharing", "refuses")]


@pytest.mark.parametrize("bad, field", [
    ({"purpose": ""}, "purpose"),
    ({"purpose": "selling"}, "purpose"),
    ({"answer": ""}, "answer"),
    ({"explained_by": "  "}, "explained_by"),
    ({"informed_on": (date.today() + timedelta(days=2)).strftime("%d/%m/%Y")}, "informed_on"),
    ({"informed_on": "01/01/1970"}, "informed_on"),  # before José was born (1980)
])
def test_an_answer_is_validated_and_nothing_is_kept_when_it_is_wrong(database, family, bad,
                                                                      field):
    with database.session() as session:
        head = registry.get_family(session, family.id).head
        with pytest.raises(ValidationError) as raised:
            people.record_person_consent(session, head.id, answer(**bad))
        assert field in {e.field for e in raised.value.errors}
    with database.session() as session:
        assert people.person_consents(session, head.id) == []


def test_only_who_registers_families_records_consent(database, family):
    with database.session() as session:
        head_id = registry.get_family(session, family.id).head.id
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    for role, may in (("office", True), ("coordinator", False), ("cooperative", False),
                      ("viewer", False)):
        database.actor = Actor("Someone", role)
        with database.session() as session:
            if may:
                people.record_person_consent(session, head_id, answer())
            else:
                with pytest.raises(PermissionDenied):
                    people.record_person_consent(session, head_id, answer())


def test_a_correction_keeps_its_reason_and_the_workstation_in_the_audit(database, family):
    with database.session() as session:
        set_office(session, "MOY1", "Oficina Moyobamba")
    with database.session() as session:
        head = registry.get_family(session, family.id).head
        registry.update_member(session, head.id, {
            "dni": "01234568", "change_reason": "La persona mostró su DNI: un dígito errado"})
        registry.update_member(session, head.id, {"phone": "912345678"})
    with database.session() as session:
        entries = session.query(AuditEntry).filter_by(entity="persons", entity_id=head.id,
                                                      action="update").order_by(AuditEntry.at)
        corrected, plain = entries.all()
        assert json.loads(corrected.changes)["dni"] == ["01234567", "01234568"]
        assert corrected.reason == "La persona mostró su DNI: un dígito errado"
        assert plain.reason == "" and plain.workstation == corrected.workstation == "MOY1"
        [row] = [r for r in people.record_history(session, head.id) if r.reason]
        assert row.cells("es")[-2:] == ["La persona mostró su DNI: un dígito errado", "MOY1"]


def test_a_reason_too_long_is_refused_and_changes_nothing(database, family):
    with database.session() as session:
        head = registry.get_family(session, family.id).head
        with pytest.raises(ValidationError) as raised:
            registry.update_member(session, head.id, {"dni": "01234568",
                                                      "change_reason": "x" * 501})
        assert {e.field for e in raised.value.errors} == {"change_reason"}
    with database.session() as session:
        assert registry.get_family(session, family.id).head.dni == "01234567"


def test_the_persons_file_lists_their_own_consents(database, family):
    with database.session() as session:
        head = registry.get_family(session, family.id).head
        people.record_person_consent(session, head.id, answer(notes="Firmó con huella"))
        data = people.person_file(session, head.id, "es")
    [own] = [s for s in data.sections if s.title == "Their own consents"]
    assert own.rows == [["sharing", "agrees", date(2026, 3, 10), "Rosa Tapia (promotora)",
                         "Firmó con huella"]]

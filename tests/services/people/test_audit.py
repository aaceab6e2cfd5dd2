"""The audit as people read it: filters, labels in the user's language, a record's history."""

from datetime import date, timedelta

import pytest

from desktop.services import people, registry
from desktop.services.people import Actor, AuditFilter, PermissionDenied


@pytest.fixture
def audited(community, database):
    with database.session() as session:
        people.add_user(session, "Ana Admin", "admin", "first-secret", first=True)
    database.actor = Actor("Luz Oficina", "office")
    with database.session() as session:
        family = registry.create_family(session, {"community_id": community.id},
                                        {"given_names": "Rosa", "paternal_surname": "Ríos",
                                         "sex": "F"})
        registry.update_family(session, family.id, {"phone": "987654321"})
        family_id = family.id
    database.actor = Actor("Ana Admin", "admin")
    return database, family_id


def test_who_did_what_with_field_labels_in_the_users_language(audited):
    database, family_id = audited
    with database.session() as session:
        rows = people.list_entries(session, AuditFilter(user="Luz Oficina"))
        assert {r.entity for r in rows} >= {"families", "persons"}
        assert all(r.user == "Luz Oficina" for r in rows)
        history = people.record_history(session, family_id)
        assert [r.action for r in history][0] == "create"
        users = people.audit_users(session)
    assert "Luz Oficina" in users  # (the first administrator was made by the OS account)
    created_person = next(r for r in rows if r.entity == "persons" and r.action == "create")
    assert "Nombres: Rosa" in created_person.described("es")
    assert "Given names: Rosa" in created_person.described("en")
    assert people.record_title("persons", "es") == "Miembro"
    assert people.action_title("update", "es") == "cambió"


def test_filters_by_kind_of_change_record_kind_and_dates(audited):
    database, family_id = audited
    today = date.today()
    with database.session() as session:
        assert people.count_entries(session, AuditFilter(entity="families", action="create",
                                                         record_id=family_id)) == 1
        assert people.count_entries(session, AuditFilter(date_from=today + timedelta(days=1))) == 0
        assert people.count_entries(session, AuditFilter(date_from=today, date_to=today)) >= 3
        assert people.count_entries(session, AuditFilter(date_to=today - timedelta(days=1))) == 0


def test_only_administrators_and_coordinators_read_the_audit(audited):
    database, _ = audited
    for role, allowed in (("coordinator", True), ("office", False), ("cooperative", False),
                          ("viewer", False)):
        database.actor = Actor("Someone", role)
        with database.session() as session:
            if allowed:
                assert people.count_entries(session) > 0
            else:
                with pytest.raises(PermissionDenied):
                    people.list_entries(session)

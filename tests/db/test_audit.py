"""Every create, update and delete leaves an audit entry with old and new values."""

import json

from sqlalchemy import select

from desktop.db.audit import AuditEntry
from desktop.services import registry


def entries(session, entity_id):
    return list(session.scalars(select(AuditEntry).where(AuditEntry.entity_id == entity_id)
                                .order_by(AuditEntry.at)))


def test_create_update_delete_are_audited(session, family, database):
    person = family.head
    registry.update_member(session, person.id, {"given_names": "José Luis"})
    registry.add_member(session, family.id, {"given_names": "Rosa", "paternal_surname": "Tuesta",
                                             "sex": "F", "relation": "spouse"})
    rosa = [m for m in family.living_members if m.given_names == "Rosa"][0]
    registry.delete_member(session, rosa.id)

    head_log = entries(session, person.id)
    assert [e.action for e in head_log] == ["create", "update"]
    assert json.loads(head_log[1].changes) == {"given_names": ["José", "José Luis"]}
    assert head_log[1].user  # who
    rosa_log = entries(session, rosa.id)
    assert [e.action for e in rosa_log] == ["create", "delete"]
    assert json.loads(rosa_log[1].changes)["deleted_at"][0] is None


def test_soft_deleted_family_stays_in_the_file_and_can_be_restored(session, family):
    registry.delete_family(session, family.id)
    assert registry.count_families(session) == 0
    session.expire_all()
    assert session.get(type(family), family.id).deleted_at is not None
    registry.restore_family(session, family.id)
    assert registry.count_families(session) == 1
    assert [e.action for e in entries(session, family.id)] == ["create", "delete", "restore"]

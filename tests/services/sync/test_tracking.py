"""Change tracking: every create, edit, soft delete and restore through the services marks the
record as changed here (usn -1) and keeps the version the change was based on."""

from sqlalchemy import text

from desktop.services import registry


def usn_and_base(session, table, record_id):
    return tuple(session.execute(text(
        f"SELECT usn, base_version, version FROM {table} WHERE id = :id"),
        {"id": record_id}).one())


def test_a_new_record_and_its_audit_are_changed_here(session, family):
    assert usn_and_base(session, "families", family.id) == (-1, 0, 1)
    usns = session.execute(text("SELECT DISTINCT usn FROM audit_entries")).scalars().all()
    assert usns == [-1]


def test_the_first_edit_after_a_sync_keeps_the_version_it_was_based_on(session, family):
    session.execute(text("UPDATE families SET usn = 7"))  # as a sync leaves it
    session.commit()
    session.expire_all()
    registry.update_family(session, family.id, {"address": "Jr. Lima 1"})
    assert usn_and_base(session, "families", family.id) == (-1, 1, 2)
    registry.update_family(session, family.id, {"address": "Jr. Lima 2"})
    assert usn_and_base(session, "families", family.id) == (-1, 1, 3)  # still based on 1


def test_a_soft_delete_is_a_change(session, family):
    session.execute(text("UPDATE families SET usn = 3"))
    session.execute(text("UPDATE persons SET usn = 3"))
    session.commit()
    session.expire_all()
    registry.delete_family(session, family.id)
    assert usn_and_base(session, "families", family.id)[:2] == (-1, 1)
    member = family.members[0]
    assert usn_and_base(session, "persons", member.id)[0] == -1


def test_sync_bookkeeping_is_not_audited(session, family):
    changes = session.execute(text("SELECT changes FROM audit_entries")).scalars().all()
    assert not any('"usn"' in c or "base_version" in c for c in changes)

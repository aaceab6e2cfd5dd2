"""A bulk change leaves each record as the ORM's flush would: the value set, the version
counted, the sync mark and base version, one audit entry alike; nothing when a record
changed meanwhile."""


import pytest
from sqlalchemy import select, text

from desktop.db.audit import AuditEntry
from desktop.db.bulk import StaleBulkChange, set_on_many
from desktop.db.cooperative import Delivery
from desktop.services import cooperative
from tests.services.cooperative.builders import (
    TODAY, deliver, make_cooperative, make_member, make_plot,
)

PAID = TODAY


def state(session, delivery_id):
    session.expire_all()
    d = session.get(Delivery, delivery_id)
    entry = session.scalars(select(AuditEntry).where(
        AuditEntry.entity_id == delivery_id, AuditEntry.action == "update")).one()
    return (d.paid_on, d.version, d.usn, d.base_version,
            (entry.user, entry.workstation, entry.entity, entry.changes))


def test_the_bulk_change_is_what_the_orm_writes(session, family):
    coop = make_cooperative(session)
    member, plot = make_member(session, coop, family), make_plot(session, family)
    by_orm, by_bulk = (deliver(session, coop, member, plot) for _ in range(2))
    # both as after a sync: a centre number, not changed here since
    session.execute(text("UPDATE deliveries SET usn = 7, version = 3"))
    session.commit()
    session.expire_all()
    cooperative.mark_paid(session, [by_orm.id], paid_on=PAID)
    assert set_on_many(session, Delivery, [by_bulk.id], "paid_on", None, PAID, None,
                       PAID.isoformat()) == 1
    session.commit()
    orm, bulk = state(session, by_orm.id), state(session, by_bulk.id)
    assert orm == bulk and orm[:4] == (PAID, 4, -1, 3)


def test_a_record_changed_meanwhile_stops_the_bulk_change(session, family):
    coop = make_cooperative(session)
    member, plot = make_member(session, coop, family), make_plot(session, family)
    one, two = (deliver(session, coop, member, plot) for _ in range(2))
    cooperative.mark_paid(session, [two.id], paid_on=PAID)  # paid elsewhere meanwhile
    with pytest.raises(StaleBulkChange):
        set_on_many(session, Delivery, [one.id, two.id], "paid_on", None, PAID, None,
                    PAID.isoformat())
    session.rollback()
    session.expire_all()
    assert session.get(Delivery, one.id).paid_on is None

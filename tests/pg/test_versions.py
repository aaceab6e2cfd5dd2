"""Optimistic version checks on both engines: an edit based on a record someone else changed
meanwhile is refused with one clear line, and nothing of it is saved."""

import pytest

from desktop.db.family import Family
from desktop.db.person import Person
from desktop.i18n import set_language
from desktop.services import registry
from desktop.services.edits import ChangedMeanwhile


def test_an_edit_of_a_record_changed_meanwhile_is_refused(database, session, family):
    session.commit()
    with database.session() as other:  # a second window, or a second office on the centre
        registry.update_member(other, family.head.id, {"given_names": "Josefa"})
        assert other.get(Person, family.head.id).version == 2
    with pytest.raises(ChangedMeanwhile) as refused:
        registry.update_member(session, family.head.id, {"given_names": "Pepe"})
    assert refused.value.text("en") == "Someone else changed this record meanwhile; reopen it."
    set_language("es")
    assert "otra persona" in refused.value.text().lower()
    reopened = session.get(Person, family.head.id)  # the session was rolled back: fresh rows
    assert (reopened.given_names, reopened.version) == ("Josefa", 2)
    registry.update_member(session, family.head.id, {"given_names": "Pepe"})  # now it may
    with database.session() as check:
        assert check.get(Person, family.head.id).given_names == "Pepe"
        assert check.get(Family, family.id).version >= 1

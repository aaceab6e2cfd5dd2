"""Which family an open conflict is about (the Families page's mark): the family itself, a
record that names it, or a record the centre refused that would have."""

import pytest

from desktop.services.sync import conflicts
from tests.services.sync.offices import build_offices, the_family, with_session


@pytest.fixture
def offices(tmp_path, migrated_template):
    return build_offices(tmp_path, migrated_template)


def test_open_conflicts_count_for_their_family_until_decided(offices):
    def work(session):
        family = the_family(session)
        member = family.living_members[0]
        assert conflicts.for_family(session, family.id) == 0
        conflicts.keep(session, "persons", member.id, conflicts.EDIT, "LB", "ana",
                       {"id": member.id, "version": 9, "phone": "1"}, {"id": member.id,
                                                                        "version": 2})
        refused = {"id": "not-here", "family_id": family.id, "dni": "12345678", "version": 1}
        conflicts.keep(session, "persons", "not-here", conflicts.REFUSED, "LB", "ana",
                       refused, None, "UNIQUE constraint failed: persons.dni")
        conflicts.keep(session, "families", "someone-else", conflicts.EDIT, "LB", "ana",
                       {"id": "someone-else", "version": 2}, {"id": "someone-else"})
        session.commit()
        assert conflicts.for_family(session, family.id) == 2
        for conflict in conflicts.list_conflicts(session):
            conflicts.resolve(session, conflict.id, {})
        assert conflicts.for_family(session, family.id) == 0
    with_session(offices["centre"], work)

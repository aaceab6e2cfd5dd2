"""The same DNI registered by two offices (desktop.services.sync.duplicates): detected at
sync as a conflict of its own kind, listed, and merged keeping every record of both."""

import pytest
from sqlalchemy import select

from desktop.db.training import Attendance
from desktop.services import sync
from desktop.services.errors import ValidationError
from desktop.services.sync import conflicts, duplicates
from tests.services.sync.offices import (
    DNI, add_member, build_offices, content_hash, exchange, the_family, with_session,
)

@pytest.fixture
def offices(tmp_path, migrated_template):
    return build_offices(tmp_path, migrated_template)


def test_the_same_dni_from_two_offices_is_a_duplicate_then_merged(offices, tmp_path):
    kept = add_member(offices["a"], "Ana")
    other = add_member(offices["b"], "Ana María", attends=True)
    exchange(offices["a"], offices["centre"], tmp_path, "a1")
    at_centre, _ = exchange(offices["b"], offices["centre"], tmp_path, "b1")
    assert at_centre.conflicts == 2  # the member, and its attendance refused with it
    found = with_session(offices["centre"], sync.list_conflicts)
    [duplicate] = [c for c in found if c.kind == conflicts.DUPLICATE]
    assert duplicate.record_id == other
    assert ("given_names", "Ana", "Ana María") in duplicate.fields
    with pytest.raises(ValidationError):  # a field-by-field decision is not a merge
        with_session(offices["centre"], lambda s: duplicates.merge(
            s, next(c.id for c in found if c.kind != conflicts.DUPLICATE)))

    moved = with_session(offices["centre"], lambda s: duplicates.merge(s, duplicate.id))
    assert moved == 1
    assert with_session(offices["centre"], sync.list_conflicts) == []

    def attendance_of_kept(session):
        return list(session.scalars(select(Attendance.person_id)))
    for name in ("b", "a", "b"):  # b takes a's member once its own copy is merged
        exchange(offices[name], offices["centre"], tmp_path, f"{name}-again")
    assert len({content_hash(path) for path in offices.values()}) == 1
    assert with_session(offices["b"], lambda s: sync.pending(s)) == 0
    living = with_session(offices["b"], lambda s: [
        p.id for p in the_family(s).living_members if p.dni == DNI])
    assert living == [kept]
    for name in ("centre", "b"):  # the attendance recorded at b names the member kept
        assert with_session(offices[name], attendance_of_kept) == [kept]

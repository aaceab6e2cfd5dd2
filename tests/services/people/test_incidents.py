"""The incident log: recorded with its 48-hour notice, validated, kept to administrators and
coordinators (issue 14 item 5)."""

from datetime import date, datetime, timezone

import pytest

from desktop.services import people
from desktop.services.errors import ValidationError
from desktop.services.people import Actor, PermissionDenied

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def log(database):
    with database.session() as session:
        people.add_user(session, "Ana Admin", "admin", "first-secret", first=True)
    database.actor = Actor("Luis Coordinador", "coordinator")
    return database


def test_an_incident_is_due_48_hours_after_the_office_learnt_of_it(log):
    with log.session() as session:
        people.save_incident(session, {"happened_on": "27/11/2026", "noticed_on": "30/11/2026",
                                       "what": "Laptop de campo robada en Aguas Claras",
                                       "people_affected": "215"}, now=NOW)
        people.save_incident(session, {"happened_on": "01/11/2026", "noticed_on": "02/11/2026",
                                       "what": "USB con copia perdida",
                                       "authority_notified_on": "03/11/2026"}, now=NOW)
    with log.session() as session:
        rows = people.list_incidents(session)
        waiting = people.waiting_for_notice(session)
    assert [r.what for r in rows] == ["Laptop de campo robada en Aguas Claras",
                                      "USB con copia perdida"]
    [stolen] = waiting
    assert stolen.recorded_by == "Luis Coordinador" and stolen.people_affected == 215
    assert stolen.due_on == date(2026, 12, 2) and stolen.due_at == datetime(
        2026, 12, 2, 15, 0, tzinfo=timezone.utc)
    assert not stolen.overdue(NOW) and stolen.overdue(datetime(2026, 12, 2, 15, 1,
                                                               tzinfo=timezone.utc))
    with log.session() as session:
        people.save_incident(session, {"authority_notified_on": "01/12/2026"}, stolen.id,
                             now=datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc))
    with log.session() as session:
        assert people.waiting_for_notice(session) == []


@pytest.mark.parametrize("raw, field", [
    ({"happened_on": "30/11/2026", "noticed_on": "29/11/2026", "what": "x"}, "noticed_on"),
    ({"happened_on": "01/12/2026", "noticed_on": "01/12/2026", "what": "x"}, "happened_on"),
    ({"happened_on": "29/11/2026", "noticed_on": "30/11/2026", "what": ""}, "what"),
    ({"happened_on": "20/11/2026", "noticed_on": "21/11/2026", "what": "x",
      "authority_notified_on": "20/11/2026"}, "authority_notified_on"),
    ({"happened_on": "20/11/2026", "noticed_on": "21/11/2026", "what": "x",
      "people_affected": "-3"}, "people_affected"),
])
def test_what_cannot_be_is_refused_at_its_field(log, raw, field):
    with log.session() as session, pytest.raises(ValidationError) as refused:
        people.save_incident(session, raw, now=NOW)
    assert refused.value.for_field(field)
    with log.session() as session:
        assert people.list_incidents(session) == []


@pytest.mark.parametrize("role", ["office", "cooperative", "viewer"])
def test_only_administrators_and_coordinators_keep_the_log(log, role):
    log.actor = Actor("Someone", role)
    with log.session() as session, pytest.raises(PermissionDenied):
        people.save_incident(session, {"happened_on": "29/11/2026",
                                       "noticed_on": "30/11/2026", "what": "x"}, now=NOW)

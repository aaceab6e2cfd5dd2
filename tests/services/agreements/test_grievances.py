"""Consent records and grievances."""

import pytest

from desktop.services import agreements as ag
from desktop.services.errors import ValidationError
from tests.services.agreements.conftest import TODAY


def test_consent_and_grievances(session, draft, family):
    ag.record_consent(session, draft.id, {"informed_on": TODAY, "language": "Español",
                                          "explained_by": "Inés Peña", "copy_given": True})
    assert len(ag.consent_records(session, draft.id)) == 1
    grievance = ag.add_grievance(session, {"raised_on": TODAY, "raised_by": "José Núñez",
                                           "description": "El kit escolar no llegó"},
                                 agreement_id=draft.id)
    assert grievance.family_id == family.id
    assert ag.open_grievances(session) == [grievance]
    with pytest.raises(ValidationError):
        ag.close_grievance(session, grievance.id, TODAY, "  ")
    ag.close_grievance(session, grievance.id, TODAY, "Se entregó el kit")
    assert ag.open_grievances(session) == []

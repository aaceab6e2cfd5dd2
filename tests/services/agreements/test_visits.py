"""Compliance visits and the status their consequence sets."""

import pytest

from desktop.services import agreements as ag
from desktop.services.errors import ValidationError
from tests.services.agreements.conftest import TODAY, messages


def test_visit_consequences_set_the_status(session, draft):
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    with pytest.raises(ValidationError) as excinfo:
        ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                            "result": "compliant", "consequence": "warning"})
    assert messages(excinfo) == ["A compliant visit has no consequence."]
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "partial", "forest_cleared_ha": "0,3",
                                        "consequence": "benefits_suspended"})
    assert draft.benefits_suspended and draft.status == "active"
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "not_compliant",
                                        "consequence": "agreement_suspended"})
    assert draft.status == "suspended"
    assert ag.last_visit(draft).result == "not_compliant"

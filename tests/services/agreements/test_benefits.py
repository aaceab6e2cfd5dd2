"""Benefits planned, delivered and still owed."""

from decimal import Decimal

import pytest

from desktop.services import agreements as ag
from desktop.services.errors import ValidationError
from tests.services.agreements.conftest import TODAY


def test_benefits_planned_delivered_and_owed(session, family, draft):
    kits = ag.add_benefit(session, draft.id, {"kind": "school_kit", "quantity": "3",
                                              "unit": "kit", "estimated_value_pen": "150"})
    ag.add_benefit(session, draft.id, {"kind": "cook_stove", "quantity": "1",
                                       "estimated_value_pen": "480.50"})
    with pytest.raises(ValidationError):  # not before signing
        ag.record_benefit_delivery(session, kits.id, {"delivered_on": TODAY, "quantity": "1"})
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    ag.record_benefit_delivery(session, kits.id, {"delivered_on": TODAY, "quantity": "2",
                                                  "received_by_id": family.head.id})
    owed = {line.kind: line for line in ag.benefits_owed(session, family.id)}
    assert owed["school_kit"].owed == Decimal("1")
    assert owed["school_kit"].owed_value_pen == Decimal("50.00")
    assert owed["cook_stove"].owed_value_pen == Decimal("480.50")
    assert ag.total_owed_value(session) == Decimal("530.50")

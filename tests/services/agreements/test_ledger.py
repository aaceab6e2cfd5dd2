"""A family's ledger by year."""

from decimal import Decimal

from desktop.services import agreements as ag
from tests.services.agreements.conftest import TODAY


def test_family_ledger(session, family, draft):
    benefit = ag.add_benefit(session, draft.id, {"kind": "school_kit", "quantity": "2",
                                                 "estimated_value_pen": "100"})
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    ag.record_benefit_delivery(session, benefit.id, {"delivered_on": TODAY, "quantity": "1"})
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "compliant"})
    ledger = ag.family_ledger(session, family.id)
    assert [y.year for y in ledger] == [TODAY.year]
    assert ledger[0].planned_value_pen == Decimal("100")
    assert ledger[0].delivered_value_pen == Decimal("50.00")
    assert ledger[0].visits == [(TODAY, "compliant")]

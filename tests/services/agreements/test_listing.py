"""The agreements list and its filters."""

from datetime import timedelta
from decimal import Decimal

from desktop.services import agreements as ag
from tests.services.agreements.conftest import TODAY


def test_list_filters(session, draft, community):
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    flt = ag.AgreementFilter
    assert ag.count_agreements(session, flt(status="active")) == 1
    assert ag.count_agreements(session, flt(status="draft")) == 0
    assert ag.count_agreements(session, flt(community_name="AGUAS CLARAS")) == 1
    assert ag.count_agreements(session, flt(no_visit_12_months=True)) == 1
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "compliant"})
    assert ag.count_agreements(session, flt(no_visit_12_months=True)) == 0
    end = draft.end_date
    assert ag.count_agreements(session, flt(ending_within_days=10, today=end - timedelta(
        days=20))) == 0
    assert ag.count_agreements(session, flt(ending_within_days=30, today=end - timedelta(
        days=20))) == 1
    rows = ag.list_agreements(session, flt(query="nunez"))
    assert rows[0].number == draft.number and rows[0].last_visit == TODAY
    assert rows[0].forest_area_ha == Decimal("4.5")

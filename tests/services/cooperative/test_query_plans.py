"""The Cooperative area's lists, searches, counts and season figures read no table once per row
of another (issue 15, item 3), on a file never ANALYZEd and on one carrying a large office's
statistics: the checker of tests/db/test_query_plans.py, run on every statement the pages and
figures send."""

from datetime import date

import pytest

from desktop.services import cooperative
from desktop.services.cooperative import DeliveryFilter
from tests.db.query_plans import bad_plans, planner, statements_run  # noqa: F401 (a fixture)
from tests.services.cooperative.builders import deliver

#: json_each over the member's own certifications: read once per member, as it should be.
JSON_OF_THE_ROW = "SCAN c VIRTUAL TABLE INDEX 1:"


@pytest.fixture
def lot(session, coop, member, plot):
    """A delivery and a lot, written before the planner's connection takes the file."""
    deliver(session, coop, member, plot)
    return cooperative.save_lot(session, coop.id, {"code": "L-1"})


def test_the_cooperative_pages_and_figures_read_no_table_once_per_row(
        database, session, coop, member, lot, planner):  # noqa: F811
    season = (date(2026, 1, 1), date(2026, 12, 31))
    with statements_run(database) as ran, database.session() as s:
        for flt in (DeliveryFilter(coop.id), DeliveryFilter(coop.id, "quispe"),
                    DeliveryFilter(coop.id, "2026-000123"), DeliveryFilter(coop.id, "qu"),
                    DeliveryFilter(coop.id, "nunez 12", unpaid_only=True),
                    DeliveryFilter(coop.id, unpaid_only=True),
                    DeliveryFilter(coop.id, include_voided=False),
                    DeliveryFilter(coop.id, flagged_only=True),
                    DeliveryFilter(coop.id, membership_id=member.id),
                    DeliveryFilter(coop.id, lot_id=lot.id, include_voided=False),
                    DeliveryFilter(coop.id, unassigned=True),
                    DeliveryFilter(coop.id, "quispe", unassigned=True),
                    DeliveryFilter(coop.id, "nunez"),  # common: among the recent receipts
                    DeliveryFilter(coop.id, "nunez jose", include_voided=False)):
            for sort in ("receipt_number", "member", "delivered_on"):
                cooperative.search_deliveries(s, flt, sort)
            cooperative.count_deliveries(s, flt)
        cooperative.amounts_owed(s, coop.id)
        cooperative.list_lots(s, coop.id)
        for period in ((None, None), season):
            cooperative.season_summary(s, coop.id, *period)
            cooperative.member_totals(s, coop.id, *period)
            cooperative.member_totals_page(s, coop.id, *period)
            cooperative.totals_of_members(s, coop.id, [member.id, "x"], *period)
            cooperative.monthly_totals(s, coop.id, *period)
            cooperative.lot_totals(s, coop.id, *period)
            cooperative.certification_totals(s, coop.id, *period)
    assert len(ran) > 50
    assert bad_plans(planner, ran, keep=lambda p: not p.endswith(JSON_OF_THE_ROW)) == {}

"""The season's figures per member, month, lot and certification."""

from datetime import date
from decimal import Decimal


from desktop.services import cooperative
from tests.services.cooperative.builders import deliver, make_member


def test_figures_per_member_month_lot_and_certification(session, coop, family, plot, community):
    member = make_member(session, coop, family, certifications=[
        {"kind": "organic", "valid_from": "2020-01-01", "valid_to": None},
        {"kind": "fairtrade", "valid_from": "2020-01-01", "valid_to": "2020-12-31"}])
    deliver(session, coop, member, plot, delivered_on=date(2026, 5, 4), gross_kg="100",
            tare_kg="0", price_per_kg_pen="10")
    paid = deliver(session, coop, member, plot, delivered_on=date(2026, 6, 4), gross_kg="50",
                   tare_kg="0", price_per_kg_pen="9")
    cooperative.mark_paid(session, [paid.id], date(2026, 6, 5))
    totals = cooperative.member_totals(session, coop.id, date(2026, 4, 1), date(2026, 9, 30))
    assert [(t.deliveries, t.net_kg, t.amount_pen, t.unpaid_pen) for t in totals] == [
        (2, Decimal("150.000"), Decimal("1450.00"), Decimal("1000.00"))]
    assert totals[0].average_price == Decimal("9.67")
    months = cooperative.monthly_totals(session, coop.id)
    assert [(m.key, m.amount_pen) for m in months] == [("2026-05", Decimal("1000.00")),
                                                       ("2026-06", Decimal("450.00"))]
    certified = cooperative.certification_totals(session, coop.id)
    assert [(c.key, c.net_kg) for c in certified] == [("organic", Decimal("150.000"))]
    summary = cooperative.season_summary(session, coop.id, date(2026, 6, 1))
    assert (summary.members_delivering, summary.net_kg) == (1, Decimal("50.000"))
    assert [t.key for t in cooperative.lot_totals(session, coop.id)] == [""]

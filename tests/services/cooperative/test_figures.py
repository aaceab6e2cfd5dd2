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


def test_lot_totals_and_the_season_summary_count_each_group_once(session, coop, family, plot,
                                                                 community):
    from tests.services.cooperative.builders import make_family, make_plot

    first = make_member(session, coop, family)
    other_family = make_family(session, community, given_names="Luz", paternal_surname="Vela",
                               dni="22334455", sex="F")
    second = make_member(session, coop, other_family)
    other_plot = make_plot(session, other_family, "Alta")
    days = [date(2026, 5, 4), date(2026, 5, 20), date(2026, 6, 4)]
    mine = [deliver(session, coop, first, plot, delivered_on=d, gross_kg="100", tare_kg="0",
                    price_per_kg_pen="10") for d in days]
    theirs = deliver(session, coop, second, other_plot, delivered_on=days[0], gross_kg="10",
                     tare_kg="0", price_per_kg_pen="10")
    voided = deliver(session, coop, second, other_plot, delivered_on=days[0])
    cooperative.void_delivery(session, voided.id, "Error")
    lot_a = cooperative.save_lot(session, coop.id, {"code": "L-A"})
    lot_b = cooperative.save_lot(session, coop.id, {"code": "L-B"})
    cooperative.assign_to_lot(session, lot_a.id, [mine[0].id, theirs.id])
    cooperative.assign_to_lot(session, lot_b.id, [mine[1].id])
    lots = cooperative.lot_totals(session, coop.id)
    assert [(t.key, t.deliveries, t.net_kg) for t in lots] == [
        ("", 1, Decimal("100.000")), ("L-A", 2, Decimal("110.000")),
        ("L-B", 1, Decimal("100.000"))]
    summary = cooperative.season_summary(session, coop.id)
    assert (summary.members_delivering, summary.deliveries, summary.net_kg,
            summary.amount_pen, summary.unpaid_pen) == (
        2, 4, Decimal("310.000"), Decimal("3100.00"), Decimal("3100.00"))
    june = cooperative.season_summary(session, coop.id, date(2026, 6, 1), date(2026, 6, 30))
    assert (june.members_delivering, june.deliveries) == (1, 1)
    empty = cooperative.season_summary(session, coop.id, date(2027, 1, 1))
    assert (empty.members_delivering, empty.deliveries, empty.net_kg) == (0, 0, 0)
    owed = cooperative.amounts_owed(session, coop.id, date(2026, 5, 31))
    assert [(o.member_code, o.deliveries, o.amount_pen, o.oldest) for o in owed] == [
        (first.member_code, 2, Decimal("2000.00"), days[0]),
        (second.member_code, 1, Decimal("100.00"), days[0])]


def test_a_certification_counts_the_deliveries_of_its_own_days_within_the_period(
        session, coop, family, plot):
    member = make_member(session, coop, family, certifications=[
        {"kind": "organic", "valid_from": "2026-05-10", "valid_to": "2026-06-10"},
        {"kind": "fairtrade", "valid_from": None, "valid_to": "2026-05-09"}])
    days = [date(2026, 5, 4), date(2026, 5, 9), date(2026, 5, 10), date(2026, 6, 10),
            date(2026, 6, 11)]
    made = [deliver(session, coop, member, plot, delivered_on=d, gross_kg=str(10 * (i + 1)),
                    tare_kg="0", price_per_kg_pen="1") for i, d in enumerate(days)]
    cooperative.void_delivery(session, made[2].id, "Error")  # 10 May, organic: left out

    def kg(start=None, end=None):
        return {t.key: (t.deliveries, t.net_kg)
                for t in cooperative.certification_totals(session, coop.id, start, end)}

    assert kg() == {"fair_trade": (2, Decimal("30.000")), "organic": (1, Decimal("40.000"))}
    assert kg(date(2026, 5, 5)) == {"fair_trade": (1, Decimal("20.000")),
                                    "organic": (1, Decimal("40.000"))}
    assert kg(date(2026, 5, 10), date(2026, 6, 9)) == {}
    assert kg(date(2026, 6, 10), date(2026, 6, 10)) == {"organic": (1, Decimal("40.000"))}


def test_stored_integers_read_as_the_orm_reads_them():
    from desktop.db.types import Kilograms, Soles
    from desktop.services.cooperative.rules import kilograms, soles

    for value in (0, 1, -1, 999, 1000, -123456, 71221801800, 10**15, None):
        for read, column in ((kilograms, Kilograms), (soles, Soles)):
            got, orm = read(value), column.process_result_value(value or 0, None)
            assert (got, str(got), got.as_tuple()) == (orm, str(orm), orm.as_tuple())


def test_member_totals_a_page_at_a_time_by_member_code(session, coop, community):
    """The pages hold the members who delivered in the period, by code, each with the same
    totals as member_totals; a member who delivered only outside the period is in no page."""
    from tests.services.cooperative.builders import make_family, make_plot

    members = []
    for n, (name, dni) in enumerate((("Ana", "11111111"), ("Berta", "22222222"),
                                     ("Carla", "33333333"), ("Dora", "44444444"))):
        family = make_family(session, community, given_names=name, dni=dni, sex="F")
        member = make_member(session, coop, family)
        plot = make_plot(session, family)
        deliver(session, coop, member, plot, delivered_on=date(2026, 5, 4) if n != 2
                else date(2025, 5, 4), gross_kg=str(100 + n), tare_kg="0")
        if n == 3:
            deliver(session, coop, member, plot, delivered_on=date(2026, 7, 1), gross_kg="10",
                    tare_kg="0")
        members.append(member)
    season = (date(2026, 1, 1), date(2026, 12, 31))
    first = cooperative.member_totals_page(session, coop.id, *season, offset=0, limit=2)
    second = cooperative.member_totals_page(session, coop.id, *season, offset=2, limit=2)
    assert [t.key for t in first + second] == [m.id for m in sorted(
        (members[0], members[1], members[3]), key=lambda m: m.member_code)]
    whole = {t.key: t for t in cooperative.member_totals(session, coop.id, *season)}
    assert {t.key: t for t in first + second} == whole
    by_key = {t.key: t for t in second + first}
    assert (by_key[members[3].id].deliveries, by_key[members[3].id].net_kg) == (
        2, Decimal("113.000"))
    assert by_key[members[0].id].label.startswith(f"{members[0].member_code} Ana ")
    assert cooperative.member_totals_page(session, coop.id, *season, offset=3) == []

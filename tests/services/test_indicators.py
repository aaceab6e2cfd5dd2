"""The programme's indicators on a small hand-checked example."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.db.cooperative import Cooperative, Delivery, Membership
from desktop.db.training import Attendance, TrainingSession
from desktop.services import agreements as ag
from desktop.services import indicators, registry
from tests.conftest import head

TODAY = date(2026, 9, 30)


@pytest.fixture
def programme(session, community, family):
    """Two families inside the forest (one under an active agreement), one outside."""
    rosa = registry.create_family(session, {"community_id": community.id, "inside_forest": True},
                                  head(dni="11111111", given_names="Rosa", sex="F"))
    registry.create_family(session, {"community_id": community.id, "inside_forest": False},
                           head(dni="22222222", given_names="Luis"))
    registry.add_plot(session, family.id, {"name": "Monte", "area_ha": "3.5",
                                           "land_use": "forest"})
    agreement = ag.create_agreement(session, family.id, {"start_date": date(2026, 1, 1),
                                                         "end_date": date(2026, 12, 31)})
    kits = ag.add_benefit(session, agreement.id, {"kind": "school_kit", "quantity": "4",
                                                  "estimated_value_pen": "200"})
    ag.sign(session, agreement.id, date(2026, 1, 5))
    ag.activate(session, agreement.id)
    ag.record_benefit_delivery(session, kits.id, {"delivered_on": date(2026, 3, 1),
                                                  "quantity": "1"})
    for day, result in ((date(2026, 4, 1), "compliant"), (date(2026, 8, 1), "partial"),
                        (date(2025, 1, 1), "compliant")):  # the last is over a year old
        ag.record_visit(session, agreement.id, {"visited_on": day, "inspector": "Inés",
                                                "result": result})
    # Training: Rosa (F) twice, José (M) once, one unregistered girl at school.
    first = TrainingSession(topic="Poda", kind="coffee", held_on=date(2026, 2, 1))
    school = TrainingSession(topic="El bosque", kind="school", held_on=date(2026, 3, 1))
    session.add_all([first, school])
    session.flush()
    session.add_all([
        Attendance(session_id=first.id, person_id=rosa.head.id, sex="F"),
        Attendance(session_id=first.id, person_id=family.head.id, sex="M"),
        Attendance(session_id=school.id, person_id=rosa.head.id, sex="F"),
        Attendance(session_id=school.id, name="Niña Quispe", sex="F", age_band="child"),
    ])
    coop = Cooperative(name="Coop", ruc="20601234567")
    member = Membership(cooperative=coop, family_id=family.id, member_code="M-0001")
    session.add_all([coop, member])
    session.flush()

    def delivery(n, kg, price, **kw):
        kg, price = Decimal(kg), Decimal(price)
        return Delivery(cooperative_id=coop.id, receipt_number=f"R{n}", sequence=n,
                        delivered_on=date(2026, 5, n), membership_id=member.id, gross_kg=kg,
                        net_kg=kg, moisture_pct=Decimal("12"), price_per_kg_pen=price,
                        amount_pen=(kg * price).quantize(Decimal("0.01")), **kw)

    session.add_all([delivery(1, "100.5", "10", paid_on=date(2026, 5, 20)),
                     delivery(2, "50", "9.5"),
                     delivery(3, "999", "10", voided_at=date(2026, 5, 4))])
    session.commit()


def test_indicators_hand_checked(session, programme):
    values = indicators.as_dict(indicators.compute(session, today=TODAY))
    assert values["families_total"] == 3
    assert values["families_inside_forest"] == 2
    assert values["persons_total"] == 3
    assert values["agreements_active"] == 1
    assert values["agreement_coverage_inside_pct"] == Decimal("50.0")
    assert values["forest_area_under_agreement_ha"] == Decimal("3.5")
    assert values["benefits_delivered_pen"] == Decimal("50.00")  # 1 of 4 kits worth S/ 200
    assert values["compliance_visits_12m"] == 2
    assert values["compliant_visits_pct"] == Decimal("50.0")
    assert values["training_sessions"] == 2
    assert values["training_participants_unique"] == 3  # Rosa, José, the girl
    assert values["training_women_pct"] == Decimal("66.7")  # 2 of 3 people, not 3 of 4 rows
    assert values["school_sessions"] == 1
    assert values["school_participants"] == 2
    assert values["coffee_delivered_kg"] == Decimal("150.5")  # the voided one does not count
    assert values["coffee_paid_pen"] == Decimal("1005.00")
    assert values["coffee_members_delivering"] == 1


def test_a_period_limits_the_dated_indicators(session, programme):
    values = indicators.as_dict(indicators.compute(session, date(2026, 3, 1), date(2026, 4, 30),
                                                   today=TODAY))
    assert values["training_sessions"] == 1
    assert values["training_participants_unique"] == 2
    assert values["compliance_visits_12m"] == 1
    assert values["coffee_delivered_kg"] == Decimal("0")
    assert values["families_total"] == 3  # not dated


def test_coffee_counts_deliveries_by_their_day_and_payments_by_theirs(session, programme):
    may = indicators.as_dict(indicators.compute(session, date(2026, 5, 1), date(2026, 5, 10),
                                                today=TODAY))
    assert may["coffee_delivered_kg"] == Decimal("150.5")
    assert may["coffee_paid_pen"] == Decimal("0.00")  # paid on 20 May
    assert may["coffee_members_delivering"] == 1
    paid = indicators.as_dict(indicators.compute(session, date(2026, 5, 15), date(2026, 5, 31),
                                                 today=TODAY))
    assert paid["coffee_delivered_kg"] == Decimal("0") and paid["coffee_members_delivering"] == 0
    assert paid["coffee_paid_pen"] == Decimal("1005.00")


def test_only_the_indicators_asked_for_are_computed(database, session, programme):
    from sqlalchemy import event

    everything = indicators.as_dict(indicators.compute(session, today=TODAY))
    ran = []

    def record(conn, cursor, statement, *args):
        ran.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        some = indicators.compute(session, today=TODAY,
                                  codes=["coffee_paid_pen", "families_total"])
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert [i.code for i in some] == ["families_total", "coffee_paid_pen"]  # CODES' order
    assert {i.code: i.value for i in some} == {
        "families_total": everything["families_total"],
        "coffee_paid_pen": everything["coffee_paid_pen"]}
    assert ran and not any("benefit_deliveries" in sql or "attendance" in sql for sql in ran)


def test_the_training_tile_alone_equals_the_training_figures(session, programme):
    """The home page asks only for the people trained and the women's share (one pass by
    person); they equal what the full training figures give."""
    everything = indicators.as_dict(indicators.compute(session, today=TODAY))
    tile = indicators.as_dict(indicators.compute(
        session, today=TODAY, codes=["training_participants_unique", "training_women_pct"]))
    assert tile["training_participants_unique"] > 0
    assert tile == {code: everything[code] for code in tile}


def test_every_code_has_labels_in_both_languages(session, programme):
    for item in indicators.compute(session, today=TODAY):
        assert item.title("en") and item.title("es")
    assert indicators.CODES[:3] == ["families_total", "families_inside_forest", "persons_total"]

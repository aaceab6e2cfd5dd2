"""Prices and discounts (issue 16 item 3): the arithmetic to the cent, the price table and the
rules with their periods, and a past receipt that no later change of a rule alters."""

from dataclasses import asdict
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from desktop.db.pricing import DiscountRule, Price
from desktop.services import cooperative, people
from desktop.services.cooperative import (
    DiscountTerms, delete_discount_rule, delete_price, list_discount_rules, list_prices,
    price_in_force, proposed_price, save_discount_rule, save_price, settle,
)
from desktop.services.errors import ValidationError
from desktop.services.people import Actor, PermissionDenied
from tests.services.cooperative.builders import DAY, audit, deliver, errors_by_field

RULE = {"product": "dry_parchment", "valid_from": "2026-01-01", "valid_to": "",
        "moisture_limit_pct": "12", "moisture_kg_per_point": "1.5", "defects_allowed": "5",
        "defects_kg_per_point": "0.25"}
TERMS = DiscountTerms(Decimal(12), Decimal("1.5"), Decimal(5), Decimal("0.25"))


def decimals(low, high, places):
    return st.integers(int(low * 10 ** places), int(high * 10 ** places)).map(
        lambda n: Decimal(n).scaleb(-places))


def half_up(value: Fraction, places: int = 2) -> Decimal:
    """`value` rounded half up to `places`, computed apart from the code under test."""
    scaled = value * 10 ** places
    whole = scaled.numerator // scaled.denominator
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    return Decimal(whole).scaleb(-places)


@settings(max_examples=300, deadline=None)
@given(net=decimals(Decimal("0.01"), Decimal(50000), 2),
       moisture=decimals(0, 100, 1), defects=st.none() | decimals(0, 1000, 1),
       price=decimals(Decimal("0.01"), Decimal(1000), 2),
       terms=st.none() | st.builds(DiscountTerms, decimals(0, 100, 1), decimals(0, 100, 2),
                                   decimals(0, 1000, 1), decimals(0, 100, 2)))
def test_discounts_payable_kilos_and_amount_are_exact_to_the_cent(net, moisture, defects,
                                                                   price, terms):
    result = settle(net, moisture, defects, price, terms)
    if terms is None:
        expected_moisture = expected_defects = Decimal(0)
    else:
        over = max(Fraction(moisture) - Fraction(terms.moisture_limit_pct), Fraction(0))
        expected_moisture = min(half_up(Fraction(net) * over
                                        * Fraction(terms.moisture_kg_per_point) / 100), net)
        over = max(Fraction(defects or 0) - Fraction(terms.defects_allowed), Fraction(0))
        expected_defects = min(half_up(Fraction(net) * over
                                       * Fraction(terms.defects_kg_per_point) / 100),
                               net - expected_moisture)
    assert result.moisture_discount_kg == expected_moisture
    assert result.defects_discount_kg == expected_defects
    assert result.payable_kg == net - expected_moisture - expected_defects >= 0
    assert result.payable_kg + result.discount_kg == net
    assert result.amount_pen == half_up(Fraction(result.payable_kg) * Fraction(price))
    for value in (result.moisture_discount_kg, result.defects_discount_kg, result.payable_kg,
                  result.amount_pen):
        assert isinstance(value, Decimal) and value == value.quantize(Decimal("0.01"))


def test_a_worked_example():
    # 100 kg at 14.5 % moisture (2.5 points over 12) and 9 defect points (4 over 5):
    # 100 x 2.5 x 1.5 / 100 = 3.75 kg; 100 x 4 x 0.25 / 100 = 1.00 kg; 95.25 kg x S/ 9.55
    result = settle(Decimal("100.00"), Decimal("14.5"), Decimal(9), Decimal("9.55"), TERMS)
    assert (result.moisture_discount_kg, result.defects_discount_kg, result.payable_kg,
            result.amount_pen) == (Decimal("3.75"), Decimal("1.00"), Decimal("95.25"),
                                   Decimal("909.64"))
    dry = settle(Decimal("100.00"), Decimal("11.0"), None, Decimal("9.55"), TERMS)
    assert (dry.discount_kg, dry.payable_kg, dry.amount_pen) == (0, Decimal("100.00"),
                                                                 Decimal("955.00"))


def test_a_delivery_applies_the_rule_in_force_and_keeps_what_it_applied(session, coop, member,
                                                                        plot):
    save_discount_rule(session, coop.id, RULE)
    delivery = deliver(session, coop, member, plot, gross_kg="101.00", tare_kg="1.00",
                       moisture_pct="14.5", defects="9", price_per_kg_pen="9.55")
    assert (delivery.net_kg, delivery.moisture_discount_kg, delivery.defects_discount_kg,
            delivery.payable_kg, delivery.amount_pen) == (
        Decimal("100.00"), Decimal("3.75"), Decimal("1.00"), Decimal("95.25"),
        Decimal("909.64"))
    assert DiscountTerms.of(delivery) == TERMS
    row = cooperative.delivery_row(session, delivery.id)
    assert (row.defects, row.discount_kg, row.payable_kg) == (Decimal("9.0"), Decimal("4.75"),
                                                              Decimal("95.25"))
    other = deliver(session, coop, member, plot, product="cherry", moisture_pct="40")
    assert other.moisture_discount_kg == 0 and other.payable_kg == other.net_kg
    assert DiscountTerms.of(other) is None


def _receipt(session, number):
    return asdict(cooperative.receipt_data(session, number))


def test_changing_or_deleting_a_rule_or_a_price_never_alters_a_past_receipt(session, coop,
                                                                           member, plot):
    rule = save_discount_rule(session, coop.id, RULE)
    price = save_price(session, coop.id, {"product": "dry_parchment", "grade": "",
                                          "valid_from": "2026-01-01", "price_per_kg_pen": "9.55"})
    past = deliver(session, coop, member, plot, gross_kg="101.00", tare_kg="1.00",
                   moisture_pct="14.5", defects="9", price_per_kg_pen="9.55")
    before = _receipt(session, past.receipt_number)

    save_discount_rule(session, coop.id, {**RULE, "moisture_limit_pct": "10",
                                          "moisture_kg_per_point": "3"}, rule.id)
    save_price(session, coop.id, {"product": "dry_parchment", "grade": "",
                                  "valid_from": "2026-01-01", "price_per_kg_pen": "12"}, price.id)
    session.expire_all()
    assert _receipt(session, past.receipt_number) == before
    # a correction of what was typed keeps the terms the delivery applied
    cooperative.correct_delivery(session, past.id, {"grade": "Especial"})
    assert _receipt(session, past.receipt_number) == {**before, "grade": "Especial"}

    later = deliver(session, coop, member, plot, gross_kg="101.00", tare_kg="1.00",
                    moisture_pct="14.5", defects="9", price_per_kg_pen="12")
    assert later.moisture_discount_kg == Decimal("13.50")  # 4.5 points x 3 kg

    delete_discount_rule(session, rule.id)
    delete_price(session, price.id)
    session.expire_all()
    assert _receipt(session, past.receipt_number) == {**before, "grade": "Especial"}
    assert cooperative.terms_in_force(session, coop.id, "dry_parchment", DAY) is None
    actions = [e.action for e in audit(session, rule.id)]
    assert actions == ["create", "update", "delete"]
    changed = audit(session, price.id)[1]
    assert "price_per_kg_pen" in changed.changes and '"9.55"' in changed.changes


def test_the_price_in_force_for_a_grade_or_any_grade_and_the_station_proposal(session, coop,
                                                                              member, plot):
    deliver(session, coop, member, plot, price_per_kg_pen="8.10")
    assert proposed_price(session, coop.id, "dry_parchment", "", DAY) == Decimal("8.10")
    save_price(session, coop.id, {"product": "dry_parchment", "valid_from": "2026-01-01",
                                  "valid_to": "2026-06-30", "price_per_kg_pen": "9.00"})
    save_price(session, coop.id, {"product": "dry_parchment", "valid_from": "2026-07-01",
                                  "price_per_kg_pen": "10.00"})
    save_price(session, coop.id, {"product": "dry_parchment", "grade": "Especial",
                                  "valid_from": "2026-07-01", "price_per_kg_pen": "11.50"})

    def found(grade, day):
        return price_in_force(session, coop.id, "dry_parchment", grade, day)

    assert found("", date(2026, 6, 30)) == Decimal("9.00")
    assert found("Exportable", date(2026, 7, 1)) == Decimal("10.00")
    assert found("especial", date(2026, 7, 1)) == Decimal("11.50")
    assert found("", date(2025, 12, 31)) is None
    assert proposed_price(session, coop.id, "cherry", "", DAY) is None
    rows = list_prices(session, coop.id, today=date(2026, 7, 15))
    assert [(r.grade, r.status) for r in rows] == [
        ("", "in_force"), ("", "ended"), ("Especial", "in_force")]


def test_bad_periods_overlaps_and_numbers_get_clear_messages(session, coop):
    with pytest.raises(ValidationError) as error:
        save_price(session, coop.id, {"product": "dry_parchment", "valid_from": "2026-05-01",
                                      "valid_to": "2026-04-30", "price_per_kg_pen": "0"})
    assert errors_by_field(error.value) == {
        "valid_to": "The period ends before it starts.",
        "price_per_kg_pen": "The price must be greater than S/ 0."}
    save_price(session, coop.id, {"product": "dry_parchment", "valid_from": "2026-05-01",
                                  "valid_to": "2026-05-31", "price_per_kg_pen": "9"})
    with pytest.raises(ValidationError) as error:
        save_price(session, coop.id, {"product": "dry_parchment", "valid_from": "2026-05-31",
                                      "price_per_kg_pen": "9.5"})
    assert "overlaps the one from" in errors_by_field(error.value)["valid_from"]
    # another grade, or another product, may share the days
    save_price(session, coop.id, {"product": "dry_parchment", "grade": "A",
                                  "valid_from": "2026-05-15", "price_per_kg_pen": "9.5"})
    save_price(session, coop.id, {"product": "cherry", "valid_from": "2026-05-15",
                                  "price_per_kg_pen": "2.5"})
    save_discount_rule(session, coop.id, RULE)
    with pytest.raises(ValidationError) as error:
        save_discount_rule(session, coop.id, {**RULE, "valid_from": "2026-03-01"})
    assert "no end" in errors_by_field(error.value)["valid_from"]
    with pytest.raises(ValidationError) as error:
        save_discount_rule(session, coop.id, {**RULE, "product": "cherry",
                                              "moisture_limit_pct": "120",
                                              "moisture_kg_per_point": "1.234",
                                              "defects_kg_per_point": "-1"})
    assert errors_by_field(error.value) == {
        "moisture_limit_pct": "Moisture limit (%) must be between 0 and 100.",
        "moisture_kg_per_point": "kg off per moisture point (per 100 kg) takes at most 2 "
                                 "decimals.",
        "defects_kg_per_point": "kg off per defect point (per 100 kg) must be between 0 and "
                                "100."}
    assert session.query(DiscountRule).count() == 1 and session.query(Price).count() == 3
    assert [r.product for r in list_discount_rules(session, coop.id)] == ["dry_parchment"]


def test_defects_typed_at_the_station_are_checked(session, coop, member, plot):
    with pytest.raises(ValidationError) as error:
        deliver(session, coop, member, plot, defects="1000.5")
    assert errors_by_field(error.value) == {
        "defects": "Defects (points) must be between 0 and 1000."}
    assert cooperative.delivery_field_errors({"defects": "2,55"})[0].field == "defects"
    assert deliver(session, coop, member, plot, defects="").defects is None


def test_only_the_cooperative_roles_change_prices(database, coop):
    with database.session() as session:
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    database.actor = Actor("Luz Oficina", "office")
    with database.session() as session, pytest.raises(PermissionDenied):
        save_price(session, coop.id, {"product": "cherry", "valid_from": "2026-01-01",
                                      "price_per_kg_pen": "2"})
    database.actor = Actor("Ana", "admin")
    with database.session() as session:
        price = save_price(session, coop.id, {"product": "cherry",
                                              "valid_from": str(date.today() - timedelta(1)),
                                              "price_per_kg_pen": "2"})
        assert [e.user for e in audit(session, price.id)] == ["Ana"]

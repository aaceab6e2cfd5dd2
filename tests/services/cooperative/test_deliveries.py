"""Deliveries: amounts to the cent, gap-free receipt numbers, flags, refusals, corrections
and voids in the audit trail."""

import json
import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.db.agreement import ComplianceVisit
from desktop.db.cooperative import Delivery
from desktop.db.engine import Database
from desktop.services import cooperative
from desktop.services.errors import ValidationError
from tests.services.cooperative.builders import (
    DAY, TODAY, add_agreement, audit, deliver, errors_by_field, make_cooperative, make_family,
    make_member, make_plot,
)


def test_amount_is_net_times_price_to_the_cent_half_up(session, coop, member, plot):
    delivery = deliver(session, coop, member, plot)
    assert delivery.net_kg == Decimal("123.00")
    assert delivery.amount_pen == Decimal("1174.65")
    half = deliver(session, coop, member, plot, gross_kg="1.00", tare_kg="0.50",
                   price_per_kg_pen="0.01")
    assert half.amount_pen == Decimal("0.01")  # 0.005 rounds half up, not to even
    odd = deliver(session, coop, member, plot, gross_kg="10,01", tare_kg="",
                  price_per_kg_pen="1.25")
    assert odd.amount_pen == Decimal("12.51")  # 12.5125
    session.expire_all()
    stored = session.get(Delivery, odd.id)
    assert isinstance(stored.amount_pen, Decimal) and stored.amount_pen == Decimal("12.51")
    assert stored.tare_kg == 0 and stored.net_kg == Decimal("10.010")


def test_receipt_numbers_run_per_cooperative_and_year_without_gaps(session, coop, member, plot,
                                                                   family):
    numbers = [deliver(session, coop, member, plot).receipt_number for _ in range(3)]
    assert numbers == [f"COOPBAM-{DAY.year}-00000{i}" for i in (1, 2, 3)]
    cooperative.void_delivery(session, session.scalar(select(Delivery.id).where(
        Delivery.receipt_number == numbers[1])), "Balanza mal calibrada")
    assert deliver(session, coop, member, plot).sequence == 4  # a void leaves no gap
    last_year = deliver(session, coop, member, plot, delivered_on=date(DAY.year - 1, 12, 30))
    assert last_year.receipt_number == f"COOPBAM-{DAY.year - 1}-000001"
    other = make_cooperative(session, name="Cooperativa Oro Verde", ruc="20109876543",
                             receipt_prefix="ORO")
    other_member = make_member(session, other, family)
    assert deliver(session, other, other_member, plot).receipt_number == \
        f"ORO-{DAY.year}-000001"


def test_two_stations_at_once_get_distinct_consecutive_numbers(database, session, coop, member,
                                                               plot):
    failures = []

    def station():
        db = Database(database.path)
        try:
            with db.session() as s:
                for _ in range(8):
                    deliver(s, coop, member, plot)
        except Exception as error:  # noqa: BLE001 - reported below
            failures.append(error)
        finally:
            db.close()

    threads = [threading.Thread(target=station) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    sequences = sorted(session.scalars(select(Delivery.sequence)))
    assert sequences == list(range(1, 17))


def test_flags_for_missing_agreement_and_non_compliant_plot(session, coop, member, plot, family):
    assert deliver(session, coop, member, plot).flags == "no_active_agreement"
    agreement = add_agreement(session, family, [plot], visits=[
        (date(2026, 2, 1), "compliant"), (DAY - timedelta(days=1), "not_compliant")])
    flagged = deliver(session, coop, member, plot)
    assert flagged.flags == "plot_not_compliant"
    assert cooperative.flags_text(flagged.flags, "en") == "Plot not compliant at last visit"
    assert cooperative.flags_text(flagged.flags, "es") == "Parcela no cumplió en la última visita"
    session.add(ComplianceVisit(agreement_id=agreement.id, visited_on=DAY, result="compliant"))
    session.commit()
    assert deliver(session, coop, member, plot).flags == ""
    agreement.status = "suspended"
    session.commit()
    assert cooperative.delivery_flags(session, member.id, plot.id, DAY) == [
        "no_active_agreement"]
    rows = cooperative.search_deliveries(session, cooperative.DeliveryFilter(
        coop.id, flagged_only=True))
    assert len(rows) == 2


def test_wrong_entries_are_refused_and_nothing_is_saved(session, coop, member, plot, community):
    with pytest.raises(ValidationError) as caught:
        deliver(session, coop, member, plot, gross_kg="-5", moisture_pct="120",
                cup_score="101", price_per_kg_pen="0", delivered_on=TODAY + timedelta(days=1))
    found = errors_by_field(caught.value)
    assert found["gross_kg"] == "The gross weight must be greater than 0 kg."
    assert found["moisture_pct"] == "Moisture must be between 0 and 100 %."
    assert found["cup_score"] == "The cup score must be between 0 and 100."
    assert found["price_per_kg_pen"] == "The price must be greater than S/ 0."
    assert found["delivered_on"] == "The delivery date cannot be in the future."

    with pytest.raises(ValidationError) as caught:
        deliver(session, coop, member, plot, membership_id=None, member="Z-99", tare_kg="200",
                gross_kg="100.123")
    found = errors_by_field(caught.value)
    assert found["membership_id"] == "No member matches “Z-99”."
    assert found["gross_kg"] == "Gross (kg) takes at most 2 decimals."

    with pytest.raises(ValidationError) as caught:
        deliver(session, coop, member, plot, tare_kg="150")
    assert errors_by_field(caught.value)["tare_kg"] == \
        "The tare must be less than the gross weight."

    stranger = make_family(session, community, given_names="Luz", paternal_surname="Vela",
                           dni="22334455", sex="F")
    foreign_plot = make_plot(session, stranger, "Ajena")
    with pytest.raises(ValidationError) as caught:
        deliver(session, coop, member, foreign_plot)
    assert "plot_id" in errors_by_field(caught.value)
    with pytest.raises(ValidationError) as caught:
        deliver(session, coop, member, None)
    assert errors_by_field(caught.value)["plot_id"] == "Choose the plot the coffee comes from."
    assert session.scalar(select(func.count()).select_from(Delivery)) == 0


def test_a_member_can_be_given_by_code(session, coop, member, plot):
    delivery = deliver(session, coop, member, plot, membership_id=None, member="m-0001")
    assert delivery.membership_id == member.id


def test_field_checks_without_the_database():
    errors = cooperative.delivery_field_errors({"moisture_pct": "101"})
    assert [(e.field, e.text("en")) for e in errors] == [
        ("moisture_pct", "Moisture must be between 0 and 100 %.")]
    assert cooperative.delivery_field_errors({"gross_kg": "abc"})[0].field == "gross_kg"
    assert cooperative.delivery_field_errors({"gross_kg": "12,5", "tare_kg": "0.5"}) == []


def test_correction_recomputes_and_is_audited(session, coop, member, plot):
    delivery = deliver(session, coop, member, plot)
    corrected = cooperative.correct_delivery(session, delivery.id, {"gross_kg": "133.45",
                                                                    "grade": "Especial"})
    assert corrected.net_kg == Decimal("133.00")
    assert corrected.amount_pen == Decimal("1270.15")
    assert corrected.receipt_number == delivery.receipt_number
    update = [e for e in audit(session, delivery.id) if e.action == "update"][-1]
    changes = json.loads(update.changes)
    assert [Decimal(v) for v in changes["gross_kg"]] == [Decimal("123.45"), Decimal("133.45")]
    assert [Decimal(v) for v in changes["amount_pen"]] == [Decimal("1174.65"),
                                                           Decimal("1270.15")]
    assert changes["grade"] == ["Exportable", "Especial"]

    with pytest.raises(ValidationError, match="carries the year"):
        cooperative.correct_delivery(session, delivery.id,
                                     {"delivered_on": date(DAY.year - 1, 6, 1)})
    cooperative.mark_paid(session, [delivery.id], TODAY)
    with pytest.raises(ValidationError, match="its amount cannot change"):
        cooperative.correct_delivery(session, delivery.id, {"price_per_kg_pen": "10"})
    cooperative.correct_delivery(session, delivery.id, {"grade": "Exportable"})  # no money


def test_void_keeps_the_delivery_in_the_file_and_the_audit(session, coop, member, plot):
    delivery = deliver(session, coop, member, plot)
    with pytest.raises(ValidationError) as caught:
        cooperative.void_delivery(session, delivery.id, "  ")
    assert errors_by_field(caught.value)["void_reason"] == "Say why the delivery is voided."
    cooperative.void_delivery(session, delivery.id, "Socio equivocado")
    session.expire_all()
    stored = session.get(Delivery, delivery.id)
    assert stored.voided_at == TODAY and stored.deleted_at is None
    assert stored.void_reason == "Socio equivocado"
    changes = json.loads(audit(session, delivery.id)[-1].changes)
    assert changes["void_reason"] == ["", "Socio equivocado"]
    assert changes["voided_at"][0] is None
    with pytest.raises(ValidationError, match="already voided"):
        cooperative.void_delivery(session, delivery.id, "otra vez")
    with pytest.raises(ValidationError, match="cannot be corrected"):
        cooperative.correct_delivery(session, delivery.id, {"grade": "X"})
    assert cooperative.amounts_owed(session, coop.id) == []
    rows = cooperative.search_deliveries(session, cooperative.DeliveryFilter(coop.id))
    assert rows[0].voided
    assert cooperative.search_deliveries(session, cooperative.DeliveryFilter(
        coop.id, include_voided=False)) == []

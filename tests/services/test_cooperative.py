"""The cooperative: members, deliveries to the cent, gap-free receipt numbers, flags,
corrections and voids in the audit trail, payments and lots."""

import json
import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.db.agreement import Agreement, ComplianceVisit
from desktop.db.audit import AuditEntry
from desktop.db.cooperative import Delivery
from desktop.db.engine import Database
from desktop.services import cooperative, registry
from desktop.services.errors import NotFound, ValidationError
from tests.conftest import head

TODAY = date.today()
DAY = TODAY - timedelta(days=3)


# --- builders shared by the cooperative's tests ------------------------------------------------

def make_cooperative(session, **extra):
    values = {"name": "Cooperativa Agraria Café Bosque de Alto Mayo", "ruc": "20601234567",
              "address": "Jr. Huallaga 245, Nueva Cajamarca", "receipt_prefix": "COOPBAM"}
    values.update(extra)
    return cooperative.save_cooperative(session, values)


def make_plot(session, family, name="La Esperanza", area="2.5", **extra):
    values = {"name": name, "area_ha": area, "land_use": "coffee",
              "latitude": "-5.812345", "longitude": "-77.412345"}
    values.update(extra)
    return registry.add_plot(session, family.id, values)


def make_family(session, community, **head_values):
    return registry.create_family(session, {"community_id": community.id,
                                            "inside_forest": True}, head(**head_values))


def make_member(session, coop, family, **extra):
    return cooperative.save_membership(session, coop.id, {"family_code": family.code,
                                                          "joined_on": "2020-03-01", **extra})


def add_agreement(session, family, plots, status="active", visits=(), number=None):
    count = session.scalar(select(func.count()).select_from(Agreement))
    agreement = Agreement(number=number or f"AC-2026-{count + 1:04d}", family_id=family.id,
                          status=status, start_date=date(2026, 1, 10))
    agreement.plots.extend(plots)
    session.add(agreement)
    session.flush()
    for day, result in visits:
        session.add(ComplianceVisit(agreement_id=agreement.id, visited_on=day, result=result,
                                    inspector="Guardaparque"))
    session.commit()
    return agreement


def deliver(session, coop, membership, plot, **extra):
    values = {"delivered_on": DAY, "membership_id": membership.id,
              "plot_id": plot.id if plot is not None else None, "product": "dry_parchment",
              "gross_kg": "123.45", "tare_kg": "0.45", "moisture_pct": "12.5",
              "grade": "Exportable", "cup_score": "84.25", "price_per_kg_pen": "9.55"}
    values.update(extra)
    return cooperative.record_delivery(session, coop.id, values)


@pytest.fixture
def coop(session):
    return make_cooperative(session)


@pytest.fixture
def plot(session, family):
    return make_plot(session, family)


@pytest.fixture
def member(session, coop, family, plot):
    return make_member(session, coop, family)


def audit(session, entity_id):
    return list(session.scalars(select(AuditEntry).where(AuditEntry.entity_id == entity_id)
                                .order_by(AuditEntry.at)))


def errors_by_field(error: ValidationError) -> dict:
    return {e.field: e.text("en") for e in error.errors}


# --- cooperatives and members ------------------------------------------------------------------

def test_cooperative_needs_an_11_digit_ruc_and_a_clean_prefix(session):
    with pytest.raises(ValidationError) as caught:
        make_cooperative(session, ruc="2060123", receipt_prefix="COOP BAM")
    found = errors_by_field(caught.value)
    assert found["ruc"] == "A RUC has exactly 11 digits."
    assert "receipt_prefix" in found
    coop = make_cooperative(session, receipt_prefix="coopbam")
    assert coop.receipt_prefix == "COOPBAM"
    with pytest.raises(ValidationError, match="already registered"):
        make_cooperative(session, name="Otra")


def test_member_codes_certifications_and_search(session, coop, family, community):
    member = make_member(session, coop, family, organic_until="31/05/2027",
                         fair_trade_until="2020-01-01")
    assert member.member_code == "M-0001"
    kinds = {c["kind"]: c["valid_to"] for c in json.loads(member.certifications)}
    assert kinds == {"organic": "2027-05-31", "fair_trade": "2020-01-01"}
    other = make_family(session, community, given_names="Rosa", paternal_surname="Quispe",
                        maternal_surname="Huamán", dni="44556677", sex="F")
    second = make_member(session, coop, other, member_code="B-17")
    assert second.member_code == "B-17"

    assert [r.member_code for r in cooperative.search_members(session, coop.id, "nunez")] == [
        "M-0001"]
    assert [r.member_code for r in cooperative.search_members(session, coop.id, "HUAMAN")] == [
        "B-17"]
    assert [r.member_code for r in cooperative.search_members(session, coop.id, "44556677")] \
        == ["B-17"]
    row = cooperative.search_members(session, coop.id, "m-0001")[0]
    assert row.name == "José Núñez Pérez" and row.dni == "01234567"
    assert row.certifications == ("organic",)  # fair trade expired

    with pytest.raises(ValidationError) as caught:
        make_member(session, coop, family)
    assert "already member M-0001" in caught.value.text("en")
    with pytest.raises(ValidationError) as caught:
        cooperative.save_membership(session, coop.id, {"family_code": "F-999999"})
    assert errors_by_field(caught.value)["family_code"] == "There is no family with code F-999999."


def test_membership_of_a_named_person_of_the_family(session, coop, family):
    spouse = registry.add_member(session, family.id, {
        "given_names": "Rosa", "paternal_surname": "Tuesta", "dni": "87654321", "sex": "F",
        "relation": "spouse"})
    member = make_member(session, coop, family, dni="87654321")
    assert member.person_id == spouse.id
    assert cooperative.member_name(member) == "Rosa Tuesta"
    with pytest.raises(ValidationError, match="No member of this family has DNI"):
        cooperative.save_membership(session, coop.id, {"dni": "11111111"}, member.id)


# --- deliveries: amounts, numbers, flags ------------------------------------------------------

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


# --- corrections and voids ---------------------------------------------------------------------

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


# --- payments ------------------------------------------------------------------------------

def test_payments_one_by_one_and_up_to_a_date(session, coop, member, plot, family, community):
    early = deliver(session, coop, member, plot, delivered_on=DAY - timedelta(days=10))
    middle = deliver(session, coop, member, plot, delivered_on=DAY - timedelta(days=5))
    late = deliver(session, coop, member, plot, delivered_on=DAY)
    other_family = make_family(session, community, given_names="Rosa",
                               paternal_surname="Quispe", dni="44556677", sex="F")
    other = make_member(session, coop, other_family)
    make_plot(session, other_family, "Alto")
    other_delivery = deliver(session, coop, other, cooperative.member_plots(
        session, other.id)[0], gross_kg="50", tare_kg="0", price_per_kg_pen="10")

    owed = cooperative.amounts_owed(session, coop.id)
    assert [(o.member_code, o.deliveries, o.amount_pen) for o in owed] == [
        ("M-0001", 3, Decimal("3523.95")), ("M-0002", 1, Decimal("500.00"))]

    result = cooperative.mark_paid(session, [middle.id])
    assert (result.deliveries, result.amount_pen) == (1, Decimal("1174.65"))
    with pytest.raises(ValidationError, match="already paid"):
        cooperative.mark_paid(session, [middle.id, other_delivery.id])
    assert session.get(Delivery, other_delivery.id).paid_on is None  # all or nothing

    result = cooperative.pay_member_up_to(session, member.id, DAY - timedelta(days=1))
    assert result.deliveries == 1
    session.expire_all()
    assert session.get(Delivery, early.id).paid_on == TODAY
    assert session.get(Delivery, late.id).paid_on is None
    owed = cooperative.amounts_owed(session, coop.id)
    assert [(o.member_code, o.amount_pen) for o in owed] == [
        ("M-0001", Decimal("1174.65")), ("M-0002", Decimal("500.00"))]
    assert cooperative.amounts_owed(session, coop.id, up_to=DAY - timedelta(days=1)) == []
    with pytest.raises(ValidationError, match="future"):
        cooperative.mark_paid(session, [late.id], TODAY + timedelta(days=1))


# --- lots and figures ------------------------------------------------------------------------

def test_a_delivery_belongs_to_at_most_one_lot(session, coop, member, plot):
    one, two, voided = (deliver(session, coop, member, plot) for _ in range(3))
    cooperative.void_delivery(session, voided.id, "duplicado")
    lot = cooperative.save_lot(session, coop.id, {"code": "L-2026-01", "buyer": "Kaffe ApS",
                                                  "destination_country": "Denmark",
                                                  "shipping_date": "2026-08-15",
                                                  "organic": True, "fair_trade": True})
    assert json.loads(lot.certifications) == ["organic", "fair_trade"]
    other = cooperative.save_lot(session, coop.id, {"code": "L-2026-02",
                                                    "certifications": ["fairtrade"]})
    assert json.loads(other.certifications) == ["fair_trade"]
    assert cooperative.assign_to_lot(session, lot.id, [one.id, two.id]) == 2
    with pytest.raises(ValidationError, match="already in lot L-2026-01"):
        cooperative.assign_to_lot(session, other.id, [one.id])
    with pytest.raises(ValidationError, match="is voided"):
        cooperative.assign_to_lot(session, other.id, [voided.id])
    with pytest.raises(ValidationError, match="take it out of the lot first"):
        cooperative.void_delivery(session, one.id, "error")
    assert cooperative.lot_total_kg(session, lot.id) == Decimal("246.000")
    rows = cooperative.list_lots(session, coop.id)
    assert [(r.code, r.deliveries, r.net_kg) for r in rows] == [
        ("L-2026-01", 2, Decimal("246.000")), ("L-2026-02", 0, Decimal("0.000"))]
    cooperative.remove_from_lot(session, [one.id])
    assert cooperative.assign_to_lot(session, other.id, [one.id]) == 1
    with pytest.raises(ValidationError, match="already used"):
        cooperative.save_lot(session, coop.id, {"code": "L-2026-02"})
    with pytest.raises(NotFound):
        cooperative.lot_by_code(session, "L-1999")


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


def test_receipt_data_has_what_the_receipt_prints(session, coop, member, plot):
    delivery = deliver(session, coop, member, plot)
    data = cooperative.receipt_data(session, delivery.receipt_number)
    assert (data.cooperative, data.member_code, data.member, data.dni, data.plot) == (
        coop.name, "M-0001", "José Núñez Pérez", "01234567", "La Esperanza")
    assert data.amount_pen == Decimal("1174.65") and data.flags == ("no_active_agreement",)
    with pytest.raises(NotFound):
        cooperative.receipt_data(session, "COOPBAM-1999-000001")

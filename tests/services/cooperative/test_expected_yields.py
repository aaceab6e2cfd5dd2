"""Plausible kilos (issue 16 item 8): the expected yield per product and community, the flag
on a delivery above what the family's coffee plots can give, and the lot's export listing it."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.services import cooperative
from desktop.services.cooperative import traceability
from desktop.services.cooperative.expected_yields import (
    ABOVE_EXPECTED_YIELD, list_expected_yields, remove_expected_yield, set_expected_yield,
)
from desktop.services.errors import ValidationError
from tests.services.cooperative.builders import DAY, deliver, make_plot

ABOVE = ABOVE_EXPECTED_YIELD


def kg(session, coop, member, plot, net, **extra):
    return deliver(session, coop, member, plot, gross_kg=str(net), tare_kg="0", **extra)


def test_no_yield_set_no_check(session, coop, member, plot):
    assert ABOVE not in kg(session, coop, member, plot, 40000).flags


def test_a_delivery_above_the_plots_yield_is_flagged(session, coop, member, plot, family):
    # 2.5 ha of coffee x 800 kg/ha = 2000 kg of dry parchment this season
    set_expected_yield(session, coop.id, "dry_parchment", None, "800")
    make_plot(session, family, name="Monte", area="10", land_use="forest")  # not coffee
    first = kg(session, coop, member, plot, 1500)
    second = kg(session, coop, member, plot, 500)  # exactly 2000: plausible
    third = kg(session, coop, member, plot, "0.5")
    assert ABOVE not in first.flags and ABOVE not in second.flags
    assert third.flags.split(",")[-1] == ABOVE
    assert "expected yield" in cooperative.flags_text(third.flags, "en")
    assert "rendimiento esperado" in cooperative.flags_text(third.flags, "es")
    # another product has its own yield (none set here), another year its own season
    assert ABOVE not in kg(session, coop, member, plot, 3000, product="cherry").flags
    last_year = date(DAY.year - 1, 6, 1).isoformat()
    assert ABOVE not in kg(session, coop, member, plot, 1000, delivered_on=last_year).flags


def test_voided_deliveries_do_not_count_and_a_correction_is_checked(session, coop, member,
                                                                     plot):
    set_expected_yield(session, coop.id, "dry_parchment", None, "800")
    big = kg(session, coop, member, plot, 1900)
    cooperative.void_delivery(session, big.id, "Pesado dos veces")
    small = kg(session, coop, member, plot, 1900)
    assert ABOVE not in small.flags
    fixed = cooperative.correct_delivery(session, small.id, {"gross_kg": "2100"})
    assert ABOVE in fixed.flags
    back = cooperative.correct_delivery(session, small.id, {"gross_kg": "1999"})
    assert ABOVE not in back.flags  # its own old kilos do not count twice


def test_a_community_yield_wins_over_the_default(session, coop, member, plot, community):
    set_expected_yield(session, coop.id, "dry_parchment", None, "2000")
    set_expected_yield(session, coop.id, "dry_parchment", community.id, "400")  # 1000 kg
    again = set_expected_yield(session, coop.id, "dry_parchment", community.id, "400.5")
    rows = list_expected_yields(session, coop.id)
    assert [(r.community, r.kg_per_ha) for r in rows] == [
        ("", Decimal("2000.000")), (community.name, Decimal("400.500"))]
    assert ABOVE in kg(session, coop, member, plot, 1100).flags
    remove_expected_yield(session, again.id)
    assert ABOVE not in kg(session, coop, member, plot, 1100).flags  # 2200 of 5000


@pytest.mark.parametrize("value", ["0", "-5", "abc", "20001", "1.25"])
def test_a_bad_yield_is_refused(session, coop, value):
    with pytest.raises(ValidationError) as refused:
        set_expected_yield(session, coop.id, "dry_parchment", None, value)
    assert refused.value.errors[0].field == "kg_per_ha"
    with pytest.raises(ValidationError):
        set_expected_yield(session, coop.id, "beans", None, "800")


def test_the_lot_export_lists_the_flag(session, coop, member, plot, tmp_path):
    set_expected_yield(session, coop.id, "dry_parchment", None, "100")  # 250 kg
    deliveries = [kg(session, coop, member, plot, 200), kg(session, coop, member, plot, 100)]
    lot = cooperative.save_lot(session, coop.id, {"code": "L-01", "buyer": "Buyer"})
    cooperative.assign_to_lot(session, lot.id, [d.id for d in deliveries])
    trace = traceability.lot_traceability(session, lot.id)
    assert ABOVE in trace.features[0]["properties"]["flags"]

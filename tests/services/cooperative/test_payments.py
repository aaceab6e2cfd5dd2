"""Payments one by one and up to a date, and what is owed."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.db.cooperative import Delivery
from desktop.services import cooperative
from desktop.services.errors import ValidationError
from tests.services.cooperative.builders import (
    DAY, TODAY, deliver, make_family, make_member, make_plot,
)


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
    # paid today as the service saw it (not the date the test module was imported: midnight)
    assert session.get(Delivery, early.id).paid_on == date.today()
    assert session.get(Delivery, late.id).paid_on is None
    owed = cooperative.amounts_owed(session, coop.id)
    assert [(o.member_code, o.amount_pen) for o in owed] == [
        ("M-0001", Decimal("1174.65")), ("M-0002", Decimal("500.00"))]
    assert cooperative.amounts_owed(session, coop.id, up_to=DAY - timedelta(days=1)) == []
    with pytest.raises(ValidationError, match="future"):
        cooperative.mark_paid(session, [late.id], TODAY + timedelta(days=1))

"""What a printed receipt shows, read from the database."""

from decimal import Decimal

import pytest

from desktop.services import cooperative
from desktop.services.errors import NotFound
from tests.services.cooperative.builders import deliver


def test_receipt_data_has_what_the_receipt_prints(session, coop, member, plot):
    delivery = deliver(session, coop, member, plot)
    data = cooperative.receipt_data(session, delivery.receipt_number)
    assert (data.cooperative, data.member_code, data.member, data.dni, data.plot) == (
        coop.name, "M-0001", "José Núñez Pérez", "01234567", "La Esperanza")
    assert data.amount_pen == Decimal("1174.65") and data.flags == ("no_active_agreement",)
    with pytest.raises(NotFound):
        cooperative.receipt_data(session, "COOPBAM-1999-000001")

"""Lots: a delivery belongs to at most one lot; certifications; totals."""

import json
from decimal import Decimal

import pytest

from desktop.services import cooperative
from desktop.services.errors import NotFound, ValidationError
from tests.services.cooperative.builders import deliver


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

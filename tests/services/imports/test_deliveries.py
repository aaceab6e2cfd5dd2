"""Importing deliveries: new cooperatives and members, updates by receipt."""

from decimal import Decimal

from sqlalchemy import func, select

from desktop.db.cooperative import Delivery, Membership
from desktop.services.imports import import_file
from tests.services.imports.helpers import (
    write_csv,
)

DELIVERIES = ("recibo;fecha;cooperativa;ruc;codigo_familia;dni;producto;kg_neto;humedad;"
              "precio_kg\n"
              "R-0001;10/03/2025;Coop Alto Mayo;20601234567;F-000001;;Pergamino seco;120,5;"
              "12,5;9,80\n"
              "R-0002;11/03/2025;coop alto mayo;;;01234567;cereza;300;50;2\n")


def test_deliveries_create_cooperative_and_member_then_update_by_receipt(database, family,
                                                                           tmp_path):
    path = write_csv(tmp_path / "entregas.csv", DELIVERIES, "cp1252")
    result = import_file(database, "deliveries", path)
    assert result.ok, [e.line("en") for e in result.errors]
    notes = " | ".join(w.line("en") for w in result.warnings)
    assert "Cooperative “Coop Alto Mayo” does not exist yet" in notes
    assert "Family F-000001 becomes member M-0001 of Coop Alto Mayo" in notes
    with database.session() as s:
        first = s.scalar(select(Delivery).where(Delivery.receipt_number == "R-0001"))
        assert first.net_kg == Decimal("120.5") and first.moisture_pct == Decimal("12.5")
        assert first.amount_pen == Decimal("1180.90") and first.product == "dry_parchment"
        assert first.flags == "no_active_agreement"
        assert s.scalar(select(func.count()).select_from(Membership)) == 1
    changed = write_csv(tmp_path / "b.csv", DELIVERIES.replace("9,80", "10"))
    again = import_file(database, "deliveries", changed)
    assert again.counts()["delivery"] == {"create": 0, "update": 1, "unchanged": 1}
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Delivery)) == 2
        first = s.scalar(select(Delivery).where(Delivery.receipt_number == "R-0001"))
        assert first.amount_pen == Decimal("1205.00")


def test_delivery_errors(database, family, tmp_path):
    path = write_csv(tmp_path / "e.csv",
                     "recibo,fecha,cooperativa,codigo_familia,dni,producto,kg_neto,humedad,"
                     "precio_kg\n"
                     "R-1,10/03/2025,Sin Registro,F-000001,,cereza,10,50,2\n"
                     "R-2,10/03/2025,Sin Registro,,,cereza,0,150,2\n")
    result = import_file(database, "deliveries", path)
    reasons = {(e.row, e.column): e.reason("en") for e in result.errors}
    assert reasons[(2, "cooperativa")].startswith("Cooperative “Sin Registro” is not registered")
    assert reasons[(3, "kg_neto")] == "The net weight must be greater than 0 kg."
    assert reasons[(3, "humedad")] == "Moisture must be between 0 and 100 %."
    assert reasons[(3, "codigo_familia")] == "Give the family code or the DNI of who delivered."

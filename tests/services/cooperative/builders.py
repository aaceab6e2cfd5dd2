"""Builders shared by the cooperative's tests (and the receipt, command-line and page tests)."""

from datetime import date, timedelta

from sqlalchemy import func, select

from desktop.db.agreement import Agreement, ComplianceVisit
from desktop.db.audit import AuditEntry
from desktop.services import cooperative, registry
from desktop.services.errors import ValidationError
from tests.conftest import head

TODAY = date.today()
DAY = TODAY - timedelta(days=3)


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


def audit(session, entity_id):
    return list(session.scalars(select(AuditEntry).where(AuditEntry.entity_id == entity_id)
                                .order_by(AuditEntry.at)))


def errors_by_field(error: ValidationError) -> dict:
    return {e.field: e.text("en") for e in error.errors}

"""Plausible kilos (issue 16 item 8): what a member's coffee plots can give in a season, and
the flag on a delivery that goes beyond it.

Coffee bought from elsewhere must not be sold as coming from plots under agreement (the EU
Deforestation Regulation asks for exactly this). The cooperative sets the kilos per hectare a
coffee plot is expected to give of each product — for one community (its zone), or without a
community as its default. When a delivery is recorded, the family's season total of that
product (its deliveries to this cooperative in the delivery's calendar year, every membership
of the family counted, voided ones not) is compared with the family's coffee plots' area ×
the expected yield of the family's community (else the default). A delivery that takes the
total above it is recorded with the flag `above_expected_yield` (never refused), and the lot's
traceability export lists it with the other flags.

Without an expected yield for the product the check is not made. The check is one statement
of three small indexed reads: the yield, the family's coffee area (ix_plots_family) and the
family's season total (ix_deliveries_member_totals: one member's year of deliveries).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.db.community import Community
from desktop.db.station_day import ExpectedYield
from desktop.db.types import Hectares
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import live, soft_delete
from desktop.services.cooperative.cooperatives import get_cooperative
from desktop.services.cooperative.rules import PRODUCTS, kilograms
from desktop.services.errors import FieldError, ValidationError
from desktop.services.people.permissions import require

ABOVE_EXPECTED_YIELD = "above_expected_yield"
#: Land uses whose area counts as coffee plots.
COFFEE_LAND_USES = ("coffee",)
MAX_KG_PER_HA = Decimal(20000)


@dataclass(frozen=True)
class YieldRow:
    id: str
    product: str
    community_id: str | None
    community: str  # "" for the cooperative's default
    kg_per_ha: Decimal

    def value(self, name: str):
        return getattr(self, name)


def list_expected_yields(session: Session, cooperative_id: str) -> list[YieldRow]:
    """The cooperative's expected yields: defaults first, then by community and product."""
    rows = session.execute(select(ExpectedYield, Community.name).outerjoin(
        Community, Community.id == ExpectedYield.community_id).where(
        ExpectedYield.cooperative_id == cooperative_id, ExpectedYield.deleted_at.is_(None))).all()
    found = [YieldRow(y.id, y.product, y.community_id, name or "", y.kg_per_ha)
             for y, name in rows]
    return sorted(found, key=lambda r: (r.community_id is not None, r.community,
                                        PRODUCTS.index(r.product)))


def _kg_per_ha(raw) -> Decimal:
    try:
        value = Decimal(str(raw).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        value = None
    if value is None or not value.is_finite() or not 0 < value <= MAX_KG_PER_HA \
            or value != value.quantize(Decimal("0.1")):
        raise ValidationError.single("kg_per_ha", QT_TRANSLATE_NOOP(
            "Validation", "The expected yield must be a number of kilos per hectare above 0 "
                          "and up to {most}, with at most one decimal."), most=MAX_KG_PER_HA)
    return value


def set_expected_yield(session: Session, cooperative_id: str, product: str,
                       community_id: str | None, kg_per_ha) -> ExpectedYield:
    """Set the expected yield of `product` for a community (None: the cooperative's default),
    replacing the one set before (the audit keeps it)."""
    require(session, "cooperative.edit")
    get_cooperative(session, cooperative_id)
    errors = []
    if product not in PRODUCTS:
        errors.append(FieldError("product", QT_TRANSLATE_NOOP(
            "Validation", "Choose the product.")))
    if community_id:
        live(session, Community, community_id, "community")
    try:
        value = _kg_per_ha(kg_per_ha)
    except ValidationError as error:
        errors += error.errors
    if errors:
        raise ValidationError(errors)
    found = session.scalar(select(ExpectedYield).where(
        ExpectedYield.cooperative_id == cooperative_id, ExpectedYield.product == product,
        ExpectedYield.community_id.is_(None) if not community_id
        else ExpectedYield.community_id == community_id,
        ExpectedYield.deleted_at.is_(None)))
    if found is None:
        found = ExpectedYield(cooperative_id=cooperative_id, product=product,
                              community_id=community_id or None)
        session.add(found)
    found.kg_per_ha = value
    session.commit()
    return found


def remove_expected_yield(session: Session, yield_id: str) -> None:
    require(session, "cooperative.edit")
    found = live(session, ExpectedYield, yield_id, "expected yield")
    soft_delete(found)
    session.commit()


def season_bounds(day: date) -> tuple[date, date]:
    """The season a delivery counts in: its calendar year (receipt numbers run per year too)."""
    return date(day.year, 1, 1), date(day.year, 12, 31)


#: The yield, the coffee area and the season's kilos of a member's family in one statement
#: (text: SQLAlchemy's building of three ORM statements cost more than SQLite's answer).
CHECK_SQL = """
SELECT
  (SELECT y.kg_per_ha FROM expected_yields y
   WHERE y.cooperative_id = m.cooperative_id AND y.product = :product
     AND y.deleted_at IS NULL AND (y.community_id = f.community_id OR y.community_id IS NULL)
   ORDER BY y.community_id IS NULL LIMIT 1) AS kg_per_ha,
  (SELECT sum(p.area_ha) FROM plots p
   WHERE p.family_id = m.family_id AND p.deleted_at IS NULL
     AND p.land_use IN ({land_uses})) AS area_ha,
  (SELECT sum(d.net_kg) FROM deliveries d
   WHERE d.cooperative_id = m.cooperative_id
     AND d.membership_id IN (SELECT o.id FROM memberships o
                             WHERE o.family_id = m.family_id
                               AND o.cooperative_id = m.cooperative_id)
     AND d.delivered_on >= :start AND d.delivered_on <= :end AND d.product = :product
     AND d.deleted_at IS NULL AND d.voided_at IS NULL AND d.id != :exclude) AS delivered
FROM memberships m JOIN families f ON f.id = m.family_id
WHERE m.id = :membership
""".replace("{land_uses}", ", ".join(f"'{use}'" for use in COFFEE_LAND_USES))


def yield_flags(session: Session, membership_id: str, product: str, day: date,
                net_kg: Decimal, exclude_id: str | None = None) -> list[str]:
    """[ABOVE_EXPECTED_YIELD] when `net_kg` more of `product` on `day` takes the family's
    season above what its coffee plots can give; [] otherwise, or when no yield is set.
    `exclude_id`: a delivery being corrected (its old kilos do not count)."""
    start, end = season_bounds(day)
    row = session.execute(text(CHECK_SQL), {
        "membership": membership_id, "product": product, "start": start.isoformat(),
        "end": end.isoformat(), "exclude": exclude_id or ""}).one_or_none()
    if row is None or row.kg_per_ha is None:
        return []
    capacity = Hectares.process_result_value(row.area_ha or 0, None) * kilograms(row.kg_per_ha)
    delivered = kilograms(row.delivered)
    return [ABOVE_EXPECTED_YIELD] if delivered + Decimal(net_kg) > capacity else []


__all__ = [
    "ABOVE_EXPECTED_YIELD", "CHECK_SQL", "COFFEE_LAND_USES", "MAX_KG_PER_HA", "YieldRow",
    "list_expected_yields", "remove_expected_yield", "season_bounds", "set_expected_yield",
    "yield_flags",
]

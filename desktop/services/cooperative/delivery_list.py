"""The deliveries list: one page at a time, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.services.cooperative.members import MEMBER_NAME_SQL
from desktop.services.cooperative.rules import as_date, kilograms, percent, soles
from desktop.services.cooperative.weighing import Weighing
from desktop.services.errors import NotFound
from desktop.textnorm import fold, like_pattern


@dataclass(frozen=True)
class DeliveryRow(Weighing):
    id: str
    receipt_number: str
    delivered_on: date
    member_code: str
    member: str
    membership_id: str
    plot: str
    plot_id: str | None
    flags: str
    lot: str
    lot_id: str | None

    def value(self, name: str):
        return getattr(self, name)


_DELIVERY_SELECT = f"""
SELECT d.id, d.receipt_number, d.delivered_on, m.member_code, {MEMBER_NAME_SQL} AS member,
  m.id AS membership_id, coalesce(pl.name, '') AS plot, d.plot_id, d.product, d.gross_kg,
  d.tare_kg, d.net_kg, d.moisture_pct, d.grade, d.cup_score, d.price_per_kg_pen, d.amount_pen,
  d.paid_on, d.voided_at, d.void_reason, d.flags, coalesce(l.code, '') AS lot, d.lot_id
FROM deliveries d JOIN memberships m ON m.id = d.membership_id
JOIN families f ON f.id = m.family_id
LEFT JOIN plots pl ON pl.id = d.plot_id
LEFT JOIN lots l ON l.id = d.lot_id
"""

DELIVERY_SORT = {
    "receipt_number": "d.receipt_number", "delivered_on": "d.delivered_on",
    "member_code": "m.member_code", "member": "member", "plot": "plot",
    "product": "d.product", "gross_kg": "d.gross_kg", "tare_kg": "d.tare_kg",
    "net_kg": "d.net_kg", "moisture_pct": "d.moisture_pct", "grade": "d.grade",
    "cup_score": "d.cup_score", "price_per_kg_pen": "d.price_per_kg_pen",
    "amount_pen": "d.amount_pen", "paid_on": "d.paid_on", "lot": "lot", "flags": "d.flags",
    "voided_at": "d.voided_at",
}


@dataclass
class DeliveryFilter:
    """What the deliveries list shows."""

    cooperative_id: str
    query: str = ""
    unpaid_only: bool = False
    include_voided: bool = True
    membership_id: str | None = None
    lot_id: str | None = None
    unassigned: bool = False  # not voided and in no lot
    flagged_only: bool = False

    def where(self) -> tuple[str, dict]:
        clauses = ["d.cooperative_id = :coop", "d.deleted_at IS NULL"]
        params: dict = {"coop": self.cooperative_id}
        for i, word in enumerate(fold(self.query).split()):
            params[f"w{i}"] = like_pattern(word)
            clauses.append(f"(d.receipt_number LIKE :w{i} ESCAPE '\\' "
                           f"OR m.member_code LIKE :w{i} ESCAPE '\\' "
                           f"OR f.search_text LIKE :w{i} ESCAPE '\\')")
        if self.unpaid_only:
            clauses.append("d.paid_on IS NULL AND d.voided_at IS NULL")
        if not self.include_voided or self.unassigned:
            clauses.append("d.voided_at IS NULL")
        if self.membership_id:
            clauses.append("d.membership_id = :membership")
            params["membership"] = self.membership_id
        if self.lot_id:
            clauses.append("d.lot_id = :lot")
            params["lot"] = self.lot_id
        if self.unassigned:
            clauses.append("d.lot_id IS NULL")
        if self.flagged_only:
            clauses.append("d.flags != ''")
        return " AND ".join(clauses), params


def _delivery_row(r) -> DeliveryRow:
    return DeliveryRow(
        r.id, r.receipt_number, as_date(r.delivered_on), r.member_code, r.member,
        r.membership_id, r.plot, r.plot_id, r.flags, r.lot, r.lot_id,
        product=r.product, gross_kg=kilograms(r.gross_kg), tare_kg=kilograms(r.tare_kg),
        net_kg=kilograms(r.net_kg), moisture_pct=percent(r.moisture_pct), grade=r.grade,
        cup_score=percent(r.cup_score), price_per_kg_pen=soles(r.price_per_kg_pen),
        amount_pen=soles(r.amount_pen), paid_on=as_date(r.paid_on),
        voided_at=as_date(r.voided_at), void_reason=r.void_reason)


def search_deliveries(session: Session, where: DeliveryFilter, sort: str = "receipt_number",
                      descending: bool = True, offset: int = 0,
                      limit: int = 200) -> list[DeliveryRow]:
    """One page of deliveries, newest receipt first by default, filtered and sorted in SQL."""
    clause, params = where.where()
    direction = " DESC" if descending else ""
    order = DELIVERY_SORT.get(sort, "d.receipt_number") + direction
    sql = (f"{_DELIVERY_SELECT} WHERE {clause} ORDER BY {order}, d.delivered_on{direction}, "
           f"d.receipt_number{direction} LIMIT :limit OFFSET :offset")
    rows = session.execute(text(sql), {**params, "limit": limit, "offset": offset})
    return [_delivery_row(r) for r in rows]


def count_deliveries(session: Session, where: DeliveryFilter) -> int:
    clause, params = where.where()
    joins = ("JOIN memberships m ON m.id = d.membership_id JOIN families f ON f.id = m.family_id "
             if fold(where.query).split() else "")
    sql = f"SELECT count(*) FROM deliveries d {joins}WHERE {clause}"
    return session.execute(text(sql), params).scalar_one()


def delivery_row(session: Session, delivery_id: str) -> DeliveryRow:
    row = session.execute(text(f"{_DELIVERY_SELECT} WHERE d.id = :id"),
                          {"id": delivery_id}).first()
    if row is None:
        raise NotFound("delivery", delivery_id)
    return _delivery_row(row)


__all__ = [
    "DeliveryRow", "DELIVERY_SORT", "DeliveryFilter", "search_deliveries", "count_deliveries",
    "delivery_row",
]

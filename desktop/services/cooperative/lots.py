"""Lots: deliveries put together for a buyer, with their certifications."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.db.cooperative import Delivery, Lot
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check, live
from desktop.services.cooperative.cooperatives import get_cooperative
from desktop.services.cooperative.deliveries import get_delivery
from desktop.services.cooperative.fields import LOT_FIELDS
from desktop.services.cooperative.rules import (
    CERTIFICATION_KINDS,
    as_date,
    certification_kind,
    kilograms,
)
from desktop.services.errors import FieldError, NotFound
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require


@dataclass(frozen=True)
class LotRow:
    id: str
    code: str
    buyer: str
    destination_country: str
    shipping_date: date | None
    certifications: tuple
    deliveries: int
    net_kg: Decimal

    def value(self, name: str):
        return getattr(self, name)


def _lot_certifications(values: dict, current: list[str]) -> list[str]:
    if not any(k in values for k in CERTIFICATION_KINDS):
        return current
    kinds = [k for k in CERTIFICATION_KINDS if values.get(k, k in current)]
    for kind in CERTIFICATION_KINDS:
        values.pop(kind, None)
    return kinds


def save_lot(session: Session, cooperative_id: str, raw: dict, lot_id: str | None = None) -> Lot:
    """Create or edit a lot; `raw` may give certification kinds as booleans (the form) or as a
    `certifications` list."""
    require(session, "cooperative.edit")
    get_cooperative(session, cooperative_id)
    lot = None if lot_id is None else live(session, Lot, lot_id, "lot")
    values, errors = parse_values(LOT_FIELDS, raw, only_given=lot is not None)
    current = json.loads(lot.certifications) if lot else []
    if "certifications" in raw:
        kinds = [certification_kind(k) for k in raw["certifications"]]
        for kind in CERTIFICATION_KINDS:
            values.pop(kind, None)
        for kind in kinds:
            if kind not in CERTIFICATION_KINDS:
                errors.append(FieldError("certifications", QT_TRANSLATE_NOOP(
                    "Validation", "“{kind}” is not a known certification."), {"kind": kind}))
    else:
        kinds = _lot_certifications(values, current)
    code = values.get("code")
    if code and session.scalar(select(Lot.id).where(
            Lot.cooperative_id == cooperative_id, Lot.code == code, Lot.id != (lot_id or ""))):
        errors.append(FieldError("code", QT_TRANSLATE_NOOP(
            "Validation", "Lot code {code} is already used."), {"code": code}))
    check(errors)
    if lot is None:
        lot = Lot(cooperative_id=cooperative_id)
    for key, value in values.items():
        setattr(lot, key, value)
    lot.certifications = json.dumps(kinds)
    session.add(lot)
    session.commit()
    return lot


def get_lot(session: Session, lot_id: str) -> Lot:
    return live(session, Lot, lot_id, "lot")


def lot_by_code(session: Session, code: str, cooperative_id: str | None = None) -> Lot:
    query = select(Lot).where(Lot.code == (code or "").strip(), Lot.deleted_at.is_(None))
    if cooperative_id:
        query = query.where(Lot.cooperative_id == cooperative_id)
    found = list(session.scalars(query.limit(2)))
    if len(found) != 1:
        raise NotFound("lot", code)
    return found[0]


def list_lots(session: Session, cooperative_id: str) -> list[LotRow]:
    sql = """
        SELECT l.id, l.code, l.buyer, l.destination_country, l.shipping_date, l.certifications,
          count(d.id) AS n, coalesce(sum(d.net_kg), 0) AS kg
        FROM lots l LEFT JOIN deliveries d ON d.lot_id = l.id AND d.deleted_at IS NULL
          AND d.voided_at IS NULL
        WHERE l.cooperative_id = :coop AND l.deleted_at IS NULL
        GROUP BY l.id ORDER BY l.shipping_date IS NULL, l.shipping_date DESC, l.code"""
    return [LotRow(r.id, r.code, r.buyer, r.destination_country, as_date(r.shipping_date),
                   tuple(json.loads(r.certifications or "[]")), r.n, kilograms(r.kg))
            for r in session.execute(text(sql), {"coop": cooperative_id})]


def lot_total_kg(session: Session, lot_id: str) -> Decimal:
    total = session.scalar(select(func.sum(Delivery.net_kg)).where(
        Delivery.lot_id == lot_id, Delivery.deleted_at.is_(None),
        Delivery.voided_at.is_(None)))
    return total if total is not None else Decimal("0.000")


def assign_to_lot(session: Session, lot_id: str, delivery_ids: list[str]) -> int:
    """Put deliveries in a lot (all or none); a delivery belongs to at most one lot."""
    require(session, "cooperative.edit")
    lot = get_lot(session, lot_id)
    deliveries = [get_delivery(session, i) for i in delivery_ids]
    errors = []
    for delivery in deliveries:
        if delivery.cooperative_id != lot.cooperative_id:
            errors.append(FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} belongs to another cooperative."),
                {"receipt": delivery.receipt_number}))
        elif delivery.voided_at is not None:
            errors.append(FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} is voided."),
                {"receipt": delivery.receipt_number}))
        elif delivery.lot_id is not None and delivery.lot_id != lot.id:
            errors.append(FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} is already in lot {lot}."),
                {"receipt": delivery.receipt_number, "lot": delivery.lot.code}))
    check(errors)
    for delivery in deliveries:
        delivery.lot_id = lot.id
    session.commit()
    return len(deliveries)


def remove_from_lot(session: Session, delivery_ids: list[str]) -> int:
    require(session, "cooperative.edit")
    deliveries = [get_delivery(session, i) for i in delivery_ids]
    for delivery in deliveries:
        delivery.lot_id = None
    session.commit()
    return len(deliveries)


__all__ = [
    "LotRow", "save_lot", "get_lot", "lot_by_code", "list_lots", "lot_total_kg",
    "assign_to_lot", "remove_from_lot",
]

"""Cooperatives: the organisations that run a weighing station and number its receipts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.cooperative import Cooperative
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check, live
from desktop.services.cooperative.fields import COOPERATIVE_FIELDS
from desktop.services.cooperative.rules import PREFIX_RE, RUC_RE
from desktop.services.errors import FieldError, NotFound
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require


def list_cooperatives(session: Session) -> list[Cooperative]:
    return list(session.scalars(select(Cooperative).where(Cooperative.deleted_at.is_(None))
                                .order_by(Cooperative.name)))


def get_cooperative(session: Session, cooperative_id: str) -> Cooperative:
    return live(session, Cooperative, cooperative_id, "cooperative")


def cooperative_by_name(session: Session, name: str) -> Cooperative:
    """The living cooperative with this name (any case) or RUC; NotFound when none."""
    wanted = " ".join((name or "").split()).casefold()
    for cooperative in list_cooperatives(session):  # a handful: compared in Python (ñ, á)
        if wanted and wanted in (" ".join(cooperative.name.split()).casefold(), cooperative.ruc):
            return cooperative
    raise NotFound("cooperative", name)


def save_cooperative(session: Session, raw: dict, cooperative_id: str | None = None
                     ) -> Cooperative:
    require(session, "cooperative.edit")
    values, errors = parse_values(COOPERATIVE_FIELDS, raw, only_given=cooperative_id is not None)
    ruc = values.get("ruc")
    if ruc:
        if not RUC_RE.match(ruc):
            errors.append(FieldError("ruc", QT_TRANSLATE_NOOP(
                "Validation", "A RUC has exactly 11 digits.")))
        elif session.scalar(select(Cooperative.id).where(
                Cooperative.ruc == ruc, Cooperative.id != (cooperative_id or ""))):
            errors.append(FieldError("ruc", QT_TRANSLATE_NOOP(
                "Validation", "RUC {ruc} is already registered."), {"ruc": ruc}))
    if "receipt_prefix" in values:
        prefix = (values["receipt_prefix"] or "COOP").upper()
        if not PREFIX_RE.match(prefix):
            errors.append(FieldError("receipt_prefix", QT_TRANSLATE_NOOP(
                "Validation", "The receipt prefix takes 1 to 12 letters or digits, no spaces.")))
        values["receipt_prefix"] = prefix
    check(errors)
    cooperative = Cooperative() if cooperative_id is None else get_cooperative(
        session, cooperative_id)
    for key, value in values.items():
        setattr(cooperative, key, value)
    session.add(cooperative)
    session.commit()
    return cooperative


__all__ = [
    "list_cooperatives", "get_cooperative", "cooperative_by_name", "save_cooperative",
]

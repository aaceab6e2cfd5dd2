"""Records valid for a period (the price table, the discount rules): the period's checks,
the overlap check and what is in force on a day, shared by both."""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from datetime import date

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.formatting import fmt_date
from desktop.services.common import check, live, soft_delete
from desktop.services.cooperative.cooperatives import get_cooperative
from desktop.services.cooperative.rules import FIRST_YEAR
from desktop.services.errors import FieldError
from desktop.services.people.permissions import require

IN_FORCE, ENDED, UPCOMING = "in_force", "ended", "upcoming"


def period_errors(values: dict) -> list[FieldError]:
    """From on or before to; plausible years."""
    errors = []
    start, end = values.get("valid_from"), values.get("valid_to")
    for name, day in (("valid_from", start), ("valid_to", end)):
        if day is not None and not FIRST_YEAR <= day.year <= 2999:
            errors.append(FieldError(name, QT_TRANSLATE_NOOP(
                "Validation", "{field} is not a plausible date."),
                {"field": "Valid from" if name == "valid_from" else "Valid to"}))
    if start is not None and end is not None and end < start and not errors:
        errors.append(FieldError("valid_to", QT_TRANSLATE_NOOP(
            "Validation", "The period ends before it starts.")))
    return errors


def _living(model, cooperative_id: str, product: str):
    return select(model).where(model.cooperative_id == cooperative_id,
                               model.product == product, model.deleted_at.is_(None))


def overlap_error(session: Session, model, cooperative_id: str, values: dict,
                  record_id: str | None, same=lambda record: True) -> FieldError | None:
    """The error when another living record of the same product (and `same`, e.g. grade)
    is valid on any day of the period `values` gives."""
    start, end = values["valid_from"], values.get("valid_to")
    query = _living(model, cooperative_id, values["product"]).where(
        or_(model.valid_to.is_(None), model.valid_to >= start))
    if end is not None:
        query = query.where(model.valid_from <= end)
    if record_id:
        query = query.where(model.id != record_id)
    other = next((r for r in session.scalars(query.order_by(model.valid_from)) if same(r)),
                 None)
    if other is None:
        return None
    if other.valid_to is None:
        return FieldError("valid_from", QT_TRANSLATE_NOOP(
            "Validation", "This period overlaps the one from {start} on, with no end; give "
                          "that one an end first."), {"start": fmt_date(other.valid_from)})
    return FieldError("valid_from", QT_TRANSLATE_NOOP(
        "Validation", "This period overlaps the one from {start} to {end}."),
        {"start": fmt_date(other.valid_from), "end": fmt_date(other.valid_to)})


def in_force(session: Session, model, cooperative_id: str, product: str, day: date) -> list:
    """The living records of `product` valid on `day`."""
    return list(session.scalars(_living(model, cooperative_id, product).where(
        model.valid_from <= day, or_(model.valid_to.is_(None), model.valid_to >= day))))


def status(record, today: date) -> str:
    if record.valid_from > today:
        return UPCOMING
    if record.valid_to is not None and record.valid_to < today:
        return ENDED
    return IN_FORCE


@dataclass(frozen=True)
class PeriodRow:
    """One price or rule as its list shows it: its columns, and its status on a day."""

    id: str
    status: str
    columns: dict = dc_field(default_factory=dict)

    def value(self, name: str):
        return self.columns.get(name)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return self.__dict__["columns"].get(name)


def list_periods(session: Session, model, cooperative_id: str,
                 today: date | None = None) -> list[PeriodRow]:
    """A cooperative's living records, by product, newest period first (history included)."""
    today = today or date.today()
    query = select(model).where(model.cooperative_id == cooperative_id,
                                model.deleted_at.is_(None))
    order = [model.product, *([model.grade] if hasattr(model, "grade") else []),
             model.valid_from.desc()]
    names = [c.key for c in inspect(model).mapper.column_attrs]
    return [PeriodRow(r.id, status(r, today), {n: getattr(r, n) for n in names})
            for r in session.scalars(query.order_by(*order))]


def every_id(session: Session, model, cooperative_id: str) -> list[str]:
    """The ids of a cooperative's records, deleted ones too (their history)."""
    return list(session.scalars(select(model.id).where(model.cooperative_id == cooperative_id)))


def save_period(session: Session, model, what: str, cooperative_id: str, values: dict,
                errors: list, record_id: str | None = None, same=lambda record: True):
    """Check the period (and that it overlaps no other `same` record of the product), then
    create or change the record; every problem at once, nothing written on any."""
    require(session, "cooperative.edit")
    get_cooperative(session, cooperative_id)
    record = live(session, model, record_id, what) if record_id else None
    errors = [e for e in errors + period_errors(values) if e is not None]
    if not errors:
        overlap = overlap_error(session, model, cooperative_id, values, record_id, same)
        errors = [overlap] if overlap is not None else []
    check(errors)
    if record is None:
        record = model(cooperative_id=cooperative_id)
        session.add(record)
    for name, value in values.items():
        setattr(record, name, value)
    session.commit()
    return record


def delete_period(session: Session, model, what: str, record_id: str) -> None:
    """Delete a price or rule (soft, audited); deliveries keep what they applied."""
    require(session, "cooperative.edit")
    soft_delete(live(session, model, record_id, what))
    session.commit()


__all__ = ["IN_FORCE", "ENDED", "UPCOMING", "PeriodRow", "period_errors", "overlap_error",
           "in_force", "status", "list_periods", "every_id", "save_period", "delete_period"]

"""The agreement area's validation rules, public so imports check rows exactly as the forms do.

Content (plots, commitments, benefits, signatories) changes only while an agreement is a draft.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, Commitment
from desktop.db.family import Family
from desktop.db.plot import Plot
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.labels import LABELS, label
from desktop.services.common import live, soft_delete, utcnow
from desktop.services.errors import FieldError, ValidationError

STANDARD_COMMITMENTS = list(LABELS["commitment"])
CONTENT_LOCKED = QT_TRANSLATE_NOOP(
    "Validation", "Agreement {number} is {status}: its content can no longer change. "
    "Renew it to make a new agreement with the changes.")


def fail(field_name: str | None, message: str, **params):
    """Refuse with one message, nothing written."""
    raise ValidationError.single(field_name, message, **params)


def living(items) -> list:
    return [i for i in items if i.deleted_at is None]


def require_draft(agreement: Agreement) -> None:
    if agreement.status != "draft":
        fail(None, CONTENT_LOCKED, number=agreement.number,
             status=label("agreement_status", agreement.status))


def remove_from_draft(session: Session, model, record_id: str, what: str) -> None:
    """Soft-delete a benefit or a signatory: only while its agreement is a draft."""
    record = live(session, model, record_id, what)
    require_draft(record.agreement)
    soft_delete(record)
    session.commit()


def forest_area(plots: list[Plot]) -> Decimal:
    """The forest an agreement commits by default: the forest plots it covers."""
    return sum((p.area_ha for p in plots if p.land_use == "forest"), Decimal(0))


def family_plots(session: Session, family: Family, plot_ids) -> list[Plot]:
    """The family's living plots named by `plot_ids` (all when None); refuses any other."""
    plots = living(family.plots)
    if plot_ids is None:
        return plots
    chosen = [p for p in plots if p.id in set(plot_ids)]
    if len(chosen) != len(set(plot_ids)):
        fail("plots", QT_TRANSLATE_NOOP(
            "Validation", "An agreement covers only plots of its own family."))
    return chosen


def agreement_dates(values: dict) -> list:
    start, end = values.get("start_date"), values.get("end_date")
    if start and end and end < start:
        return [FieldError("end_date", QT_TRANSLATE_NOOP(
            "Validation", "The end date must be after the start date."))]
    return []


def set_commitments(agreement: Agreement, kinds: list[str], free: list[str]) -> None:
    """Replace the agreement's commitments: standard `kinds` first, then `free` texts."""
    unknown = [k for k in kinds if k not in LABELS["commitment"]]
    if unknown:
        fail("commitments", QT_TRANSLATE_NOOP("Validation", "Unknown commitment: {kind}."),
             kind=unknown[0])
    now = utcnow()
    for old in living(agreement.commitments):
        old.deleted_at = now
    position = 1
    for kind in kinds:
        agreement.commitments.append(Commitment(kind=kind, position=position))
        position += 1
    for text_ in free:
        if text_.strip():
            agreement.commitments.append(Commitment(kind=None, text=text_.strip(),
                                                    position=position))
            position += 1


def benefit_rules(values: dict) -> list:
    errors = []
    if values.get("quantity") is not None and values["quantity"] <= 0:
        errors.append(FieldError("quantity", QT_TRANSLATE_NOOP(
            "Validation", "The quantity must be greater than 0.")))
    if values.get("estimated_value_pen") is not None and values["estimated_value_pen"] < 0:
        errors.append(FieldError("estimated_value_pen", QT_TRANSLATE_NOOP(
            "Validation", "The value cannot be negative.")))
    return errors

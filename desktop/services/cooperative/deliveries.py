"""Deliveries at the weighing station: recording one with its receipt number, correcting
and voiding it.

Receipt numbers run per cooperative and year without gaps: `{prefix}-{year}-{seq:06d}`.
Corrections and voids go through the ORM, so desktop.db.hooks writes the audit trail; a
voided delivery keeps its number and stays in the file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.cooperative import Cooperative, Delivery, Membership
from desktop.db.office import office_code, with_office
from desktop.db.plot import Plot
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import check, live
from desktop.services.cooperative.compliance import delivery_flags
from desktop.services.cooperative.cooperatives import get_cooperative
from desktop.services.cooperative.discount_rules import terms_in_force
from desktop.services.cooperative.discounts import NO_TERMS, DiscountTerms, settle
from desktop.services.cooperative.daily_close import ensure_days_open
from desktop.services.cooperative.expected_yields import yield_flags
from desktop.services.cooperative.fields import DELIVERY_INPUT_FIELDS
from desktop.services.cooperative.members import search_members
from desktop.services.cooperative.rules import ZERO, number_rules
from desktop.services.errors import FieldError, NotFound, ValidationError
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require

DELIVERY_INPUTS = ("delivered_on", "membership_id", "plot_id", "product", "gross_kg", "tare_kg",
                   "moisture_pct", "grade", "cup_score", "price_per_kg_pen", "defects")


def _resolve_member(session: Session, cooperative_id: str, raw: dict, errors: list):
    """The membership the raw input names (membership_id, or a member code in `member`)."""
    membership_id = raw.get("membership_id")
    typed = (raw.get("member") or "").strip()
    if not membership_id and typed:
        found = session.scalar(select(Membership.id).where(
            Membership.cooperative_id == cooperative_id, Membership.deleted_at.is_(None),
            func.upper(Membership.member_code) == typed.upper()))
        if found is None:
            matches = search_members(session, cooperative_id, typed, limit=2)
            found = matches[0].id if len(matches) == 1 else None
        if found is None:
            errors.append(FieldError("membership_id", QT_TRANSLATE_NOOP(
                "Validation", "No member matches “{text}”."), {"text": typed}))
            return None
        membership_id = found
    if not membership_id:
        errors.append(FieldError("membership_id", QT_TRANSLATE_NOOP(
            "Validation", "Choose the member.")))
        return None
    membership = session.get(Membership, membership_id)
    if membership is None or membership.deleted_at is not None or \
            membership.cooperative_id != cooperative_id:
        errors.append(FieldError("membership_id", QT_TRANSLATE_NOOP(
            "Validation", "This member is not registered in the cooperative.")))
        return None
    return membership


def _plot_errors(session: Session, membership: Membership | None, plot_id: str | None) -> list:
    if membership is None:
        return []
    if plot_id:
        plot = session.get(Plot, plot_id)
        if plot is None or plot.deleted_at is not None or plot.family_id != membership.family_id:
            return [FieldError("plot_id", QT_TRANSLATE_NOOP(
                "Validation", "The plot must be one of the member's family's plots."))]
        return []
    has_plots = session.scalar(select(Plot.id).where(
        Plot.family_id == membership.family_id, Plot.deleted_at.is_(None)).limit(1))
    if has_plots:
        return [FieldError("plot_id", QT_TRANSLATE_NOOP(
            "Validation", "Choose the plot the coffee comes from."))]
    return []


#: How a weight was taken (labels.toml "weight_source"); a weight not from the scale is typed.
WEIGHT_SOURCES = ("scale", "manual")


def _parse_delivery(session: Session, cooperative_id: str, raw: dict,
                    terms_for) -> tuple[dict, Membership]:
    """The delivery's columns from what was typed; `terms_for(values)` gives the discount
    terms to apply (None: none), whose values the delivery keeps with what they took off."""
    values, errors = parse_values(DELIVERY_INPUT_FIELDS, raw)
    if values.get("tare_kg") is None:
        values["tare_kg"] = ZERO
    values["grade"] = values.get("grade") or ""
    errors += number_rules(values)
    membership = _resolve_member(session, cooperative_id, raw, errors)
    errors += _plot_errors(session, membership, values.get("plot_id"))
    source = raw.get("weight_source") or "manual"
    if source not in WEIGHT_SOURCES:
        errors.append(FieldError("gross_kg", QT_TRANSLATE_NOOP(
            "Validation", "Say whether the weight was read from the scale or typed.")))
    check(errors)
    values["weight_source"] = source
    values["plot_id"] = values.get("plot_id") or None
    values["net_kg"] = values["gross_kg"] - values["tare_kg"]
    terms = terms_for(values)
    values.update(terms.values() if terms is not None else NO_TERMS)
    values.update(settle(values["net_kg"], values["moisture_pct"], values.get("defects"),
                         values["price_per_kg_pen"], terms).values())
    return values, membership


def _lock_numbering(session: Session, cooperative_id: str) -> None:
    """Take SQLite's write lock before reading the last number: the read and the insert
    happen in one write transaction, so two stations never get the same number."""
    session.execute(text("UPDATE cooperatives SET receipt_prefix = receipt_prefix "
                         "WHERE id = :id"), {"id": cooperative_id})


def receipt_stem(session: Session, cooperative: Cooperative, year: int) -> str:
    """COOP-2026-, or COOP-LIM1-2026- in office LIM1's database (desktop.db.office)."""
    return f"{with_office(cooperative.receipt_prefix + '-', office_code(session))}{year}-"


#: Digits of a receipt's sequence; past 999,999 the numbers grow a digit.
WIDTH = 6


def _next_sequence(session: Session, cooperative: Cooperative, year: int) -> int:
    stem = receipt_stem(session, cooperative, year)
    if session.get_bind().dialect.name == "sqlite":
        last = _last_receipt(session, cooperative.id, stem)
        if last != "9" * WIDTH:
            return int(last) + 1
    current = session.scalar(select(func.max(Delivery.sequence)).where(
        Delivery.cooperative_id == cooperative.id,
        Delivery.receipt_number.startswith(stem, autoescape=True)))
    return (current or 0) + 1


def _last_receipt(session: Session, cooperative_id: str, stem: str) -> str | None:
    """The highest sequence (its WIDTH digits) of the receipts `stem`+digits, read at the
    end of the receipts' unique index (cooperative, receipt number): a lookup, where the
    max() of every receipt of the year (a million on a big file) took half a second. The
    numbers have one width, so the last in the index is the highest; "0"*WIDTH when there
    is none. On SQLite only: its BINARY collation orders the index byte by byte, while a
    PostgreSQL collation may not (it keeps the max())."""
    found = session.scalar(text(
        "SELECT substr(receipt_number, :start) FROM deliveries "
        "WHERE cooperative_id = :cooperative AND receipt_number >= :stem "
        "AND receipt_number < :after AND length(receipt_number) = :length "
        "AND substr(receipt_number, :start) GLOB :digits "
        "ORDER BY receipt_number DESC LIMIT 1"), {
            "cooperative": cooperative_id, "stem": stem, "after": _after(stem),
            "start": len(stem) + 1, "length": len(stem) + WIDTH, "digits": "[0-9]" * WIDTH})
    return "0" * WIDTH if found is None else found


def _after(stem: str) -> str:
    """The first string after every string that starts with `stem`."""
    return stem[:-1] + chr(ord(stem[-1]) + 1)


def record_delivery(session: Session, cooperative_id: str, raw: dict) -> Delivery:
    """Validate and save a delivery with the next receipt number; flags are computed here.

    `raw` has the DELIVERY_FIELDS form fields as typed; the member is `membership_id`,
    or a member code in `member`.
    """
    require(session, "cooperative.edit")
    cooperative = get_cooperative(session, cooperative_id)
    values, membership = _parse_delivery(session, cooperative_id, raw, lambda v: terms_in_force(
        session, cooperative_id, v["product"], v["delivered_on"]))
    ensure_days_open(session, cooperative.id, values["delivered_on"])
    flags = delivery_flags(session, membership.id, values["plot_id"], values["delivered_on"])
    flags += yield_flags(session, membership.id, values["product"], values["delivered_on"],
                         values["net_kg"])
    year = values["delivered_on"].year
    for attempt in range(5):
        try:
            _lock_numbering(session, cooperative.id)
            sequence = _next_sequence(session, cooperative, year)
            delivery = Delivery(cooperative_id=cooperative.id, membership_id=membership.id,
                                sequence=sequence, flags=",".join(flags),
                                receipt_number=f"{receipt_stem(session, cooperative, year)}"
                                               f"{sequence:0{WIDTH}d}", **values)
            session.add(delivery)
            session.commit()
            return delivery
        except IntegrityError:  # another station took the number meanwhile: take the next
            session.rollback()
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


def get_delivery(session: Session, delivery_id: str) -> Delivery:
    return live(session, Delivery, delivery_id, "delivery")


def delivery_by_receipt(session: Session, receipt_number: str,
                        cooperative_id: str | None = None) -> Delivery:
    query = select(Delivery).where(Delivery.receipt_number == (receipt_number or "").strip(),
                                   Delivery.deleted_at.is_(None))
    if cooperative_id:
        query = query.where(Delivery.cooperative_id == cooperative_id)
    found = list(session.scalars(query.limit(2)))
    if len(found) != 1:
        raise NotFound("receipt", receipt_number)
    return found[0]


def correct_delivery(session: Session, delivery_id: str, raw: dict) -> Delivery:
    """Change what was typed wrong; net, amount and flags follow. The audit keeps old values."""
    require(session, "cooperative.edit")
    delivery = get_delivery(session, delivery_id)
    if delivery.voided_at is not None:
        raise ValidationError.single(None, QT_TRANSLATE_NOOP(
            "Validation", "A voided delivery cannot be corrected."))
    current = {name: getattr(delivery, name) for name in DELIVERY_INPUTS}
    given = {k: v for k, v in raw.items() if k in DELIVERY_INPUTS or k == "member"}
    if "member" in given and "membership_id" not in given:
        current["membership_id"] = None
    merged = {**current, **given}
    values, membership = _parse_delivery(session, delivery.cooperative_id, merged,
                                         lambda v: _terms_for_correction(session, delivery, v))
    ensure_days_open(session, delivery.cooperative_id, delivery.delivered_on,
                     values["delivered_on"])
    errors = []
    if values["delivered_on"].year != delivery.delivered_on.year:
        errors.append(FieldError("delivered_on", QT_TRANSLATE_NOOP(
            "Validation", "The receipt number carries the year {year}: void this delivery "
                          "and record it again instead."), {"year": delivery.delivered_on.year}))
    if delivery.paid_on is not None and values["amount_pen"] != delivery.amount_pen:
        errors.append(FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "This delivery was paid on {day}; its amount cannot change."),
            {"day": delivery.paid_on.isoformat()}))
    check(errors)
    # A corrected weight is typed; an unchanged one keeps how it was taken.
    values["weight_source"] = delivery.weight_source \
        if values["gross_kg"] == delivery.gross_kg else "manual"
    for key, value in values.items():
        setattr(delivery, key, value)
    delivery.membership_id = membership.id
    delivery.flags = ",".join(delivery_flags(session, membership.id, values["plot_id"],
                                             values["delivered_on"]) + yield_flags(
        session, membership.id, values["product"], values["delivered_on"], values["net_kg"],
        delivery.id))
    session.commit()
    return delivery


def _terms_for_correction(session: Session, delivery: Delivery,
                          values: dict) -> DiscountTerms | None:
    """A corrected delivery keeps the terms it applied (a rule changed since does not alter
    it), unless its product or date changed: then the rule in force for those applies."""
    if (values["product"], values["delivered_on"]) == (delivery.product, delivery.delivered_on):
        return DiscountTerms.of(delivery)
    return terms_in_force(session, delivery.cooperative_id, values["product"],
                          values["delivered_on"])


def void_delivery(session: Session, delivery_id: str, reason: str,
                  on: date | None = None) -> Delivery:
    """Void a delivery: it keeps its receipt number, stays in the file, and counts no more."""
    require(session, "cooperative.edit")
    delivery = get_delivery(session, delivery_id)
    ensure_days_open(session, delivery.cooperative_id, delivery.delivered_on)
    reason = (reason or "").strip()
    errors = []
    if not reason:
        errors.append(FieldError("void_reason", QT_TRANSLATE_NOOP(
            "Validation", "Say why the delivery is voided.")))
    if delivery.voided_at is not None:
        errors.append(FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "Receipt {receipt} is already voided."),
            {"receipt": delivery.receipt_number}))
    elif delivery.paid_on is not None:
        errors.append(FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "Receipt {receipt} was already paid; undo the payment first."),
            {"receipt": delivery.receipt_number}))
    elif delivery.lot_id is not None:
        errors.append(FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "Receipt {receipt} is in lot {lot}; take it out of the lot first."),
            {"receipt": delivery.receipt_number, "lot": delivery.lot.code}))
    check(errors)
    delivery.voided_at = on or date.today()
    delivery.void_reason = reason
    session.commit()
    return delivery


def last_price(session: Session, cooperative_id: str, product: str) -> Decimal | None:
    """The price of the latest delivery of `product`: the station starts from it."""
    return session.scalar(select(Delivery.price_per_kg_pen).where(
        Delivery.cooperative_id == cooperative_id, Delivery.product == product,
        Delivery.deleted_at.is_(None), Delivery.voided_at.is_(None))
        .order_by(Delivery.created_at.desc()).limit(1))


__all__ = [
    "DELIVERY_INPUTS", "record_delivery", "get_delivery", "delivery_by_receipt",
    "correct_delivery", "void_delivery", "last_price",
]

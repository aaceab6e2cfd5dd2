"""Advances and loans to members (issue 16 item 4): record, void, list, and what is still
outstanding.

An advance is given in cash or in kind (fertiliser, tools) and valued in soles. Its deduction
rule says how payments repay it: "next_payment" keeps all of it from the next payment (what
one payment cannot cover waits for the next), "share" keeps `share_pct` per cent of each
payment's gross amount until it is repaid (see desktop.services.cooperative.deductions).
What is outstanding is the amount less its living deductions. Writes go through the ORM, so
desktop.db.hooks audits them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.advance import Advance, AdvanceDeduction
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.common import live
from desktop.services.cooperative.fields import ADVANCE_FIELDS, ADVANCE_INPUT_FIELDS
from desktop.services.cooperative.daily_close import ensure_days_open
from desktop.services.cooperative.members import get_membership
from desktop.services.cooperative.rules import FIRST_YEAR, ZERO
from desktop.services.errors import FieldError, check
from desktop.services.fields import by_name, parse_values
from desktop.services.people.permissions import require

CASH, IN_KIND = "cash", "in_kind"
NEXT_PAYMENT, SHARE = "next_payment", "share"
#: The largest advance one member is given at once, in soles.
MAX_ADVANCE = Decimal("100000")
_FIELDS = by_name(ADVANCE_FIELDS)


def _places(name: str, value: Decimal) -> FieldError | None:
    try:
        exact = value == value.quantize(Decimal("0.01"))
    except InvalidOperation:
        exact = False
    return None if exact else FieldError(name, QT_TRANSLATE_NOOP(
        "Validation", "{field} takes at most {places} decimals."),
        {"field": _FIELDS[name].label, "places": 2})


def advance_rules(values: dict) -> list[FieldError]:
    """Rules on an advance's typed values alone (no database), shared with the import."""
    errors: list[FieldError | None] = []
    amount = values.get("amount_pen")
    if amount is not None:
        if amount <= 0:
            errors.append(FieldError("amount_pen", QT_TRANSLATE_NOOP(
                "Validation", "The amount must be greater than S/ 0.")))
        elif amount > MAX_ADVANCE:
            errors.append(FieldError("amount_pen", QT_TRANSLATE_NOOP(
                "Validation", "An advance of S/ {amount} is not plausible (at most S/ {max})."),
                {"amount": amount, "max": MAX_ADVANCE}))
        else:
            errors.append(_places("amount_pen", amount))
    day = values.get("given_on")
    if day is not None:
        if day > date.today():
            errors.append(FieldError("given_on", QT_TRANSLATE_NOOP(
                "Validation", "The date of the advance cannot be in the future.")))
        elif day.year < FIRST_YEAR:
            errors.append(FieldError("given_on", QT_TRANSLATE_NOOP(
                "Validation", "The date of the advance is not plausible.")))
    share = values.get("share_pct")
    if values.get("rule") == SHARE:
        if share is None:
            errors.append(FieldError("share_pct", QT_TRANSLATE_NOOP(
                "Validation", "Give the share of each payment that repays the advance.")))
        elif not ZERO < share <= 100:
            errors.append(FieldError("share_pct", QT_TRANSLATE_NOOP(
                "Validation", "The share of each payment must be more than 0 and at most "
                              "100 %.")))
        else:
            errors.append(_places("share_pct", share))
    elif values.get("rule") == NEXT_PAYMENT and share is not None:
        errors.append(FieldError("share_pct", QT_TRANSLATE_NOOP(
            "Validation", "A share is only for an advance repaid by a share of each payment; "
                          "leave it empty.")))
    return [e for e in errors if e is not None]


def record_advance(session: Session, membership_id: str, raw: dict) -> Advance:
    """Record an advance given to a member (all of it checked before anything is written)."""
    require(session, "cooperative.edit")
    membership = get_membership(session, membership_id)
    values, errors = parse_values(ADVANCE_INPUT_FIELDS, raw)
    errors += advance_rules(values)
    check(errors)
    ensure_days_open(session, membership.cooperative_id, values["given_on"])  # closed: final
    values["notes"] = values.get("notes") or ""
    advance = Advance(cooperative_id=membership.cooperative_id, membership_id=membership.id,
                      **values)
    session.add(advance)
    session.commit()
    return advance


def get_advance(session: Session, advance_id: str) -> Advance:
    return live(session, Advance, advance_id, "advance")


def repaid(session: Session, advance_ids: list[str]) -> dict[str, Decimal]:
    """{advance id: what its living deductions repaid}."""
    if not advance_ids:
        return {}
    rows = session.execute(select(
        AdvanceDeduction.advance_id, func.sum(AdvanceDeduction.amount_pen)).where(
        AdvanceDeduction.advance_id.in_(advance_ids), AdvanceDeduction.deleted_at.is_(None))
        .group_by(AdvanceDeduction.advance_id)).all()
    # the sum keeps the column's type: already soles
    return {advance_id: total for advance_id, total in rows}


def void_advance(session: Session, advance_id: str, reason: str,
                 on: date | None = None) -> Advance:
    """Void an advance entered by mistake: it stays in the file and counts no more. An advance
    already partly repaid cannot be voided (its deductions belong to payments made)."""
    require(session, "cooperative.edit")
    advance = get_advance(session, advance_id)
    reason = (reason or "").strip()
    errors = []
    if not reason:
        errors.append(FieldError("void_reason", QT_TRANSLATE_NOOP(
            "Validation", "Say why the advance is voided.")))
    if advance.voided_at is not None:
        errors.append(FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "This advance is already voided.")))
    elif repaid(session, [advance.id]).get(advance.id):
        errors.append(FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "Payments have already repaid part of this advance; it cannot be "
                          "voided.")))
    check(errors)
    advance.voided_at = on or date.today()
    advance.void_reason = reason
    session.commit()
    return advance


@dataclass(frozen=True)
class AdvanceRow:
    id: str
    given_on: date
    member_code: str
    kind: str
    description: str
    amount_pen: Decimal
    rule: str
    share_pct: Decimal | None
    outstanding_pen: Decimal
    notes: str
    voided_at: date | None
    void_reason: str
    created_at: object = None

    def value(self, name: str):
        return getattr(self, name)


def member_advances(session: Session, membership_id: str,
                    include_voided: bool = True) -> list[AdvanceRow]:
    """A member's advances, oldest first, each with what is still outstanding."""
    membership = get_membership(session, membership_id)
    query = select(Advance).where(Advance.membership_id == membership.id,
                                  Advance.deleted_at.is_(None))
    if not include_voided:
        query = query.where(Advance.voided_at.is_(None))
    advances = list(session.scalars(query.order_by(
        Advance.given_on, Advance.created_at, Advance.id)))
    paid_back = repaid(session, [a.id for a in advances])
    return [AdvanceRow(
        a.id, a.given_on, membership.member_code, a.kind, a.description, a.amount_pen, a.rule,
        a.share_pct, ZERO if a.voided_at else a.amount_pen - paid_back.get(a.id, ZERO),
        a.notes, a.voided_at, a.void_reason, a.created_at) for a in advances]


def outstanding_advances(session: Session, membership_id: str) -> list[AdvanceRow]:
    """The member's living advances not yet repaid, oldest first (the order they are
    repaid in)."""
    return [a for a in member_advances(session, membership_id, include_voided=False)
            if a.outstanding_pen > 0]


def outstanding_balance(session: Session, membership_id: str) -> Decimal:
    """What the member still owes for advances."""
    return sum((a.outstanding_pen for a in outstanding_advances(session, membership_id)),
               ZERO)


def advance_label(row: AdvanceRow | Advance) -> str:
    """'2026-05-04 · 2 sacos de fertilizante': how an advance is named in the account."""
    return f"{row.given_on.isoformat()} · {row.description}"


__all__ = [
    "CASH", "IN_KIND", "NEXT_PAYMENT", "SHARE", "MAX_ADVANCE", "AdvanceRow", "advance_rules",
    "record_advance", "get_advance", "repaid", "void_advance", "member_advances",
    "outstanding_advances", "outstanding_balance", "advance_label",
]

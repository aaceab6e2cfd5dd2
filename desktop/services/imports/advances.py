"""Importing advances given to members (issue 16 item 9): one row per advance.

The member is found by member code (or by family code) in a registered cooperative; nothing
else is created. The values are checked by the advances' own rules
(desktop.services.cooperative.advances.advance_rules). An advance is found again by member,
date, what was given and amount: importing the file again updates its kind, deduction rule and
notes (while no payment has repaid part of it) rather than adding it twice.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select

from desktop.db.advance import Advance
from desktop.db.cooperative import Membership
from desktop.db.family import Family
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services import cooperative as coop_service
from desktop.services.cooperative.advances import advance_rules, repaid
from desktop.services.fields import by_name
from desktop.services.imports.columns import Column, ImportKind, SheetSpec
from desktop.services.imports.results import CREATE, SAME, UPDATE
from desktop.services.imports.rows import Row
from desktop.services.imports.transaction import NO_FAMILY, Run
from desktop.textnorm import fold

_ADVANCE = by_name(coop_service.ADVANCE_FIELDS)
_COOP = by_name(coop_service.COOPERATIVE_FIELDS)
_MEMBERSHIP = by_name(coop_service.MEMBERSHIP_FIELDS)

ADVANCE_COLUMNS = (
    Column("cooperative", dataclasses.replace(_COOP["name"], required=False),
           "cooperativa", "cooperative", required=True),
    Column("member_code", _MEMBERSHIP["member_code"], "codigo_socio", "member_code",
           hint=QT_TRANSLATE_NOOP("Import", "The member code, or else the family code.")),
    Column("family_code", dataclasses.replace(_MEMBERSHIP["family_code"], required=False),
           "codigo_familia", "family_code"),
    Column("given_on", _ADVANCE["given_on"], "fecha", "date", required=True),
    Column("kind", _ADVANCE["kind"], "tipo", "kind", required=True,
           hint=QT_TRANSLATE_NOOP("Import", "Cash or in kind.")),
    Column("description", _ADVANCE["description"], "descripcion", "description",
           required=True),
    Column("amount_pen", _ADVANCE["amount_pen"], "monto", "amount", required=True),
    Column("rule", _ADVANCE["rule"], "descuento", "deduction", required=True,
           hint=QT_TRANSLATE_NOOP("Import", "All at the next payment, or a share of each "
                                            "payment (then give the percentage).")),
    Column("share_pct", _ADVANCE["share_pct"], "porcentaje", "share_pct"),
    Column("notes", _ADVANCE["notes"], "notas", "notes"),
)
_VALUES = ("given_on", "kind", "description", "amount_pen", "rule", "share_pct", "notes")


def _import_advances(run: Run, rows: dict) -> None:
    seen: dict[tuple, int] = {}
    with run.session.no_autoflush:
        for row in rows["main"]:
            _advance_row(run, row, seen)
            run.tick()
    run.session.flush()


def _cooperative(run: Run, row: Row, name: str):
    folded = fold(name)
    if folded not in run.cooperatives:
        found = [c for c in coop_service.list_cooperatives(run.session) if fold(c.name) == folded]
        if not found:
            row.fail_message("cooperative", QT_TRANSLATE_NOOP(
                "Validation", "Cooperative “{name}” is not registered."), name=name)
            return None
        run.cooperatives[folded] = found[0]
    return run.cooperatives[folded]


def _member(run: Run, row: Row, cooperative, code: str | None, family_code: str | None):
    if not code and not family_code:
        row.fail_message("member_code", QT_TRANSLATE_NOOP(
            "Validation", "Give the member code or the family code."))
        return None
    if cooperative is None:
        return None
    key = ("member", cooperative.id, (code or "").upper(), family_code or "")
    if key not in run.cache:
        query = select(Membership).where(Membership.cooperative_id == cooperative.id,
                                         Membership.deleted_at.is_(None))
        if code:
            query = query.where(func.upper(Membership.member_code) == code.strip().upper())
        if family_code:
            query = query.join(Family, Family.id == Membership.family_id).where(
                Family.code == family_code, Family.deleted_at.is_(None))
        run.cache[key] = run.session.scalar(query.limit(1))
    membership = run.cache[key]
    if membership is None:
        if code:
            row.fail_message("member_code", QT_TRANSLATE_NOOP(
                "Validation", "{cooperative} has no member {code}."),
                cooperative=cooperative.name, code=code)
        else:
            row.fail_message("family_code", NO_FAMILY if run.session.scalar(select(
                Family.id).where(Family.code == family_code)) is None else QT_TRANSLATE_NOOP(
                "Validation", "Family {code} is not a member of {cooperative}."),
                code=family_code, cooperative=cooperative.name)
    return membership


def _advance_row(run: Run, row: Row, seen: dict) -> None:
    name = row.require("cooperative")
    code, family_code = row.get("member_code"), row.get("family_code")
    values = {key: (row.require(key) if row.spec.column(key).required else row.get(key))
              for key in _VALUES}
    for error in advance_rules(values):
        row.fail_field(error)
    cooperative = _cooperative(run, row, name) if name else None
    membership = _member(run, row, cooperative, code, family_code)
    if row.failed or membership is None:
        return
    key = (membership.id, values["given_on"], fold(values["description"]),
           values["amount_pen"])
    if key in seen:
        row.fail_message("description", QT_TRANSLATE_NOOP(
            "Validation", "The same advance appears twice in the file (rows {first} and "
                          "{row}): tell them apart in the description."),
            first=seen[key], row=row.number)
        return
    seen[key] = row.number
    label = f"{membership.member_code} · {values['given_on'].isoformat()} · " \
            f"{values['description']}"
    existing = run.session.scalar(select(Advance).where(
        Advance.membership_id == membership.id, Advance.given_on == values["given_on"],
        Advance.description == values["description"],
        Advance.amount_pen == values["amount_pen"], Advance.deleted_at.is_(None),
        Advance.voided_at.is_(None)).limit(1))
    if existing is None:
        run.session.add(Advance(cooperative_id=cooperative.id, membership_id=membership.id,
                                **{**values, "notes": values["notes"] or ""}))
        run.change(row, "advance", CREATE, label)
        run.written(row)
        return
    # An empty cell never erases, except the share: empty is what "next payment" needs.
    different = {k: v for k, v in values.items() if getattr(existing, k) != v
                 and (v is not None or k == "share_pct")}
    if different and repaid(run.session, [existing.id]):
        row.fail_message(None, QT_TRANSLATE_NOOP(
            "Validation", "Payments have already repaid part of this advance; it cannot "
                          "change."))
        return
    for name, value in different.items():
        setattr(existing, name, value)
    run.flush(row)
    run.change(row, "advance", UPDATE if different else SAME, label)


KIND = ImportKind(
    "advances", QT_TRANSLATE_NOOP("Import", "Advances to members"),
    (SheetSpec("main", "Advances", "Adelantos", ADVANCE_COLUMNS),),
    _import_advances,
    QT_TRANSLATE_NOOP("Import", "One row per advance given to a member of a registered "
                      "cooperative, in cash or in kind, with its amount in soles and how "
                      "payments repay it: all at the next payment, or a share (percentage) of "
                      "each payment. The member is found by member code or family code. "
                      "Importing the file again updates the advances it already brought "
                      "(same member, date, description and amount) instead of adding them "
                      "twice."))

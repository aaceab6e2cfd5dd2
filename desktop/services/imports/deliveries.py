"""Importing coffee deliveries: one row per receipt.

The delivering person is found by DNI or is the family's head; a family delivering for
the first time becomes a member; a new cooperative needs its RUC (column ``ruc``). New
deliveries are written in batches so a season's file stays linear in its rows.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from sqlalchemy import select

from desktop.db.cooperative import Cooperative, Delivery, Membership
from desktop.db.family import Family
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services import cooperative as coop_service
from desktop.services.errors import FieldError
from desktop.services.fields import by_name
from desktop.services.registry.fields import PERSON_FIELDS
from desktop.services.imports.columns import Column, ImportKind, SheetSpec
from desktop.services.imports.results import CREATE, SAME, UPDATE
from desktop.services.imports.rows import Row
from desktop.services.imports.transaction import (
    NO_FAMILY,
    Run,
    living_family,
    living_person,
    set_values,
)
from desktop.services.cooperative.rules import number_rules, places_error
from desktop.textnorm import fold

_PERSON = by_name(PERSON_FIELDS)
_COOP = by_name(coop_service.COOPERATIVE_FIELDS)
_DELIVERY = by_name(coop_service.DELIVERY_FIELDS)
_MEMBERSHIP = by_name(coop_service.MEMBERSHIP_FIELDS)

DELIVERY_COLUMNS = (
    Column("receipt", dataclasses.replace(_DELIVERY["receipt_number"], max_length=40),
           "recibo", "receipt", required=True, also=("receipt_number",)),
    Column("delivered_on", _DELIVERY["delivered_on"], "fecha", "date", required=True),
    Column("cooperative", dataclasses.replace(_COOP["name"], required=False),
           "cooperativa", "cooperative", required=True),
    Column("ruc", dataclasses.replace(_COOP["ruc"], required=False), "ruc", "ruc",
           hint=QT_TRANSLATE_NOOP("Import", "Only needed for a cooperative that is not "
                                  "registered yet: it is created with this RUC.")),
    Column("family_code", dataclasses.replace(_MEMBERSHIP["family_code"], required=False),
           "codigo_familia", "family_code"),
    Column("dni", _PERSON["dni"], "dni", "dni",
           hint=QT_TRANSLATE_NOOP("Import", "Who delivered; empty: the family's head.")),
    Column("product", _DELIVERY["product"], "producto", "product", required=True),
    Column("net_kg", _DELIVERY["net_kg"], "kg_neto", "net_kg", required=True,
           also=("gross_kg", "tare_kg")),
    Column("moisture_pct", _DELIVERY["moisture_pct"], "humedad", "moisture_pct",
           required=True),
    Column("price_per_kg", _DELIVERY["price_per_kg_pen"], "precio_kg", "price_per_kg",
           required=True, also=("price_per_kg_pen",)),
)
_RECEIPT_SEQUENCE = re.compile(r"^(.+)-(\d{4})-(\d+)$")


#: New deliveries are written in batches: the file's own receipts are checked in memory, so
#: the database need not see each one before the next row is read.
DELIVERY_BATCH = 200


def _import_deliveries(run: Run, rows: dict[str, list[Row]]) -> None:
    receipts: dict[tuple[str, str], int] = {}
    pending: list[Row] = []
    with run.session.no_autoflush:
        for row in rows["main"]:
            if _delivery_row(run, row, receipts):
                pending.append(row)
            if len(pending) >= DELIVERY_BATCH:
                run.flush(pending[-1])
                pending.clear()
            run.tick()
    if pending:
        run.flush(pending[-1])


def _cooperative(run: Run, row: Row, name: str, ruc: str | None) -> Cooperative | None:
    folded = fold(name)
    if folded in run.cooperatives:
        return run.cooperatives[folded]
    found = [c for c in coop_service.list_cooperatives(run.session) if fold(c.name) == folded]
    if found:
        run.cooperatives[folded] = found[0]
        return found[0]
    if not ruc:
        if "ruc" not in row.bad_keys:
            row.fail_message("cooperative", QT_TRANSLATE_NOOP(
                "Validation", "Cooperative “{name}” is not registered: give its RUC in a “ruc” "
                "column to create it, or correct the name."), name=name)
        return None
    if not coop_service.RUC_RE.match(ruc):
        row.fail_message("ruc", QT_TRANSLATE_NOOP("Validation", "A RUC has exactly 11 digits."))
        return None
    holder = run.session.scalar(select(Cooperative).where(Cooperative.ruc == ruc))
    if holder is not None:
        row.fail_message("ruc", QT_TRANSLATE_NOOP(
            "Validation", "RUC {ruc} is already registered."), ruc=ruc)
        return None
    if row.failed:
        return None
    cooperative = Cooperative(name=name, ruc=ruc)
    run.session.add(cooperative)
    run.flush(row)
    run.change(row, "cooperative", CREATE, name)
    run.note(row, QT_TRANSLATE_NOOP(
        "Validation", "Cooperative “{name}” does not exist yet: it will be created."), name=name)
    run.cooperatives[folded] = cooperative
    return cooperative


def _delivery_row(run: Run, row: Row, receipts: dict) -> bool:
    """Check one row and add its delivery; True when a new delivery waits to be written."""
    session = run.session
    receipt, name = row.require("receipt"), row.require("cooperative")
    ruc, code, dni = row.get("ruc"), row.get("family_code"), row.get("dni")
    values = {"delivered_on": row.require("delivered_on"), "product": row.require("product"),
              "moisture_pct": row.require("moisture_pct"),
              "price_per_kg_pen": row.require("price_per_kg")}
    net = row.require("net_kg")
    for error in number_rules(values):
        row.fail_field(error)
    if net is not None:
        if net <= 0:
            row.fail_message("net_kg", QT_TRANSLATE_NOOP(
                "Validation", "The net weight must be greater than 0 kg."))
        elif net > coop_service.MAX_KG:
            row.fail_message("net_kg", QT_TRANSLATE_NOOP(
                "Validation", "{kg} kg is not plausible for one delivery."), kg=net)
        else:
            error = places_error("net_kg", net, 2)
            if error is not None:
                row.fail_field(error)
    cooperative = _cooperative(run, row, name, ruc) if name else None
    if cooperative is not None and receipt:
        key = (cooperative.id, receipt)
        if key in receipts:
            row.fail_message("receipt", QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} appears twice in the file (rows {first} and "
                "{row})."), receipt=receipt, first=receipts[key], row=row.number)
            return
        receipts[key] = row.number
    family = None
    if code:
        if ("family", code) not in run.cache:
            run.cache["family", code] = living_family(session, code)
        family = run.cache["family", code]
    if code and family is None:
        row.fail_message("family_code", NO_FAMILY, code=code)
    person = None
    if dni and "dni" not in row.bad_keys:
        person = living_person(session, dni)
        if not coop_service.DNI_RE.match(dni):
            row.fail_message("dni", QT_TRANSLATE_NOOP(
                "Validation", "A DNI has exactly 8 digits."))
        elif person is None or (family is not None and person.family_id != family.id):
            row.fail_message("dni", QT_TRANSLATE_NOOP(
                "Validation", "No member of this family has DNI {dni}."), dni=dni)
            person = None
        elif family is None and not code:
            family = person.family
    if not code and not dni:
        row.fail_message("family_code", QT_TRANSLATE_NOOP(
            "Validation", "Give the family code or the DNI of who delivered."))
    if family is not None and person is None and not dni and family.head is None:
        row.fail_message("dni", QT_TRANSLATE_NOOP(
            "Validation", "Family {code} has no head: give the DNI of who delivered."),
            code=family.code)
    existing = None
    if cooperative is not None and receipt:
        existing = session.scalar(select(Delivery).where(
            Delivery.cooperative_id == cooperative.id, Delivery.receipt_number == receipt))
    if row.failed or cooperative is None or family is None:
        return
    values["net_kg"] = net
    values["gross_kg"] = net
    values["tare_kg"] = Decimal(0)
    values["amount_pen"] = coop_service.amount_for(net, values["price_per_kg_pen"])
    key = ("membership", cooperative.id, family.id)
    if key not in run.cache:
        run.cache[key] = session.scalar(select(Membership).where(
            Membership.cooperative_id == cooperative.id, Membership.family_id == family.id,
            Membership.deleted_at.is_(None)).limit(1))
    membership = run.cache[key]
    if existing is not None:
        _update_delivery(run, row, existing, membership, family, person, values)
        return
    if membership is None:
        membership = run.cache[key] = _new_membership(run, row, cooperative, family, person)
    values["plot_id"] = None
    match = _RECEIPT_SEQUENCE.match(receipt)
    sequence = int(match.group(3)) if match and match.group(1) == cooperative.receipt_prefix \
        and int(match.group(2)) == values["delivered_on"].year else 0
    flags = _flags(run, family)
    delivery = Delivery(cooperative_id=cooperative.id, receipt_number=receipt,
                        sequence=sequence, membership_id=membership.id, flags=",".join(flags),
                        grade="", **values)
    session.add(delivery)
    run.change(row, "delivery", CREATE, receipt)
    return True


def _flags(run: Run, family: Family) -> list[str]:
    """The flags of a delivery without a plot (what coop_service.delivery_flags gives then)."""
    key = ("active_agreement", family.id)
    if key not in run.cache:
        run.cache[key] = coop_service.has_active_agreement(run.session, family.id)
    return [] if run.cache[key] else [coop_service.NO_ACTIVE_AGREEMENT]


def _new_membership(run: Run, row: Row, cooperative, family, person) -> Membership:
    membership = Membership(cooperative_id=cooperative.id, family_id=family.id,
                            person_id=person.id if person is not None else None,
                            member_code=coop_service.next_member_code(run.session,
                                                                      cooperative.id))
    run.session.add(membership)
    run.flush(row)
    run.change(row, "membership", CREATE, f"{membership.member_code} · {family.code}")
    run.note(row, QT_TRANSLATE_NOOP(
        "Validation", "Family {code} becomes member {member} of {cooperative}."),
        code=family.code, member=membership.member_code, cooperative=cooperative.name)
    return membership


def _update_delivery(run: Run, row: Row, delivery: Delivery, membership, family, person,
                     values: dict) -> None:
    if delivery.deleted_at is not None:
        row.fail_message("receipt", QT_TRANSLATE_NOOP(
            "Validation", "Receipt {receipt} was deleted; it cannot be imported again."),
            receipt=delivery.receipt_number)
        return
    if membership is None or membership.id != delivery.membership_id:
        if membership is None:
            membership = _new_membership(run, row, delivery.cooperative, family, person)
        values["membership_id"] = membership.id
    different = {k: v for k, v in values.items() if getattr(delivery, k) != v}
    if different and delivery.voided_at is not None:
        row.fail_message("receipt", QT_TRANSLATE_NOOP(
            "Validation", "Receipt {receipt} was voided; it cannot change."),
            receipt=delivery.receipt_number)
        return
    if delivery.paid_on is not None and values["amount_pen"] != delivery.amount_pen:
        row.fail(None, FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "This delivery was paid on {day}; its amount cannot change."),
            {"day": delivery.paid_on.isoformat()}))
        return
    changed = set_values(delivery, different)
    if changed:
        delivery.flags = ",".join(coop_service.delivery_flags(
            run.session, delivery.membership_id, delivery.plot_id, delivery.delivered_on))
    if membership is not None:
        run.cache["membership", delivery.cooperative_id, family.id] = membership
    run.flush(row)
    run.change(row, "delivery", UPDATE if changed else SAME, delivery.receipt_number)


KIND = ImportKind(
    "deliveries", QT_TRANSLATE_NOOP("Import", "Coffee deliveries"),
    (SheetSpec("main", "Deliveries", "Entregas", DELIVERY_COLUMNS),),
    _import_deliveries,
    QT_TRANSLATE_NOOP("Import", "One row per receipt, for families already registered. The "
                      "delivering person is found by DNI, or else is the family's head; a "
                      "family delivering for the first time becomes a member of the "
                      "cooperative. Deliveries are found by cooperative and receipt: importing "
                      "the file again updates them."))

"""The coffee cooperative: cooperatives, members, deliveries and receipts, payments and lots.

Plain Python over SQLAlchemy, no Qt widgets. Money and weights are Decimal; an
amount is net kg x price quantized to the cent (ROUND_HALF_UP). Receipt numbers
run per cooperative and year without gaps: `{prefix}-{year}-{seq:06d}`.

A delivery from a member whose family has no active agreement, or from a plot
whose last compliance visit found it not compliant, is recorded with a flag
(never refused); flags are a comma-separated list of codes in Delivery.flags.
Corrections, voids and payments go through the ORM, so desktop.db.hooks writes
the audit trail; a voided delivery keeps its number and stays in the file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field as dc_field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.i18n import QT_TRANSLATE_NOOP
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, ComplianceVisit, agreement_plots
from desktop.db.cooperative import Cooperative, Delivery, Lot, Membership
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.db.types import Kilograms, Percent, Soles
from desktop.i18n import language
from desktop.i18n.labels import LABELS
from desktop.db.types import utcnow
from desktop.services.errors import check, FieldError, NotFound, ValidationError
from desktop.services.fields import (
    BOOL, CHOICE, DATE, DECIMAL, INT, REF, Field, by_name, parse_values,
)
from desktop.textnorm import fold, like_pattern

CENT = Decimal("0.01")
ZERO = Decimal(0)
RUC_RE = re.compile(r"^\d{11}$")
PREFIX_RE = re.compile(r"^[A-Z0-9]{1,12}$")
DNI_RE = re.compile(r"^\d{8}$")
MAX_KG = Decimal("50000")
MAX_PRICE = Decimal("1000")
FIRST_YEAR = 2000

PRODUCTS = ("cherry", "wet_parchment", "dry_parchment")
CERTIFICATION_KINDS = ("organic", "fair_trade", "other")
#: Spellings of certification kinds found in older files.
CERTIFICATION_ALIASES = {"fairtrade": "fair_trade", "fair-trade": "fair_trade"}

NO_ACTIVE_AGREEMENT = "no_active_agreement"
PLOT_NOT_COMPLIANT = "plot_not_compliant"

# Domain labels this module needs until desktop/i18n/labels.py has these kinds
# ("delivery_flag" and "certification"); once it does, LABELS wins.
_LOCAL_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "delivery_flag": {
        NO_ACTIVE_AGREEMENT: ("No active agreement", "Sin acuerdo vigente"),
        PLOT_NOT_COMPLIANT: ("Plot not compliant at last visit",
                             "Parcela no cumplió en la última visita"),
    },
    "certification": {
        "organic": ("Organic", "Orgánico"),
        "fair_trade": ("Fair trade", "Comercio justo"),
        "other": ("Other certification", "Otra certificación"),
    },
}


def _label_table(kind: str) -> dict[str, tuple[str, str]]:
    return LABELS.get(kind) or _LOCAL_LABELS[kind]


def domain_label(kind: str, code: str, lang: str | None = None) -> str:
    """Label of a "delivery_flag" or "certification" code in `lang`."""
    pair = _label_table(kind).get(code)
    if pair is None:
        return code
    return pair[1] if (lang or language()) == "es" else pair[0]


def flag_codes(flags: str | None) -> list[str]:
    return [f for f in (flags or "").split(",") if f]


def flags_text(flags: str | None, lang: str | None = None) -> str:
    """'no_active_agreement,plot_not_compliant' -> 'No active agreement; Plot not compliant…'."""
    return "; ".join(domain_label("delivery_flag", f, lang) for f in flag_codes(flags))


def certification_kind(kind: str) -> str:
    kind = (kind or "").strip().lower()
    return CERTIFICATION_ALIASES.get(kind, kind)


# --- field declarations ------------------------------------------------------------------

COOPERATIVE_FIELDS = [
    Field("name", QT_TRANSLATE_NOOP("Fields", "Cooperative"), required=True, max_length=200,
          width=260),
    Field("ruc", QT_TRANSLATE_NOOP("Fields", "RUC"), required=True, max_length=11, width=110,
          placeholder="20601234567"),
    Field("address", QT_TRANSLATE_NOOP("Fields", "Address"), max_length=200, width=260),
    Field("receipt_prefix", QT_TRANSLATE_NOOP("Fields", "Receipt prefix"), max_length=12,
          width=100, placeholder="COOP"),
]

MEMBERSHIP_FIELDS = [
    Field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), max_length=20, width=90,
          placeholder=QT_TRANSLATE_NOOP("Fields", "automatic")),
    Field("name", QT_TRANSLATE_NOOP("Fields", "Member"), in_form=False, width=220),
    Field("family_code", QT_TRANSLATE_NOOP("Fields", "Family code"), required=True,
          max_length=20, width=90),
    Field("dni", QT_TRANSLATE_NOOP("Fields", "Member's DNI"), max_length=8, width=90,
          placeholder=QT_TRANSLATE_NOOP("Fields", "head of family if empty")),
    Field("joined_on", QT_TRANSLATE_NOOP("Fields", "Joined on"), DATE, width=100),
    Field("certifications", QT_TRANSLATE_NOOP("Fields", "Certifications"), in_form=False,
          width=200),
    Field("organic_until", QT_TRANSLATE_NOOP("Fields", "Organic certified until"), DATE,
          in_table=False),
    Field("fair_trade_until", QT_TRANSLATE_NOOP("Fields", "Fair trade certified until"), DATE,
          in_table=False),
    Field("other_until", QT_TRANSLATE_NOOP("Fields", "Other certification until"), DATE,
          in_table=False),
]

DELIVERY_FIELDS = [
    Field("receipt_number", QT_TRANSLATE_NOOP("Fields", "Receipt"), in_form=False, width=160),
    Field("delivered_on", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, required=True, width=95),
    Field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), in_form=False, width=95),
    Field("member", QT_TRANSLATE_NOOP("Fields", "Member"), in_form=False, width=200),
    Field("membership_id", QT_TRANSLATE_NOOP("Fields", "Member"), REF, required=True,
          in_table=False),
    Field("plot_id", QT_TRANSLATE_NOOP("Fields", "Plot"), REF, in_table=False),
    Field("plot", QT_TRANSLATE_NOOP("Fields", "Plot"), in_form=False, width=130),
    Field("product", QT_TRANSLATE_NOOP("Fields", "Product"), CHOICE, required=True,
          choices="product", width=120),
    Field("gross_kg", QT_TRANSLATE_NOOP("Fields", "Gross (kg)"), DECIMAL, required=True,
          places=2, width=85),
    Field("tare_kg", QT_TRANSLATE_NOOP("Fields", "Tare (kg)"), DECIMAL, places=2, width=70),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Net (kg)"), DECIMAL, places=2, in_form=False,
          width=85),
    Field("moisture_pct", QT_TRANSLATE_NOOP("Fields", "Moisture (%)"), DECIMAL, required=True,
          places=1, width=80),
    Field("grade", QT_TRANSLATE_NOOP("Fields", "Grade"), max_length=20, width=90),
    Field("cup_score", QT_TRANSLATE_NOOP("Fields", "Cup score"), DECIMAL, places=2, width=70),
    Field("price_per_kg_pen", QT_TRANSLATE_NOOP("Fields", "Price (S/ per kg)"), DECIMAL,
          required=True, places=2, width=85),
    Field("amount_pen", QT_TRANSLATE_NOOP("Fields", "Amount (S/)"), DECIMAL, places=2,
          in_form=False, width=95),
    Field("paid_on", QT_TRANSLATE_NOOP("Fields", "Paid on"), DATE, in_form=False, width=95),
    Field("lot", QT_TRANSLATE_NOOP("Fields", "Lot"), in_form=False, width=90),
    Field("flags", QT_TRANSLATE_NOOP("Fields", "Flags"), in_form=False, width=200),
    Field("voided_at", QT_TRANSLATE_NOOP("Fields", "Voided on"), DATE, in_form=False, width=95),
    Field("void_reason", QT_TRANSLATE_NOOP("Fields", "Reason for voiding"), in_form=False,
          in_table=False),
]

LOT_FIELDS = [
    Field("code", QT_TRANSLATE_NOOP("Fields", "Lot code"), required=True, max_length=40,
          width=110),
    Field("buyer", QT_TRANSLATE_NOOP("Fields", "Buyer"), max_length=200, width=180),
    Field("destination_country", QT_TRANSLATE_NOOP("Fields", "Destination country"),
          max_length=80, width=140),
    Field("shipping_date", QT_TRANSLATE_NOOP("Fields", "Shipping date"), DATE, width=100),
    Field("certifications", QT_TRANSLATE_NOOP("Fields", "Certifications"), in_form=False,
          width=180),
    Field("organic", QT_TRANSLATE_NOOP("Fields", "Organic"), BOOL, in_table=False),
    Field("fair_trade", QT_TRANSLATE_NOOP("Fields", "Fair trade"), BOOL, in_table=False),
    Field("other", QT_TRANSLATE_NOOP("Fields", "Other certification"), BOOL, in_table=False),
    Field("deliveries", QT_TRANSLATE_NOOP("Fields", "Deliveries"), INT, in_form=False,
          width=80),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Total (kg)"), DECIMAL, places=2,
          in_form=False, width=100),
]

#: The list of what is owed, per member.
OWED_FIELDS = [
    Field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), width=90),
    Field("member", QT_TRANSLATE_NOOP("Fields", "Member"), width=220),
    Field("deliveries", QT_TRANSLATE_NOOP("Fields", "Deliveries"), INT, width=80),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Net (kg)"), DECIMAL, places=2, width=100),
    Field("amount_pen", QT_TRANSLATE_NOOP("Fields", "Owed (S/)"), DECIMAL, places=2, width=110),
    Field("oldest", QT_TRANSLATE_NOOP("Fields", "Oldest delivery"), DATE, width=110),
]

_DELIVERY = by_name(DELIVERY_FIELDS)
#: What is typed for a delivery, except the member (looked up separately).
_DELIVERY_INPUT_FIELDS = [f for f in DELIVERY_FIELDS if f.in_form and f.name != "membership_id"]


# --- small helpers -----------------------------------------------------------------------

_now = utcnow  # timestamps are UTC
_check = check


def _live(session: Session, model, id_: str | None, what: str):
    obj = session.get(model, id_) if id_ else None
    if obj is None or obj.deleted_at is not None:
        raise NotFound(what, id_ or "")
    return obj


def _kg(value) -> Decimal:
    return Kilograms.process_result_value(value or 0, None)


def _pen(value) -> Decimal:
    return Soles.process_result_value(value or 0, None)


def _pct(value) -> Decimal | None:
    return None if value is None else Percent.process_result_value(value, None)


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def amount_for(net_kg: Decimal, price: Decimal) -> Decimal:
    """net kg x price per kg, to the cent, half up."""
    return (Decimal(net_kg) * Decimal(price)).quantize(CENT, rounding=ROUND_HALF_UP)


def _places_error(name: str, value: Decimal | None, places: int) -> FieldError | None:
    if value is None:
        return None
    try:
        exact = value == value.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        exact = False
    if exact:
        return None
    return FieldError(name, QT_TRANSLATE_NOOP(
        "Validation", "{field} takes at most {places} decimals."),
        {"field": _DELIVERY[name].label, "places": places})


#: SQL for a member's display name: the member person, else the family's head.
MEMBER_NAME_SQL = """coalesce(
  (SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname)
   FROM persons p WHERE p.id = m.person_id),
  (SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname)
   FROM persons p WHERE p.family_id = m.family_id AND p.relation = 'head'
     AND p.deleted_at IS NULL), '')"""


def member_name(membership: Membership) -> str:
    person = membership.person
    if person is None or person.deleted_at is not None:
        person = membership.family.head
    return person.full_name if person is not None else ""


def member_dni(membership: Membership) -> str:
    person = membership.person
    if person is None or person.deleted_at is not None:
        person = membership.family.head
    return (person.dni or "") if person is not None else ""


# --- cooperatives ------------------------------------------------------------------------

def list_cooperatives(session: Session) -> list[Cooperative]:
    return list(session.scalars(select(Cooperative).where(Cooperative.deleted_at.is_(None))
                                .order_by(Cooperative.name)))


def get_cooperative(session: Session, cooperative_id: str) -> Cooperative:
    return _live(session, Cooperative, cooperative_id, "cooperative")


def save_cooperative(session: Session, raw: dict, cooperative_id: str | None = None
                     ) -> Cooperative:
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
    _check(errors)
    cooperative = Cooperative() if cooperative_id is None else get_cooperative(
        session, cooperative_id)
    for key, value in values.items():
        setattr(cooperative, key, value)
    session.add(cooperative)
    session.commit()
    return cooperative


# --- memberships -------------------------------------------------------------------------

@dataclass(frozen=True)
class MemberRow:
    id: str
    member_code: str
    name: str
    dni: str
    family_id: str
    family_code: str
    certifications: tuple = ()  # kinds valid today
    joined_on: date | None = None

    def value(self, name: str):
        return getattr(self, name)

    def display(self) -> str:
        text = f"{self.member_code} — {self.name}"
        return text + (f" ({self.dni})" if self.dni else "")


def parse_certifications(raw: str | list | None) -> list[dict]:
    """The membership's certifications as a list of {kind, valid_from, valid_to} (dates or None)."""
    items = json.loads(raw or "[]") if isinstance(raw, (str, type(None))) else raw
    result = []
    for item in items or []:
        result.append({"kind": certification_kind(item.get("kind", "")),
                       "valid_from": _day(item.get("valid_from")),
                       "valid_to": _day(item.get("valid_to"))})
    return result


def valid_certifications(raw: str | list | None, on: date | None = None) -> list[str]:
    """Kinds whose validity covers `on` (today by default)."""
    on = on or date.today()
    return [c["kind"] for c in parse_certifications(raw)
            if (c["valid_from"] is None or c["valid_from"] <= on)
            and (c["valid_to"] is None or on <= c["valid_to"])]


def _dump_certifications(items: list[dict]) -> str:
    return json.dumps([{"kind": c["kind"],
                        "valid_from": c["valid_from"].isoformat() if c["valid_from"] else None,
                        "valid_to": c["valid_to"].isoformat() if c["valid_to"] else None}
                       for c in items], sort_keys=True)


def next_member_code(session: Session, cooperative_id: str) -> str:
    codes = session.scalars(select(Membership.member_code).where(
        Membership.cooperative_id == cooperative_id, Membership.member_code.like("M-%")))
    numbers = [int(c[2:]) for c in codes if c[2:].isdigit()]
    return f"M-{max(numbers, default=0) + 1:04d}"


def _certifications_from_form(values: dict, current: list[dict]) -> list[dict] | None:
    """The `*_until` form fields applied to the current list (None when none was given)."""
    keys = [k for k in CERTIFICATION_KINDS if f"{k}_until" in values]
    if not keys:
        return None
    result = [c for c in current if c["kind"] not in keys]
    for kind in keys:
        until = values.pop(f"{kind}_until")
        if until is not None:
            before = next((c for c in current if c["kind"] == kind), None)
            result.append({"kind": kind, "valid_from": before["valid_from"] if before else None,
                           "valid_to": until})
    return result


def _certification_errors(items: list[dict]) -> list:
    errors = []
    for item in items:
        if item["kind"] not in CERTIFICATION_KINDS:
            errors.append(FieldError("certifications", QT_TRANSLATE_NOOP(
                "Validation", "“{kind}” is not a known certification."),
                {"kind": item["kind"]}))
        if item["valid_from"] and item["valid_to"] and item["valid_to"] < item["valid_from"]:
            errors.append(FieldError(f"{item['kind']}_until", QT_TRANSLATE_NOOP(
                "Validation", "A certification cannot end before it starts.")))
    return errors


def save_membership(session: Session, cooperative_id: str, raw: dict,
                    membership_id: str | None = None) -> Membership:
    """Create or edit a membership.

    `raw` holds the form fields (family_code, dni of the member person, …); a
    `certifications` list of {kind, valid_from, valid_to} replaces the `*_until` fields.
    """
    cooperative = get_cooperative(session, cooperative_id)
    membership = None if membership_id is None else _live(
        session, Membership, membership_id, "member")
    values, errors = parse_values(MEMBERSHIP_FIELDS, raw, only_given=membership is not None)
    current = parse_certifications(membership.certifications) if membership else []
    certifications = (parse_certifications(raw["certifications"]) if "certifications" in raw
                      else _certifications_from_form(values, current))
    for kind in CERTIFICATION_KINDS:
        values.pop(f"{kind}_until", None)
    if certifications is not None:
        errors += _certification_errors(certifications)

    family = None
    code = values.pop("family_code", None)
    if code:
        family = session.scalar(select(Family).where(Family.code == code,
                                                     Family.deleted_at.is_(None)))
        if family is None:
            errors.append(FieldError("family_code", QT_TRANSLATE_NOOP(
                "Validation", "There is no family with code {code}."), {"code": code}))
    elif membership is not None:
        family = membership.family
    person_id = membership.person_id if membership else None
    if "dni" in values:
        dni = values.pop("dni")
        person_id = None
        if dni:
            person = session.scalar(select(Person).where(Person.dni == dni,
                                                         Person.deleted_at.is_(None)))
            if not DNI_RE.match(dni):
                errors.append(FieldError("dni", QT_TRANSLATE_NOOP(
                    "Validation", "A DNI has exactly 8 digits.")))
            elif person is None or (family is not None and person.family_id != family.id):
                errors.append(FieldError("dni", QT_TRANSLATE_NOOP(
                    "Validation", "No member of this family has DNI {dni}."), {"dni": dni}))
            else:
                person_id = person.id
    member_code = values.get("member_code")
    if member_code:
        clash = session.scalar(select(Membership.id).where(
            Membership.cooperative_id == cooperative.id, Membership.member_code == member_code,
            Membership.id != (membership_id or "")))
        if clash:
            errors.append(FieldError("member_code", QT_TRANSLATE_NOOP(
                "Validation", "Member code {code} is already used."), {"code": member_code}))
    elif "member_code" in values:
        values.pop("member_code")
    if family is not None:
        clash = session.scalar(select(Membership.member_code).where(
            Membership.cooperative_id == cooperative.id, Membership.family_id == family.id,
            Membership.deleted_at.is_(None), Membership.id != (membership_id or "")))
        if clash:
            errors.append(FieldError("family_code", QT_TRANSLATE_NOOP(
                "Validation", "Family {family} is already member {code}."),
                {"family": family.code, "code": clash}))
    joined = values.get("joined_on")
    if joined and joined > date.today():
        errors.append(FieldError("joined_on", QT_TRANSLATE_NOOP(
            "Validation", "The date joined cannot be in the future.")))
    _check(errors)

    if membership is None:
        membership = Membership(cooperative_id=cooperative.id)
        membership.member_code = values.pop("member_code", None) or next_member_code(
            session, cooperative.id)
    for key, value in values.items():
        setattr(membership, key, value)
    if family is not None:
        membership.family_id = family.id
    membership.person_id = person_id
    if certifications is not None:
        membership.certifications = _dump_certifications(certifications)
    session.add(membership)
    session.commit()
    return membership


def get_membership(session: Session, membership_id: str) -> Membership:
    return _live(session, Membership, membership_id, "member")


def membership_by_code(session: Session, cooperative_id: str, code: str) -> Membership:
    membership = session.scalar(select(Membership).where(
        Membership.cooperative_id == cooperative_id, Membership.deleted_at.is_(None),
        func.upper(Membership.member_code) == (code or "").strip().upper()))
    if membership is None:
        raise NotFound("member", code)
    return membership


def search_members(session: Session, cooperative_id: str, query: str = "", limit: int = 10,
                   offset: int = 0) -> list[MemberRow]:
    """Members whose code, family code, member names or DNIs match every word of `query`
    (case and accents ignored); an exact member code comes first."""
    clauses = ["m.cooperative_id = :coop", "m.deleted_at IS NULL"]
    params: dict = {"coop": cooperative_id, "exact": (query or "").strip().upper(),
                    "limit": limit, "offset": offset}
    for i, word in enumerate(fold(query).split()):
        params[f"w{i}"] = like_pattern(word)
        clauses.append(f"(m.member_code LIKE :w{i} ESCAPE '\\' "
                       f"OR f.search_text LIKE :w{i} ESCAPE '\\')")
    sql = f"""
        SELECT m.id, m.member_code, {MEMBER_NAME_SQL} AS name,
          coalesce((SELECT p.dni FROM persons p WHERE p.id = m.person_id),
                   (SELECT p.dni FROM persons p WHERE p.family_id = m.family_id
                      AND p.relation = 'head' AND p.deleted_at IS NULL), '') AS dni,
          f.id AS family_id, f.code AS family_code, m.certifications, m.joined_on
        FROM memberships m JOIN families f ON f.id = m.family_id
        WHERE {' AND '.join(clauses)}
        ORDER BY upper(m.member_code) = :exact DESC, m.member_code
        LIMIT :limit OFFSET :offset"""
    return [MemberRow(r.id, r.member_code, r.name, r.dni or "", r.family_id, r.family_code,
                      tuple(valid_certifications(r.certifications)), _day(r.joined_on))
            for r in session.execute(text(sql), params)]


def member_plots(session: Session, membership_id: str) -> list[Plot]:
    """The living plots of the member's family: a delivery comes from one of them."""
    membership = get_membership(session, membership_id)
    return list(session.scalars(select(Plot).where(
        Plot.family_id == membership.family_id, Plot.deleted_at.is_(None))
        .order_by(Plot.created_at)))


@dataclass(frozen=True)
class PlotRow:
    id: str
    name: str
    area_ha: Decimal
    boundary: bool
    located: bool

    def value(self, name: str):
        return getattr(self, name)


#: A member's plots as the traceability export sees them.
PLOT_TRACE_FIELDS = [
    Field("name", QT_TRANSLATE_NOOP("Fields", "Plot"), width=160),
    Field("area_ha", QT_TRANSLATE_NOOP("Fields", "Area (ha)"), DECIMAL, places=2, width=80),
    Field("boundary", QT_TRANSLATE_NOOP("Fields", "Boundary walked"), BOOL, width=110),
    Field("located", QT_TRANSLATE_NOOP("Fields", "Coordinates"), BOOL, width=100),
]


def member_plot_rows(session: Session, membership_id: str) -> list[PlotRow]:
    return [PlotRow(p.id, p.name, p.area_ha, bool(p.boundary_geojson),
                    p.latitude is not None and p.longitude is not None)
            for p in member_plots(session, membership_id)]


# --- agreements and visits (read-only here) ----------------------------------------------

def has_active_agreement(session: Session, family_id: str) -> bool:
    return session.scalar(select(Agreement.id).where(
        Agreement.family_id == family_id, Agreement.status == "active",
        Agreement.deleted_at.is_(None)).limit(1)) is not None


def last_visit(session: Session, plot_id: str, on: date | None = None
               ) -> ComplianceVisit | None:
    """The latest compliance visit (up to `on`) of an agreement covering the plot."""
    query = (select(ComplianceVisit)
             .join(Agreement, Agreement.id == ComplianceVisit.agreement_id)
             .join(agreement_plots, agreement_plots.c.agreement_id == Agreement.id)
             .where(agreement_plots.c.plot_id == plot_id, ComplianceVisit.deleted_at.is_(None),
                    Agreement.deleted_at.is_(None)))
    if on is not None:
        query = query.where(ComplianceVisit.visited_on <= on)
    return session.scalar(query.order_by(ComplianceVisit.visited_on.desc(),
                                         ComplianceVisit.created_at.desc()).limit(1))


def plot_agreement(session: Session, plot: Plot) -> Agreement | None:
    """The agreement that covers the plot (an active one first), else the family's latest."""
    status_rank = (Agreement.status == "active").desc()
    covering = session.scalar(
        select(Agreement).join(agreement_plots, agreement_plots.c.agreement_id == Agreement.id)
        .where(agreement_plots.c.plot_id == plot.id, Agreement.deleted_at.is_(None))
        .order_by(status_rank, Agreement.start_date.desc()).limit(1))
    if covering is not None:
        return covering
    return session.scalar(select(Agreement).where(
        Agreement.family_id == plot.family_id, Agreement.deleted_at.is_(None))
        .order_by(status_rank, Agreement.start_date.desc()).limit(1))


def delivery_flags(session: Session, membership_id: str, plot_id: str | None,
                   on: date | None = None) -> list[str]:
    """The flags a delivery from this member and plot on `on` gets."""
    membership = get_membership(session, membership_id)
    flags = []
    if not has_active_agreement(session, membership.family_id):
        flags.append(NO_ACTIVE_AGREEMENT)
    if plot_id:
        visit = last_visit(session, plot_id, on or date.today())
        if visit is not None and visit.result == "not_compliant":
            flags.append(PLOT_NOT_COMPLIANT)
    return flags


# --- deliveries --------------------------------------------------------------------------

DELIVERY_INPUTS = ("delivered_on", "membership_id", "plot_id", "product", "gross_kg", "tare_kg",
                   "moisture_pct", "grade", "cup_score", "price_per_kg_pen")


def _number_rules(values: dict) -> list:
    """Rules on the typed numbers alone (no database): ranges and decimals."""
    errors = []
    gross, tare = values.get("gross_kg"), values.get("tare_kg")
    if gross is not None:
        if gross <= 0:
            errors.append(FieldError("gross_kg", QT_TRANSLATE_NOOP(
                "Validation", "The gross weight must be greater than 0 kg.")))
        elif gross > MAX_KG:
            errors.append(FieldError("gross_kg", QT_TRANSLATE_NOOP(
                "Validation", "{kg} kg is not plausible for one delivery."), {"kg": gross}))
        else:
            errors.append(_places_error("gross_kg", gross, 2))
    if tare is not None:
        if tare < 0:
            errors.append(FieldError("tare_kg", QT_TRANSLATE_NOOP(
                "Validation", "The tare cannot be negative.")))
        elif gross is not None and 0 < gross <= MAX_KG and tare >= gross:
            errors.append(FieldError("tare_kg", QT_TRANSLATE_NOOP(
                "Validation", "The tare must be less than the gross weight.")))
        elif tare <= MAX_KG:
            errors.append(_places_error("tare_kg", tare, 2))
    for name, places, message in (
            ("moisture_pct", 1, QT_TRANSLATE_NOOP(
                "Validation", "Moisture must be between 0 and 100 %.")),
            ("cup_score", 2, QT_TRANSLATE_NOOP(
                "Validation", "The cup score must be between 0 and 100."))):
        value = values.get(name)
        if value is not None:
            if not ZERO <= value <= 100:
                errors.append(FieldError(name, message))
            else:
                errors.append(_places_error(name, value, places))
    price = values.get("price_per_kg_pen")
    if price is not None:
        if price <= 0:
            errors.append(FieldError("price_per_kg_pen", QT_TRANSLATE_NOOP(
                "Validation", "The price must be greater than S/ 0.")))
        elif price > MAX_PRICE:
            errors.append(FieldError("price_per_kg_pen", QT_TRANSLATE_NOOP(
                "Validation", "S/ {price} per kg is not plausible."), {"price": price}))
        else:
            errors.append(_places_error("price_per_kg_pen", price, 2))
    day = values.get("delivered_on")
    if day is not None:
        if day > date.today():
            errors.append(FieldError("delivered_on", QT_TRANSLATE_NOOP(
                "Validation", "The delivery date cannot be in the future.")))
        elif day.year < FIRST_YEAR:
            errors.append(FieldError("delivered_on", QT_TRANSLATE_NOOP(
                "Validation", "The delivery date is not plausible.")))
    return [e for e in errors if e is not None]


def delivery_field_errors(raw: dict) -> list[FieldError]:
    """Problems with the given fields alone, without the database: for checking a form
    field as soon as the user leaves it."""
    values, errors = parse_values(DELIVERY_FIELDS, raw, only_given=True)
    return errors + _number_rules(values)


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


def _parse_delivery(session: Session, cooperative_id: str, raw: dict) -> tuple[dict, Membership]:
    values, errors = parse_values(_DELIVERY_INPUT_FIELDS, raw)
    if values.get("tare_kg") is None:
        values["tare_kg"] = ZERO
    values["grade"] = values.get("grade") or ""
    errors += _number_rules(values)
    membership = _resolve_member(session, cooperative_id, raw, errors)
    errors += _plot_errors(session, membership, values.get("plot_id"))
    _check(errors)
    values["plot_id"] = values.get("plot_id") or None
    values["net_kg"] = values["gross_kg"] - values["tare_kg"]
    values["amount_pen"] = amount_for(values["net_kg"], values["price_per_kg_pen"])
    return values, membership


def _lock_numbering(session: Session, cooperative_id: str) -> None:
    """Take SQLite's write lock before reading the last number: the read and the insert
    happen in one write transaction, so two stations never get the same number."""
    session.execute(text("UPDATE cooperatives SET receipt_prefix = receipt_prefix "
                         "WHERE id = :id"), {"id": cooperative_id})


def _next_sequence(session: Session, cooperative: Cooperative, year: int) -> int:
    stem = f"{cooperative.receipt_prefix}-{year}-"
    current = session.scalar(select(func.max(Delivery.sequence)).where(
        Delivery.cooperative_id == cooperative.id,
        Delivery.receipt_number.startswith(stem, autoescape=True)))
    return (current or 0) + 1


def record_delivery(session: Session, cooperative_id: str, raw: dict) -> Delivery:
    """Validate and save a delivery with the next receipt number; flags are computed here.

    `raw` has the DELIVERY_FIELDS form fields as typed; the member is `membership_id`,
    or a member code in `member`.
    """
    cooperative = get_cooperative(session, cooperative_id)
    values, membership = _parse_delivery(session, cooperative_id, raw)
    flags = delivery_flags(session, membership.id, values["plot_id"], values["delivered_on"])
    year = values["delivered_on"].year
    for attempt in range(5):
        try:
            _lock_numbering(session, cooperative.id)
            sequence = _next_sequence(session, cooperative, year)
            delivery = Delivery(cooperative_id=cooperative.id, membership_id=membership.id,
                                sequence=sequence, flags=",".join(flags),
                                receipt_number=f"{cooperative.receipt_prefix}-{year}-"
                                               f"{sequence:06d}", **values)
            session.add(delivery)
            session.commit()
            return delivery
        except IntegrityError:  # another station took the number meanwhile: take the next
            session.rollback()
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


def get_delivery(session: Session, delivery_id: str) -> Delivery:
    return _live(session, Delivery, delivery_id, "delivery")


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
    delivery = get_delivery(session, delivery_id)
    if delivery.voided_at is not None:
        raise ValidationError.single(None, QT_TRANSLATE_NOOP(
            "Validation", "A voided delivery cannot be corrected."))
    current = {name: getattr(delivery, name) for name in DELIVERY_INPUTS}
    given = {k: v for k, v in raw.items() if k in DELIVERY_INPUTS or k == "member"}
    if "member" in given and "membership_id" not in given:
        current["membership_id"] = None
    merged = {**current, **given}
    values, membership = _parse_delivery(session, delivery.cooperative_id, merged)
    errors = []
    if values["delivered_on"].year != delivery.delivered_on.year:
        errors.append(FieldError("delivered_on", QT_TRANSLATE_NOOP(
            "Validation", "The receipt number carries the year {year}: void this delivery "
                          "and record it again instead."), {"year": delivery.delivered_on.year}))
    if delivery.paid_on is not None and values["amount_pen"] != delivery.amount_pen:
        errors.append(FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "This delivery was paid on {day}; its amount cannot change."),
            {"day": delivery.paid_on.isoformat()}))
    _check(errors)
    for key, value in values.items():
        setattr(delivery, key, value)
    delivery.membership_id = membership.id
    delivery.flags = ",".join(delivery_flags(session, membership.id, values["plot_id"],
                                             values["delivered_on"]))
    session.commit()
    return delivery


def void_delivery(session: Session, delivery_id: str, reason: str,
                  on: date | None = None) -> Delivery:
    """Void a delivery: it keeps its receipt number, stays in the file, and counts no more."""
    delivery = get_delivery(session, delivery_id)
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
    _check(errors)
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


# --- the deliveries list -----------------------------------------------------------------

@dataclass(frozen=True)
class DeliveryRow:
    id: str
    receipt_number: str
    delivered_on: date
    member_code: str
    member: str
    membership_id: str
    plot: str
    plot_id: str | None
    product: str
    gross_kg: Decimal
    tare_kg: Decimal
    net_kg: Decimal
    moisture_pct: Decimal
    grade: str
    cup_score: Decimal | None
    price_per_kg_pen: Decimal
    amount_pen: Decimal
    paid_on: date | None
    voided_at: date | None
    void_reason: str
    flags: str
    lot: str
    lot_id: str | None

    def value(self, name: str):
        return getattr(self, name)

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


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
        r.id, r.receipt_number, _day(r.delivered_on), r.member_code, r.member, r.membership_id,
        r.plot, r.plot_id, r.product, _kg(r.gross_kg), _kg(r.tare_kg), _kg(r.net_kg),
        _pct(r.moisture_pct), r.grade, _pct(r.cup_score), _pen(r.price_per_kg_pen),
        _pen(r.amount_pen), _day(r.paid_on), _day(r.voided_at), r.void_reason, r.flags,
        r.lot, r.lot_id)


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


# --- receipts ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReceiptData:
    """Everything a printed receipt shows, read once from the database."""

    cooperative: str
    ruc: str
    address: str
    receipt_number: str
    delivered_on: date
    member_code: str
    member: str
    dni: str
    family_code: str
    plot: str
    plot_area_ha: Decimal | None
    product: str
    gross_kg: Decimal
    tare_kg: Decimal
    net_kg: Decimal
    moisture_pct: Decimal
    grade: str
    cup_score: Decimal | None
    price_per_kg_pen: Decimal
    amount_pen: Decimal
    paid_on: date | None
    voided_at: date | None
    void_reason: str
    flags: tuple = dc_field(default=())


def receipt_data(session: Session, receipt_number: str,
                 cooperative_id: str | None = None) -> ReceiptData:
    delivery = delivery_by_receipt(session, receipt_number, cooperative_id)
    membership, cooperative, plot = delivery.membership, delivery.cooperative, delivery.plot
    return ReceiptData(
        cooperative=cooperative.name, ruc=cooperative.ruc, address=cooperative.address,
        receipt_number=delivery.receipt_number, delivered_on=delivery.delivered_on,
        member_code=membership.member_code, member=member_name(membership),
        dni=member_dni(membership), family_code=membership.family.code,
        plot=plot.name if plot else "", plot_area_ha=plot.area_ha if plot else None,
        product=delivery.product, gross_kg=delivery.gross_kg, tare_kg=delivery.tare_kg,
        net_kg=delivery.net_kg, moisture_pct=delivery.moisture_pct, grade=delivery.grade,
        cup_score=delivery.cup_score, price_per_kg_pen=delivery.price_per_kg_pen,
        amount_pen=delivery.amount_pen, paid_on=delivery.paid_on,
        voided_at=delivery.voided_at, void_reason=delivery.void_reason,
        flags=tuple(flag_codes(delivery.flags)))


# --- payments ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentResult:
    deliveries: int
    amount_pen: Decimal


def _paid_on(paid_on: date | None) -> date:
    paid_on = paid_on or date.today()
    if paid_on > date.today():
        raise ValidationError.single("paid_on", QT_TRANSLATE_NOOP(
            "Validation", "The payment date cannot be in the future."))
    return paid_on


def mark_paid(session: Session, delivery_ids: list[str], paid_on: date | None = None
              ) -> PaymentResult:
    """Mark deliveries paid (all or none)."""
    paid_on = _paid_on(paid_on)
    deliveries = [get_delivery(session, i) for i in delivery_ids]
    errors = []
    for delivery in deliveries:
        if delivery.voided_at is not None:
            errors.append(FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} is voided; it is not paid."),
                {"receipt": delivery.receipt_number}))
        elif delivery.paid_on is not None:
            errors.append(FieldError(None, QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} was already paid."),
                {"receipt": delivery.receipt_number}))
        elif delivery.delivered_on > paid_on:
            errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP(
                "Validation", "Receipt {receipt} cannot be paid before it was delivered."),
                {"receipt": delivery.receipt_number}))
    _check(errors)
    for delivery in deliveries:
        delivery.paid_on = paid_on
    session.commit()
    return PaymentResult(len(deliveries), sum((d.amount_pen for d in deliveries), ZERO))


def pay_member_up_to(session: Session, membership_id: str, up_to: date,
                     paid_on: date | None = None) -> PaymentResult:
    """Mark every unpaid, unvoided delivery of the member up to `up_to` (inclusive) paid."""
    get_membership(session, membership_id)
    paid_on = _paid_on(paid_on)
    if up_to > paid_on:
        raise ValidationError.single("up_to", QT_TRANSLATE_NOOP(
            "Validation", "Deliveries cannot be paid before they are made: choose a date up "
                          "to the payment date."))
    deliveries = list(session.scalars(select(Delivery).where(
        Delivery.membership_id == membership_id, Delivery.deleted_at.is_(None),
        Delivery.voided_at.is_(None), Delivery.paid_on.is_(None),
        Delivery.delivered_on <= up_to)))
    for delivery in deliveries:
        delivery.paid_on = paid_on
    session.commit()
    return PaymentResult(len(deliveries), sum((d.amount_pen for d in deliveries), ZERO))


def mark_unpaid(session: Session, delivery_id: str) -> Delivery:
    """Undo a payment entered by mistake (the audit keeps the date that was there)."""
    delivery = get_delivery(session, delivery_id)
    delivery.paid_on = None
    session.commit()
    return delivery


@dataclass(frozen=True)
class OwedRow:
    membership_id: str
    member_code: str
    member: str
    deliveries: int
    net_kg: Decimal
    amount_pen: Decimal
    oldest: date

    def value(self, name: str):
        return getattr(self, name)


def amounts_owed(session: Session, cooperative_id: str, up_to: date | None = None
                 ) -> list[OwedRow]:
    """What the cooperative owes each member: unpaid, unvoided deliveries, largest first."""
    params: dict = {"coop": cooperative_id}
    extra = ""
    if up_to is not None:
        extra = " AND d.delivered_on <= :up_to"
        params["up_to"] = up_to.isoformat()
    sql = f"""
        SELECT m.id, m.member_code, {MEMBER_NAME_SQL} AS member, count(*) AS n,
          sum(d.net_kg) AS kg, sum(d.amount_pen) AS amount, min(d.delivered_on) AS oldest
        FROM deliveries d JOIN memberships m ON m.id = d.membership_id
        WHERE d.cooperative_id = :coop AND d.deleted_at IS NULL AND d.voided_at IS NULL
          AND d.paid_on IS NULL{extra}
        GROUP BY m.id ORDER BY amount DESC, m.member_code"""
    return [OwedRow(r.id, r.member_code, r.member, r.n, _kg(r.kg), _pen(r.amount),
                    _day(r.oldest)) for r in session.execute(text(sql), params)]


# --- lots ----------------------------------------------------------------------------------

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
    get_cooperative(session, cooperative_id)
    lot = None if lot_id is None else _live(session, Lot, lot_id, "lot")
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
    _check(errors)
    if lot is None:
        lot = Lot(cooperative_id=cooperative_id)
    for key, value in values.items():
        setattr(lot, key, value)
    lot.certifications = json.dumps(kinds)
    session.add(lot)
    session.commit()
    return lot


def get_lot(session: Session, lot_id: str) -> Lot:
    return _live(session, Lot, lot_id, "lot")


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
    return [LotRow(r.id, r.code, r.buyer, r.destination_country, _day(r.shipping_date),
                   tuple(json.loads(r.certifications or "[]")), r.n, _kg(r.kg))
            for r in session.execute(text(sql), {"coop": cooperative_id})]


def lot_total_kg(session: Session, lot_id: str) -> Decimal:
    total = session.scalar(select(func.sum(Delivery.net_kg)).where(
        Delivery.lot_id == lot_id, Delivery.deleted_at.is_(None),
        Delivery.voided_at.is_(None)))
    return total if total is not None else Decimal("0.000")


def assign_to_lot(session: Session, lot_id: str, delivery_ids: list[str]) -> int:
    """Put deliveries in a lot (all or none); a delivery belongs to at most one lot."""
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
    _check(errors)
    for delivery in deliveries:
        delivery.lot_id = lot.id
    session.commit()
    return len(deliveries)


def remove_from_lot(session: Session, delivery_ids: list[str]) -> int:
    deliveries = [get_delivery(session, i) for i in delivery_ids]
    for delivery in deliveries:
        delivery.lot_id = None
    session.commit()
    return len(deliveries)


# --- figures -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Totals:
    key: str
    label: str
    deliveries: int
    net_kg: Decimal
    amount_pen: Decimal
    unpaid_pen: Decimal

    @property
    def average_price(self) -> Decimal | None:
        return (self.amount_pen / self.net_kg).quantize(CENT, rounding=ROUND_HALF_UP) \
            if self.net_kg else None


_TOTALS = """count(*) AS n, coalesce(sum(d.net_kg), 0) AS kg,
  coalesce(sum(d.amount_pen), 0) AS amount,
  coalesce(sum(CASE WHEN d.paid_on IS NULL THEN d.amount_pen ELSE 0 END), 0) AS unpaid"""


def _period(cooperative_id: str, start: date | None, end: date | None) -> tuple[str, dict]:
    clauses = ["d.cooperative_id = :coop", "d.deleted_at IS NULL", "d.voided_at IS NULL"]
    params: dict = {"coop": cooperative_id}
    if start is not None:
        clauses.append("d.delivered_on >= :start")
        params["start"] = start.isoformat()
    if end is not None:
        clauses.append("d.delivered_on <= :end")
        params["end"] = end.isoformat()
    return " AND ".join(clauses), params


def _totals(r, key: str, label: str) -> Totals:
    return Totals(key, label, r.n, _kg(r.kg), _pen(r.amount), _pen(r.unpaid))


def member_totals(session: Session, cooperative_id: str, start: date | None = None,
                  end: date | None = None) -> list[Totals]:
    """kg and soles per member over a period (a season), most kg first."""
    where, params = _period(cooperative_id, start, end)
    sql = f"""
        SELECT t.membership_id AS key, m.member_code, {MEMBER_NAME_SQL} AS name,
          t.n, t.kg, t.amount, t.unpaid
        FROM (SELECT d.membership_id, {_TOTALS} FROM deliveries d WHERE {where}
              GROUP BY d.membership_id) t
        JOIN memberships m ON m.id = t.membership_id
        ORDER BY t.kg DESC, m.member_code"""
    return [_totals(r, r.key, f"{r.member_code} {r.name}")
            for r in session.execute(text(sql), params)]


def monthly_totals(session: Session, cooperative_id: str, start: date | None = None,
                   end: date | None = None) -> list[Totals]:
    where, params = _period(cooperative_id, start, end)
    sql = (f"SELECT substr(d.delivered_on, 1, 7) AS month, {_TOTALS} FROM deliveries d "
           f"WHERE {where} GROUP BY month ORDER BY month")
    return [_totals(r, r.month, r.month) for r in session.execute(text(sql), params)]


def lot_totals(session: Session, cooperative_id: str, start: date | None = None,
               end: date | None = None) -> list[Totals]:
    where, params = _period(cooperative_id, start, end)
    sql = (f"SELECT coalesce(l.code, '') AS code, {_TOTALS} FROM deliveries d "
           f"LEFT JOIN lots l ON l.id = d.lot_id WHERE {where} GROUP BY l.code ORDER BY l.code")
    return [_totals(r, r.code, r.code) for r in session.execute(text(sql), params)]


def certification_totals(session: Session, cooperative_id: str, start: date | None = None,
                         end: date | None = None) -> list[Totals]:
    """kg and soles of deliveries whose member held each certification on the delivery day
    (a delivery counts under each certification its member held)."""
    where, params = _period(cooperative_id, start, end)
    sql = f"""
        SELECT json_extract(c.value, '$.kind') AS kind, {_TOTALS}
        FROM deliveries d JOIN memberships m ON m.id = d.membership_id,
             json_each(m.certifications) c
        WHERE {where}
          AND coalesce(json_extract(c.value, '$.valid_from'), '') <= d.delivered_on
          AND (json_extract(c.value, '$.valid_to') IS NULL
               OR d.delivered_on <= json_extract(c.value, '$.valid_to'))
        GROUP BY kind"""
    merged: dict[str, list] = {}
    for r in session.execute(text(sql), params):
        kind = certification_kind(r.kind)
        acc = merged.setdefault(kind, [0, 0, 0, 0])
        for i, v in enumerate((r.n, r.kg, r.amount, r.unpaid)):
            acc[i] += v
    return [Totals(k, domain_label("certification", k), n, _kg(kg), _pen(a), _pen(u))
            for k, (n, kg, a, u) in sorted(merged.items())]


@dataclass(frozen=True)
class SeasonSummary:
    members_delivering: int
    deliveries: int
    net_kg: Decimal
    amount_pen: Decimal
    unpaid_pen: Decimal

    @property
    def average_price(self) -> Decimal | None:
        return (self.amount_pen / self.net_kg).quantize(CENT, rounding=ROUND_HALF_UP) \
            if self.net_kg else None


def season_summary(session: Session, cooperative_id: str, start: date | None = None,
                   end: date | None = None) -> SeasonSummary:
    where, params = _period(cooperative_id, start, end)
    r = session.execute(text(f"SELECT count(DISTINCT d.membership_id) AS members, {_TOTALS} "
                             f"FROM deliveries d WHERE {where}"), params).one()
    return SeasonSummary(r.members, r.n, _kg(r.kg), _pen(r.amount), _pen(r.unpaid))


__all__ = [
    "COOPERATIVE_FIELDS", "MEMBERSHIP_FIELDS", "DELIVERY_FIELDS", "LOT_FIELDS", "OWED_FIELDS",
    "record_delivery", "correct_delivery", "void_delivery", "mark_paid", "pay_member_up_to",
    "amounts_owed", "save_lot", "assign_to_lot", "search_deliveries", "receipt_data",
]

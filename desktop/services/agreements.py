"""The agreement life cycle: draft → signed → active → suspended / ended, with renewals.

Rules a coordinator expects: content (plots, commitments, benefits,
signatories) changes only while the agreement is a draft; it is signed only
with the head of the family among the signatories and a signing date; a
family has at most one active agreement; what a compliance visit decides sets
the agreement's status.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from desktop.i18n import QT_TRANSLATE_NOOP
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from desktop import config
from desktop.db.agreement import (
    Agreement, Benefit, BenefitDelivery, Commitment, ComplianceVisit, ConsentRecord, Grievance,
    Signatory,
)
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.i18n.labels import LABELS
from desktop.services.agreement_fields import (
    AGREEMENT_FIELDS, BENEFIT_DELIVERY_FIELDS, BENEFIT_FIELDS, CONSENT_FIELDS, GRIEVANCE_FIELDS,
    SIGNATORY_FIELDS, VISIT_FIELDS,
)
from desktop.db.types import utcnow
from desktop.services.errors import check, FieldError, NotFound, ValidationError
from desktop.services.fields import parse_values

STANDARD_COMMITMENTS = list(LABELS["commitment"])
CONTENT_LOCKED = QT_TRANSLATE_NOOP(
    "Validation", "Agreement {number} is {status}: its content can no longer change. "
    "Renew it to make a new agreement with the changes.")


_now = utcnow  # timestamps are UTC
_check = check


def _fail(field_name: str | None, message: str, **params):
    raise ValidationError.single(field_name, message, **params)


def get_agreement(session: Session, agreement_id: str) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None or agreement.deleted_at is not None:
        raise NotFound("agreement", agreement_id)
    return agreement


def agreement_by_number(session: Session, number: str) -> Agreement:
    agreement = session.scalar(select(Agreement).where(Agreement.number == number,
                                                       Agreement.deleted_at.is_(None)))
    if agreement is None:
        raise NotFound("agreement", number)
    return agreement


def _draft(agreement: Agreement) -> None:
    if agreement.status != "draft":
        from desktop.i18n.labels import label
        _fail(None, CONTENT_LOCKED, number=agreement.number,
              status=label("agreement_status", agreement.status))


def next_number(session: Session, year: int, prefix: str | None = None) -> str:
    prefix = prefix or config.get(config.AGREEMENT_PREFIX)
    stem = f"{prefix}-{year}-"
    last = session.scalar(select(func.max(Agreement.number)).where(
        Agreement.number.like(stem.replace("%", r"\%").replace("_", r"\_") + "%", escape="\\")))
    number = int(last[len(stem):]) + 1 if last and last[len(stem):].isdigit() else 1
    return f"{stem}{number:04d}"


def living(items) -> list:
    return [i for i in items if i.deleted_at is None]


def _forest_area(plots: list[Plot]) -> Decimal:
    return sum((p.area_ha for p in plots if p.land_use == "forest"), Decimal(0))


def _family_plots(session: Session, family: Family, plot_ids) -> list[Plot]:
    plots = living(family.plots)
    if plot_ids is None:
        return plots
    chosen = [p for p in plots if p.id in set(plot_ids)]
    if len(chosen) != len(set(plot_ids)):
        _fail("plots", QT_TRANSLATE_NOOP(
            "Validation", "An agreement covers only plots of its own family."))
    return chosen


def _dates(values: dict) -> list:
    start, end = values.get("start_date"), values.get("end_date")
    if start and end and end < start:
        return [FieldError("end_date", QT_TRANSLATE_NOOP(
            "Validation", "The end date must be after the start date."))]
    return []


def default_signatories(family: Family) -> list[dict]:
    head = family.head
    rows = []
    if head is not None:
        rows.append({"person_id": head.id, "name": head.full_name, "role": "head",
                     "dni": head.dni, "uses_thumbprint": not head.signs})
    rows.append({"name": config.get(config.PROGRAMME_REPRESENTATIVE), "role": "programme"})
    rows.append({"name": config.get(config.PARK_REPRESENTATIVE), "role": "park"})
    return rows


def create_agreement(session: Session, family_id: str, raw: dict, plot_ids=None,
                     commitments: list[str] | None = None,
                     free_commitments: list[str] = ()) -> Agreement:
    """A draft for the family, covering its plots, with the standard commitments by default."""
    family = session.get(Family, family_id)
    if family is None or family.deleted_at is not None:
        raise NotFound("family", family_id)
    values, errors = parse_values(AGREEMENT_FIELDS, raw)
    errors += _dates(values)
    number = values.get("number")
    if number and session.scalar(select(Agreement.id).where(Agreement.number == number)):
        errors.append(FieldError("number", QT_TRANSLATE_NOOP(
            "Validation", "Agreement number {number} is already used."), {"number": number}))
    _check(errors)
    plots = _family_plots(session, family, plot_ids)
    if values.get("forest_area_ha") is None:
        values["forest_area_ha"] = _forest_area(plots)
    if not number:
        values["number"] = next_number(session, values["start_date"].year)
    agreement = Agreement(family=family, status="draft", **values)
    agreement.plots = plots
    session.add(agreement)
    _set_commitments(agreement, STANDARD_COMMITMENTS if commitments is None else commitments,
                     free_commitments)
    for row in default_signatories(family):
        agreement.signatories.append(Signatory(**row))
    session.commit()
    return agreement


def update_agreement(session: Session, agreement_id: str, raw: dict, plot_ids=None) -> Agreement:
    agreement = get_agreement(session, agreement_id)
    _draft(agreement)
    values, errors = parse_values(AGREEMENT_FIELDS, raw, only_given=True)
    merged = {"start_date": agreement.start_date, "end_date": agreement.end_date, **values}
    errors += _dates(merged)
    if not values.get("number"):
        values.pop("number", None)
    elif session.scalar(select(Agreement.id).where(Agreement.number == values["number"],
                                                   Agreement.id != agreement.id)):
        errors.append(FieldError("number", QT_TRANSLATE_NOOP(
            "Validation", "Agreement number {number} is already used."),
            {"number": values["number"]}))
    _check(errors)
    if plot_ids is not None:
        agreement.plots = _family_plots(session, agreement.family, plot_ids)
    if "forest_area_ha" in values and values["forest_area_ha"] is None:
        values["forest_area_ha"] = _forest_area(agreement.plots)
    for key, value in values.items():
        setattr(agreement, key, value)
    session.commit()
    return agreement


def _set_commitments(agreement: Agreement, kinds: list[str], free: list[str]) -> None:
    unknown = [k for k in kinds if k not in LABELS["commitment"]]
    if unknown:
        _fail("commitments", QT_TRANSLATE_NOOP("Validation", "Unknown commitment: {kind}."),
              kind=unknown[0])
    now = _now()
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


def set_commitments(session: Session, agreement_id: str, kinds: list[str],
                    free: list[str] = ()) -> Agreement:
    agreement = get_agreement(session, agreement_id)
    _draft(agreement)
    _set_commitments(agreement, kinds, list(free))
    session.commit()
    return agreement


# --- benefits ---------------------------------------------------------------------------------

def _benefit_rules(values: dict) -> list:
    errors = []
    if values.get("quantity") is not None and values["quantity"] <= 0:
        errors.append(FieldError("quantity", QT_TRANSLATE_NOOP(
            "Validation", "The quantity must be greater than 0.")))
    if values.get("estimated_value_pen") is not None and values["estimated_value_pen"] < 0:
        errors.append(FieldError("estimated_value_pen", QT_TRANSLATE_NOOP(
            "Validation", "The value cannot be negative.")))
    return errors


def add_benefit(session: Session, agreement_id: str, raw: dict) -> Benefit:
    agreement = get_agreement(session, agreement_id)
    _draft(agreement)
    values, errors = parse_values(BENEFIT_FIELDS, raw)
    errors += _benefit_rules(values)
    _check(errors)
    values["estimated_value_pen"] = values.get("estimated_value_pen") or Decimal(0)
    benefit = Benefit(**values)
    agreement.benefits.append(benefit)
    session.commit()
    return benefit


def _benefit(session: Session, benefit_id: str) -> Benefit:
    benefit = session.get(Benefit, benefit_id)
    if benefit is None or benefit.deleted_at is not None:
        raise NotFound("benefit", benefit_id)
    return benefit


def update_benefit(session: Session, benefit_id: str, raw: dict) -> Benefit:
    benefit = _benefit(session, benefit_id)
    _draft(benefit.agreement)
    values, errors = parse_values(BENEFIT_FIELDS, raw, only_given=True)
    errors += _benefit_rules(values)
    _check(errors)
    for key, value in values.items():
        setattr(benefit, key, value if value is not None else getattr(benefit, key))
    session.commit()
    return benefit


def remove_benefit(session: Session, benefit_id: str) -> None:
    benefit = _benefit(session, benefit_id)
    _draft(benefit.agreement)
    benefit.deleted_at = _now()
    session.commit()


def delivered_quantity(benefit: Benefit) -> Decimal:
    return sum((d.quantity for d in living(benefit.deliveries)), Decimal(0))


def record_benefit_delivery(session: Session, benefit_id: str, raw: dict) -> BenefitDelivery:
    """A delivered benefit: only on a signed or active agreement whose benefits are not suspended."""
    benefit = _benefit(session, benefit_id)
    agreement = benefit.agreement
    if agreement.status not in ("signed", "active"):
        _fail(None, QT_TRANSLATE_NOOP(
            "Validation", "Benefits are delivered only under a signed or active agreement."))
    if agreement.benefits_suspended:
        _fail(None, QT_TRANSLATE_NOOP(
            "Validation", "Benefits of agreement {number} are suspended after a compliance "
            "visit."), number=agreement.number)
    values, errors = parse_values(BENEFIT_DELIVERY_FIELDS, raw)
    if values.get("quantity") is not None and values["quantity"] <= 0:
        errors.append(FieldError("quantity", QT_TRANSLATE_NOOP(
            "Validation", "The quantity must be greater than 0.")))
    if values.get("delivered_on") and values["delivered_on"] > date.today():
        errors.append(FieldError("delivered_on", QT_TRANSLATE_NOOP(
            "Validation", "The date cannot be in the future.")))
    _check(errors)
    receiver = None
    if values.get("received_by_id"):
        receiver = session.get(Person, values["received_by_id"])
        if receiver is None or receiver.family_id != agreement.family_id:
            _fail("received_by_id", QT_TRANSLATE_NOOP(
                "Validation", "The benefit is received by a member of the family."))
    delivery = BenefitDelivery(delivered_on=values["delivered_on"], quantity=values["quantity"],
                               received_by_id=receiver.id if receiver else None,
                               received_by_name=receiver.full_name if receiver else "")
    benefit.deliveries.append(delivery)
    session.commit()
    return delivery


@dataclass
class BenefitLine:
    benefit_id: str
    agreement_number: str
    kind: str
    description: str
    unit: str
    quantity: Decimal
    delivered: Decimal
    estimated_value_pen: Decimal

    @property
    def owed(self) -> Decimal:
        return max(self.quantity - self.delivered, Decimal(0))

    @property
    def owed_value_pen(self) -> Decimal:
        if not self.quantity:
            return Decimal(0)
        return (self.estimated_value_pen * self.owed / self.quantity).quantize(Decimal("0.01"))

    @property
    def delivered_value_pen(self) -> Decimal:
        if not self.quantity:
            return Decimal(0)
        done = min(self.delivered, self.quantity)
        return (self.estimated_value_pen * done / self.quantity).quantize(Decimal("0.01"))


def benefit_lines(agreement: Agreement) -> list[BenefitLine]:
    return [BenefitLine(b.id, agreement.number, b.kind, b.description, b.unit, b.quantity,
                        delivered_quantity(b), b.estimated_value_pen)
            for b in living(agreement.benefits)]


def benefits_owed(session: Session, family_id: str | None = None) -> list[BenefitLine]:
    """What is still owed under signed or active agreements (of one family, or all)."""
    query = select(Agreement).where(Agreement.deleted_at.is_(None),
                                    Agreement.status.in_(("signed", "active"))).options(
        selectinload(Agreement.benefits).selectinload(Benefit.deliveries))
    if family_id:
        query = query.where(Agreement.family_id == family_id)
    lines = []
    for agreement in session.scalars(query):
        lines += [line for line in benefit_lines(agreement) if line.owed > 0]
    return lines


def total_owed_value(session: Session) -> Decimal:
    return sum((line.owed_value_pen for line in benefits_owed(session)), Decimal(0))


# --- signatories and signing ---------------------------------------------------------------

def add_signatory(session: Session, agreement_id: str, raw: dict,
                  person_id: str | None = None) -> Signatory:
    agreement = get_agreement(session, agreement_id)
    _draft(agreement)
    if person_id:
        person = session.get(Person, person_id)
        if person is None or person.family_id != agreement.family_id or person.deleted_at:
            _fail("name", QT_TRANSLATE_NOOP(
                "Validation", "Choose a member of the agreement's family."))
        raw = {"name": person.full_name, "dni": person.dni,
               "role": "head" if person.relation == "head" else "member",
               "uses_thumbprint": not person.signs, **raw}
    values, errors = parse_values(SIGNATORY_FIELDS, raw)
    _check(errors)
    if person_id and any(s.person_id == person_id for s in living(agreement.signatories)):
        _fail("name", QT_TRANSLATE_NOOP("Validation", "{name} already signs this agreement."),
              name=values["name"])
    signatory = Signatory(person_id=person_id, **values)
    agreement.signatories.append(signatory)
    session.commit()
    return signatory


def remove_signatory(session: Session, signatory_id: str) -> None:
    signatory = session.get(Signatory, signatory_id)
    if signatory is None or signatory.deleted_at is not None:
        raise NotFound("signatory", signatory_id)
    _draft(signatory.agreement)
    signatory.deleted_at = _now()
    session.commit()


def content_fingerprint(agreement: Agreement) -> str:
    """A short hash of what the paper says, so a printed copy can be checked against the file."""
    family = agreement.family
    content = {
        "number": agreement.number,
        "family": family.code,
        "head_dni": family.head.dni if family.head else None,
        "start": str(agreement.start_date), "end": str(agreement.end_date),
        "forest_area_ha": str(agreement.forest_area_ha),
        "plots": sorted((p.name, str(p.area_ha), p.land_use) for p in agreement.plots),
        "commitments": [(c.kind, c.text) for c in living(agreement.commitments)],
        "benefits": sorted((b.kind, b.description, str(b.quantity), b.unit,
                            str(b.estimated_value_pen)) for b in living(agreement.benefits)),
        "signatories": sorted((s.role, s.name, s.dni or "") for s in
                              living(agreement.signatories)),
    }
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=True).encode())
    return digest.hexdigest()[:12].upper()


def qr_payload(agreement: Agreement) -> str:
    """ASCII text of the QR code: the number and the content fingerprint."""
    return f"{agreement.number}|{content_fingerprint(agreement)}"


def sign(session: Session, agreement_id: str, signed_on: date | str | None) -> Agreement:
    agreement = get_agreement(session, agreement_id)
    _draft(agreement)
    errors = []
    if isinstance(signed_on, str):
        try:
            from desktop.services.fields import Field, DATE
            signed_on = Field("signed_on", QT_TRANSLATE_NOOP("Fields", "Signing date"),
                              DATE).parse(signed_on)
        except FieldError as error:
            errors.append(error)
            signed_on = None
    if signed_on is None and not errors:
        errors.append(FieldError("signed_on", QT_TRANSLATE_NOOP(
            "Validation", "Give the signing date.")))
    if signed_on and signed_on > date.today():
        errors.append(FieldError("signed_on", QT_TRANSLATE_NOOP(
            "Validation", "The signing date cannot be in the future.")))
    head = agreement.family.head
    if head is None or not any(s.person_id == head.id for s in living(agreement.signatories)):
        errors.append(FieldError("signatories", QT_TRANSLATE_NOOP(
            "Validation", "The head of the family must be among the signatories.")))
    if not living(agreement.commitments):
        errors.append(FieldError("commitments", QT_TRANSLATE_NOOP(
            "Validation", "An agreement needs at least one commitment.")))
    if agreement.start_date is None or agreement.end_date is None:
        errors.append(FieldError("start_date", QT_TRANSLATE_NOOP(
            "Validation", "Give the start and end dates.")))
    _check(errors)
    agreement.signed_on = signed_on
    agreement.status = "signed"
    agreement.fingerprint = content_fingerprint(agreement)
    session.commit()
    return agreement


def _other_active(session: Session, agreement: Agreement) -> Agreement | None:
    return session.scalar(select(Agreement).where(
        Agreement.family_id == agreement.family_id, Agreement.status == "active",
        Agreement.deleted_at.is_(None), Agreement.id != agreement.id))


def activate(session: Session, agreement_id: str) -> Agreement:
    agreement = get_agreement(session, agreement_id)
    if agreement.status not in ("signed", "suspended"):
        _fail(None, QT_TRANSLATE_NOOP(
            "Validation", "Only a signed or suspended agreement can become active."))
    other = _other_active(session, agreement)
    if other is not None:
        if other.id == agreement.previous_id:
            other.status = "ended"  # the renewal takes over from the agreement it renews
        else:
            _fail(None, QT_TRANSLATE_NOOP(
                "Validation", "Family {code} already has an active agreement: {number}."),
                code=agreement.family.code, number=other.number)
    agreement.status = "active"
    session.commit()
    return agreement


def suspend(session: Session, agreement_id: str) -> Agreement:
    agreement = get_agreement(session, agreement_id)
    if agreement.status != "active":
        _fail(None, QT_TRANSLATE_NOOP("Validation", "Only an active agreement can be suspended."))
    agreement.status = "suspended"
    session.commit()
    return agreement


def end(session: Session, agreement_id: str) -> Agreement:
    agreement = get_agreement(session, agreement_id)
    if agreement.status in ("draft", "ended"):
        _fail(None, QT_TRANSLATE_NOOP(
            "Validation", "A draft is deleted, not ended; an ended agreement stays ended."))
    agreement.status = "ended"
    session.commit()
    return agreement


def delete_draft(session: Session, agreement_id: str) -> None:
    agreement = get_agreement(session, agreement_id)
    _draft(agreement)
    agreement.deleted_at = _now()
    session.commit()


# --- renewal ---------------------------------------------------------------------------------

def renew(session: Session, agreement_id: str, commit: bool = True) -> Agreement:
    """A new draft linked to `agreement`, with its plots, commitments, benefits and signatories
    copied (editable before signing) and dates moved on by the agreement's own duration."""
    old = get_agreement(session, agreement_id)
    if old.status == "draft":
        _fail(None, QT_TRANSLATE_NOOP("Validation", "A draft cannot be renewed; sign it first."))
    existing = session.scalar(select(Agreement).where(Agreement.previous_id == old.id,
                                                      Agreement.deleted_at.is_(None)))
    if existing is not None:
        _fail(None, QT_TRANSLATE_NOOP("Validation", "Agreement {number} was already renewed "
                                      "as {renewal}."), number=old.number,
              renewal=existing.number)
    start = (old.end_date + timedelta(days=1)) if old.end_date else date.today()
    length = (old.end_date - old.start_date) if old.start_date and old.end_date else timedelta(
        days=364)
    new = Agreement(family_id=old.family_id, status="draft", previous_id=old.id,
                    number=next_number(session, start.year), start_date=start,
                    end_date=start + length, forest_area_ha=old.forest_area_ha,
                    notes=old.notes)
    new.plots = living(old.plots)
    session.add(new)
    for c in living(old.commitments):
        new.commitments.append(Commitment(kind=c.kind, text=c.text, position=c.position))
    for b in living(old.benefits):
        new.benefits.append(Benefit(kind=b.kind, description=b.description,
                                    quantity=b.quantity, unit=b.unit,
                                    estimated_value_pen=b.estimated_value_pen))
    family = session.get(Family, old.family_id)
    for s in living(old.signatories):
        if s.person_id and (session.get(Person, s.person_id).deleted_at is not None):
            continue
        new.signatories.append(Signatory(person_id=s.person_id, name=s.name, role=s.role,
                                         dni=s.dni, uses_thumbprint=s.uses_thumbprint))
    if family.head and not any(s.person_id == family.head.id for s in new.signatories):
        new.signatories.insert(0, Signatory(**default_signatories(family)[0]))
    session.flush()
    if commit:
        session.commit()
    return new


def ending_within(session: Session, community_id: str | None, days: int,
                  today: date | None = None) -> list[Agreement]:
    """Active agreements (of a community) ending within `days`, not yet renewed or closed."""
    today = today or date.today()
    renewed = select(Agreement.previous_id).where(Agreement.previous_id.is_not(None),
                                                  Agreement.deleted_at.is_(None))
    query = select(Agreement).join(Family).where(
        Agreement.deleted_at.is_(None), Agreement.status == "active",
        Agreement.end_date <= today + timedelta(days=days),
        Agreement.not_renewed_reason.is_(None), Agreement.id.not_in(renewed))
    if community_id:
        query = query.where(Family.community_id == community_id)
    return list(session.scalars(query.order_by(Agreement.number)))


def renew_community(session: Session, community_id: str | None, days: int,
                    today: date | None = None) -> list[Agreement]:
    """Renew, in one step, every active agreement of a community ending within `days`."""
    renewals = [renew(session, a.id, commit=False)
                for a in ending_within(session, community_id, days, today)]
    session.commit()
    return renewals


def mark_not_renewed(session: Session, agreement_id: str, reason: str,
                     note: str = "") -> Agreement:
    agreement = get_agreement(session, agreement_id)
    if reason not in LABELS["not_renewed"]:
        _fail("not_renewed_reason", QT_TRANSLATE_NOOP(
            "Validation", "Choose why the agreement is not renewed."))
    agreement.not_renewed_reason = reason
    agreement.not_renewed_note = note.strip()
    session.commit()
    return agreement


# --- compliance visits -------------------------------------------------------------------------

CONSEQUENCE_STATUS = {"agreement_suspended": "suspended", "agreement_ended": "ended"}


def record_visit(session: Session, agreement_id: str, raw: dict) -> ComplianceVisit:
    """A compliance visit; the consequence decided after a breach sets the agreement's status."""
    agreement = get_agreement(session, agreement_id)
    if agreement.status not in ("signed", "active", "suspended"):
        _fail(None, QT_TRANSLATE_NOOP(
            "Validation", "Visits are recorded on signed, active or suspended agreements."))
    values, errors = parse_values(VISIT_FIELDS, raw)
    if values.get("visited_on") and values["visited_on"] > date.today():
        errors.append(FieldError("visited_on", QT_TRANSLATE_NOOP(
            "Validation", "The date cannot be in the future.")))
    cleared = values.get("forest_cleared_ha")
    if cleared is not None and cleared < 0:
        errors.append(FieldError("forest_cleared_ha", QT_TRANSLATE_NOOP(
            "Validation", "The area cannot be negative.")))
    if values.get("result") == "compliant" and values.get("consequence"):
        errors.append(FieldError("consequence", QT_TRANSLATE_NOOP(
            "Validation", "A compliant visit has no consequence.")))
    _check(errors)
    values["forest_cleared_ha"] = cleared or Decimal(0)
    visit = ComplianceVisit(**values)
    agreement.visits.append(visit)
    consequence = values.get("consequence")
    if consequence == "benefits_suspended":
        agreement.benefits_suspended = True
    elif consequence in CONSEQUENCE_STATUS:
        agreement.status = CONSEQUENCE_STATUS[consequence]
    session.commit()
    return visit


def lift_benefit_suspension(session: Session, agreement_id: str) -> Agreement:
    agreement = get_agreement(session, agreement_id)
    agreement.benefits_suspended = False
    session.commit()
    return agreement


def last_visit(agreement: Agreement) -> ComplianceVisit | None:
    visits = sorted(living(agreement.visits), key=lambda v: v.visited_on)
    return visits[-1] if visits else None


# --- consent and grievances --------------------------------------------------------------------

def record_consent(session: Session, agreement_id: str, raw: dict) -> ConsentRecord:
    agreement = get_agreement(session, agreement_id)
    values, errors = parse_values(CONSENT_FIELDS, raw)
    if values.get("informed_on") and values["informed_on"] > date.today():
        errors.append(FieldError("informed_on", QT_TRANSLATE_NOOP(
            "Validation", "The date cannot be in the future.")))
    _check(errors)
    record = ConsentRecord(agreement_id=agreement.id, **values)
    session.add(record)
    session.commit()
    return record


def consent_records(session: Session, agreement_id: str) -> list[ConsentRecord]:
    return list(session.scalars(select(ConsentRecord).where(
        ConsentRecord.agreement_id == agreement_id, ConsentRecord.deleted_at.is_(None))
        .order_by(ConsentRecord.informed_on)))


def add_grievance(session: Session, raw: dict, agreement_id: str | None = None,
                  family_id: str | None = None) -> Grievance:
    values, errors = parse_values(GRIEVANCE_FIELDS, raw)
    if values.get("closed_on") and values.get("raised_on") and \
            values["closed_on"] < values["raised_on"]:
        errors.append(FieldError("closed_on", QT_TRANSLATE_NOOP(
            "Validation", "A grievance is closed after it is raised.")))
    _check(errors)
    if agreement_id:
        family_id = get_agreement(session, agreement_id).family_id
    grievance = Grievance(agreement_id=agreement_id, family_id=family_id, **values)
    session.add(grievance)
    session.commit()
    return grievance


def close_grievance(session: Session, grievance_id: str, closed_on: date | str,
                    action_taken: str) -> Grievance:
    grievance = session.get(Grievance, grievance_id)
    if grievance is None or grievance.deleted_at is not None:
        raise NotFound("grievance", grievance_id)
    if not isinstance(closed_on, date):  # as typed in a form
        from dataclasses import replace
        closed_field = replace(next(f for f in GRIEVANCE_FIELDS if f.name == "closed_on"),
                               required=True)
        try:
            closed_on = closed_field.parse(closed_on)
        except FieldError as error:
            raise ValidationError(error) from None
    if closed_on < grievance.raised_on:
        _fail("closed_on", QT_TRANSLATE_NOOP(
            "Validation", "A grievance is closed after it is raised."))
    if not action_taken.strip():
        _fail("action_taken", QT_TRANSLATE_NOOP(
            "Validation", "Say what action was taken before closing the grievance."))
    grievance.closed_on = closed_on
    grievance.action_taken = action_taken.strip()
    session.commit()
    return grievance


@dataclass(frozen=True)
class GrievanceRow:
    id: str
    raised_on: date
    raised_by: str
    subject: str  # the agreement number or family code it is about
    description: str
    action_taken: str
    closed_on: date | None


def list_grievances(session: Session, open_only: bool = True) -> list[GrievanceRow]:
    query = select(Grievance).where(Grievance.deleted_at.is_(None))
    if open_only:
        query = query.where(Grievance.closed_on.is_(None))
    rows = []
    for g in session.scalars(query.order_by(Grievance.raised_on.desc())):
        subject = ""
        if g.agreement_id:
            subject = session.get(Agreement, g.agreement_id).number
        elif g.family_id:
            subject = session.get(Family, g.family_id).code
        rows.append(GrievanceRow(g.id, g.raised_on, g.raised_by, subject, g.description,
                                 g.action_taken, g.closed_on))
    return rows


def grievance_subject(session: Session, text_: str) -> tuple[str | None, str | None]:
    """(agreement_id, family_id) named by an agreement number or a family code; (None, None)
    for a grievance about the programme in general."""
    key = (text_ or "").strip()
    if not key:
        return None, None
    agreement = session.scalar(select(Agreement).where(Agreement.number == key,
                                                       Agreement.deleted_at.is_(None)))
    if agreement is not None:
        return agreement.id, agreement.family_id
    family = session.scalar(select(Family).where(Family.code == key,
                                                 Family.deleted_at.is_(None)))
    if family is not None:
        return None, family.id
    _fail("subject", QT_TRANSLATE_NOOP(
        "Validation", "No agreement number or family code is “{key}”."), key=key)


def open_grievances(session: Session) -> list[Grievance]:
    return list(session.scalars(select(Grievance).where(
        Grievance.closed_on.is_(None), Grievance.deleted_at.is_(None))
        .order_by(Grievance.raised_on)))


# --- the agreement list ------------------------------------------------------------------------

@dataclass(frozen=True)
class AgreementFilter:
    status: str | None = None
    community_id: str | None = None
    community_name: str | None = None
    ending_within_days: int | None = None
    no_visit_12_months: bool = False
    query: str = ""
    today: date | None = None


@dataclass(frozen=True)
class AgreementRow:
    id: str
    number: str
    family_code: str
    head: str
    community: str
    status: str
    start_date: date | None
    end_date: date | None
    forest_area_ha: Decimal
    last_visit: date | None

    def value(self, name: str):
        return getattr(self, name)


_ROW_SQL = """
SELECT a.id, a.number, f.code AS family_code,
  coalesce((SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname)
            FROM persons p WHERE p.family_id = f.id AND p.relation = 'head'
              AND p.deleted_at IS NULL), '') AS head,
  c.name AS community, a.status, a.start_date, a.end_date, a.forest_area_ha,
  (SELECT max(v.visited_on) FROM compliance_visits v WHERE v.agreement_id = a.id
     AND v.deleted_at IS NULL) AS last_visit
FROM agreements a JOIN families f ON f.id = a.family_id
JOIN communities c ON c.id = f.community_id
"""

AGREEMENT_SORT = {"number": "a.number", "family_code": "f.code", "head": "f.head_name",
                  "community": "c.name_folded", "status": "a.status",
                  "start_date": "a.start_date", "end_date": "a.end_date",
                  "forest_area_ha": "a.forest_area_ha", "last_visit": "last_visit"}


def _agreement_where(flt: AgreementFilter) -> tuple[str, dict]:
    from desktop.textnorm import fold, like_pattern

    today = flt.today or date.today()
    clauses, params = ["a.deleted_at IS NULL", "f.deleted_at IS NULL"], {}
    if flt.status:
        clauses.append("a.status = :status")
        params["status"] = flt.status
    if flt.community_id:
        clauses.append("f.community_id = :community_id")
        params["community_id"] = flt.community_id
    if flt.community_name:
        clauses.append("c.name_folded = :community_name")
        params["community_name"] = fold(flt.community_name)
    if flt.ending_within_days is not None:
        clauses.append("a.end_date IS NOT NULL AND a.end_date <= :ending AND a.status IN "
                       "('signed', 'active', 'suspended')")
        params["ending"] = (today + timedelta(days=flt.ending_within_days)).isoformat()
    if flt.no_visit_12_months:
        clauses.append("a.status IN ('signed', 'active', 'suspended') AND NOT EXISTS ("
                       "SELECT 1 FROM compliance_visits v WHERE v.agreement_id = a.id AND "
                       "v.deleted_at IS NULL AND v.visited_on > :year_ago)")
        params["year_ago"] = (today - timedelta(days=365)).isoformat()
    for i, word in enumerate(fold(flt.query).split()):
        params[f"w{i}"] = like_pattern(word)
        clauses.append(f"(lower(a.number) LIKE :w{i} ESCAPE '\\' OR f.search_text LIKE :w{i} "
                       f"ESCAPE '\\' OR c.name_folded LIKE :w{i} ESCAPE '\\')")
    return " AND ".join(clauses), params


def list_agreements(session: Session, flt: AgreementFilter = AgreementFilter(),
                    sort: str = "number", descending: bool = False, offset: int = 0,
                    limit: int | None = 200) -> list[AgreementRow]:
    from desktop.db.types import Hectares

    where, params = _agreement_where(flt)
    order = AGREEMENT_SORT.get(sort, "a.number") + (" DESC" if descending else "")
    sql = f"{_ROW_SQL} WHERE {where} ORDER BY {order}, a.number"
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    rows = []
    for r in session.execute(text(sql), params):
        rows.append(AgreementRow(
            r.id, r.number, r.family_code, r.head, r.community, r.status,
            date.fromisoformat(r.start_date) if r.start_date else None,
            date.fromisoformat(r.end_date) if r.end_date else None,
            Hectares.process_result_value(r.forest_area_ha, None),
            date.fromisoformat(r.last_visit) if r.last_visit else None))
    return rows


def count_agreements(session: Session, flt: AgreementFilter = AgreementFilter()) -> int:
    where, params = _agreement_where(flt)
    sql = ("SELECT count(*) FROM agreements a JOIN families f ON f.id = a.family_id "
           f"JOIN communities c ON c.id = f.community_id WHERE {where}")
    return session.execute(text(sql), params).scalar_one()


def agreement_ids(session: Session, flt: AgreementFilter) -> list[str]:
    return [r.id for r in list_agreements(session, flt, limit=None)]


# --- a family's ledger ---------------------------------------------------------------------------

@dataclass
class LedgerYear:
    year: int
    agreements: list[str] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)
    visits: list[tuple[date, str]] = field(default_factory=list)
    planned_value_pen: Decimal = Decimal(0)
    delivered_value_pen: Decimal = Decimal(0)
    benefits: list[BenefitLine] = field(default_factory=list)

    @property
    def agreement_numbers(self) -> str:
        return ", ".join(self.agreements)

    @property
    def commitments_text(self) -> str:
        from desktop.i18n.labels import LABELS, label
        return "; ".join(label("commitment", c) if c in LABELS["commitment"] else c
                         for c in dict.fromkeys(self.commitments))

    @property
    def visits_text(self) -> str:
        from desktop.i18n.formatting import fmt_date
        from desktop.i18n.labels import label
        return "; ".join(f"{fmt_date(day, fmt='short')}: {label('visit_result', result)}"
                         for day, result in self.visits)


def family_ledger(session: Session, family_id: str) -> list[LedgerYear]:
    """Each year: the agreements' commitments and visits' results beside benefits planned and
    received."""
    years: dict[int, LedgerYear] = {}
    agreements = session.scalars(select(Agreement).where(
        Agreement.family_id == family_id, Agreement.deleted_at.is_(None),
        Agreement.status != "draft").order_by(Agreement.start_date))
    for agreement in agreements:
        year = (agreement.start_date or date.today()).year
        entry = years.setdefault(year, LedgerYear(year))
        entry.agreements.append(agreement.number)
        for c in living(agreement.commitments):
            entry.commitments.append(c.kind or c.text)
        for v in living(agreement.visits):
            entry.visits.append((v.visited_on, v.result))
        for line in benefit_lines(agreement):
            entry.benefits.append(line)
            entry.planned_value_pen += line.estimated_value_pen
            entry.delivered_value_pen += line.delivered_value_pen
    return [years[y] for y in sorted(years)]

"""What a printed agreement says: a plain snapshot (`AgreementDocument`), detached from
the database, and its mapping from the ORM objects.

Rendering reads only these snapshots, so a batch loads a few agreements, closes its
session and renders them while nothing else is held in memory. The mapping reads the
agreements service (living rows, the QR payload): reports depend on services, never the
other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.agreement import Agreement
from desktop.db.family import Family
from desktop.services.agreements import living, qr_payload
from desktop.services.people.permissions import require

#: Document languages: Spanish, English, or both in one document (Spanish first).
LANG_CHOICES = ("es", "en", "both")
ROLE_ORDER = {"head": 0, "member": 1, "programme": 2, "park": 3}


def document_languages(lang: str) -> tuple[str, ...]:
    if lang == "both":
        return ("es", "en")
    if lang in ("es", "en"):
        return (lang,)
    raise ValueError(f"unknown document language {lang!r}")


@dataclass(frozen=True)
class PlotRow:
    name: str
    area_ha: Decimal
    land_use: str
    inside_protected_area: bool
    latitude: Decimal | None
    longitude: Decimal | None


@dataclass(frozen=True)
class CommitmentRow:
    kind: str | None
    text: str


@dataclass(frozen=True)
class BenefitRow:
    kind: str
    description: str
    quantity: Decimal
    unit: str
    estimated_value_pen: Decimal


@dataclass(frozen=True)
class SignatoryRow:
    name: str
    dni: str | None
    role: str
    uses_thumbprint: bool


@dataclass(frozen=True)
class AgreementDocument:
    """Everything the paper says about one agreement, detached from the database."""

    number: str
    status: str
    start_date: date | None
    end_date: date | None
    signed_on: date | None
    forest_area_ha: Decimal
    family_code: str
    community: str
    district: str
    province: str
    region: str
    head_name: str
    head_dni: str | None
    plots: tuple[PlotRow, ...]
    commitments: tuple[CommitmentRow, ...]
    benefits: tuple[BenefitRow, ...]
    signatories: tuple[SignatoryRow, ...]
    #: The text encoded in the QR code: agreements.qr_payload(), "NUMBER|FINGERPRINT".
    qr_payload: str
    #: Why it was signed while committing no forest (0 ha); empty otherwise.
    no_forest_reason: str = ""

    @property
    def fingerprint(self) -> str:
        return self.qr_payload.partition("|")[2]

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"



def agreement_document(agreement) -> AgreementDocument:
    """The snapshot of an Agreement (read while its session is open)."""

    family = agreement.family
    community = family.community
    head = family.head
    plots = sorted((p for p in agreement.plots if p.deleted_at is None),
                   key=lambda p: (p.name.lower(), p.id))
    signatories = sorted(living(agreement.signatories),
                         key=lambda s: ROLE_ORDER.get(s.role, len(ROLE_ORDER)))
    return AgreementDocument(
        number=agreement.number, status=agreement.status, start_date=agreement.start_date,
        end_date=agreement.end_date, signed_on=agreement.signed_on,
        forest_area_ha=agreement.forest_area_ha, family_code=family.code,
        no_forest_reason=agreement.no_forest_reason or "",
        community=community.name, district=community.district, province=community.province,
        region=community.region, head_name=head.full_name if head else "",
        head_dni=head.dni if head else None,
        plots=tuple(PlotRow(p.name, p.area_ha, p.land_use, p.inside_protected_area, p.latitude,
                            p.longitude) for p in plots),
        commitments=tuple(CommitmentRow(c.kind, c.text or "")
                          for c in sorted(living(agreement.commitments),
                                          key=lambda c: c.position)),
        benefits=tuple(BenefitRow(b.kind, b.description or "", b.quantity, b.unit or "",
                                  b.estimated_value_pen) for b in living(agreement.benefits)),
        signatories=tuple(SignatoryRow(s.name, s.dni, s.role, bool(s.uses_thumbprint))
                          for s in signatories),
        qr_payload=qr_payload(agreement),
    )


def load_documents(session, ids: list[str]) -> list[AgreementDocument]:
    """Snapshots of the agreements `ids`, in that order, loaded in a handful of queries (for
    a user whose role may print agreements: they carry names and DNIs)."""
    require(session, "agreements.print")
    query = select(Agreement).where(Agreement.id.in_(ids)).options(
        selectinload(Agreement.family).selectinload(Family.members),
        selectinload(Agreement.family).selectinload(Family.community),
        selectinload(Agreement.plots), selectinload(Agreement.commitments),
        selectinload(Agreement.benefits), selectinload(Agreement.signatories))
    by_id = {a.id: a for a in session.scalars(query)}
    return [agreement_document(by_id[i]) for i in ids if i in by_id]

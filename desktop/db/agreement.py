"""Conservation agreements with their commitments, benefits, signatories and visits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint, Column, ForeignKey, Index, Integer, String, Table, Text, text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Record
from desktop.db.family import Family
from desktop.db.plot import Plot
from desktop.db.types import Hectares, Kilograms, Soles

agreement_plots = Table(
    "agreement_plots",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreements.id"), primary_key=True),
    Column("plot_id", ForeignKey("plots.id"), primary_key=True),
    # A plot's agreements (a delivery's flags: the last visit of the agreements covering it).
    Index("ix_agreement_plots_plot", "plot_id", "agreement_id"),
)

AGREEMENT_STATUSES = ("draft", "signed", "active", "suspended", "ended")
#: An agreement to renew or end: active, and not marked as not to be renewed.
DUE_FOR_RENEWAL = "deleted_at IS NULL AND status = 'active' AND not_renewed_reason IS NULL"


class Agreement(Record, Base):
    __tablename__ = "agreements"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'signed', 'active', 'suspended', 'ended')", name="status_known"
        ),
        CheckConstraint("forest_area_ha >= 0", name="forest_area_nonneg"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                        name="dates_ordered"),
        Index("ix_agreements_family", "family_id"),
        Index("ix_agreements_status", "status"),
        # Each family's latest agreement (the map's colours) and the living agreements of a
        # status by date (the home page's due lists), read without table rows.
        Index("ix_agreements_live_family", "family_id", "start_date", "status", "deleted_at",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        Index("ix_agreements_live_status", "status", "start_date", "end_date", "number", "id",
              "family_id", "deleted_at", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        # The active agreements due for renewal by end date (the home page, 0024), and the
        # agreements renewed: those a successor names.
        Index("ix_agreements_due_for_renewal", "end_date", "number", "id", "family_id",
              "status", "deleted_at", "not_renewed_reason", sqlite_where=text(DUE_FOR_RENEWAL),
              postgresql_where=text(DUE_FOR_RENEWAL)),
        Index("ix_agreements_renewed", "previous_id", "deleted_at",
              sqlite_where=text("previous_id IS NOT NULL AND deleted_at IS NULL"),
              postgresql_where=text("previous_id IS NOT NULL AND deleted_at IS NULL")),
        # The signed and active agreements by start date: the benefits they owe (0017).
        Index("ix_agreements_owing", "start_date", "number", "id", "family_id", "status",
              "deleted_at",
              sqlite_where=text("deleted_at IS NULL AND status IN ('signed', 'active')"),
              postgresql_where=text("deleted_at IS NULL AND status IN ('signed', 'active')")),
    )

    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    signed_on: Mapped[date | None]
    forest_area_ha: Mapped[Decimal] = mapped_column(Hectares, nullable=False, default=Decimal(0))
    previous_id: Mapped[str | None] = mapped_column(ForeignKey("agreements.id"))
    not_renewed_reason: Mapped[str | None] = mapped_column(String(20))
    not_renewed_note: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                                  server_default="")
    benefits_suspended: Mapped[bool] = mapped_column(nullable=False, default=False,
                                                     server_default="0")
    #: Short hash of the content printed on paper (see the QR code).
    fingerprint: Mapped[str] = mapped_column(String(16), nullable=False, default="",
                                             server_default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: Why the coordinator let it be signed while it commits no forest (0 ha); empty otherwise.
    no_forest_reason: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                                  server_default="")

    family: Mapped[Family] = relationship()
    plots: Mapped[list[Plot]] = relationship(secondary=agreement_plots)
    previous: Mapped["Agreement | None"] = relationship(remote_side="Agreement.id")
    commitments: Mapped[list["Commitment"]] = relationship(
        back_populates="agreement", order_by="Commitment.position"
    )
    benefits: Mapped[list["Benefit"]] = relationship(back_populates="agreement")
    signatories: Mapped[list["Signatory"]] = relationship(back_populates="agreement")
    visits: Mapped[list["ComplianceVisit"]] = relationship(
        back_populates="agreement", order_by="ComplianceVisit.visited_on"
    )


class Commitment(Record, Base):
    """A standard commitment (kind set) or a free-text one (kind NULL)."""

    __tablename__ = "commitments"
    __table_args__ = (Index("ix_commitments_agreement", "agreement_id"),)

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), nullable=False)
    kind: Mapped[str | None] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="commitments")


class Benefit(Record, Base):
    """A benefit the programme plans to give; deliveries record what was given."""

    __tablename__ = "benefits"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_nonneg"),
        CheckConstraint("estimated_value_pen >= 0", name="value_nonneg"),
        Index("ix_benefits_agreement", "agreement_id"),
        # The benefits still owed (the home page) from the indexes alone.
        Index("ix_benefits_live", "agreement_id", "id", "kind", "quantity", "deleted_at",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    quantity: Mapped[Decimal] = mapped_column(Kilograms, nullable=False, default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    estimated_value_pen: Mapped[Decimal] = mapped_column(Soles, nullable=False, default=Decimal(0))

    agreement: Mapped[Agreement] = relationship(back_populates="benefits")
    deliveries: Mapped[list["BenefitDelivery"]] = relationship(back_populates="benefit")


class BenefitDelivery(Record, Base):
    __tablename__ = "benefit_deliveries"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_benefit_deliveries_benefit", "benefit_id"),
        Index("ix_benefit_deliveries_live", "benefit_id", "quantity", "deleted_at",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    benefit_id: Mapped[str] = mapped_column(ForeignKey("benefits.id"), nullable=False)
    delivered_on: Mapped[date] = mapped_column(nullable=False)
    quantity: Mapped[Decimal] = mapped_column(Kilograms, nullable=False)
    received_by_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"))
    received_by_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    benefit: Mapped[Benefit] = relationship(back_populates="deliveries")


class Signatory(Record, Base):
    __tablename__ = "signatories"
    __table_args__ = (Index("ix_signatories_agreement", "agreement_id"),)

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), nullable=False)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"))
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(30), nullable=False)
    dni: Mapped[str | None] = mapped_column(String(8))
    uses_thumbprint: Mapped[bool] = mapped_column(nullable=False, default=False)

    agreement: Mapped[Agreement] = relationship(back_populates="signatories")


class ComplianceVisit(Record, Base):
    __tablename__ = "compliance_visits"
    __table_args__ = (
        CheckConstraint(
            "result IN ('compliant', 'partial', 'not_compliant')", name="result_known"
        ),
        CheckConstraint("forest_cleared_ha >= 0", name="cleared_nonneg"),
        Index("ix_compliance_visits_agreement", "agreement_id", "visited_on"),
        # An agreement's last living visit (the home page's visits overdue), index only.
        Index("ix_compliance_visits_live", "agreement_id", "visited_on", "deleted_at",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), nullable=False)
    visited_on: Mapped[date] = mapped_column(nullable=False)
    inspector: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    result: Mapped[str] = mapped_column(String(20), nullable=False)
    forest_cleared_ha: Mapped[Decimal] = mapped_column(Hectares, nullable=False, default=Decimal(0))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    follow_up: Mapped[str] = mapped_column(Text, nullable=False, default="")
    consequence: Mapped[str | None] = mapped_column(String(30))

    agreement: Mapped[Agreement] = relationship(back_populates="visits")


class ConsentRecord(Record, Base):
    """Free, prior and informed consent, as REDD+ (CCB) auditors ask to see it."""

    __tablename__ = "consent_records"
    __table_args__ = (Index("ix_consent_records_agreement", "agreement_id"),)

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), nullable=False)
    informed_on: Mapped[date] = mapped_column(nullable=False)
    language: Mapped[str] = mapped_column(String(40), nullable=False, default="es")
    explained_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    copy_given: Mapped[bool] = mapped_column(nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Grievance(Record, Base):
    """A complaint or concern raised by a family or anyone else, until it is closed."""

    __tablename__ = "grievances"
    __table_args__ = (
        CheckConstraint("closed_on IS NULL OR closed_on >= raised_on", name="closed_after_raised"),
        Index("ix_grievances_open", "closed_on"),
    )

    raised_on: Mapped[date] = mapped_column(nullable=False)
    raised_by: Mapped[str] = mapped_column(String(200), nullable=False)
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreements.id"))
    family_id: Mapped[str | None] = mapped_column(ForeignKey("families.id"))
    description: Mapped[str] = mapped_column(Text, nullable=False)
    action_taken: Mapped[str] = mapped_column(Text, nullable=False, default="")
    closed_on: Mapped[date | None]

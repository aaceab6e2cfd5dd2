"""Imports every model so the metadata is complete (Alembic, create_all, tests)."""

from desktop.db.advance import Advance, AdvanceDeduction  # noqa: F401
from desktop.db.agreement import (  # noqa: F401
    Agreement, Benefit, BenefitDelivery, Commitment, ComplianceVisit, ConsentRecord, Grievance,
    Signatory, agreement_plots,
)
from desktop.db.audit import AuditEntry  # noqa: F401
from desktop.db.base import Base  # noqa: F401
from desktop.db.community import Community  # noqa: F401
from desktop.db.cooperative import Cooperative, Delivery, Lot, Membership  # noqa: F401
from desktop.db.family import Family  # noqa: F401
from desktop.db.incident import Incident  # noqa: F401
from desktop.db.person import Person, PersonConsent  # noqa: F401
from desktop.db.pricing import DiscountRule, Price  # noqa: F401
from desktop.db.plot import Plot  # noqa: F401
from desktop.db.training import Attendance, TrainingSession  # noqa: F401
from desktop.db.office import OfficeSetting  # noqa: F401
from desktop.db.station_day import ExpectedYield, StationDay  # noqa: F401
from desktop.db.sync import SyncConflict, SyncHead, SyncPackage, SyncState  # noqa: F401
from desktop.db.user import User  # noqa: F401

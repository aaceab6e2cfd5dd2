"""The agreement life cycle: draft → signed → active → suspended / ended, with renewals.

Re-exported here so callers keep writing `agreements.sign(...)` whichever module holds it.
`agreements.set_commitments` is the use case (by id, drafts only); the rule that replaces an
agreement's commitments is `agreements.rules.set_commitments`.
"""

from desktop.services.agreements.benefits import (
    BenefitLine, add_benefit, benefit_lines, benefits_owed, delivered_quantity,
    record_benefit_delivery, remove_benefit, total_owed_value, update_benefit,
)
from desktop.services.agreements.consent import consent_records, record_consent
from desktop.services.agreements.drafting import (
    create_agreement, delete_draft, set_commitments, update_agreement,
)
from desktop.services.agreements.fields import (
    AGREEMENT_FIELDS, BENEFIT_DELIVERY_FIELDS, BENEFIT_FIELDS, CONSENT_FIELDS, GRIEVANCE_FIELDS,
    LEDGER_FIELDS, SIGNATORY_FIELDS, SIGNED_ON, VISIT_FIELDS,
)
from desktop.services.agreements.grievances import (
    GrievanceRow, add_grievance, close_grievance, grievance_subject, list_grievances,
    open_grievances,
)
from desktop.services.agreements.ledger import LedgerYear, family_ledger
from desktop.services.agreements.listing import (
    AGREEMENT_SORT, AgreementFilter, AgreementRow, agreement_ids, agreement_numbers,
    count_agreements,
    list_agreements,
)
from desktop.services.agreements.records import (
    agreement_by_number, default_signatories, get_agreement, next_number,
)
from desktop.services.agreements.renewal import (
    ending_within, mark_not_renewed, renew, renew_community,
)
from desktop.services.agreements.rules import (
    CONTENT_LOCKED, STANDARD_COMMITMENTS, agreement_dates, benefit_rules, forest_area, living,
)
from desktop.services.agreements.signing import (
    add_signatory, content_fingerprint, qr_payload, remove_signatory, sign,
)
from desktop.services.agreements.status import activate, end, suspend
from desktop.services.agreements.visits import (
    CONSEQUENCE_STATUS, last_visit, lift_benefit_suspension, record_visit,
)

__all__ = [
    "AGREEMENT_FIELDS", "AGREEMENT_SORT", "BENEFIT_DELIVERY_FIELDS", "BENEFIT_FIELDS",
    "CONSENT_FIELDS", "CONSEQUENCE_STATUS", "CONTENT_LOCKED", "GRIEVANCE_FIELDS", "LEDGER_FIELDS",
    "SIGNATORY_FIELDS", "SIGNED_ON", "STANDARD_COMMITMENTS", "VISIT_FIELDS", "AgreementFilter",
    "AgreementRow", "BenefitLine", "GrievanceRow", "LedgerYear", "activate", "add_benefit",
    "add_grievance", "add_signatory", "agreement_by_number", "agreement_dates", "agreement_ids", "agreement_numbers",
    "benefit_lines", "benefit_rules", "benefits_owed", "close_grievance", "consent_records",
    "content_fingerprint", "count_agreements", "create_agreement", "default_signatories",
    "delete_draft", "delivered_quantity", "end", "ending_within", "family_ledger",
    "forest_area", "get_agreement", "grievance_subject", "last_visit", "lift_benefit_suspension",
    "list_agreements", "list_grievances", "living", "mark_not_renewed", "next_number",
    "open_grievances", "qr_payload", "record_benefit_delivery", "record_consent",
    "record_visit", "remove_benefit", "remove_signatory", "renew", "renew_community",
    "set_commitments", "sign", "suspend", "total_owed_value", "update_agreement",
    "update_benefit",
]

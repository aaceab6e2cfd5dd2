"""Signing and after: the head signs, one active agreement per family, the fingerprint."""

import pytest

from desktop.services import agreements as ag
from desktop.services.errors import ValidationError
from tests.services.agreements.conftest import TODAY, messages


def test_signing_needs_the_head_and_a_date(session, draft):
    head_signatory = draft.signatories[0]
    ag.remove_signatory(session, head_signatory.id)
    with pytest.raises(ValidationError) as excinfo:
        ag.sign(session, draft.id, None)
    assert set(messages(excinfo)) == {"Give the signing date.",
                                      "The head of the family must be among the signatories."}
    assert draft.status == "draft"


def test_one_active_agreement_per_family(session, family, draft, plots):
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    second = ag.create_agreement(session, family.id, {"start_date": "01/01/2030",
                                                      "end_date": "31/12/2030"})
    ag.sign(session, second.id, TODAY)
    with pytest.raises(ValidationError) as excinfo:
        ag.activate(session, second.id)
    assert messages(excinfo) == [f"Family {family.code} already has an active agreement: "
                                 f"{draft.number}."]


def test_fingerprint_changes_with_the_content(session, draft):
    before = ag.content_fingerprint(draft)
    assert ag.qr_payload(draft) == f"{draft.number}|{before}"
    assert ag.qr_payload(draft).isascii()
    ag.add_benefit(session, draft.id, {"kind": "dry_toilet", "quantity": "1"})
    assert ag.content_fingerprint(draft) != before


def test_an_agreement_without_forest_is_signed_only_with_a_reason(session, draft):
    ag.update_agreement(session, draft.id, {"forest_area_ha": "0"})
    with pytest.raises(ValidationError) as excinfo:
        ag.sign(session, draft.id, TODAY)
    assert [e.field for e in excinfo.value.errors] == ["no_forest_reason"]
    assert draft.status == "draft"
    ag.sign(session, draft.id, TODAY, no_forest_reason="Solo cafetal en la zona de amortiguamiento")
    assert draft.status == "signed"
    assert draft.no_forest_reason == "Solo cafetal en la zona de amortiguamiento"

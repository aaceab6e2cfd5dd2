"""Renewals, one by one or for a community, and why an agreement is not renewed."""

from datetime import date

import pytest

from desktop.services import agreements as ag
from desktop.services import registry
from desktop.services.errors import ValidationError
from tests.conftest import head
from tests.services.agreements.conftest import TODAY


def test_renewal_copies_content_and_links_back(session, draft):
    ag.add_benefit(session, draft.id, {"kind": "health_kit", "quantity": "1"})
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    renewal = ag.renew(session, draft.id)
    assert renewal.previous_id == draft.id and renewal.status == "draft"
    assert renewal.start_date == date(TODAY.year + 1, 1, 1)
    assert [c.kind for c in renewal.commitments] == [c.kind for c in ag.living(draft.commitments)]
    assert [b.kind for b in renewal.benefits] == ["health_kit"]
    ag.add_benefit(session, renewal.id, {"kind": "school_kit", "quantity": "2"})  # editable
    with pytest.raises(ValidationError):
        ag.renew(session, draft.id)  # only once
    ag.sign(session, renewal.id, TODAY)
    ag.activate(session, renewal.id)  # takes over from the one it renews
    assert draft.status == "ended"


def test_renew_a_community_in_one_step_and_record_why_not(session, community, draft, family):
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    other = registry.create_family(session, {"community_id": community.id},
                                   head(dni="76543210", given_names="Rosa"))
    second = ag.create_agreement(session, other.id, {"start_date": date(TODAY.year, 1, 1),
                                                     "end_date": date(TODAY.year, 12, 31)})
    ag.sign(session, second.id, TODAY, no_forest_reason="Solo café en zona de amortiguamiento")
    ag.activate(session, second.id)
    ag.mark_not_renewed(session, second.id, "family_left", "Se mudó a Rioja")
    today = date(TODAY.year, 12, 1)
    assert [a.number for a in ag.ending_within(session, community.id, 60, today)] == [
        draft.number]
    renewals = ag.renew_community(session, community.id, 60, today)
    assert [r.previous_id for r in renewals] == [draft.id]
    assert ag.ending_within(session, community.id, 60, today) == []
    with pytest.raises(ValidationError):
        ag.mark_not_renewed(session, second.id, "bored")

"""Drafting: numbers, plots, forest area, standard commitments; content locked once signed."""

from decimal import Decimal

import pytest

from desktop.services import agreements as ag
from desktop.services import registry
from desktop.services.errors import ValidationError
from tests.conftest import head
from tests.services.agreements.conftest import TODAY, messages


def test_new_draft_has_number_plots_forest_area_commitments_and_signatories(draft, family):
    assert draft.number == f"AC-{TODAY.year}-0001"
    assert draft.status == "draft"
    assert {p.name for p in draft.plots} == {"Bosque alto", "El Cafetal"}
    assert draft.forest_area_ha == Decimal("4.5")
    assert [c.kind for c in ag.living(draft.commitments)] == ag.STANDARD_COMMITMENTS
    roles = [s.role for s in draft.signatories]
    assert roles == ["head", "programme", "park"]
    assert draft.signatories[0].person_id == family.head.id


def test_numbers_follow_on_and_a_custom_prefix(session, family, draft):
    assert ag.next_number(session, TODAY.year) == f"AC-{TODAY.year}-0002"
    assert ag.next_number(session, TODAY.year, prefix="BPAM") == f"BPAM-{TODAY.year}-0001"


def test_only_the_familys_plots(session, draft, community, plots):
    other = registry.create_family(session, {"community_id": community.id},
                                   head(dni="76543210", given_names="Rosa"))
    foreign = registry.add_plot(session, other.id, {"name": "Ajena", "area_ha": "1",
                                                    "land_use": "coffee"})
    with pytest.raises(ValidationError) as excinfo:
        ag.update_agreement(session, draft.id, {}, plot_ids=[plots[0].id, foreign.id])
    assert messages(excinfo) == ["An agreement covers only plots of its own family."]


def test_content_is_locked_after_signing(session, draft):
    ag.sign(session, draft.id, TODAY)
    assert draft.status == "signed" and len(draft.fingerprint) == 12
    with pytest.raises(ValidationError) as excinfo:
        ag.add_benefit(session, draft.id, {"kind": "school_kit", "quantity": "1"})
    assert "can no longer change" in messages(excinfo)[0]
    with pytest.raises(ValidationError):
        ag.set_commitments(session, draft.id, ["no_burning"])

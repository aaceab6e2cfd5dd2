"""The agreement life cycle rules, benefits owed, renewals, visits, consent and grievances."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services import agreements as ag
from desktop.services import registry
from desktop.services.errors import ValidationError
from tests.conftest import head

TODAY = date.today()


@pytest.fixture
def plots(session, family):
    return [registry.add_plot(session, family.id, {"name": "Bosque alto", "area_ha": "4.5",
                                                   "land_use": "forest"}),
            registry.add_plot(session, family.id, {"name": "El Cafetal", "area_ha": "2",
                                                   "land_use": "coffee"})]


@pytest.fixture
def draft(session, family, plots):
    return ag.create_agreement(session, family.id, {
        "start_date": date(TODAY.year, 1, 1), "end_date": date(TODAY.year, 12, 31)})


def messages(excinfo):
    return [e.text("en") for e in excinfo.value.errors]


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


def test_signing_needs_the_head_and_a_date(session, draft):
    head_signatory = draft.signatories[0]
    ag.remove_signatory(session, head_signatory.id)
    with pytest.raises(ValidationError) as excinfo:
        ag.sign(session, draft.id, None)
    assert set(messages(excinfo)) == {"Give the signing date.",
                                      "The head of the family must be among the signatories."}
    assert draft.status == "draft"


def test_content_is_locked_after_signing(session, draft):
    ag.sign(session, draft.id, TODAY)
    assert draft.status == "signed" and len(draft.fingerprint) == 12
    with pytest.raises(ValidationError) as excinfo:
        ag.add_benefit(session, draft.id, {"kind": "school_kit", "quantity": "1"})
    assert "can no longer change" in messages(excinfo)[0]
    with pytest.raises(ValidationError):
        ag.set_commitments(session, draft.id, ["no_burning"])


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


def test_benefits_planned_delivered_and_owed(session, family, draft):
    kits = ag.add_benefit(session, draft.id, {"kind": "school_kit", "quantity": "3",
                                              "unit": "kit", "estimated_value_pen": "150"})
    ag.add_benefit(session, draft.id, {"kind": "cook_stove", "quantity": "1",
                                       "estimated_value_pen": "480.50"})
    with pytest.raises(ValidationError):  # not before signing
        ag.record_benefit_delivery(session, kits.id, {"delivered_on": TODAY, "quantity": "1"})
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    ag.record_benefit_delivery(session, kits.id, {"delivered_on": TODAY, "quantity": "2",
                                                  "received_by_id": family.head.id})
    owed = {line.kind: line for line in ag.benefits_owed(session, family.id)}
    assert owed["school_kit"].owed == Decimal("1")
    assert owed["school_kit"].owed_value_pen == Decimal("50.00")
    assert owed["cook_stove"].owed_value_pen == Decimal("480.50")
    assert ag.total_owed_value(session) == Decimal("530.50")


def test_visit_consequences_set_the_status(session, draft):
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    with pytest.raises(ValidationError) as excinfo:
        ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                            "result": "compliant", "consequence": "warning"})
    assert messages(excinfo) == ["A compliant visit has no consequence."]
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "partial", "forest_cleared_ha": "0,3",
                                        "consequence": "benefits_suspended"})
    assert draft.benefits_suspended and draft.status == "active"
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "not_compliant",
                                        "consequence": "agreement_suspended"})
    assert draft.status == "suspended"
    assert ag.last_visit(draft).result == "not_compliant"


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
    ag.sign(session, second.id, TODAY)
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


def test_list_filters(session, draft, community):
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    flt = ag.AgreementFilter
    assert ag.count_agreements(session, flt(status="active")) == 1
    assert ag.count_agreements(session, flt(status="draft")) == 0
    assert ag.count_agreements(session, flt(community_name="AGUAS CLARAS")) == 1
    assert ag.count_agreements(session, flt(no_visit_12_months=True)) == 1
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "compliant"})
    assert ag.count_agreements(session, flt(no_visit_12_months=True)) == 0
    end = draft.end_date
    assert ag.count_agreements(session, flt(ending_within_days=10, today=end - timedelta(
        days=20))) == 0
    assert ag.count_agreements(session, flt(ending_within_days=30, today=end - timedelta(
        days=20))) == 1
    rows = ag.list_agreements(session, flt(query="nunez"))
    assert rows[0].number == draft.number and rows[0].last_visit == TODAY
    assert rows[0].forest_area_ha == Decimal("4.5")


def test_fingerprint_changes_with_the_content(session, draft):
    before = ag.content_fingerprint(draft)
    assert ag.qr_payload(draft) == f"{draft.number}|{before}"
    assert ag.qr_payload(draft).isascii()
    ag.add_benefit(session, draft.id, {"kind": "dry_toilet", "quantity": "1"})
    assert ag.content_fingerprint(draft) != before


def test_consent_and_grievances(session, draft, family):
    ag.record_consent(session, draft.id, {"informed_on": TODAY, "language": "Español",
                                          "explained_by": "Inés Peña", "copy_given": True})
    assert len(ag.consent_records(session, draft.id)) == 1
    grievance = ag.add_grievance(session, {"raised_on": TODAY, "raised_by": "José Núñez",
                                           "description": "El kit escolar no llegó"},
                                 agreement_id=draft.id)
    assert grievance.family_id == family.id
    assert ag.open_grievances(session) == [grievance]
    with pytest.raises(ValidationError):
        ag.close_grievance(session, grievance.id, TODAY, "  ")
    ag.close_grievance(session, grievance.id, TODAY, "Se entregó el kit")
    assert ag.open_grievances(session) == []


def test_family_ledger(session, family, draft):
    benefit = ag.add_benefit(session, draft.id, {"kind": "school_kit", "quantity": "2",
                                                 "estimated_value_pen": "100"})
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    ag.record_benefit_delivery(session, benefit.id, {"delivered_on": TODAY, "quantity": "1"})
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "compliant"})
    ledger = ag.family_ledger(session, family.id)
    assert [y.year for y in ledger] == [TODAY.year]
    assert ledger[0].planned_value_pen == Decimal("100")
    assert ledger[0].delivered_value_pen == Decimal("50.00")
    assert ledger[0].visits == [(TODAY, "compliant")]

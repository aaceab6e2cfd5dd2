"""Cooperatives and their members: RUC and prefix, member codes, certifications, search."""

import json
from datetime import date, timedelta

import pytest

from desktop.services import cooperative, registry
from desktop.services.errors import ValidationError
from tests.services.cooperative.builders import (
    errors_by_field, make_cooperative, make_family, make_member,
)


def test_cooperative_needs_an_11_digit_ruc_and_a_clean_prefix(session):
    with pytest.raises(ValidationError) as caught:
        make_cooperative(session, ruc="2060123", receipt_prefix="COOP BAM")
    found = errors_by_field(caught.value)
    assert found["ruc"] == "A RUC has exactly 11 digits."
    assert "receipt_prefix" in found
    coop = make_cooperative(session, receipt_prefix="coopbam")
    assert coop.receipt_prefix == "COOPBAM"
    with pytest.raises(ValidationError, match="already registered"):
        make_cooperative(session, name="Otra")


def test_member_codes_certifications_and_search(session, coop, family, community):
    organic = date.today() + timedelta(days=180)  # still valid, whatever the day of the run
    member = make_member(session, coop, family, organic_until=organic.strftime("%d/%m/%Y"),
                         fair_trade_until="2020-01-01")
    assert member.member_code == "M-0001"
    kinds = {c["kind"]: c["valid_to"] for c in json.loads(member.certifications)}
    assert kinds == {"organic": organic.isoformat(), "fair_trade": "2020-01-01"}
    other = make_family(session, community, given_names="Rosa", paternal_surname="Quispe",
                        maternal_surname="Huamán", dni="44556677", sex="F")
    second = make_member(session, coop, other, member_code="B-17")
    assert second.member_code == "B-17"

    assert [r.member_code for r in cooperative.search_members(session, coop.id, "nunez")] == [
        "M-0001"]
    assert [r.member_code for r in cooperative.search_members(session, coop.id, "HUAMAN")] == [
        "B-17"]
    assert [r.member_code for r in cooperative.search_members(session, coop.id, "44556677")] \
        == ["B-17"]
    row = cooperative.search_members(session, coop.id, "m-0001")[0]
    assert row.name == "José Núñez Pérez" and row.dni == "01234567"
    assert row.certifications == ("organic",)  # fair trade expired

    with pytest.raises(ValidationError) as caught:
        make_member(session, coop, family)
    assert "already member M-0001" in caught.value.text("en")
    with pytest.raises(ValidationError) as caught:
        cooperative.save_membership(session, coop.id, {"family_code": "F-999999"})
    assert errors_by_field(caught.value)["family_code"] == "There is no family with code F-999999."


def test_membership_of_a_named_person_of_the_family(session, coop, family):
    spouse = registry.add_member(session, family.id, {
        "given_names": "Rosa", "paternal_surname": "Tuesta", "dni": "87654321", "sex": "F",
        "relation": "spouse"})
    member = make_member(session, coop, family, dni="87654321")
    assert member.person_id == spouse.id
    assert cooperative.member_name(member) == "Rosa Tuesta"
    with pytest.raises(ValidationError, match="No member of this family has DNI"):
        cooperative.save_membership(session, coop.id, {"dni": "11111111"}, member.id)


@pytest.mark.parametrize("share", [0, 10**6], ids=["members first", "row by row"])
def test_an_exact_code_comes_first_and_pages_follow_each_other(session, coop, community,
                                                               monkeypatch, share):
    """Both ways of reading a search (its words' members first, or each member checked as
    the codes are walked) list the same members."""
    from desktop.services.cooperative import members
    from tests.services.cooperative.builders import make_family

    monkeypatch.setattr(members, "COMMON_SHARE", share)

    codes = ["M-1", "M-10", "M-11", "M-12", "X-1"]
    for i, code in enumerate(codes):
        family = make_family(session, community, given_names=f"Ana{i}", paternal_surname="Ríos",
                             dni=f"5566778{i}", sex="F")
        make_member(session, coop, family, member_code=code)

    def listed(query, offset=0, limit=10):
        return [r.member_code for r in cooperative.search_members(session, coop.id, query,
                                                                  limit, offset)]

    assert listed("m-1") == ["M-1", "M-10", "M-11", "M-12"]
    assert listed("M-11") == ["M-11"]
    assert listed("1") == ["M-1", "M-10", "M-11", "M-12", "X-1"]  # also their DNIs
    assert listed("rios") == codes and listed("RÍOS ana3") == ["M-12"]
    assert [listed("m-11", offset, 1) for offset in range(3)] == [["M-11"], [], []]
    assert listed("x-1", 0, 1) + listed("x-1", 1, 1) == ["X-1"]
    whole = listed("", 0, 10)
    assert [c for offset in range(0, 5, 2) for c in listed("", offset, 2)] == whole == codes


def test_the_member_person_is_chosen_by_id_within_the_family(session, coop, family,
                                                             community):
    from tests.services.cooperative.builders import make_family
    spouse = registry.add_member(session, family.id, {
        "given_names": "Zoila", "paternal_surname": "Tapullima", "sex": "F",
        "relation": "spouse"})
    other = make_family(session, community, given_names="Ana", paternal_surname="Ríos",
                        dni="99887766", sex="F")
    member = make_member(session, coop, family, person_id=spouse.id)
    assert member.person_id == spouse.id
    with pytest.raises(ValidationError) as caught:
        cooperative.save_membership(session, coop.id, {"person_id": other.head.id}, member.id)
    assert errors_by_field(caught.value)["person_id"] == \
        "Choose a person of the member's family."
    assert session.get(type(member), member.id).person_id == spouse.id  # nothing saved
    cooperative.save_membership(session, coop.id, {"person_id": ""}, member.id)
    assert member.person_id is None  # the head again
    member = cooperative.save_membership(session, coop.id, {"person_id": spouse.id}, member.id)
    moved = cooperative.save_membership(session, coop.id, {"family_code": other.code},
                                        member.id)
    assert moved.person_id is None  # Zoila is not of the new family: its head stands

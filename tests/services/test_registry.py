"""Validation rules and the accent-insensitive search of families."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services import registry
from desktop.services.errors import PossibleDuplicate, ValidationError
from tests.conftest import head


def errors_of(excinfo):
    return {e.field: e.text("en") for e in excinfo.value.errors}


def test_names_required_and_dni_exactly_eight_digits(session, community):
    with pytest.raises(ValidationError) as excinfo:
        registry.create_family(session, {"community_id": community.id},
                               head(given_names="", dni="1234567"))
    errors = errors_of(excinfo)
    assert errors["head.given_names"] == "Given names is required."
    assert errors["head.dni"] == "A DNI has exactly 8 digits."
    assert registry.count_families(session) == 0  # nothing half-written


def test_dni_keeps_leading_zeros(session, family):
    assert family.head.dni == "01234567"


def test_spanish_messages(session, community):
    with pytest.raises(ValidationError) as excinfo:
        registry.create_family(session, {"community_id": community.id}, head(dni="12"))
    assert excinfo.value.errors[0].text("es") == "El DNI tiene exactamente 8 dígitos."


def test_existing_dni_refused_with_the_family_that_has_it(session, family):
    with pytest.raises(ValidationError) as excinfo:
        registry.add_member(session, family.id, {"given_names": "Rosa",
                                                 "paternal_surname": "Tuesta", "sex": "F",
                                                 "relation": "spouse", "dni": "01234567"})
    assert "José Núñez Pérez" in errors_of(excinfo)["dni"]
    assert family.code in errors_of(excinfo)["dni"]


def test_sex_birth_date_and_single_head(session, family):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as excinfo:
        registry.add_member(session, family.id, {"given_names": "Rosa",
                                                 "paternal_surname": "Tuesta", "sex": "X",
                                                 "relation": "head", "birth_date": tomorrow})
    errors = errors_of(excinfo)
    assert set(errors) == {"sex", "birth_date", "relation"}


def test_possible_duplicate_flagged_with_surnames_in_any_order(session, family, community):
    twin = head(dni=None, given_names="jose", paternal_surname="Perez",
                maternal_surname="NUÑEZ")
    with pytest.raises(PossibleDuplicate) as excinfo:
        registry.create_family(session, {"community_id": community.id}, twin)
    assert excinfo.value.matches[0].id == family.head.id
    registry.create_family(session, {"community_id": community.id}, twin, allow_duplicate=True)
    assert registry.count_families(session) == 2


def test_plot_area_and_coordinates(session, family):
    with pytest.raises(ValidationError) as excinfo:
        registry.add_plot(session, family.id, {"name": "Loma", "area_ha": "0",
                                               "land_use": "coffee", "latitude": "40.1",
                                               "longitude": "-77.2"})
    assert set(errors_of(excinfo)) == {"area_ha", "latitude"}
    plot = registry.add_plot(session, family.id, {"name": "Loma", "area_ha": "2,5",
                                                  "land_use": "Café", "latitude": "-5.8",
                                                  "longitude": "-77.3"})
    assert plot.area_ha == Decimal("2.5")
    assert plot.land_use == "coffee"


@pytest.mark.parametrize("query", ["nunez", "NÚÑEZ", "perez", "jose nunez", "01234567",
                                   "F-000001", "aguas", "claras"])
def test_search_is_case_and_accent_insensitive(session, family, query):
    rows = registry.search_families(session, query)
    assert [r.code for r in rows] == [family.code]


def test_search_finds_any_member_and_sorts_in_sql(session, family, community):
    registry.add_member(session, family.id, {"given_names": "Zoila", "paternal_surname": "Tuesta",
                                             "sex": "F", "relation": "spouse"})
    other = registry.create_family(session, {"community_id": community.id},
                                   head(dni="87654321", given_names="Ana",
                                        paternal_surname="Alvarado"))
    assert [r.code for r in registry.search_families(session, "zoila")] == [family.code]
    assert registry.search_families(session, "zzz") == []
    by_head = registry.search_families(session, "", sort="head")
    assert [r.code for r in by_head] == [other.code, family.code]
    desc = registry.search_families(session, "", sort="head", descending=True)
    assert [r.code for r in desc] == [family.code, other.code]
    page = registry.search_families(session, "", offset=1, limit=1)
    assert [r.code for r in page] == [other.code]
    assert registry.search_families(session, "", sort="members")[0].members == 1


def test_like_wildcards_in_a_query_are_literal(session, family):
    assert registry.search_families(session, "%") == []
    assert registry.search_families(session, "_") == []


def test_search_index_follows_every_change(session, family, community):
    assert registry.search_families(session, "nunez")
    registry.update_member(session, family.head.id, {"paternal_surname": "Quispe"})
    assert registry.search_families(session, "nunez") == []
    assert [r.code for r in registry.search_families(session, "quispe")] == [family.code]
    registry.add_member(session, family.id, {"given_names": "Zoraida", "paternal_surname": "Ríos",
                                             "sex": "F", "relation": "spouse"})
    assert registry.count_families(session, "zoraida") == 1
    assert registry.count_families(session, "zo") == 1  # short words: LIKE
    registry.delete_family(session, family.id)
    assert registry.count_families(session, "zoraida") == 0


def test_search_quotes_are_harmless(session, family):
    assert registry.search_families(session, 'nu"ñez') == []
    assert registry.search_families(session, "AND OR NOT") == []

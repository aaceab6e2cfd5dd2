"""The registry's validation rules, met through the use cases a form calls."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services import registry
from desktop.services.errors import PossibleDuplicate, ValidationError
from desktop.services.registry import rules
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


def test_rules_are_public_so_imports_check_rows_like_forms(session, family):
    assert [e.field for e in rules.plot_rules({"area_ha": Decimal("0")})] == ["area_ha"]
    assert [e.field for e in rules.family_rules(session, {"code": family.code}, None)] == ["code"]
    assert [e.field for e in rules.person_rules(session, {"dni": "01234567"}, None,
                                                None)] == ["dni"]

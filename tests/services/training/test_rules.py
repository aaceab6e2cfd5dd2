"""The training rules imports share with the forms, called directly."""

from datetime import date
from decimal import Decimal

from desktop.services.training import rules


def test_session_rules_and_age_bands(session, community):
    errors = rules.session_rules(session, {"held_on": date(1999, 1, 1), "hours": Decimal(101)},
                                 {})
    assert {e.field for e in errors} == {"held_on", "hours"}
    assert rules.session_rules(session, {"community_id": community.id},
                               {"community_id": community.id}) == []
    assert rules.age_band(date(2010, 6, 1), date(2028, 5, 31)) == "youth"
    assert rules.age_band(date(2010, 6, 1), date(2028, 6, 1)) == "adult"
    assert rules.age_band(None, date(2028, 6, 1)) is None


def test_stamps_are_distinct_and_increasing(session, programme):
    stamps = rules.stamps(session, programme.sessions["jan"].id, 3)
    assert stamps == sorted(set(stamps)) and len(stamps) == 3

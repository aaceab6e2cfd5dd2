"""The agreement rules imports share with the forms, called directly."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.agreements import rules
from desktop.services.errors import ValidationError


def test_dates_forest_area_and_commitments(session, draft, plots):
    assert rules.agreement_dates({"start_date": date(2026, 2, 1),
                                  "end_date": date(2026, 1, 1)})[0].field == "end_date"
    assert rules.agreement_dates({"start_date": date(2026, 1, 1)}) == []
    assert rules.forest_area(plots) == Decimal("4.5")
    rules.set_commitments(draft, ["no_burning"], ["Plant 20 trees"])
    assert [(c.kind, c.text) for c in rules.living(draft.commitments)] == [
        ("no_burning", None), (None, "Plant 20 trees")]
    with pytest.raises(ValidationError):
        rules.set_commitments(draft, ["no_such_commitment"], [])

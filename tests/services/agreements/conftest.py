"""Fixtures of the agreement area: a family's two plots and a draft covering them."""

from datetime import date

import pytest

from desktop.services import agreements as ag
from desktop.services import registry

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

"""The cooperative's fixtures: a cooperative, a plot of the family, its membership."""

import pytest

from tests.services.cooperative.builders import make_cooperative, make_member, make_plot


@pytest.fixture
def coop(session):
    return make_cooperative(session)


@pytest.fixture
def plot(session, family):
    return make_plot(session, family)


@pytest.fixture
def member(session, coop, family, plot):
    return make_member(session, coop, family)

"""The training example's fixtures for every test of the area."""

from tests.services.training.example import database, programme, programme_template  # noqa: F401

"""The demo office: reference data (data.py) and the builder that writes it (builder.py,
with its parts people.py, agreements.py and season.py)."""

from desktop.demo.builder import NotEmpty, build_demo
from desktop.demo.data import DEMO_ENTITY_ID, DEMO_REFERENCE_DATE

__all__ = ["DEMO_ENTITY_ID", "DEMO_REFERENCE_DATE", "NotEmpty", "build_demo"]

"""A person anonymised on one laptop is anonymised in every database the sync reaches: the
centre's and the other laptops' audit trails lose the name and DNI too, and an office that
synced late brings neither back (issue 14 item 4 with issue 13's sync)."""

import pytest
from sqlalchemy import text

from desktop.services import people, registry
from desktop.services.people.anonymise import ANONYMOUS
from tests.services.sync.offices import build_offices, exchange, the_family, with_session

#: The centre family's head (tests.conftest.head) and a name a late office typed.
TRACES = ("01234567", "Núñez", "José", "Mariela")


@pytest.fixture
def offices(tmp_path, migrated_template):
    return build_offices(tmp_path, migrated_template)


def traces(path) -> set[str]:
    """Which of TRACES any text in the database's tables still holds (the file's every row)."""
    def work(session):
        found = set()
        tables = [r[0] for r in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'family_search%'"))]
        for table in tables:
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                cells = " ".join(str(v) for v in row if isinstance(v, str))
                found |= {t for t in TRACES if t in cells}
        return found
    return with_session(path, work)


def head_id(path):
    return with_session(path, lambda s: the_family(s).head.id)


def test_an_anonymisation_travels_and_scrubs_every_audit_trail(offices, tmp_path):
    person = head_id(offices["centre"])
    with_session(offices["centre"], lambda s: registry.update_member(
        s, person, {"phone": "987654321"}))  # an audit entry about him, made at the centre
    exchange(offices["b"], offices["centre"], tmp_path, "b0")  # laptop B holds that entry
    assert {"José", "Núñez", "01234567"} <= traces(offices["b"])

    with_session(offices["a"], lambda s: people.anonymise_person(s, person))
    assert not traces(offices["a"]) & {"José", "Núñez", "01234567"}
    exchange(offices["a"], offices["centre"], tmp_path, "a1")
    assert not traces(offices["centre"]) & {"José", "Núñez", "01234567"}
    exchange(offices["b"], offices["centre"], tmp_path, "b1")
    assert not traces(offices["b"]) & {"José", "Núñez", "01234567"}
    assert with_session(offices["b"], lambda s: the_family(s).head.given_names) == ANONYMOUS


def test_a_late_office_brings_back_neither_the_name_nor_its_audit(offices, tmp_path):
    person = head_id(offices["centre"])
    # laptop B renames him offline, before it hears of the anonymisation
    with_session(offices["b"], lambda s: registry.update_member(
        s, person, {"given_names": "Mariela", "relation": "head"}))
    with_session(offices["a"], lambda s: people.anonymise_person(s, person))
    exchange(offices["a"], offices["centre"], tmp_path, "a1")
    at_centre, _ = exchange(offices["b"], offices["centre"], tmp_path, "b1")
    assert with_session(offices["centre"], lambda s: the_family(s).head.given_names) \
        == ANONYMOUS
    assert not traces(offices["centre"]), "the late rename reached the centre"
    assert not traces(offices["b"]) & {"José", "Núñez", "01234567"}

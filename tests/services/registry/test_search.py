"""The accent-insensitive search of families, sorted and paged in SQL."""

import pytest

from desktop.services import registry
from tests.conftest import head


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


@pytest.mark.parametrize("query", [
    "Jo\x00sé", "\x00", " ".join(["núñez"] * 1200), "n" * 50_000, "\"'%_*()NEAR AND OR NOT:^",
    "ñ" * 70_000, "a\x1b[31mb"])
def test_any_text_typed_in_the_search_box_never_raises(session, family, query):
    """A NUL, 1,200 words or 50,000 characters used to raise FTS5/LIKE errors (issue 11)."""
    rows = registry.search_families(session, query)
    assert isinstance(rows, list)
    registry.count_families(session, query)


def test_a_nul_between_words_still_finds_the_family(session, family):
    assert [r.code for r in registry.search_families(session, "núñez\x00josé")] == [family.code]

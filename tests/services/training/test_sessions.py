"""Sessions: validation, labels in either language, search and finding one by id."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.services import training
from desktop.services.errors import NotFound, ValidationError


def errors_of(excinfo):
    return {e.field: e.text("en") for e in excinfo.value.errors}


def test_session_validation(session, community):
    with pytest.raises(ValidationError) as excinfo:
        training.save_session(session, {"topic": "", "kind": "cooking", "held_on": "31/02/2025",
                                        "hours": "-1"})
    errors = errors_of(excinfo)
    assert set(errors) == {"topic", "kind", "held_on", "hours", "place"}
    assert errors["topic"] == "Topic is required."
    assert errors["place"] == "Give the community or the place of the session."
    with pytest.raises(ValidationError) as excinfo:
        training.save_session(session, {"topic": "x", "kind": "coffee", "held_on": "1999-12-31",
                                        "place": "Rioja", "hours": "250"})
    assert set(errors_of(excinfo)) == {"held_on", "hours"}
    assert training.count_sessions(session) == 0


def test_session_saved_with_labels_in_either_language(session, community):
    saved = training.save_session(session, {
        "topic": "Café de calidad", "kind": "Producción sostenible de café",
        "held_on": "15/01/2025", "community_id": community.id, "hours": "2,5"})
    assert (saved.kind, saved.held_on, saved.hours) == ("coffee", date(2025, 1, 15),
                                                        Decimal("2.50"))
    changed = training.save_session(session, {"place": "Local comunal"}, saved.id)
    assert changed.topic == "Café de calidad" and changed.place == "Local comunal"
    assert training.save_session(session, {"community_id": None}, saved.id).community_id is None
    with pytest.raises(ValidationError) as excinfo:  # neither community nor place
        training.save_session(session, {"place": "  "}, saved.id)
    assert set(errors_of(excinfo)) == {"place"}
    assert training.get_session(session, saved.id).place == "Local comunal"


def test_search_sessions_by_words_kind_community_and_period(session, programme):
    found = training.search_sessions(session, "ROYA")
    assert [r.topic for r in found] == ["Manejo de la roya"]
    assert [r.topic for r in training.search_sessions(session, "renovacion salazar")] == [
        "Poda y renovación del cafetal"]
    assert training.count_sessions(session, "aguas") == 4  # the community's name
    assert training.count_sessions(session, kind="coffee") == 2
    assert training.count_sessions(session, community_id=programme.other.id) == 0
    assert training.count_sessions(session, date_from=date(2025, 2, 1),
                                   date_to=date(2025, 12, 31)) == 2
    rows = training.search_sessions(session)
    assert [r.held_on for r in rows] == sorted((r.held_on for r in rows), reverse=True)
    jan = next(r for r in rows if r.id == programme.sessions["jan"].id)
    assert (jan.participants, jan.women, jan.community, jan.hours) == (
        4, 1, "Aguas Claras", Decimal("3.00"))
    by_people = training.search_sessions(session, sort="participants", descending=False)
    assert by_people[0].participants == 2


def test_find_session_by_id_or_its_start(session, programme):
    jan = programme.sessions["jan"]
    assert training.find_session(session, jan.id).id == jan.id
    assert training.find_session(session, training.short_id(jan.id).upper()).id == jan.id
    with pytest.raises(NotFound):
        training.find_session(session, "nope")
    training.delete_session(session, jan.id)
    with pytest.raises(NotFound):
        training.find_session(session, jan.id)


@pytest.mark.parametrize("folded_here", [2000, 0])  # each text folded once, or fold() in SQL
def test_search_finds_every_word_in_any_text_ignoring_case_and_accents(
        session, programme, monkeypatch, folded_here):
    from desktop.services.training import listing

    monkeypatch.setattr(listing, "FOLDED_HERE", folded_here)
    training.save_session(session, {"notes": "Llevar TIJERAS_de podar 100%"},
                          programme.sessions["feb"].id)

    def topics(query):
        found = training.search_sessions(session, query)
        assert training.count_sessions(session, query) == len(found)
        return sorted(r.topic for r in found)

    assert topics("CAFETAL") == ["Poda y renovación del cafetal"]
    assert topics("rénovación   ana") == ["Poda y renovación del cafetal"]  # topic + facilitator
    assert topics("tijeras_de 100%") == ["Manejo de la roya"]  # the notes, wildcards as text
    assert topics("tijeras%de") == []
    assert topics("00123") == ["El bosque y el agua"]  # the place
    assert topics("claras roya") == ["Manejo de la roya"]  # the community's name and a topic
    assert topics("roya ahorro") == []  # every word must match
    training.delete_session(session, programme.sessions["mar"].id)
    assert topics("bosque") == []

"""The training figures, the trainings per family and the sessions' search on both engines: the hand-checked
example and the comparison with a computation by hand (tests/services/training), run here
on SQLite and on PostgreSQL."""

import pytest

from tests.services.training.example import build_programme
from tests.services.training.test_figures import (  # noqa: F401  (collected here on both engines)
    test_family_training_counts_shows_who_is_falling_behind, test_figures_by_kind_and_by_month,
    test_figures_over_all_time_and_by_year, test_women_share_is_on_unique_people_not_on_participations,
)
from tests.services.training.test_sessions import (  # noqa: F401
    test_search_finds_every_word_in_any_text_ignoring_case_and_accents,
    test_search_sessions_by_words_kind_community_and_period,
)
from tests.services.training.test_figures_by_hand import (  # noqa: F401  (a fixture, and tests)
    busy, test_a_member_counts_with_the_sex_on_their_record,
    test_figures_agree_with_a_computation_by_hand,
)


@pytest.fixture
def programme(session, community):
    return build_programme(session, community)

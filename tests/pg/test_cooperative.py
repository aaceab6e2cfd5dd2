"""The deliveries list's search and counts and the season's figures on both engines (the tests
of tests/services/cooperative, run here on SQLite and PostgreSQL; the figures per
certification read JSON with SQLite's functions and stay out)."""

from tests.services.cooperative.conftest import coop, member, plot  # noqa: F401 (fixtures)
from tests.services.cooperative.test_delivery_search import (  # noqa: F401 (collected here)
    office, test_a_member_is_found_by_name_dni_or_code_ignoring_case_and_accents,
    test_a_receipt_is_found_by_its_beginning_its_part_after_the_prefix_or_its_number,
    test_both_ways_of_reading_a_search_give_the_same_rows,
    test_every_count_is_the_number_of_rows_listed,
    test_hostile_search_text_is_only_text, test_pages_follow_each_other_in_every_sort,
    test_receipt_runs_skip_along_the_numbers,
)
from tests.services.cooperative.test_figures import (  # noqa: F401 (collected here)
    test_lot_totals_and_the_season_summary_count_each_group_once,
)
from tests.services.cooperative.test_payments import (  # noqa: F401 (collected here)
    test_payments_one_by_one_and_up_to_a_date,
)

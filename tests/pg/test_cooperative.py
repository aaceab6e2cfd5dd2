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
from tests.services.cooperative.test_members import (  # noqa: F401 (collected here)
    test_member_codes_certifications_and_search,
    test_membership_of_a_named_person_of_the_family,
    test_the_member_person_is_chosen_by_id_within_the_family,
)
from tests.services.cooperative.test_statement import (  # noqa: F401 (collected here)
    season, test_a_period_brings_its_balance_forward, test_a_wrong_period_or_member_is_refused,
    test_only_the_cooperative_reads_statements, test_the_whole_season,
)

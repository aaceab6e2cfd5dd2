"""Payment day and the bulk change it pays with, on both engines (the tests of
tests/services/cooperative/test_payment_day.py and tests/db/test_bulk.py, run here on SQLite
and PostgreSQL)."""

from tests.services.cooperative.conftest import coop, member, plot  # noqa: F401 (fixtures)
from tests.db.test_bulk import (  # noqa: F401 (collected here)
    test_a_record_changed_meanwhile_stops_the_bulk_change,
    test_the_bulk_change_is_what_the_orm_writes,
)
from tests.services.cooperative.test_payment_day import (  # noqa: F401 (collected here)
    season, test_a_list_that_changed_since_it_was_read_pays_nothing,
    test_advances_are_kept_back_and_recorded_with_the_payment,
    test_approval_pays_everything_listed_at_once_with_the_audit,
    test_one_line_per_member_up_to_the_date,
)

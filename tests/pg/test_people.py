"""Consents, the reason of a correction and the audit people read, on both engines (the tests
of tests/services/people, run here on SQLite and PostgreSQL)."""

from tests.services.people.test_audit import (  # noqa: F401 (collected here)
    audited, test_filters_by_kind_of_change_record_kind_and_dates,
    test_only_administrators_and_coordinators_read_the_audit,
    test_who_did_what_with_field_labels_in_the_users_language,
)
from tests.services.people.test_consents import (  # noqa: F401 (collected here)
    test_a_correction_keeps_its_reason_and_the_workstation_in_the_audit,
    test_a_reason_too_long_is_refused_and_changes_nothing,
    test_an_answer_is_validated_and_nothing_is_kept_when_it_is_wrong,
    test_only_who_registers_families_records_consent,
    test_the_newest_answer_holds_and_every_answer_is_kept,
    test_the_persons_file_lists_their_own_consents,
)

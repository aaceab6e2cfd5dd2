"""Training sessions and who attended them: validate, save, search, and the programme's figures.

Attendance is either a registered member (person_id; name and sex copied from
the person) or an unregistered participant (students, visitors) with a name,
sex and age band. The same person is never marked twice in a session.

Re-exported here so callers keep writing `training.save_session(...)` whichever module holds it.
"""

from desktop.services.training.attendance import (
    AttendanceRow, add_guest, add_member, add_members, attending_ids, list_attendance,
    remove_attendance,
)
from desktop.services.training.fields import ATTENDANCE_FIELDS, TRAINING_SESSION_FIELDS
from desktop.services.training.family_counts import (
    FamilyRank, FamilyTrainingCount, family_ranking, family_rows, family_training_counts,
    untrained_families,
)
from desktop.services.training.figures import (
    PERIODS, GroupFigures, TrainingFigures, period_start, period_title, share,
    training_figures,
)
from desktop.services.training.listing import (
    SESSION_SORT, SessionRow, count_sessions, search_sessions, session_filters,
)
from desktop.services.training.members import (
    FamilyGroup, MemberChoice, community_members,
)
from desktop.services.training.rules import (
    AGE_BANDS, EARLIEST, MAX_HOURS, age_band, age_on, session_rules, stamps,
)
from desktop.services.training.sessions import (
    delete_session, find_session, get_session, restore_session, save_session, short_id,
)
from desktop.services.training.sheet import SheetData, SheetPerson, sheet_data

__all__ = [
    "AGE_BANDS", "ATTENDANCE_FIELDS", "EARLIEST", "MAX_HOURS", "PERIODS", "SESSION_SORT",
    "TRAINING_SESSION_FIELDS", "AttendanceRow", "FamilyGroup", "FamilyRank",
    "FamilyTrainingCount",
    "GroupFigures", "MemberChoice", "SessionRow", "SheetData", "SheetPerson", "TrainingFigures",
    "add_guest", "add_member", "add_members", "age_band", "age_on", "attending_ids",
    "community_members", "count_sessions", "delete_session", "family_ranking", "family_rows",
    "family_training_counts",
    "find_session", "get_session", "list_attendance", "period_start",
    "period_title", "remove_attendance", "restore_session", "save_session", "search_sessions",
    "session_filters", "session_rules", "share", "sheet_data", "short_id", "stamps", "training_figures",
    "untrained_families",
]

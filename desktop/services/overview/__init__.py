"""The programme at a glance (the home page): what is due and the figures behind its charts."""

from desktop.services.overview.charts import (
    Coverage, MonthFigures, agreements_by_status, coffee_by_month, coverage_by_community,
    participants_by_sex,
)
from desktop.services.overview.due import (
    ENDING_WITHIN_DAYS, VISIT_EVERY_DAYS, Due, DueList, DueRow, agreements_ending,
    benefits_owed, count_benefits_owed, deliveries_unpaid, due, visits_overdue,
)

__all__ = [
    "Coverage", "Due", "DueList", "DueRow", "ENDING_WITHIN_DAYS", "MonthFigures",
    "VISIT_EVERY_DAYS", "agreements_by_status", "agreements_ending", "benefits_owed",
    "coffee_by_month", "count_benefits_owed", "coverage_by_community", "deliveries_unpaid", "due",
    "participants_by_sex", "visits_overdue",
]

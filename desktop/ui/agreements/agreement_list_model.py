"""The agreements list: filtered and sorted in SQL, a page at a time."""

from __future__ import annotations

from desktop.services import agreements as ag
from desktop.services.agreements.fields import (
    AGREEMENT_FIELDS,
)
from desktop.ui.widgets.lazy_table_model import LazyTableModel


class AgreementListModel(LazyTableModel):
    default_sort = "number"

    def __init__(self, database, parent=None):
        self.filter = ag.AgreementFilter()
        super().__init__(database, AGREEMENT_FIELDS, parent)

    def fetch(self, session, offset, limit):
        return ag.list_agreements(session, self.filter, self.sort_key, self.descending,
                                  offset, limit)

    def count(self, session):
        return ag.count_agreements(session, self.filter)

    def set_filter(self, flt: ag.AgreementFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

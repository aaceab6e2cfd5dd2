"""The Cooperative area's shared pieces: its list models, the compact delivery columns, dates as
typed in its boxes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QTableView,
)

from desktop.services import cooperative
from desktop.services.cooperative import (
    DELIVERY_FIELDS,
    MEMBER_SEASON_FIELDS,
    MEMBERSHIP_FIELDS,
    DeliveryFilter,
)
from desktop.services.fields import by_name
from desktop.ui.widgets.lazy_table_model import ID_ROLE, LazyTableModel
from desktop.ui.widgets.record_table_model import RecordTableModel, cell
from desktop.ui.widgets.style import GREYED_COLOUR, WARNING_COLOUR, brush

SEARCH_DELAY_MS = 150


#: The columns of the short delivery lists (latest deliveries, a lot's deliveries).
#: The short lists (the station's latest deliveries, a lot's): who and how much right after
#: the receipt, so they show beside it on a 1024-px screen.
COMPACT = [next(f for f in DELIVERY_FIELDS if f.name == name) for name in (
    "receipt_number", "member", "net_kg", "amount_pen", "delivered_on", "plot", "product",
    "flags")]


def date_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_date(text: str) -> date | None:
    try:
        return by_name(DELIVERY_FIELDS)["delivered_on"].parse(text)
    except Exception:  # noqa: BLE001 - any unreadable date is simply "no date"
        return None


def selected_rows(view: QTableView) -> list[int]:
    return sorted({index.row() for index in view.selectionModel().selectedRows()})


# --- models ----------------------------------------------------------------------------------

class DeliveryListModel(LazyTableModel):
    """Deliveries filtered and sorted in SQL, a page at a time; voided ones greyed out."""

    default_sort, default_descending = "receipt_number", True

    def __init__(self, database, fields=None, parent=None):
        self.where: DeliveryFilter | None = None
        super().__init__(database, fields or DELIVERY_FIELDS, parent)

    def fetch(self, session, offset, limit):
        if self.where is None:
            return []
        return cooperative.search_deliveries(session, self.where, self.sort_key,
                                             self.descending, offset, limit)

    def count(self, session):
        return 0 if self.where is None else cooperative.count_deliveries(session, self.where)

    def set_filter(self, where: DeliveryFilter | None) -> None:
        self.where = where
        self.reload()

    def row(self, number: int) -> cooperative.DeliveryRow:
        return self.rows[number]

    def display(self, row, field, role):
        if row.voided:
            if role == Qt.ItemDataRole.ForegroundRole:
                return brush(GREYED_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(field.name != "voided_at")
                return font
        if field.name == "flags":
            if role == Qt.ItemDataRole.ForegroundRole and row.flags:
                return brush(WARNING_COLOUR)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return cooperative.flags_text(row.flags) or None
            return None
        if role == Qt.ItemDataRole.ToolTipRole and row.voided:
            return row.void_reason or None
        return super().display(row, field, role)



class MemberListRow:
    """A member of the list with the year's totals (None: no delivery this year)."""

    def __init__(self, member: cooperative.MemberRow, totals: cooperative.Totals | None):
        self.member, self.totals = member, totals
        self.id = member.id

    def __getattr__(self, name: str):  # the member's own values: code, name, family…
        return getattr(self.member, name)

    def value(self, name: str):
        if name in SEASON_COLUMNS:
            return getattr(self.totals, name) if self.totals is not None else None
        return self.member.value(name)


SEASON_COLUMNS = {f.name for f in MEMBER_SEASON_FIELDS}


class MemberListModel(LazyTableModel):
    """The cooperative's members by code, a page at a time (search_members), each with the
    current year's deliveries, kg and soles summed for that page's members only
    (totals_of_members): the first rows show at once whatever the deliveries in the file."""

    default_sort = "member_code"

    def __init__(self, database, parent=None):
        self.cooperative_id: str | None = None
        self.query = ""
        self.year = date.today().year
        super().__init__(database, MEMBERSHIP_FIELDS + MEMBER_SEASON_FIELDS, parent)

    def fetch(self, session, offset, limit):
        if not self.cooperative_id:
            return []
        members = cooperative.search_members(session, self.cooperative_id, self.query,
                                             limit=limit, offset=offset)
        totals = cooperative.totals_of_members(
            session, self.cooperative_id, [m.id for m in members],
            date(self.year, 1, 1), date(self.year, 12, 31))
        return [MemberListRow(m, totals.get(m.id)) for m in members]

    def set_filter(self, cooperative_id: str | None, query: str) -> None:
        self.cooperative_id, self.query = cooperative_id, query
        self.year = date.today().year
        self.reload()

    def display(self, row, field, role):
        if field.name == "certifications":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return ", ".join(cooperative.domain_label("certification", k)
                                 for k in row.certifications) or None
            return None
        return super().display(row, field, role)

    # The short lists' names, which the tab and its tests use.
    @property
    def records(self) -> list[MemberListRow]:
        return self.rows

    def record(self, row: int) -> MemberListRow:
        return self.rows[row]


class RowsModel(RecordTableModel):
    """Short lists of service rows (members, amounts owed, lots, plots)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == ID_ROLE:
            return getattr(record, "id", None) or getattr(record, "membership_id", None)
        field = self.fields[index.column()]
        if field.name == "certifications":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return ", ".join(cooperative.domain_label("certification", k)
                                 for k in record.certifications) or None
            return None
        return cell(field, getattr(record, field.name, None), role)

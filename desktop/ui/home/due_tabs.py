"""The home page's "what is due" lists: agreements ended or ending, visits overdue, benefits owed and
deliveries unpaid, each row opening its record (double-click or Enter)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget,
)

from desktop.i18n import language
from desktop.i18n.formatting import fmt_date, fmt_number, fmt_soles
from desktop.i18n.labels import label
from desktop.services.overview import ENDING_WITHIN_DAYS

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
LISTS = ("ending", "visits", "benefits", "unpaid")


#: The colour of an agreement still active after its end date.
LATE = QColor("#b00020")
#: The widest a column other than the family's grows to fit its texts (tooltips: whole).
WIDEST = 200


class DueTabs(QTabWidget):
    """Four short lists (a handful of fixed rows each: table widgets are the right tool)."""

    record_chosen = Signal(str, str)  # (area, record id)

    def __init__(self, parent=None):
        super().__init__(parent, objectName="dueTabs")
        self.tables: dict[str, QTableWidget] = {}
        self.totals = {key: None for key in LISTS}
        for key in LISTS:
            table = QTableWidget(0, len(self._columns(key)), objectName=f"due:{key}")
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setWordWrap(False)
            table.setTextElideMode(Qt.TextElideMode.ElideRight)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            table.itemActivated.connect(self._activated)
            self.tables[key] = table
            self.addTab(table, "")
        self.retranslate()

    def _titles(self) -> dict[str, str]:
        return {
            "ending": self.tr("Ended or ending in {days} days ({count})"),
            "visits": self.tr("Visits overdue ({count})"),
            "benefits": self.tr("Benefits owed ({count})"),
            "unpaid": self.tr("Deliveries unpaid ({count})"),
        }

    def _columns(self, key: str) -> list[str]:
        first = self.tr("Receipt") if key == "unpaid" else self.tr("Agreement")
        when = {"ending": self.tr("Ends on"), "visits": self.tr("Visit due since"),
                "benefits": self.tr("Agreement from"), "unpaid": self.tr("Delivered on")}[key]
        columns = [first, self.tr("Family or member"), self.tr("Community"), when]
        if key == "benefits":
            columns += [self.tr("Benefit"), self.tr("Still owed")]
        if key == "unpaid":
            columns += [self.tr("Amount")]
        return columns

    def retranslate(self) -> None:
        titles = self._titles()
        for index, key in enumerate(LISTS):
            total = self.totals[key]
            self.setTabText(index, titles[key].format(
                days=ENDING_WITHIN_DAYS, count="…" if total is None else fmt_number(total)))
            self.tables[key].setHorizontalHeaderLabels(self._columns(key))

    def show_due(self, due) -> None:
        lang = language()
        for key in LISTS:
            found = getattr(due, key)
            self.totals[key] = found.total
            table = self.tables[key]
            table.setRowCount(len(found.rows))
            for row, item in enumerate(found.rows):
                cells = [item.reference, item.family, item.community, fmt_date(item.when, lang)]
                if key == "benefits":
                    cells += [label("benefit", item.detail, lang),
                              fmt_number(item.amount, lang)]
                if key == "unpaid":
                    cells += [fmt_soles(item.amount, lang)]
                # An agreement still active after its end: the most urgent, said in red.
                late = key == "ending" and item.when is not None and item.when < date.today()
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setToolTip(self.tr("Ended on {day}, still active: renew it or end "
                                            "it.").format(day=cells[3]) if late else text)
                    if late:
                        cell.setForeground(LATE)
                    cell.setData(RECORD_ROLE, (item.area, item.record_id))
                    table.setItem(row, column, cell)
            for column in range(table.columnCount()):
                if column != 1:  # the family stretches; the others fit, a long one elided
                    table.resizeColumnToContents(column)
                    table.setColumnWidth(column, min(table.columnWidth(column), WIDEST))
        self.retranslate()

    def _activated(self, item: QTableWidgetItem) -> None:
        area, record_id = item.data(RECORD_ROLE)
        self.record_chosen.emit(area, record_id)

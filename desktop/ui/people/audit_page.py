"""The Audit page (administrators and coordinators): who did what and when, filtered by person,
kind of record, kind of change and dates, newest first; exported as a workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QLabel, QPushButton

from desktop.i18n import language
from desktop.services import people
from desktop.services.people.audit import ACTIONS, RECORDS
from desktop.services.people.fields import AUDIT_FIELDS
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.layouts import hbox, vbox
from desktop.ui.widgets.lazy_table_model import LazyTableModel
from desktop.ui.widgets.operations import Operation
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.style import TITLE_STYLE
from desktop.ui.widgets.tables import fit_columns, make_table

#: A date edit at its minimum shows "any date" (no limit on that side).
NO_LIMIT = QDate(2000, 1, 1)


class AuditModel(LazyTableModel):
    default_sort = "at"
    default_descending = True

    def __init__(self, database, parent=None):
        self.filter = people.AuditFilter()
        super().__init__(database, AUDIT_FIELDS, parent)

    def set_filter(self, flt: people.AuditFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch(self, session, offset, limit):
        return people.list_entries(session, self.filter, offset, limit)

    def count(self, session) -> int:
        return people.count_entries(session, self.filter)

    def display(self, row, field, role):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells(language())[[f.name for f in self.fields].index(field.name)]
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """Always newest first: the audit is read as a journal."""


class AuditPage(Page):
    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.heading = QLabel(objectName="auditHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.user = QComboBox(objectName="auditUser")
        self.entity = QComboBox(objectName="auditRecord")
        self.action = QComboBox(objectName="auditAction")
        self.date_from = self._date_edit("auditFrom")
        self.date_to = self._date_edit("auditTo")
        for combo in (self.user, self.entity, self.action):
            combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _: self.apply_filter())
        self.model = AuditModel(database, self)
        self.table = make_table(self.model)
        self.empty = empty_hint(self.table, lambda: (
            self.tr("No entry for these dates and filters."), "", None))
        self.table.setObjectName("auditTable")
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton(objectName="exportAudit")
        self.export_button.clicked.connect(lambda: self.export())
        self.from_label, self.to_label = QLabel(), QLabel()
        for combo in (self.user, self.entity, self.action):  # long names shorten, not widen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        vbox(self, hbox(self.heading, None, self.export_button),
             hbox(self.user, self.entity, self.action, None),
             hbox(self.from_label, self.date_from, self.to_label, self.date_to, None),
             self.table)
        self.retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name, calendarPopup=True)
        edit.setMinimumDate(NO_LIMIT)
        edit.setDate(NO_LIMIT)
        return edit

    def retranslate(self) -> None:
        es = language() == "es"
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy" if es else "MMM d, yyyy")
            edit.setSpecialValueText(self.tr("any date"))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.export_button.setText(self.tr("Export to a workbook…"))
        self._fill(self.entity, self.tr("Every kind of record"),
                   [(key, people.record_title(key)) for key in RECORDS])
        self._fill(self.action, self.tr("Every kind of change"),
                   [(key, people.action_title(key)) for key in ACTIONS])
        self.refresh()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for key, text in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def refresh(self, *_args, **_kwargs) -> None:
        with self.database.session() as session:
            users = people.audit_users(session)
        self._fill(self.user, self.tr("Everyone"), [(u, u) for u in users])
        self.apply_filter()

    def current_filter(self) -> people.AuditFilter:
        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_LIMIT else edit.date().toPython()

        return people.AuditFilter(user=self.user.currentData(),
                                  entity=self.entity.currentData(),
                                  action=self.action.currentData(),
                                  date_from=day(self.date_from), date_to=day(self.date_to))

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        fit_columns(self.table)
        self.heading.setText(self.tr("Audit: {n} changes").format(n=self.model.total()))

    def export(self, path: str | None = None) -> Operation | None:
        """The entries shown, as a workbook, off the GUI thread."""
        from desktop.reports.audit_workbook import write_audit

        if path is None:
            suggested = Path.home() / f"{self.tr('audit')}-{date.today().isoformat()}.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit"),
                                                  str(suggested), self.tr("Workbooks (*.xlsx)"))
            if not path:
                return None
        flt, lang, database = self.current_filter(), language(), self.database
        return Operation(self, lambda progress: write_audit(database, Path(path), flt, lang)) \
            .with_progress(self.tr("Exporting the audit…")) \
            .success(lambda written: self.changed.emit(
                self.tr("Audit written to {path}.").format(path=written))) \
            .run_in_background()

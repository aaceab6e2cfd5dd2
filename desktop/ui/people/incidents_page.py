"""The Data protection area (administrators and coordinators): the log of security incidents,
with the 48-hour notice to the authority that each one starts (DS 016-2024-JUS), and the
programme's security document (issue 14 item 5)."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton

from desktop.i18n.formatting import fmt_date
from desktop.services import people
from desktop.services.people.fields import INCIDENT_FIELDS
from desktop.ui.people.security_document_action import print_security_document
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.layouts import hbox, vbox
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.record_table_model import RecordTableModel
from desktop.ui.widgets.style import TITLE_STYLE
from desktop.ui.widgets.tables import fit_columns, make_table
from desktop.ui.widgets.view_state import arranged

WARNING_STYLE = "color: #b00020; font-weight: bold"


class IncidentsPage(Page):
    role_widgets = {"print_button": "users.manage"}

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.heading = QLabel(objectName="incidentsHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.notice = QLabel(objectName="incidentNotice", wordWrap=True)
        self.model = RecordTableModel(INCIDENT_FIELDS, self)
        self.table = make_table(self.model)
        self.table.setObjectName("incidentsTable")
        self.empty = empty_hint(self.table, lambda: (
            self.tr("No incidents recorded. A lost laptop or USB stick, data seen by someone "
                    "who should not have seen it, a theft: record it here at once."),
            self.tr("Record an incident…"), self.new_incident))
        self.fit_to_width()
        self.table.doubleClicked.connect(lambda _: self.edit_incident())
        self.new_button = QPushButton(objectName="newIncident")
        self.edit_button = QPushButton(objectName="editIncident")
        self.print_button = QPushButton(objectName="printSecurityDocument")
        self.new_button.clicked.connect(self.new_incident)
        self.edit_button.clicked.connect(self.edit_incident)
        self.print_button.clicked.connect(
            lambda: print_security_document(self, self.database))
        self.hint = QLabel(objectName="incidentsHint", wordWrap=True)
        vbox(self, hbox(self.heading, None, self.print_button), self.hint, self.notice,
             self.table, hbox(self.new_button, self.edit_button, None))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Security incidents"))
        self.hint.setText(self.tr(
            "A lost laptop or USB stick, data seen by someone who should not see it, a "
            "break-in: record it here at once. The Autoridad Nacional de Protección de Datos "
            "Personales must be told within 48 hours of learning of it."))
        self.new_button.setText(self.tr("Record an incident…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.print_button.setText(self.tr("Print the security document…"))
        self.model.retranslate()
        self.refresh()

    def fit_to_width(self) -> None:
        """Every column without scrolling sideways, down to a 1024-pixel screen: "What
        happened" takes the room the others leave (its whole text is its tooltip), and a
        column whose title is longer than its figures keeps its declared width, the title
        cut with "…" (whole in its tooltip)."""
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        for column, field in enumerate(INCIDENT_FIELDS):
            if field.name == "what":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif not arranged(self.table):
                self.table.setColumnWidth(column, field.width)

    def refresh(self, *_args, **_kwargs) -> None:
        with self.database.session() as session:
            rows = people.list_incidents(session)
            waiting = people.waiting_for_notice(session)
        self.model.set_records(rows)
        fit_columns(self.table)
        self.fit_to_width()
        self.edit_button.setEnabled(bool(rows))
        now = datetime.now(timezone.utc)
        lines = [(self.tr("Overdue: the incident of {day} was not reported to the authority "
                          "by {due}.") if row.overdue(now) else
                  self.tr("The incident of {day} must be reported to the authority by "
                          "{due}.")).format(day=fmt_date(row.happened_on),
                                            due=fmt_date(row.due_on))
                 for row in waiting]
        self.notice.setText("\n".join(lines))
        self.notice.setStyleSheet(WARNING_STYLE if lines else "")
        self.notice.setVisible(bool(lines))

    def _dialog(self, title: str, values: dict, incident_id: str | None) -> None:
        database = self.database

        def save(raw, _allow_duplicate):
            with database.session() as session:
                return people.save_incident(session, raw[""], incident_id)

        dialog = FormDialog(self, title, [Section("", "", INCIDENT_FIELDS)], {"": values}, save)
        if dialog.exec():
            self.refresh()
            self.changed.emit(self.tr("Incident saved."))

    def new_incident(self) -> None:
        today = datetime.now().date()
        self._dialog(self.tr("Record an incident"),
                     {"happened_on": today, "noticed_on": today, "people_affected": 0}, None)

    def edit_incident(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.record(index.row())
        self._dialog(self.tr("Edit an incident"), people.incident_values(row), row.id)

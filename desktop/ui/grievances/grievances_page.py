"""The grievance log auditors ask to see (CCB): who raised what, the action taken, when closed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from desktop.services import agreements as ag
from desktop.services.agreements.fields import GRIEVANCE_FIELDS
from desktop.services.fields import DATE, Field, by_name
from desktop.services.lookup import AGREEMENT, FAMILY
from desktop.ui.widgets.operations import GRIEVANCES
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.lookup import Lookup
from desktop.ui.widgets.record_table_model import RecordTableModel
from desktop.ui.widgets.tables import fit_columns, make_table
from desktop.ui.widgets.style import TITLE_STYLE
from desktop.ui.widgets.layouts import hbox, vbox

#: Chosen with a lookup (number, family code, name or DNI) that gives the number or the code.
SUBJECT = Field("subject", QT_TRANSLATE_NOOP("Fields", "Agreement or family"), max_length=30)
CLOSED_ON = Field("closed_on", QT_TRANSLATE_NOOP("Fields", "Date closed"), DATE, required=True)


class GrievancesPage(Page):
    role_widgets = {"add_button": "grievances.edit", "close_button": "grievances.edit"}

    shows = frozenset({GRIEVANCES})

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.heading = QLabel(objectName="grievancesHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.open_only = QCheckBox(objectName="openOnly", checked=True)
        self.open_only.toggled.connect(lambda _: self.refresh())
        self.model = RecordTableModel(GRIEVANCE_FIELDS, self)
        self.table = make_table(self.model)
        self.table.setObjectName("grievanceTable")
        self.empty = empty_hint(self.table, self.describe_empty)
        self.add_button = QPushButton(objectName="addGrievance")
        self.close_button = QPushButton(objectName="closeGrievance")
        self.add_button.clicked.connect(self.add_grievance)
        self.close_button.clicked.connect(self.close_grievance)
        vbox(self, hbox(self.heading, None, self.open_only), self.table,
             hbox(self.add_button, self.close_button, None))
        self.retranslate()

    def retranslate(self) -> None:
        self.open_only.setText(self.tr("Open grievances only"))
        self.add_button.setText(self.tr("New grievance…"))
        self.close_button.setText(self.tr("Close grievance…"))
        self.model.retranslate()
        fit_columns(self.table)
        self.refresh()

    def refresh(self) -> None:
        with self.database.session() as session:
            self.model.set_records(ag.list_grievances(session, self.open_only.isChecked()))
        count = self.model.rowCount()
        self.heading.setText(self.tr("Grievances") + f" ({count})")
        self.close_button.setEnabled(count > 0)

    def describe_empty(self):
        """What the empty list says (see empty_hint)."""
        if self.open_only.isChecked():
            with self.database.session() as session:
                closed = bool(ag.list_grievances(session, False))
            if closed:
                return (self.tr("No open grievances: every grievance raised was closed."),
                        self.tr("New grievance…"), self.add_grievance)
        return (self.tr("No grievances yet. Grievances record complaints and how they were "
                        "resolved."), self.tr("New grievance…"), self.add_grievance)

    # --- the keyboard (see Page) --------------------------------------------------------
    def open_record(self) -> bool:
        """Enter: close the selected grievance (record the action taken)."""
        self.close_grievance()
        return True

    def new_record(self) -> bool:
        self.add_grievance()
        return True

    def add_grievance(self) -> None:
        fields = [SUBJECT] + [f for f in GRIEVANCE_FIELDS if f.in_form and f.name != "closed_on"]

        def save(raw, _):
            values = dict(raw[""])
            subject = values.pop("subject", "")
            with self.database.session() as session:
                agreement_id, family_id = ag.grievance_subject(session, subject)
                return ag.add_grievance(session, values, agreement_id, family_id)

        dialog = FormDialog(self, self.tr("New grievance"), [Section("", "", fields)],
                            {"": {"raised_on": date.today()}}, save, lookups={
                                "subject": lambda: Lookup(self.database, (AGREEMENT, FAMILY),
                                                          returns="code")})
        if dialog.exec():
            self.refresh()
            self.changed.emit(self.tr("Grievance recorded."))

    def close_grievance(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.record(index.row())
        if row.closed_on is not None:
            return
        fields = [CLOSED_ON, by_name(GRIEVANCE_FIELDS)["action_taken"]]

        def save(raw, _):
            with self.database.session() as session:
                return ag.close_grievance(session, row.id, raw[""]["closed_on"],
                                          raw[""]["action_taken"] or "")

        dialog = FormDialog(self, self.tr("Close grievance"), [Section("", "", fields)],
                            {"": {"closed_on": date.today(), "action_taken": row.action_taken}},
                            save)
        if dialog.exec():
            self.refresh()
            self.changed.emit(self.tr("Grievance closed."))

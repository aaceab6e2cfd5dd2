"""A member's consents (Ley 29733), from the Families detail: what the person agreed to or
refused for each purpose, and a form to record a new answer. Answers are never edited: a
change of mind is recorded as a new answer, and the newest holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop.i18n.labels import label
from desktop.services import people
from desktop.services.people.fields import PERSON_CONSENT_FIELDS
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.record_table_model import RecordTableModel
from desktop.ui.widgets.tables import fit_columns, make_table


class PersonConsentsDialog(QDialog):
    """The answers of one person, oldest first, and "Record an answer…"."""

    def __init__(self, parent: QWidget, database, person_id: str, name: str,
                 may_edit: bool = True):
        super().__init__(parent)
        self.database, self.person_id = database, person_id
        self.setObjectName("PersonConsentsDialog")
        self.setWindowTitle(self.tr("Consents of {name}").format(name=name))
        self.current = QLabel(objectName="currentConsents", wordWrap=True)
        self.model = RecordTableModel(PERSON_CONSENT_FIELDS, self)
        self.view = make_table(self.model)
        self.view.setObjectName("consentsTable")
        self.add_button = QPushButton(self.tr("Record an answer…"), objectName="addConsent")
        self.add_button.setEnabled(may_edit)
        self.add_button.clicked.connect(self.add_answer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "What the person was told and answered, for each use of their data. A change of "
            "mind is recorded as a new answer; the newest one holds."), wordWrap=True))
        layout.addWidget(self.current)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            self.model.set_records(people.person_consents(session, self.person_id))
            answers = people.current_answers(session, self.person_id)
        lines = [f"{label('consent_purpose', purpose)}: "
                 + (label("consent_answer", answer) if answer else self.tr("not asked yet"))
                 for purpose, answer in answers.items()]
        self.current.setText(self.tr("Holds now:") + " " + "; ".join(lines))
        fit_columns(self.view)

    def add_answer(self):
        def save(raw, allow_duplicate):
            with self.database.session() as session:
                return people.record_person_consent(session, self.person_id, raw[""])

        dialog = FormDialog(self, self.tr("Record an answer"),
                            [Section("", "", PERSON_CONSENT_FIELDS)],
                            {"": {"informed_on": date.today(),
                                  "explained_by": self.database.actor.name
                                  if self.database.actor is not None else ""}}, save)
        saved = dialog.run()
        if saved is not None:
            self.reload()
        return saved

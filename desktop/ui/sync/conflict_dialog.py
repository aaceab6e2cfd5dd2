"""Deciding one sync conflict field by field: for each field both values side by side, the one
held here chosen unless the person picks the other (desktop.services.sync.resolve)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QLabel, QRadioButton, QVBoxLayout,
)

from desktop.i18n.formatting import fmt_datetime
from desktop.services.sync import fields
from desktop.services.sync.conflicts import DUPLICATE, OURS, THEIRS


def shown(table: str, name: str, value) -> str:
    return fields.shown(table, name, value) or "—"


class ConflictDialog(QDialog):
    """`choices()` after exec(): {field: "ours" | "theirs"}."""

    def __init__(self, conflict, parent=None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.setWindowTitle(self.tr("Decide a conflict"))
        about = QLabel(wordWrap=True, objectName="conflictAbout")
        about.setText(self.tr(
            "{record}\nChanged at {office} by {user} ({when}) and here by {our_user} "
            "({our_when}). For each field, choose the value that stands.").format(
            record=conflict.title, office=conflict.office, user=conflict.their_user or "?",
            when=fmt_datetime(conflict.their_at) or "?", our_user=conflict.our_user or "?",
            our_when=fmt_datetime(conflict.our_at) or "?"))
        grid = QGridLayout()
        for column, text in enumerate((self.tr("Field"), self.tr("Here"),
                                       self.tr("Their change"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        for row, (name, ours, theirs) in enumerate(conflict.fields, start=1):
            grid.addWidget(QLabel(fields.title(conflict.table, name),
                                  objectName=f"{name}_label"), row, 0)
            group = QButtonGroup(self)
            for column, (side, value) in enumerate(((OURS, ours), (THEIRS, theirs)), start=1):
                button = QRadioButton(shown(conflict.table, name, value),
                                      objectName=f"{name}_{side}")
                button.setProperty("side", side)
                button.setChecked(side == OURS)
                group.addButton(button)
                grid.addWidget(button, row, column)
            self.groups[name] = group
        if conflict.reason:
            grid.addWidget(QLabel(self.tr("Refused here: {reason}").format(
                reason=conflict.reason), wordWrap=True), len(conflict.fields) + 1, 0, 1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        #: True when the person chose to merge the two members of a duplicate DNI.
        self.merging = False
        if conflict.kind == DUPLICATE:
            about.setText(about.text() + "\n" + self.tr(
                "The same DNI was registered here for another member: if they are one "
                "person, merge them (every agreement, attendance and delivery of both stays)."))
            self.merge_button = buttons.addButton(self.tr("Merge the two members"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
            self.merge_button.setObjectName("mergeButton")
            self.merge_button.clicked.connect(self.merge)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def merge(self) -> None:
        self.merging = True
        self.accept()

    def choices(self) -> dict[str, str]:
        return {name: group.checkedButton().property("side")
                for name, group in self.groups.items()}

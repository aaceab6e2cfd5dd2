"""Picking members with check boxes: the members of a community (or one family), grouped by
family."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.services import registry, training
from desktop.textnorm import fold
from desktop.ui.widgets.lazy_table_model import ID_ROLE


class PickMembersDialog(QDialog):
    """The members of a community (or one family), grouped by family, with check boxes.

    Members already on the list are shown ticked and greyed; ticking a family ticks
    all its members.
    """

    def __init__(self, parent, database, session_id: str, community_id: str | None):
        super().__init__(parent)
        self.setObjectName("PickMembersDialog")
        self.database, self.session_id = database, session_id
        self.setWindowTitle(self.tr("Pick members"))
        self.community = QComboBox(objectName="pickCommunity")
        with database.session() as session:
            for item in registry.list_communities(session):
                self.community.addItem(item.name, item.id)
        self.community.setCurrentIndex(max(self.community.findData(community_id), 0))
        self.filter = QLineEdit(objectName="pickFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Show only families whose code or members' "
                                               "names contain…"))
        self.tree = QTreeWidget(objectName="pickTree")
        self.tree.setHeaderLabels([self.tr("Family or member"), self.tr("DNI"), self.tr("Age")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 90)
        self.summary = QLabel(objectName="pickSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add ticked members"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Community:")))
        top.addWidget(self.community, 1)
        top.addWidget(self.filter, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.community.currentIndexChanged.connect(lambda _: self.load())
        self.filter.textChanged.connect(self.apply_filter)
        self.tree.itemChanged.connect(lambda *_: self.update_summary())
        self.load()

    def load(self, family_id: str | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        with self.database.session() as session:
            held_on = training.get_session(session, self.session_id).held_on
            groups = training.community_members(
                session, None if family_id else self.community.currentData(), family_id,
                self.session_id)
        present_note = "  ({})".format(self.tr("already on the list"))
        for group in groups:
            family = QTreeWidgetItem(self.tree, [f"{group.code} — {group.head}", "", ""])
            family.setFlags(family.flags() | Qt.ItemFlag.ItemIsUserCheckable
                            | Qt.ItemFlag.ItemIsAutoTristate)
            family.setData(0, ID_ROLE, None)
            family.setData(0, Qt.ItemDataRole.UserRole, group.code)
            for member in group.members:
                age = training.age_on(member.birth_date, held_on)
                text = member.name + (present_note if member.present else "")
                item = QTreeWidgetItem(family, [text, member.dni,
                                                "" if age is None else str(age)])
                item.setData(0, ID_ROLE, member.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if member.present
                                   else Qt.CheckState.Unchecked)
                if member.present:
                    item.setDisabled(True)
            if all(m.present for m in group.members):
                family.setCheckState(0, Qt.CheckState.Checked)
            family.setExpanded(True)
        self.tree.blockSignals(False)
        self.apply_filter(self.filter.text())
        self.update_summary()

    def apply_filter(self, text: str) -> None:
        words = fold(text).split()
        for i in range(self.tree.topLevelItemCount()):
            family = self.tree.topLevelItem(i)
            haystack = fold(" ".join([family.text(0)] + [
                family.child(j).text(0) + " " + family.child(j).text(1)
                for j in range(family.childCount())]))
            family.setHidden(not all(w in haystack for w in words))

    def _members(self):
        for i in range(self.tree.topLevelItemCount()):
            family = self.tree.topLevelItem(i)
            for j in range(family.childCount()):
                yield family.child(j)

    def checked_ids(self) -> list[str]:
        """Ticked members who are not on the list yet."""
        return [item.data(0, ID_ROLE) for item in self._members()
                if item.checkState(0) == Qt.CheckState.Checked and not item.isDisabled()]

    def family_item(self, code: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                return item
        return None

    def update_summary(self) -> None:
        count = len(self.checked_ids())
        self.summary.setText(self.tr("{n} ticked.").format(n=count))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)


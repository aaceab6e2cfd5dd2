"""The Families area: a searchable list, the selected family's members and plots, and forms."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.formatting import fmt_number
from desktop.i18n.labels import label
from desktop.services import agreements, people, registry
from desktop.services.agreements.fields import LEDGER_FIELDS
from desktop.services.errors import NotFound, ValidationError
from desktop.services.people.fields import CHANGE_REASON
from desktop.services.registry.fields import FAMILY_FIELDS, PERSON_FIELDS, PLOT_FIELDS
from desktop.services.sync import conflicts as sync_conflicts
from desktop.ui.families.person_rights import PersonRights
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.family_list_model import FamilyListModel
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.lookups import community_options, fill_combo
from desktop.ui.widgets.operations import AGREEMENTS, COMMUNITIES, FAMILIES, Operation
from desktop.ui.widgets.page import ListPage
from desktop.ui.widgets.record_history import RecordHistory
from desktop.ui.widgets.record_table_model import RecordTableModel
from desktop.ui.widgets.style import TITLE_STYLE
from desktop.ui.widgets.tables import fit_columns, make_table

SEARCH_DELAY_MS = 150
HISTORY_TAB = 3  # the detail's tabs: members, plots, agreements by year, history


class FamiliesPage(ListPage):
    """Thin: shows what registry services return, sends what the user typed to them."""
    role_widgets = {**{name: "registry.edit" for name in (
        "add_button", "edit_button", "delete_button", "member_buttons", "plot_buttons")},
        "rights.anonymise_button": "people.anonymise",
        "rights.consents_button": "personal.read",
        "rights.print_button": "export.personal"}


    shows = frozenset({FAMILIES, COMMUNITIES, AGREEMENTS})

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database

        self.search = QLineEdit()
        self.search.setObjectName("familySearch")
        self.search.setClearButtonEnabled(True)
        self.community = QComboBox()
        self.community.setObjectName("communityFilter")
        self.count_label = QLabel()
        self.count_label.setObjectName("familyCount")
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.community.currentIndexChanged.connect(lambda _: self.apply_filter())

        self.model = FamilyListModel(database, self)
        self.table = make_table(self.model)
        self.table.setObjectName("familyTable")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.empty = empty_hint(self.table, self.describe_empty)

        self.add_button = QPushButton(objectName="addFamily")
        self.edit_button = QPushButton(objectName="editFamily")
        self.delete_button = QPushButton(objectName="deleteFamily")
        self.add_button.clicked.connect(self.add_family)
        self.edit_button.clicked.connect(self.edit_family)
        self.delete_button.clicked.connect(self.delete_family)

        self.title = QLabel(objectName="familyTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.summary = QLabel(objectName="familySummary")
        self.summary.setWordWrap(True)
        self.conflict_mark = QLabel(objectName="familyConflictMark", wordWrap=True)
        self.conflict_mark.setStyleSheet("color: #b45309; font-weight: bold")
        self.conflict_mark.hide()
        self.members = RecordTableModel(PERSON_FIELDS, self)
        self.plots = RecordTableModel(PLOT_FIELDS, self)
        self.members_view = make_table(self.members)
        self.members_view.setObjectName("membersTable")
        self.plots_view = make_table(self.plots)
        self.plots_view.setObjectName("plotsTable")
        self.ledger = RecordTableModel(LEDGER_FIELDS, self)
        self.ledger_view = make_table(self.ledger)
        # Who changed the family, its members, its plots.
        self.record_history = RecordHistory(self, "familyHistory")
        self.history, self.history_view = self.record_history.model, self.record_history.view
        self.ledger_view.setObjectName("ledgerTable")
        self.members_view.doubleClicked.connect(lambda _: self.edit_member())
        self.plots_view.doubleClicked.connect(lambda _: self.edit_plot())
        self.member_buttons = [QPushButton(objectName=n) for n in
                               ("addMember", "editMember", "deleteMember")]
        self.plot_buttons = [QPushButton(objectName=n) for n in
                             ("addPlot", "editPlot", "deletePlot")]
        self.rights = PersonRights(self)
        for button, slot in zip(self.member_buttons, (self.add_member, self.edit_member,
                                                      self.delete_member)):
            button.clicked.connect(slot)
        for button, slot in zip(self.plot_buttons, (self.add_plot, self.edit_plot,
                                                    self.delete_plot)):
            button.clicked.connect(slot)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.community, 2)
        top.addWidget(self.count_label, 1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.conflict_mark)
        self.detail_tabs = QTabWidget(objectName="familyTabs")
        # The members' rights (Ley 29733) on a row of their own: one row of six buttons would
        # widen the detail and push the list's key columns out of sight.
        for view, rows in ((self.members_view, (self.member_buttons, self.rights.buttons)),
                           (self.plots_view, (self.plot_buttons,)),
                           (self.ledger_view, ()), (self.history_view, ())):
            tab = QWidget()
            column = QVBoxLayout(tab)
            column.addWidget(view)
            for buttons in rows:
                row = QHBoxLayout()
                for button in buttons:
                    row.addWidget(button)
                row.addStretch()
                column.addLayout(row)
            self.detail_tabs.addTab(tab, "")
        right_layout.addWidget(self.detail_tabs)
        QVBoxLayout(self).addWidget(self.side_by_side(left, right))

        self.retranslate()
        self.load_communities()
        self.show_first()

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search by family code, name, DNI or community…"))
        self.add_button.setText(self.tr("New family…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        for button, text in zip(self.member_buttons, (self.tr("Add member…"), self.tr("Edit…"),
                                                      self.tr("Remove"))):
            button.setText(text)
        for button, text in zip(self.plot_buttons, (self.tr("Add plot…"), self.tr("Edit…"),
                                                    self.tr("Remove"))):
            button.setText(text)
        self.rights.retranslate()
        for index, text in enumerate((self.tr("Members"), self.tr("Plots"),
                                      self.tr("Agreements and benefits by year"),
                                      self.tr("History"))):
            self.detail_tabs.setTabText(index, text)
        if self.community.count():
            self.community.setItemText(0, self.tr("All communities"))
        for model in (self.model, self.members, self.plots, self.ledger):
            model.retranslate()
        for view in (self.table, self.members_view, self.plots_view, self.ledger_view):
            fit_columns(view)
        self.update_count()
        self.show_selected()

    # --- list --------------------------------------------------------------------------
    def load_communities(self) -> None:
        fill_combo(self.community, [(None, self.tr("All communities")),
                                    *community_options(self.database)])

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.search.text(), self.community.currentData())
        self.show_first()

    def apply_pending_search(self) -> None:
        if self._timer.isActive():
            self.apply_filter()

    def describe_empty(self):
        """What the empty list says (see empty_hint): no match for the search, or no family."""
        query = self.search.text().strip()
        if query:
            return self.tr("No family matches “{text}”.").format(text=query), "", None
        if self.community.currentData():
            return (self.tr("No family in {community} yet.").format(
                community=self.community.currentText()), self.tr("New family…"), self.add_family)
        return (self.tr("No families yet. A family is a household: its members, the plots "
                        "they work and the agreement they sign."),
                self.tr("New family…"), self.add_family)

    # --- the keyboard (see Page) --------------------------------------------------------
    def open_record(self) -> bool:
        self.edit_family()
        return True

    def delete_record(self) -> bool:
        self.delete_family()
        return True

    def new_record(self) -> bool:
        self.add_family()
        return True

    def update_count(self) -> Operation:
        model = self.model
        return self.count_in_background(partial(
            registry.count_families, query=model.query, community_id=model.community_id))

    def count_text(self, total: int | None) -> str:
        return (self.tr("Counting…") if total is None else self.tr("1 family") if total == 1
                else self.tr("{n} families").format(n=fmt_number(total)))

    def show_selected(self) -> None:
        family_id = self.selected_id()
        buttons = [self.edit_button, self.delete_button, *self.member_buttons,
                   *self.plot_buttons, *self.rights.buttons]
        for button in buttons:
            button.setEnabled(family_id is not None)
        self.conflict_mark.hide()
        if family_id is None:
            self.history.set_content([], [])
            self.title.setText(self.tr("No family selected"))
            self.summary.clear()
            self.members.set_records([])
            self.plots.set_records([])
            self.ledger.set_records([])
            return
        with self.database.session() as session:
            try:
                family = registry.get_family(session, family_id)
            except NotFound:
                return
            community = family.community
            self.title.setText(f"{family.code} — {family.head.full_name if family.head else ''}")
            where = label("yes_no", family.inside_forest)
            self.summary.setText(
                self.tr("Community: {community} ({zone}). Lives inside the forest: {inside}. "
                        "{address}").format(community=community.name,
                                            zone=label("zone", community.zone), inside=where,
                                            address=family.address))
            self.members.set_records(people.visible_records(session, family.living_members))
            self.plots.set_records([p for p in family.plots if p.deleted_at is None])
            self.ledger.set_records(agreements.family_ledger(session, family_id))
            self.show_history(session, family, family_id)
            waiting = sync_conflicts.for_family(session, family_id)
            self.conflict_mark.setText(self.tr(
                "⚠ A sync conflict about this family waits for a person: see the Sync page.")
                if waiting == 1 else self.tr("⚠ {n} sync conflicts about this family wait for "
                                             "a person: see the Sync page.").format(n=waiting))
            self.conflict_mark.setVisible(waiting > 0)

    def show_history(self, session, family, family_id: str) -> None:
        """The audit of the family, its members and its plots (for who may read it)."""
        self.record_history.show(session, self.detail_tabs, family_id,
                                 *(p.id for p in family.members), *(p.id for p in family.plots))

    # --- families ----------------------------------------------------------------------
    def family_dialog(self, family=None) -> FormDialog:
        sections = [Section("", self.tr("Family"), FAMILY_FIELDS)]
        values = {"": {"inside_forest": True}}
        if family is None:
            head_fields = [f for f in PERSON_FIELDS if f.name != "relation"]
            sections.append(Section("head", self.tr("Head of family"), head_fields))
            values["head"] = {"signs": True}
        else:
            values[""] = {f.name: getattr(family, f.name) for f in FAMILY_FIELDS if f.in_form}

        def save(raw, allow_duplicate):
            with self.database.session() as session:
                if family is None:
                    return registry.create_family(session, raw[""], raw["head"], allow_duplicate)
                return registry.update_family(session, family.id, raw[""])

        title = self.tr("New family") if family is None else self.tr("Edit family {code}").format(
            code=family.code)
        return FormDialog(self, title, sections, values, save,
                          {"community_id": community_options(self.database)})

    def add_family(self) -> None:
        self.save_form(self.family_dialog(),
                       lambda saved: self.tr("Family {code} saved.").format(code=saved.code))

    def edit_family(self) -> None:
        family = self.load_selected(registry.get_family)
        if family is not None:
            self.save_form(self.family_dialog(family),
                           lambda saved: self.tr("Family {code} saved.").format(code=saved.code))

    def delete_family(self) -> None:
        self.delete_selected(
            registry.get_family, registry.delete_family, registry.restore_family,
            lambda family: {"code": family.code},
            (self.tr("Delete family"), self.tr("Delete family {code} with its members and plots? "
                                               "You can undo this with Edit > Undo delete."),
             self.tr("Family {code} deleted."), self.tr("Family {code} restored.")))

    # --- members and plots -------------------------------------------------------------
    def _record_dialog(self, title, fields, record, save) -> None:
        """A member's or a plot's form; a new one offers "Save and add another"."""
        values = {"": {f.name: getattr(record, f.name, None) for f in fields if f.in_form}
                  if record is not None else {"signs": True}}
        dialog = FormDialog(self, title, [Section("", "", fields)], values, save,
                            add_another=record is None)
        if dialog.run() is not None:
            self.refresh(message=self.tr("Saved."))

    def add_member(self) -> None:
        family_id = self.selected_id()

        def save(raw, allow_duplicate):
            with self.database.session() as session:
                return registry.add_member(session, family_id, raw[""], allow_duplicate)

        self._record_dialog(self.tr("New member"), PERSON_FIELDS, None, save)

    def edit_member(self) -> None:
        person = self.selected_record(self.members_view, self.members)
        if person is None:
            return

        def save(raw, allow_duplicate):
            with self.database.session() as session:
                return registry.update_member(session, person.id, raw[""], allow_duplicate)

        self._record_dialog(self.tr("Edit member"), [*PERSON_FIELDS, CHANGE_REASON], person, save)

    def delete_member(self) -> None:
        person = self.selected_record(self.members_view, self.members)
        if person is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove member"),
                                      self.tr("Remove {name} from the family?").format(
                                          name=person.full_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.database.session() as session:
                registry.delete_member(session, person.id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Remove member"), error.text())
            return
        self.refresh(message=self.tr("{name} removed.").format(name=person.full_name))

    def add_plot(self) -> None:
        family_id = self.selected_id()

        def save(raw, allow_duplicate):
            with self.database.session() as session:
                return registry.add_plot(session, family_id, raw[""])

        self._record_dialog(self.tr("New plot"), PLOT_FIELDS, None, save)

    def edit_plot(self) -> None:
        plot = self.selected_record(self.plots_view, self.plots)
        if plot is None:
            return

        def save(raw, allow_duplicate):
            with self.database.session() as session:
                return registry.update_plot(session, plot.id, raw[""])

        self._record_dialog(self.tr("Edit plot"), PLOT_FIELDS, plot, save)

    def delete_plot(self) -> None:
        plot = self.selected_record(self.plots_view, self.plots)
        if plot is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove plot"),
                                      self.tr("Remove plot {name}?").format(name=plot.name))
        if answer == QMessageBox.StandardButton.Yes:
            with self.database.session() as session:
                registry.delete_plot(session, plot.id)
            self.refresh(message=self.tr("Plot {name} removed.").format(name=plot.name))

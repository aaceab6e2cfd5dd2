"""The Members tab: the cooperative's members, their plots, and plot boundaries from GPS files.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.formatting import fmt_hectares, fmt_soles
from desktop.services import cooperative
from desktop.services.cooperative import boundaries
from desktop.services.cooperative import (
    MEMBERSHIP_FIELDS,
)
from desktop.services.errors import ValidationError
from desktop.services.lookup import FAMILY, PERSON
from desktop.ui.cooperative.member_account import MemberAccountDialog, advance_dialog
from desktop.ui.cooperative.models import MemberListModel, RowsModel
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.lookup import Lookup
from desktop.ui.widgets.operations import FAMILIES, Operation
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.tables import make_table

#: The member-person box before a family is chosen.
AFTER_FAMILY = QT_TRANSLATE_NOOP("Lookup", "After the family")

# --- members -------------------------------------------------------------------------------

class MembersTab(Page):
    """The cooperative's members (a page at a time, with the year's totals), their plots,
    and plot boundaries from GPS files."""

    #: Pages read to find the member to select again after a refresh, at most.
    FIND_PAGES = 10

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.search = QLineEdit(objectName="memberListSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.model = MemberListModel(page.database, self)
        self.table = make_table(self.model)
        self.table.setObjectName("memberTable")
        self.empty = empty_hint(self.table, self.describe_empty)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_plots())
        self.plots = RowsModel(cooperative.PLOT_TRACE_FIELDS, self)
        self.plots_view = make_table(self.plots)
        self.plots_view.setObjectName("memberPlots")
        self.plots_caption = QLabel()
        self.new_button = QPushButton(objectName="newMember")
        self.edit_button = QPushButton(objectName="editMember")
        self.boundary_button = QPushButton(objectName="importBoundary")
        self.advance_button = QPushButton(objectName="recordAdvance")
        self.account_button = QPushButton(objectName="memberAccount")
        self.advance_button.clicked.connect(lambda: self.record_advance())
        self.account_button.clicked.connect(lambda: self.show_account())
        self.new_button.clicked.connect(self.new_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.boundary_button.clicked.connect(lambda: self.import_boundary())
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.advance_button,
                       self.account_button):
            actions.addWidget(button)
        actions.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.plots_caption)
        right_layout.addWidget(self.plots_view)
        right_layout.addWidget(self.boundary_button, 0, Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self).addWidget(self.side_by_side(left, right))
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by member code, name or DNI…"))
        self.new_button.setText(self.tr("New member…"))
        self.edit_button.setText(self.tr("Edit member…"))
        self.boundary_button.setText(self.tr("Import boundary (GeoJSON, KML, GPX)…"))
        self.advance_button.setText(self.tr("Advance…"))
        self.advance_button.setToolTip(self.tr("Record an advance in cash or in kind"))
        self.account_button.setText(self.tr("Account…"))
        self.account_button.setToolTip(self.tr(
            "Deliveries, payments, advances and deductions with the balance"))
        self.plots_caption.setText(self.tr("The member's plots"))
        self.model.retranslate()
        self.plots.retranslate()

    def describe_empty(self):
        """What the empty list says (see empty_hint)."""
        query = self.search.text().strip()
        if query:
            return self.tr("No member matches “{text}”.").format(text=query), "", None
        return (self.tr("No members yet. A member is a family's producer who delivers coffee "
                        "to the cooperative."), self.tr("New member…"), self.new_member)

    def refresh(self, select_id: str | None = None) -> None:
        keep = select_id or self.selected_id()
        coop = self.page.cooperative_id
        self.model.set_filter(coop, self.search.text())
        model = self.model
        for _ in range(self.FIND_PAGES):  # the member to keep may be a few pages down
            if keep is None or model.row_of(keep) >= 0 or not model.canFetchMore():
                break
            model.fetchMore()
        number = model.row_of(keep) if keep is not None else -1
        if number < 0 and model.rows:
            number = 0
        if number >= 0:
            self.table.selectRow(number)
        self.show_plots()

    def show_plots(self) -> None:
        member_id = self.selected_id()
        for button in (self.edit_button, self.advance_button, self.account_button):
            button.setEnabled(member_id is not None)
        if member_id is None:
            self.plots.set_records([])
        else:
            with self.page.database.session() as session:
                self.plots.set_records(cooperative.member_plot_rows(session, member_id))
        self.boundary_button.setEnabled(bool(self.plots.records))

    # --- the keyboard (see Page) --------------------------------------------------------
    def open_record(self) -> bool:
        self.edit_member()
        return True

    def new_record(self) -> bool:
        self.new_member()
        return True

    def _member_dialog(self, membership=None) -> FormDialog:
        values = {"": {"joined_on": date.today()}}
        if membership is not None:
            certifications = cooperative.parse_certifications(membership.certifications)
            values[""] = {"member_code": membership.member_code,
                          "family_code": membership.family.code,
                          "person_id": membership.person_id,
                          "joined_on": membership.joined_on}
            for item in certifications:
                values[""][f"{item['kind']}_until"] = item["valid_to"]
        coop = self.page.cooperative_id

        def save(raw, _allow_duplicate):
            with self.page.database.session() as session:
                return cooperative.save_membership(session, coop, raw[""],
                                                   membership.id if membership else None)

        title = self.tr("New member") if membership is None else self.tr(
            "Edit member {code}").format(code=membership.member_code)
        # The family is found by code, name or DNI (the service takes its code), then the
        # member person among that family's people, by name.
        database = self.page.database
        dialog = FormDialog(self, title, [Section("", "", MEMBERSHIP_FIELDS)], values, save,
                            lookups={"family_code": lambda: Lookup(database, FAMILY,
                                                                   returns="code"),
                                     "person_id": lambda: self._person_lookup(membership)},
                            add_another=membership is None)
        family, person = dialog.widgets["family_code"], dialog.widgets["person_id"]
        family.chosen.connect(lambda match: self._family_chosen(person, match))
        return dialog

    def _person_lookup(self, membership) -> Lookup:
        """The member person, among the people of the family chosen above it."""
        lookup = Lookup(self.page.database, PERSON,
                        family_id=membership.family_id if membership else None)
        lookup.waiting_text = AFTER_FAMILY
        lookup.setEnabled(membership is not None)
        lookup.retranslate()
        return lookup

    @staticmethod
    def _family_chosen(person: Lookup, match) -> None:
        person.setEnabled(match is not None)
        person.set_scope(family_id=match.id if match is not None else None)

    def new_member(self) -> None:
        saved = self._member_dialog().run()
        if saved is not None:
            self.refresh(saved.id)
            self.page.changed.emit(self.tr("Member {code} saved.").format(
                code=saved.member_code))

    def edit_member(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        with self.page.database.session() as session:
            membership = cooperative.get_membership(session, member_id)
            membership.family, membership.person  # noqa: B018 - load for the dialog
        dialog = self._member_dialog(membership)
        if dialog.exec():
            self.refresh(member_id)

    def _selected_member(self) -> tuple[str, str] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.record(index.row())
        return row.id, f"{row.member_code} {row.name}"

    def record_advance(self, dialog=None):
        """The advance form for the selected member; the advance saved, or None."""
        selected = self._selected_member()
        if selected is None:
            return None
        saved = (dialog or advance_dialog(self, self.page.database, *selected)).run()
        if saved is not None:
            self.page.changed.emit(self.tr("Advance of {amount} to {member} saved.").format(
                amount=fmt_soles(saved.amount_pen), member=selected[1]))
        return saved

    def account_dialog(self) -> MemberAccountDialog | None:
        selected = self._selected_member()
        return None if selected is None else MemberAccountDialog(
            self, self.page.database, *selected)

    def show_account(self) -> None:
        dialog = self.account_dialog()
        if dialog is not None:
            dialog.exec()

    def import_boundary(self, path: str | Path | None = None,
                        accept_area: bool | None = None) -> Operation | None:
        """Read the selected plot's boundary from a GPS file off the GUI thread; ask before
        changing the area (yes: a second operation saves it with the measured area). The
        operation's result is the boundary."""
        index = self.plots_view.currentIndex()
        if not index.isValid() and self.plots.records:
            self.plots_view.selectRow(0)
            index = self.plots_view.currentIndex()
        if not index.isValid():
            return None
        plot = self.plots.record(index.row())
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Boundary of {plot}").format(plot=plot.name), str(Path.home()),
                self.tr("GPS files (*.geojson *.json *.kml *.kmz *.gpx)"))
            if not path:
                return None
        database = self.page.database

        def job(progress):
            with database.session() as session:
                return boundaries.import_boundary(session, plot.id, path,
                                                    accept_measured_area=bool(accept_area))

        def failed(error: BaseException) -> None:
            if not isinstance(error, ValidationError):
                raise error
            title = self.tr("Boundary of {plot}").format(plot=plot.name)
            if error.for_field("area_ha") and accept_area is None:
                answer = QMessageBox.question(
                    self, title,
                    error.text() + "\n\n" + self.tr("Use the measured area for the plot?"))
                if answer == QMessageBox.StandardButton.Yes:
                    self.import_boundary(path, accept_area=True)
                return
            QMessageBox.warning(self, title, error.text())

        def done(boundary) -> None:
            self.show_plots()
            self.page.changed.emit(self.tr("Boundary of {plot} saved: {area} ha.").format(
                plot=plot.name, area=fmt_hectares(boundary.area_ha)))

        return Operation(self, job, changes={FAMILIES}) \
            .with_progress(self.tr("Boundary of {plot}").format(plot=plot.name)) \
            .success(done).failure(failed).run_in_background()

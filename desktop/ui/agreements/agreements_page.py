"""The Agreements area: a filtered list, the selected agreement's content, and its life cycle.

Thin: every action is one call to desktop.services.agreements; what it says
goes back into the same widgets.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.i18n.formatting import fmt_date, fmt_hectares, fmt_number, fmt_soles
from desktop.i18n.labels import choices, label
from desktop.services import agreements as ag
from desktop.services import people
from desktop.services.agreements.fields import (
    BENEFIT_FIELDS,
    CONSENT_FIELDS,
    SIGNATORY_FIELDS,
    VISIT_FIELDS,
)
from desktop.services.errors import NotFound
from desktop.ui.agreements.agreement_actions import AgreementActions
from desktop.ui.agreements.agreement_list_model import AgreementListModel
from desktop.ui.agreements.agreement_records import AgreementRecords, BenefitView
from desktop.ui.widgets.lookups import community_options, fill_combo
from desktop.ui.widgets.operations import AGREEMENTS, COMMUNITIES, FAMILIES, Operation
from desktop.ui.widgets.record_history import RecordHistory
from desktop.ui.widgets.page import ListPage
from desktop.ui.widgets.record_table_model import RecordTableModel
from desktop.ui.widgets.style import TITLE_STYLE
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.layouts import hbox, vbox
from desktop.ui.widgets.tables import fit_columns, make_table


class AgreementsPage(AgreementActions, AgreementRecords, ListPage):
    role_widgets = {
        **{f"buttons.{n}": "agreements.draft" for n in ("new", "edit", "delete")},
        **{f"buttons.{n}": "agreements.decide" for n in (
            "sign", "activate", "suspend", "end", "renew", "not_renewed", "renew_community")},
        **{f"buttons.{n}": "agreements.print" for n in ("print", "batch_print")},
        **{f"detail_buttons.{n}": "agreements.draft" for n in (
            "add_benefit", "remove_benefit", "deliver_benefit", "add_signatory",
            "remove_signatory", "record_consent")},
        "detail_buttons.record_visit": "agreements.decide", "save_commitments": "agreements.draft"}

    shows = frozenset({AGREEMENTS, FAMILIES, COMMUNITIES})
    select_first = False

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        # --- filters
        self.search = QLineEdit(objectName="agreementSearch")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(objectName="statusFilter")
        self.community = QComboBox(objectName="agreementCommunityFilter")
        self.ending = QCheckBox(objectName="endingFilter")
        self.ending_days = QSpinBox(objectName="endingDays", minimum=1, maximum=3650, value=60)
        self.no_visit = QCheckBox(objectName="noVisitFilter")
        self.count_label = QLabel(objectName="agreementCount")
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for combo in (self.status, self.community):
            combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.ending.toggled.connect(lambda _: self.apply_filter())
        self.ending_days.valueChanged.connect(lambda _: self.apply_filter())
        self.no_visit.toggled.connect(lambda _: self.apply_filter())
        # --- list
        self.model = AgreementListModel(database, self)
        self.table = make_table(self.model)
        self.table.setObjectName("agreementTable")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.empty = empty_hint(self.table, self.describe_empty)
        self.buttons = {}
        for name in ("new", "edit", "sign", "activate", "suspend", "end", "renew",
                     "not_renewed", "print", "batch_print", "renew_community", "delete"):
            button = QPushButton(objectName=f"agreement_{name}")
            button.clicked.connect(getattr(self, f"do_{name}"))
            self.buttons[name] = button
        # --- detail
        self.title = QLabel(objectName="agreementTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.summary = QLabel(objectName="agreementSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.commitments = QListWidget(objectName="commitmentList")
        self.free_commitment = QLineEdit(objectName="freeCommitment")
        self.save_commitments = QPushButton(objectName="saveCommitments")
        self.save_commitments.clicked.connect(self.do_save_commitments)
        self.plots_list = QListWidget(objectName="plotList")
        self.benefits = RecordTableModel(BENEFIT_FIELDS, self)
        self.signatories = RecordTableModel(SIGNATORY_FIELDS, self)
        self.visits = RecordTableModel(VISIT_FIELDS, self)
        self.consents = RecordTableModel(CONSENT_FIELDS, self)
        self.benefits_view = make_table(self.benefits)
        self.signatories_view = make_table(self.signatories)
        self.visits_view = make_table(self.visits)
        self.consents_view = make_table(self.consents)
        self.detail_buttons = {}
        for name in ("add_benefit", "remove_benefit", "deliver_benefit", "add_signatory",
                     "remove_signatory", "record_visit", "record_consent"):
            button = QPushButton(objectName=name)
            button.clicked.connect(getattr(self, f"do_{name}"))
            self.detail_buttons[name] = button
        self._build_layout()
        self.retranslate()
        self.load_communities()
        self.apply_filter()

    def _build_layout(self) -> None:
        filters = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.search, 3)
        first.addWidget(self.status, 1)
        first.addWidget(self.community, 2)
        second.addWidget(self.ending)
        second.addWidget(self.ending_days)
        second.addWidget(self.no_visit)
        second.addStretch()
        second.addWidget(self.count_label)
        filters.addLayout(first)
        filters.addLayout(second)
        # Three short rows of buttons rather than one long one: the list keeps its width.
        rows = [hbox(*(self.buttons[name] for name in names), None) for names in (
            ("new", "edit", "delete", "sign", "activate"),
            ("suspend", "end", "renew", "not_renewed"),
            ("print", "batch_print", "renew_community"))]
        for combo in (self.status, self.community):  # long names elide, never widen the list
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        left = QWidget()
        vbox(left, filters, self.table, *rows).setContentsMargins(0, 0, 0, 0)

        def tab(widget_list):
            page = QWidget()
            layout = QVBoxLayout(page)
            for item in widget_list:
                if isinstance(item, list):
                    row = QHBoxLayout()
                    for button in item:
                        row.addWidget(button)
                    row.addStretch()
                    layout.addLayout(row)
                else:
                    layout.addWidget(item)
            return page

        b = self.detail_buttons
        self.content_tab = tab([self.plots_list, self.commitments,
                                [self.free_commitment, self.save_commitments]])
        self.tabs.addTab(self.content_tab, "")
        self.tabs.addTab(tab([self.benefits_view, [b["add_benefit"], b["remove_benefit"],
                                                   b["deliver_benefit"]]]), "")
        self.tabs.addTab(tab([self.signatories_view, [b["add_signatory"],
                                                      b["remove_signatory"]]]), "")
        self.tabs.addTab(tab([self.visits_view, [b["record_visit"]]]), "")
        self.tabs.addTab(tab([self.consents_view, [b["record_consent"]]]), "")
        self.history = RecordHistory(self, "agreementHistory")
        self.tabs.addTab(self.history.view, "")
        right = QWidget()
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.title)
        detail.addWidget(self.summary)
        detail.addWidget(self.tabs)
        QVBoxLayout(self).addWidget(self.side_by_side(left, right))

    # --- the keyboard (see Page) --------------------------------------------------------
    def apply_pending_search(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.apply_filter()

    def open_record(self) -> bool:
        """Enter: edit the agreement while it is a draft; else go to its detail."""
        if self.buttons["edit"].isEnabled():
            self.do_edit()
        else:
            self.tabs.setFocus()
        return True

    def delete_record(self) -> bool:
        """Delete: only a draft can be deleted."""
        if self.buttons["delete"].isEnabled():
            self.do_delete()
            return True
        return False

    def new_record(self) -> bool:
        self.do_new()
        return True

    def describe_empty(self):
        """What the empty list says (see empty_hint)."""
        if self.model.filter != ag.AgreementFilter():
            return self.tr("No agreement matches these filters."), "", None
        return (self.tr("No agreements yet. An agreement records what a family commits to and "
                        "what the programme gives in return."),
                self.tr("New agreement…"), self.do_new)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by number, family, name or community…"))
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All statuses"), None)
        for code, text in choices("agreement_status"):
            self.status.addItem(text, code)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.status.blockSignals(False)
        if self.community.count():
            self.community.setItemText(0, self.tr("All communities"))
        self.ending.setText(self.tr("Ending within (days):"))
        self.no_visit.setText(self.tr("No visit in 12 months"))
        texts = {"new": self.tr("New agreement…"), "edit": self.tr("Edit…"),
                 "sign": self.tr("Sign…"), "activate": self.tr("Activate"),
                 "suspend": self.tr("Suspend"), "end": self.tr("End"),
                 "renew": self.tr("Renew"), "not_renewed": self.tr("Not renewed…"),
                 "print": self.tr("Print…"), "batch_print": self.tr("Print all in list…"),
                 "renew_community": self.tr("Renew a community…"),
                 "delete": self.tr("Delete draft")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        details = {"add_benefit": self.tr("Add benefit…"), "remove_benefit": self.tr("Remove"),
                   "deliver_benefit": self.tr("Record delivery…"),
                   "add_signatory": self.tr("Add signatory…"),
                   "remove_signatory": self.tr("Remove"),
                   "record_visit": self.tr("Record visit…"),
                   "record_consent": self.tr("Record consent…")}
        for name, text in details.items():
            self.detail_buttons[name].setText(text)
        self.free_commitment.setPlaceholderText(self.tr("Another commitment, in your words"))
        self.save_commitments.setText(self.tr("Save commitments"))
        for index, text in enumerate((self.tr("Content"), self.tr("Benefits"),
                                      self.tr("Signatories"), self.tr("Visits"),
                                      self.tr("Consent"), self.tr("History"))):
            self.tabs.setTabText(index, text)
        for model in (self.model, self.benefits, self.signatories, self.visits, self.consents):
            model.retranslate()
        for view in (self.table, self.benefits_view, self.signatories_view, self.visits_view,
                     self.consents_view):
            fit_columns(view)
        self.show_count()  # the count read last, in the new language: no new query
        self.show_selected()

    # --- list --------------------------------------------------------------------------
    def load_communities(self) -> None:
        fill_combo(self.community, [(None, self.tr("All communities")),
                                    *community_options(self.database)])

    def current_filter(self) -> ag.AgreementFilter:
        return ag.AgreementFilter(
            status=self.status.currentData(), community_id=self.community.currentData(),
            ending_within_days=self.ending_days.value() if self.ending.isChecked() else None,
            no_visit_12_months=self.no_visit.isChecked(), query=self.search.text())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.update_count()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.show_selected()

    def update_count(self) -> Operation:
        return self.count_in_background(partial(ag.count_agreements, flt=self.model.filter))

    def count_text(self, total: int | None) -> str:
        return (self.tr("Counting…") if total is None else self.tr("1 agreement") if total == 1
                else self.tr("{n} agreements").format(n=fmt_number(total)))

    def find_hidden(self, record_id: str) -> int:
        """A new agreement outside the filter: clear the filter."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.status.setCurrentIndex(0)
        return self.model.row_of(record_id)

    # --- detail ------------------------------------------------------------------------
    def show_selected(self) -> None:
        agreement_id = self.selected_id()
        has = agreement_id is not None
        for button in [*self.buttons.values(), *self.detail_buttons.values(),
                       self.save_commitments]:
            button.setEnabled(has)
        self.buttons["new"].setEnabled(True)
        self.buttons["renew_community"].setEnabled(True)
        self.buttons["batch_print"].setEnabled(self.model.rowCount() > 0)
        if not has:
            self.title.setText(self.tr("No agreement selected"))
            self.summary.clear()
            self.plots_list.clear()
            self.commitments.clear()
            for model in (self.benefits, self.signatories, self.visits, self.consents):
                model.set_records([])
            self.history.clear()
            return
        with self.database.session() as session:
            try:
                agreement = ag.get_agreement(session, agreement_id)
            except NotFound:
                return
            family = agreement.family
            status = agreement.status
            draft = status == "draft"
            self.title.setText(f"{agreement.number} — {label('agreement_status', status)}")
            lines = [self.tr("Family {code}: {head}, {community}").format(
                code=family.code, head=family.head.full_name if family.head else "",
                community=family.community.name),
                self.tr("From {start} to {end}; forest committed: {area} ha").format(
                    start=fmt_date(agreement.start_date), end=fmt_date(agreement.end_date),
                    area=fmt_hectares(agreement.forest_area_ha))]
            if agreement.signed_on:
                lines.append(self.tr("Signed on {date}").format(date=fmt_date(agreement.signed_on)))
            if agreement.benefits_suspended:
                lines.append(self.tr("Benefits suspended after a compliance visit."))
            if agreement.previous is not None:
                lines.append(self.tr("Renews {number}").format(number=agreement.previous.number))
            if agreement.not_renewed_reason:
                lines.append(self.tr("Not renewed: {reason}").format(
                    reason=label("not_renewed", agreement.not_renewed_reason)))
            owed = sum((line.owed_value_pen for line in ag.benefit_lines(agreement)), 0)
            lines.append(self.tr("Benefits still owed: {value}").format(value=fmt_soles(owed)))
            self.summary.setText("\n".join(lines))
            self.plots_list.clear()
            for plot in agreement.plots:
                self.plots_list.addItem(self.tr("Plot: {name}, {area} ha, {use}").format(
                    name=plot.name, area=fmt_hectares(plot.area_ha),
                    use=label("land_use", plot.land_use)))
            self._show_commitments(ag.living(agreement.commitments), draft)
            self.benefits.set_records(BenefitView.wrap(ag.benefit_lines(agreement)))
            self.signatories.set_records(
                people.visible_records(session, ag.living(agreement.signatories)))
            self.visits.set_records(sorted(ag.living(agreement.visits),
                                           key=lambda v: v.visited_on))
            self.consents.set_records(consents := ag.consent_records(session, agreement.id))
            self.history.show(session, self.tabs, agreement.id, *(r.id for r in (
                *agreement.benefits, *agreement.signatories, *agreement.visits,
                *agreement.commitments, *consents)))
        for name in ("edit", "sign", "delete"):
            self.buttons[name].setEnabled(draft)
        self.buttons["activate"].setEnabled(status in ("signed", "suspended"))
        self.buttons["suspend"].setEnabled(status == "active")
        self.buttons["end"].setEnabled(status in ("signed", "active", "suspended"))
        self.buttons["renew"].setEnabled(not draft)
        for name in ("add_benefit", "remove_benefit", "add_signatory", "remove_signatory"):
            self.detail_buttons[name].setEnabled(draft)
        self.save_commitments.setEnabled(draft)
        self.free_commitment.setEnabled(draft)
        self.detail_buttons["deliver_benefit"].setEnabled(status in ("signed", "active"))
        self.detail_buttons["record_visit"].setEnabled(status in ("signed", "active",
                                                                  "suspended"))

    def _show_commitments(self, current, draft: bool) -> None:
        self.commitments.clear()
        chosen = {c.kind for c in current if c.kind}
        for code, text in choices("commitment"):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            if draft:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if code in chosen
                                   else Qt.CheckState.Unchecked)
            elif code not in chosen:
                continue
            self.commitments.addItem(item)
        for c in current:
            if not c.kind:
                item = QListWidgetItem(c.text)
                item.setData(Qt.ItemDataRole.UserRole, None)
                if draft:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                self.commitments.addItem(item)


__all__ = ["AgreementListModel", "AgreementsPage"]

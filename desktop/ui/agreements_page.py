"""The Agreements area: a filtered list, the selected agreement's content, and its life cycle.

Thin: every action is one call to desktop.services.agreements; what it says
goes back into the same widgets.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPushButton, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget,
)

from desktop.i18n import language
from desktop.i18n.formatting import fmt_date, fmt_hectares, fmt_number, fmt_soles
from desktop.i18n.labels import choices, label
from desktop.services import agreements as ag
from desktop.services import registry
from desktop.services.agreement_fields import (
    AGREEMENT_FIELDS, BENEFIT_DELIVERY_FIELDS, BENEFIT_FIELDS, CONSENT_FIELDS, SIGNATORY_FIELDS,
    VISIT_FIELDS,
)
from desktop.services.errors import FieldError, NotFound, ValidationError
from desktop.services.fields import DATE, INT, TEXT, Field
from desktop.ui.tables import fit_columns, make_table
from desktop.ui.page import Page
from desktop.ui.form_dialog import FormDialog, Section
from desktop.ui.lazy_table_model import LazyTableModel
from desktop.ui.record_table_model import RecordTableModel

FAMILY_CODE = Field("family_code", QT_TRANSLATE_NOOP("Fields", "Family code"), TEXT,
                    required=True, max_length=20)
SIGNED_ON = Field("signed_on", QT_TRANSLATE_NOOP("Fields", "Signing date"), DATE, required=True)
DAYS = Field("days", QT_TRANSLATE_NOOP("Fields", "Ending within (days)"), INT, required=True)
REASON = Field("reason", QT_TRANSLATE_NOOP("Fields", "Reason"), "choice", required=True,
               choices="not_renewed")
NOTE = Field("note", QT_TRANSLATE_NOOP("Fields", "Notes"))
COMMUNITY = Field("community_id", QT_TRANSLATE_NOOP("Fields", "Community"), "ref", required=True)
MEMBER = Field("person_id", QT_TRANSLATE_NOOP("Fields", "Family member"), "ref")


class AgreementListModel(LazyTableModel):
    default_sort = "number"

    def __init__(self, database, parent=None):
        self.filter = ag.AgreementFilter()
        super().__init__(database, AGREEMENT_FIELDS, parent)

    def fetch(self, session, offset, limit):
        return ag.list_agreements(session, self.filter, self.sort_key, self.descending,
                                  offset, limit)

    def count(self, session):
        return ag.count_agreements(session, self.filter)

    def set_filter(self, flt: ag.AgreementFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()


class AgreementsPage(Page):
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
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.buttons = {}
        for name in ("new", "edit", "sign", "activate", "suspend", "end", "renew",
                     "not_renewed", "print", "batch_print", "renew_community", "delete"):
            button = QPushButton(objectName=f"agreement_{name}")
            button.clicked.connect(getattr(self, f"do_{name}"))
            self.buttons[name] = button
        # --- detail
        self.title = QLabel(objectName="agreementTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
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
        actions = QHBoxLayout()
        for name in ("new", "edit", "sign", "activate", "suspend", "end", "renew",
                     "not_renewed", "delete"):
            actions.addWidget(self.buttons[name])
        actions.addStretch()
        group_actions = QHBoxLayout()
        for name in ("print", "batch_print", "renew_community"):
            group_actions.addWidget(self.buttons[name])
        group_actions.addStretch()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.table)
        column.addLayout(actions)
        column.addLayout(group_actions)

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
        right = QWidget()
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.title)
        detail.addWidget(self.summary)
        detail.addWidget(self.tabs)
        QVBoxLayout(self).addWidget(self.side_by_side(left, right))

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
                                      self.tr("Consent"))):
            self.tabs.setTabText(index, text)
        for model in (self.model, self.benefits, self.signatories, self.visits, self.consents):
            model.retranslate()
        for view in (self.table, self.benefits_view, self.signatories_view, self.visits_view,
                     self.consents_view):
            fit_columns(view)
        self.update_count()
        self.show_selected()

    # --- list --------------------------------------------------------------------------
    def load_communities(self) -> None:
        self.community.blockSignals(True)
        self.community.clear()
        self.community.addItem(self.tr("All communities"), None)
        with self.database.session() as session:
            for community in registry.list_communities(session):
                self.community.addItem(community.name, community.id)
        self.community.blockSignals(False)

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

    def update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("1 agreement") if total == 1 else
                                 self.tr("{n} agreements").format(n=fmt_number(total)))

    def refresh(self, select_id: str | None = None, message: str = "") -> None:
        keep = select_id or self.selected_id()
        self.model.reload()
        self.update_count()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and keep:  # a new agreement outside the filter: clear the filter
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.status.setCurrentIndex(0)
            row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)
        self.show_selected()
        if message:
            self.changed.emit(message)

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
            self.benefits.set_records(_BenefitView.wrap(ag.benefit_lines(agreement)))
            self.signatories.set_records(ag.living(agreement.signatories))
            self.visits.set_records(sorted(ag.living(agreement.visits),
                                           key=lambda v: v.visited_on))
            self.consents.set_records(ag.consent_records(session, agreement.id))
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

    # --- helpers -----------------------------------------------------------------------
    def _call(self, action, message: str = "") -> bool:
        """Run a service call on the selected agreement; show a refusal as a message."""
        agreement_id = self.selected_id()
        if agreement_id is None:
            return False
        try:
            with self.database.session() as session:
                action(session, agreement_id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Agreement"), error.text())
            return False
        self.refresh(agreement_id, message)
        return True

    def _form(self, title, fields, save, values=None, references=None) -> object | None:
        dialog = FormDialog(self, title, [Section("", "", fields)], {"": values or {}},
                            save, references)
        return dialog.result_object if dialog.exec() else None

    def _number(self) -> str:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].number if index.isValid() else ""

    # --- life cycle --------------------------------------------------------------------
    def do_new(self, family_code: str | None = None) -> None:
        today = date.today()
        values = {"family_code": family_code or "",
                  "start_date": today, "end_date": date(today.year + 1, today.month, 1)}
        fields = [FAMILY_CODE, *AGREEMENT_FIELDS]

        def save(raw, _):
            with self.database.session() as session:
                try:
                    family = registry.family_by_code(session, (raw[""]["family_code"] or
                                                               "").strip())
                except NotFound:
                    raise ValidationError(FieldError("family_code", self.tr(
                        "There is no family with that code."))) from None
                rest = {k: v for k, v in raw[""].items() if k != "family_code"}
                return ag.create_agreement(session, family.id, rest)

        created = self._form(self.tr("New agreement"), fields, save, values)
        if created is not None:
            self.refresh(created.id, self.tr("Agreement {number} created as a draft.").format(
                number=created.number))

    def do_edit(self) -> None:
        agreement_id = self.selected_id()
        with self.database.session() as session:
            agreement = ag.get_agreement(session, agreement_id)
            values = {f.name: getattr(agreement, f.name) for f in AGREEMENT_FIELDS
                      if f.in_form}

        def save(raw, _):
            with self.database.session() as session:
                return ag.update_agreement(session, agreement_id, raw[""])

        if self._form(self.tr("Edit agreement"), AGREEMENT_FIELDS, save, values):
            self.refresh(agreement_id, self.tr("Saved."))

    def do_save_commitments(self) -> None:
        kinds, free = [], []
        for row in range(self.commitments.count()):
            item = self.commitments.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            code = item.data(Qt.ItemDataRole.UserRole)
            (kinds if code else free).append(code or item.text())
        if self.free_commitment.text().strip():
            free.append(self.free_commitment.text())
        if self._call(lambda s, i: ag.set_commitments(s, i, kinds, free),
                      self.tr("Commitments saved.")):
            self.free_commitment.clear()

    def do_sign(self) -> None:
        agreement_id = self.selected_id()

        def save(raw, _):
            with self.database.session() as session:
                return ag.sign(session, agreement_id, raw[""]["signed_on"])

        if self._form(self.tr("Sign agreement {number}").format(number=self._number()),
                      [SIGNED_ON], save, {"signed_on": date.today()}):
            self.refresh(agreement_id, self.tr("Agreement signed."))

    def do_activate(self) -> None:
        self._call(ag.activate, self.tr("Agreement active."))

    def do_suspend(self) -> None:
        if self._confirm(self.tr("Suspend agreement {number}?")):
            self._call(ag.suspend, self.tr("Agreement suspended."))

    def do_end(self) -> None:
        if self._confirm(self.tr("End agreement {number}? This cannot be undone.")):
            self._call(ag.end, self.tr("Agreement ended."))

    def do_delete(self) -> None:
        if self._confirm(self.tr("Delete draft {number}?")):
            self._call(ag.delete_draft, self.tr("Draft deleted."))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Agreement"),
                                      question.format(number=self._number()))
        return answer == QMessageBox.StandardButton.Yes

    def do_renew(self) -> None:
        agreement_id = self.selected_id()
        try:
            with self.database.session() as session:
                renewal = ag.renew(session, agreement_id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Agreement"), error.text())
            return
        self.refresh(renewal.id, self.tr("Renewal {number} created as a draft.").format(
            number=renewal.number))

    def do_not_renewed(self) -> None:

        def save(raw, _):
            with self.database.session() as session:
                return ag.mark_not_renewed(session, self.selected_id(), raw[""]["reason"],
                                           raw[""]["note"] or "")

        if self._form(self.tr("Not renewed"), [REASON, NOTE], save):
            self.refresh(message=self.tr("Saved."))

    def do_renew_community(self) -> None:
        with self.database.session() as session:
            options = [(c.id, c.name) for c in registry.list_communities(session)]

        def save(raw, _):
            with self.database.session() as session:
                return ag.renew_community(session, raw[""]["community_id"], raw[""]["days"])

        renewals = self._form(self.tr("Renew the agreements of a community"),
                              [COMMUNITY, DAYS], save, {"days": 60},
                              {"community_id": options})
        if renewals is not None:
            self.refresh(message=self.tr("{n} renewals created as drafts.").format(
                n=len(renewals)))

    # --- printing ----------------------------------------------------------------------
    def do_print(self) -> None:
        agreement_id = self.selected_id()
        number = self._number()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print agreement"),
                                              str(Path.home() / f"{number}.pdf"), "PDF (*.pdf)")
        if path:
            self.print_to(agreement_id, Path(path))

    def print_to(self, agreement_id: str, path: Path, lang: str | None = None) -> Path | None:
        from desktop.reports.printing import print_agreement

        number = next((r.number for r in self.model.rows if r.id == agreement_id), None)
        if number is None:
            with self.database.session() as session:
                number = ag.get_agreement(session, agreement_id).number
        try:
            print_agreement(self.database, number, path, lang or language())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Print"), self.tr(
                "Cannot write {path}: {reason}").format(path=path,
                                                        reason=error.strerror or error))
            return None
        self.changed.emit(self.tr("Saved {path}.").format(path=path))
        return path

    def do_batch_print(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the agreements"),
                                                  str(Path.home()))
        if folder:
            self.batch_print_to(Path(folder))

    def batch_print_to(self, out: Path, one_file_per_agreement: bool = True,
                       lang: str | None = None) -> list[Path]:
        """Every agreement of the list's current filter, off the GUI thread, with Cancel."""
        from desktop.reports import printing
        from desktop.services.common import Cancelled
        from desktop.ui.tasks import run_with_progress

        flt = self.current_filter()
        try:
            paths = run_with_progress(
                self, self.tr("Printing agreements…"),
                lambda progress: printing.print_agreements(
                    self.database, flt, out, lang or language(), one_file_per_agreement,
                    progress))
        except Cancelled:
            self.changed.emit(self.tr("Printing cancelled."))
            return []
        except ValidationError as error:
            QMessageBox.information(self, self.tr("Print"), error.text())
            return []
        except OSError as error:
            QMessageBox.warning(self, self.tr("Print"), self.tr(
                "Cannot write {path}: {reason}").format(path=out,
                                                        reason=error.strerror or error))
            return []
        self.changed.emit(self.tr("{n} agreements printed to {folder}.").format(
            n=len(paths), folder=out))
        return paths

    # --- benefits, signatories, visits, consent ------------------------------------------
    def _selected_record(self, view, model):
        index = view.currentIndex()
        return model.record(index.row()) if index.isValid() else None

    def do_add_benefit(self) -> None:
        agreement_id = self.selected_id()

        def save(raw, _):
            with self.database.session() as session:
                return ag.add_benefit(session, agreement_id, raw[""])

        if self._form(self.tr("New benefit"), BENEFIT_FIELDS, save, {"quantity": "1"}):
            self.refresh(message=self.tr("Saved."))

    def do_remove_benefit(self) -> None:
        line = self._selected_record(self.benefits_view, self.benefits)
        if line is not None:
            self._call(lambda s, _: ag.remove_benefit(s, line.benefit_id), self.tr("Removed."))

    def do_deliver_benefit(self) -> None:
        line = self._selected_record(self.benefits_view, self.benefits)
        if line is None:
            QMessageBox.information(self, self.tr("Record delivery"),
                                    self.tr("Choose a benefit in the list first."))
            return
        with self.database.session() as session:
            family = ag.get_agreement(session, self.selected_id()).family
            members = [(m.id, m.full_name) for m in family.living_members]

        def save(raw, _):
            with self.database.session() as session:
                return ag.record_benefit_delivery(session, line.benefit_id, raw[""])

        values = {"delivered_on": date.today(), "quantity": str(line.owed or line.quantity),
                  "received_by_id": members[0][0] if members else None}
        if self._form(self.tr("Record delivery"), BENEFIT_DELIVERY_FIELDS, save, values,
                      {"received_by_id": members}):
            self.refresh(message=self.tr("Delivery recorded."))

    def do_add_signatory(self) -> None:
        agreement_id = self.selected_id()
        with self.database.session() as session:
            family = ag.get_agreement(session, agreement_id).family
            members = [(m.id, m.full_name) for m in family.living_members]

        def save(raw, _):
            values = dict(raw[""])
            person_id = values.pop("person_id", None)
            if person_id:
                values = {k: v for k, v in values.items() if v not in ("", None)}
                values.setdefault("role", "member")
            with self.database.session() as session:
                return ag.add_signatory(session, agreement_id, values, person_id)

        if self._form(self.tr("New signatory"), [MEMBER, *SIGNATORY_FIELDS], save, {},
                      {"person_id": members}):
            self.refresh(message=self.tr("Saved."))

    def do_remove_signatory(self) -> None:
        signatory = self._selected_record(self.signatories_view, self.signatories)
        if signatory is not None:
            self._call(lambda s, _: ag.remove_signatory(s, signatory.id), self.tr("Removed."))

    def do_record_visit(self) -> None:
        agreement_id = self.selected_id()

        def save(raw, _):
            with self.database.session() as session:
                return ag.record_visit(session, agreement_id, raw[""])

        if self._form(self.tr("Compliance visit"), VISIT_FIELDS, save,
                      {"visited_on": date.today(), "result": "compliant"}):
            self.refresh(agreement_id, self.tr("Visit recorded."))

    def do_record_consent(self) -> None:
        agreement_id = self.selected_id()

        def save(raw, _):
            with self.database.session() as session:
                return ag.record_consent(session, agreement_id, raw[""])

        if self._form(self.tr("Consent"), CONSENT_FIELDS, save,
                      {"informed_on": date.today(), "language": label("yes_no", True) and
                       ("Español" if language() == "es" else "Spanish")}):
            self.refresh(agreement_id, self.tr("Consent recorded."))


class _BenefitView:
    """A benefit line with the attribute names BENEFIT_FIELDS expects."""

    def __init__(self, line: ag.BenefitLine):
        self.line = line
        self.benefit_id = line.benefit_id
        self.kind, self.description, self.unit = line.kind, line.description, line.unit
        self.quantity, self.delivered, self.owed = line.quantity, line.delivered, line.owed
        self.estimated_value_pen = line.estimated_value_pen

    @classmethod
    def wrap(cls, lines):
        return [cls(line) for line in lines]

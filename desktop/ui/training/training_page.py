"""The Training area: sessions, attendance taken from a paper sheet, sign-in sheets and figures.

Thin: shows what desktop.services.training returns and sends what was typed to it.
Attendance is meant to be fast from a filled paper sheet: type part of a name or
DNI and press Enter; tick members of a community or family; type the name of
someone not registered and press Enter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import language
from desktop.i18n.formatting import fmt_date, fmt_number
from desktop.i18n.labels import choices, label
from desktop.services import training
from desktop.services.errors import NotFound
from desktop.services.training.fields import ATTENDANCE_FIELDS, TRAINING_SESSION_FIELDS
from desktop.ui.training.attendance import Attendance
from desktop.ui.training.figures_tab import FiguresTab
from desktop.ui.training.pick_members_dialog import PickMembersDialog
from desktop.ui.training.session_list_model import PERIODS, SessionListModel, period_range
from desktop.services.lookup import PERSON
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.lookup import Lookup
from desktop.ui.widgets.lookups import community_options, fill_combo
from desktop.ui.widgets.operations import COMMUNITIES, FAMILIES, TRAINING
from desktop.ui.widgets.page import ListPage
from desktop.ui.widgets.record_table_model import RecordTableModel
from desktop.ui.widgets.style import (
    TITLE_STYLE,
    WARNING_STYLE,
)
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.tables import named_table

SEARCH_DELAY_MS = 150


class TrainingPage(Attendance, FiguresTab, ListPage):
    role_widgets = {name: "training.edit" for name in (
        "add_button", "edit_button", "delete_button", "member_box", "guest_box",
        "remove_button")}

    shows = frozenset({TRAINING, FAMILIES, COMMUNITIES})

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self._figures_dirty = True

        # filters, shared by the list and the figures
        self.search = QLineEdit(objectName="sessionSearch")
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox(objectName="kindFilter")
        self.community = QComboBox(objectName="communityFilter")
        self.period = QComboBox(objectName="periodFilter")
        self.count_label = QLabel(objectName="sessionCount")
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for combo in (self.kind, self.community, self.period):
            combo.currentIndexChanged.connect(lambda _: self.apply_filter())

        # the sessions list
        self.model = SessionListModel(database, self)
        self.table = named_table(self.model, "sessionTable")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _: self.edit_session())
        self.empty = empty_hint(self.table, self.describe_empty)
        self.add_button = QPushButton(objectName="addSession")
        self.edit_button = QPushButton(objectName="editSession")
        self.delete_button = QPushButton(objectName="deleteSession")
        self.print_button = QPushButton(objectName="printSheet")
        self.sheet_language = QComboBox(objectName="sheetLanguage")
        self.sheet_language.addItem("Español", "es")
        self.sheet_language.addItem("English", "en")
        self.sheet_language.setCurrentIndex(max(self.sheet_language.findData(language()), 0))
        self.add_button.clicked.connect(self.add_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button.clicked.connect(self.delete_session)
        self.print_button.clicked.connect(lambda: self.print_sheet())

        # the selected session and its attendance
        self.title = QLabel(objectName="sessionTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        self.details = QLabel(objectName="sessionDetails")
        self.details.setWordWrap(True)
        self.planned_note = QLabel(objectName="plannedNote")
        self.planned_note.setWordWrap(True)
        self.planned_note.setStyleSheet(WARNING_STYLE)
        self.member_box = QGroupBox()
        self.present_ids: set[str] = set()  # who is on the selected session's list
        self.member_search = Lookup(self.database, PERSON)
        self.member_search.setObjectName("memberSearch")
        self.member_search.model.note = self.attending_note
        self.member_search.installEventFilter(self)
        self.member_search.chosen.connect(self.member_chosen)
        self.pick_button = QPushButton(objectName="pickMembers")
        self.pick_button.clicked.connect(lambda: self.pick_members())
        self.guest_box = QGroupBox()
        self.guest_name = QLineEdit(objectName="guestName")
        self.guest_name.setMaxLength(200)
        self.guest_sex = QComboBox(objectName="guestSex")
        self.guest_age = QComboBox(objectName="guestAge")
        self.guest_button = QPushButton(objectName="addGuest")
        self.guest_name.returnPressed.connect(self.add_guest)
        self.guest_button.clicked.connect(self.add_guest)
        self.message = QLabel(objectName="attendanceMessage")
        self.message.setWordWrap(True)
        self.attendance = RecordTableModel(ATTENDANCE_FIELDS, self)
        self.attendance_view = named_table(self.attendance, "attendanceTable")
        self.attendance_count = QLabel(objectName="attendanceCount")
        self.remove_button = QPushButton(objectName="removeAttendance")
        self.remove_button.clicked.connect(self.remove_selected)
        self.attendance_label = QLabel()

        self._build_figures()

        self._build_layout()
        self.retranslate()
        self.load_communities()
        self.show_first()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind, 2)
        filters.addWidget(self.community, 2)
        filters.addWidget(self.period, 2)
        filters.addWidget(self.count_label, 1)

        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch()
        printing = QHBoxLayout()
        printing.addWidget(self.print_button)
        printing.addWidget(self.sheet_language)
        printing.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        left_layout.addLayout(printing)

        member_layout = QVBoxLayout(self.member_box)
        row = QHBoxLayout()
        row.addWidget(self.member_search, 1)
        row.addWidget(self.pick_button)
        member_layout.addLayout(row)
        guest_layout = QHBoxLayout(self.guest_box)
        guest_layout.addWidget(self.guest_name, 3)
        guest_layout.addWidget(self.guest_sex, 1)
        guest_layout.addWidget(self.guest_age, 1)
        guest_layout.addWidget(self.guest_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.planned_note)
        right_layout.addWidget(self.member_box)
        right_layout.addWidget(self.guest_box)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.attendance_label)
        right_layout.addWidget(self.attendance_view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.attendance_count, 1)
        bottom.addWidget(self.remove_button)
        right_layout.addLayout(bottom)
        sessions_tab = QWidget()
        QVBoxLayout(sessions_tab).addWidget(self.side_by_side(left, right, (3, 2)))

        figures_tab = self._figures_tab()
        self.tabs = QTabWidget(objectName="trainingTabs")
        self.tabs.addTab(sessions_tab, "")
        self.tabs.addTab(figures_tab, "")
        self.tabs.currentChanged.connect(lambda _: self._figures_dirty and self.refresh_figures())
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by topic, place, facilitator or community…"))
        fill_combo(self.kind, [(None, self.tr("All kinds of training"))]
                   + choices("training_kind"))
        if self.community.count():
            self.community.setItemText(0, self.tr("All communities"))
        fill_combo(self.period, list(zip(PERIODS, (
            self.tr("All dates"), self.tr("This month"), self.tr("Last 3 months"),
            self.tr("This year"), self.tr("Last year"), self.tr("Last 12 months")))))
        self.add_button.setText(self.tr("New session…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.print_button.setText(self.tr("Print sign-in sheet…"))
        self.sheet_language.setToolTip(self.tr("Language of the sign-in sheet"))
        self.member_box.setTitle(self.tr("Registered members"))
        self.member_search.setPlaceholderText(
            self.tr("Type part of a name or DNI, then press Enter…"))
        self.pick_button.setText(self.tr("Pick from community or family…"))
        self.guest_box.setTitle(self.tr("Not registered (pupils, visitors)"))
        self.guest_name.setPlaceholderText(self.tr("Full name, then Enter"))
        fill_combo(self.guest_sex, [(None, self.tr("Sex"))] + choices("sex"))
        fill_combo(self.guest_age, [(None, self.tr("Age"))] + choices("age_band"))
        self.guest_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove from the list"))
        self.attendance_label.setText(self.tr("Attendance"))
        self.tabs.setTabText(0, self.tr("Sessions and attendance"))
        self.tabs.setTabText(1, self.tr("Figures"))
        self._retranslate_figures()
        self.model.retranslate()
        self.attendance.retranslate()
        self.update_count()
        self.show_selected()
        self._figures_dirty = True
        if self.tabs.currentIndex() == 1:
            self.refresh_figures()

    # --- filters and the list ------------------------------------------------------------
    def load_communities(self) -> None:
        fill_combo(self.community, [(None, self.tr("All communities")),
                                    *community_options(self.database)])

    def filters(self) -> dict:
        date_from, date_to = period_range(self.period.currentData() or "all")
        return {"query": self.search.text(), "kind": self.kind.currentData(),
                "community_id": self.community.currentData(), "date_from": date_from,
                "date_to": date_to}

    def describe_empty(self):
        """What the empty list says (see empty_hint)."""
        if any(self.filters().values()):
            return self.tr("No training session matches these filters."), "", None
        return (self.tr("No training sessions yet. A session records a training: its topic, "
                        "date and place, and who attended."),
                self.tr("New session…"), self.add_session)

    def apply_filter(self) -> None:
        keep = self.selected_id()
        self.model.set_filter(**self.filters())
        self.update_count()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self.show_selected()
        self._figures_dirty = True
        if self.tabs.currentIndex() == 1:
            self.refresh_figures()

    def update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("1 session") if total == 1 else
                                 self.tr("{n} sessions").format(n=fmt_number(total)))

    def after_refresh(self) -> None:
        self._figures_dirty = True

    def show_selected(self) -> None:
        session_id = self.selected_id()
        for button in (self.edit_button, self.delete_button, self.print_button):
            button.setEnabled(session_id is not None)
        held = False
        training_session = None
        if session_id is not None:
            with self.database.session() as session:
                try:
                    training_session = training.get_session(session, session_id)
                    community = training_session.community.name if training_session.community \
                        else ""
                    rows = training.list_attendance(session, session_id)
                except NotFound:
                    training_session = None
        if training_session is None:
            self.title.setText(self.tr("No session selected"))
            self.details.clear()
            self.planned_note.hide()
            self.attendance.set_records([])
            self.attendance_count.clear()
        else:
            t = training_session
            where = ", ".join(p for p in (t.place, community) if p)
            hours = self.tr("{hours} h").format(hours=fmt_number(t.hours, places=1)) \
                if t.hours else ""
            parts = [label("training_kind", t.kind), fmt_date(t.held_on, fmt="full"), where,
                     t.facilitator, hours]
            self.title.setText(t.topic)
            self.details.setText(" · ".join(p for p in parts if p)
                                 + "  " + self.tr("(id {id})").format(
                                     id=training.short_id(t.id)))
            held = t.held_on <= date.today()
            self.planned_note.setText(self.tr(
                "This session is planned for {date}. Print its sign-in sheet now and record "
                "the attendance once it has been held.").format(date=fmt_date(t.held_on)))
            self.planned_note.setVisible(not held)
            self.attendance.set_records(rows)
            women = sum(1 for r in rows if r.sex == "F")
            self.attendance_count.setText(self.tr(
                "{n} participants · women: {women} · men: {men}").format(
                n=len(rows), women=women, men=len(rows) - women))
        for widget in (self.member_box, self.guest_box):
            widget.setEnabled(held)
        self.remove_button.setEnabled(training_session is not None and bool(
            self.attendance.rowCount()))
        self.present_ids = {r.person_id for r in self.attendance.records if r.person_id} \
            if training_session is not None else set()
        self.member_search.model.set_matches(self.member_search.model.matches)  # notes anew

    # --- sessions ------------------------------------------------------------------------
    def session_dialog(self, existing=None) -> FormDialog:
        if existing is None:
            values = {"held_on": date.today(), "kind": self.kind.currentData() or "coffee",
                      "community_id": self.community.currentData()}
        else:
            values = {f.name: getattr(existing, f.name) for f in TRAINING_SESSION_FIELDS
                      if f.in_form}
            if not values.get("hours"):
                values["hours"] = None

        def save(raw, allow_duplicate):
            with self.database.session() as session:
                return training.save_session(session, raw[""],
                                             None if existing is None else existing.id)

        title = self.tr("New training session") if existing is None else \
            self.tr("Edit training session")
        return FormDialog(self, title, [Section("", "", TRAINING_SESSION_FIELDS)],
                          {"": values}, save, {"community_id": community_options(self.database)})

    def add_session(self) -> None:
        dialog = self.session_dialog()
        if dialog.exec():
            saved = dialog.result_object
            self.refresh(saved.id, self.tr("Session “{topic}” saved.").format(topic=saved.topic))
            if self.model.row_of(saved.id) < 0:  # hidden by the filters: show it
                self.search.blockSignals(True)
                self.search.clear()
                self.search.blockSignals(False)
                for combo in (self.kind, self.community, self.period):
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                self.model.set_filter(**self.filters())
                self.refresh(saved.id)
            self.member_search.setFocus()

    def edit_session(self) -> None:
        existing = self.load_selected(training.get_session)
        if existing is not None:
            self.save_form(self.session_dialog(existing), lambda saved: self.tr(
                "Session “{topic}” saved.").format(topic=saved.topic))

    def delete_session(self) -> None:
        self.delete_selected(
            training.get_session, training.delete_session, training.restore_session,
            lambda session: {"topic": session.topic},
            (self.tr("Delete session"), self.tr("Delete the session “{topic}” with its "
                                                "attendance? You can undo this with "
                                                "Edit > Undo delete."),
             self.tr("Session “{topic}” deleted."), self.tr("Session “{topic}” restored.")))



__all__ = ["TrainingPage", "SessionListModel", "PickMembersDialog", "period_range"]

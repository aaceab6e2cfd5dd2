"""The Training area: sessions, attendance taken from a paper sheet, sign-in sheets and figures.

Thin: shows what desktop.services.training returns and sends what was typed to it.
Attendance is meant to be fast from a filled paper sheet: type part of a name or
DNI and press Enter; tick members of a community or family; type the name of
someone not registered and press Enter.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QSpinBox, QTableView, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop.i18n import language
from desktop.i18n.formatting import fmt_date, fmt_number
from desktop.i18n.labels import choices, label
from desktop.services import registry, training
from desktop.services.errors import NotFound, ValidationError
from desktop.services.training import ATTENDANCE_FIELDS, TRAINING_SESSION_FIELDS
from desktop.textnorm import fold
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.lazy_table_model import ID_ROLE, LazyTableModel
from desktop.ui.widgets.tables import make_table
from desktop.ui.widgets.record_table_model import RecordTableModel
from desktop.ui.widgets.style import ERROR_COLOUR, ERROR_STYLE, GREYED_COLOUR, OK_STYLE, TITLE_STYLE, WARNING_STYLE, brush

SEARCH_DELAY_MS = 150
MATCH_DELAY_MS = 100
MATCHES = 8
PERIODS = ("all", "this_month", "last_3_months", "this_year", "last_year", "last_12_months")


def period_range(key: str, today: date | None = None) -> tuple[date | None, date | None]:
    """The first and last day of a period filter, relative to today."""
    today = today or date.today()
    if key == "this_month":
        return today.replace(day=1), None
    if key == "last_3_months":
        month = today.month - 2
        year = today.year + (month - 1) // 12
        return date(year, (month - 1) % 12 + 1, 1), None
    if key == "this_year":
        return date(today.year, 1, 1), None
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "last_12_months":
        return today - timedelta(days=365), None
    return None, None


def _table(model, name: str) -> QTableView:
    view = make_table(model)
    view.setObjectName(name)
    view.setWordWrap(False)
    return view


def _percent(value) -> str:
    return "—" if value is None else f"{fmt_number(value, places=1)} %"


# --- models --------------------------------------------------------------------------------

class SessionListModel(LazyTableModel):
    """Sessions sorted and filtered in SQL, fetched a page at a time."""

    default_sort, default_descending = "held_on", True  # newest first

    def __init__(self, database, parent=None):
        self.filters: dict = {}
        super().__init__(database, TRAINING_SESSION_FIELDS, parent)

    def fetch(self, session, offset, limit):
        return training.search_sessions(session, sort=self.sort_key, descending=self.descending,
                                        offset=offset, limit=limit, **self.filters)

    def count(self, session):
        return training.count_sessions(session, **self.filters)

    def display(self, row, field, role):
        if field.name == "community_id":
            return row.community if role in (Qt.ItemDataRole.DisplayRole,
                                              Qt.ItemDataRole.ToolTipRole) else None
        return super().display(row, field, role)

    def set_filter(self, **filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload()


class TextTableModel(QAbstractTableModel):
    """A small read-only table of texts (the figures), numbers right-aligned."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.numeric: set[int] = set()
        self.marked: set[int] = set()

    def set_content(self, headers: list[str], rows: list[list[str]], numeric=(),
                    marked=()) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.numeric, self.marked = set(numeric), set(marked)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.marked:
            return brush(ERROR_COLOUR)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None


# --- picking members with check boxes --------------------------------------------------------

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


# --- the page ----------------------------------------------------------------------------------

class TrainingPage(Page):
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
        self.table = _table(self.model, "sessionTable")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _: self.edit_session())
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
        self.member_search = QLineEdit(objectName="memberSearch")
        self.member_search.setClearButtonEnabled(True)
        self.member_search.installEventFilter(self)
        self.matches = QListWidget(objectName="memberMatches")
        self.matches.setMaximumHeight(118)
        self.matches.itemActivated.connect(lambda _: self.add_selected_match())
        self._match_timer = QTimer(self, singleShot=True, interval=MATCH_DELAY_MS)
        self._match_timer.timeout.connect(self.update_matches)
        self.member_search.textEdited.connect(lambda _: self._match_timer.start())
        self.member_search.returnPressed.connect(self.add_selected_match)
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
        self.attendance_view = _table(self.attendance, "attendanceTable")
        self.attendance_count = QLabel(objectName="attendanceCount")
        self.remove_button = QPushButton(objectName="removeAttendance")
        self.remove_button.clicked.connect(self.remove_selected)
        self.attendance_label = QLabel()

        # the figures
        self.breakdown = QComboBox(objectName="breakdown")
        self.breakdown.currentIndexChanged.connect(lambda _: self.refresh_figures())
        self.year = QSpinBox(objectName="familyYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _: self.refresh_families())
        self.figures_scope = QLabel(objectName="figuresScope")
        self.figures_scope.setWordWrap(True)
        self.figure_titles = [QLabel() for _ in range(6)]
        self.figure_values = [QLabel(objectName=f"figure{i}") for i in range(6)]
        big = QFont()
        big.setPointSize(big.pointSize() + 3)
        big.setBold(True)
        for value in self.figure_values:
            value.setFont(big)
        self.kind_figures = TextTableModel(self)
        self.period_figures = TextTableModel(self)
        self.family_figures = TextTableModel(self)
        self.kind_view = _table(self.kind_figures, "kindFigures")
        self.period_view = _table(self.period_figures, "periodFigures")
        self.family_view = _table(self.family_figures, "familyFigures")
        self.kind_label, self.period_label, self.family_label = QLabel(), QLabel(), QLabel()
        self.breakdown_label, self.year_label = QLabel(), QLabel()

        self._build_layout()
        self.retranslate()
        self.load_communities()
        self.update_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.show_selected()

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
        member_layout.addWidget(self.matches)
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
        QVBoxLayout(sessions_tab).addWidget(self.side_by_side(left, right, (5, 4)))

        figures_tab = QWidget()
        figures_layout = QVBoxLayout(figures_tab)
        controls = QHBoxLayout()
        controls.addWidget(self.figures_scope, 1)
        controls.addWidget(self.breakdown_label)
        controls.addWidget(self.breakdown)
        figures_layout.addLayout(controls)
        grid = QGridLayout()
        for i, (caption, value) in enumerate(zip(self.figure_titles, self.figure_values)):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            inner.addWidget(value)
            inner.addWidget(caption)
            caption.setWordWrap(True)
            grid.addWidget(box, i // 3, i % 3)
        columns = QHBoxLayout()
        left_figures = QVBoxLayout()
        left_figures.addLayout(grid)
        left_figures.addWidget(self.kind_label)
        left_figures.addWidget(self.kind_view, 2)
        left_figures.addWidget(self.period_label)
        left_figures.addWidget(self.period_view, 3)
        right_figures = QVBoxLayout()
        year_row = QHBoxLayout()
        year_row.addWidget(self.family_label, 1)
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year)
        right_figures.addLayout(year_row)
        right_figures.addWidget(self.family_view, 1)
        columns.addLayout(left_figures, 1)
        columns.addLayout(right_figures, 1)
        figures_layout.addLayout(columns, 1)
        for view in (self.kind_view, self.period_view, self.family_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.tabs = QTabWidget(objectName="trainingTabs")
        self.tabs.addTab(sessions_tab, "")
        self.tabs.addTab(figures_tab, "")
        self.tabs.currentChanged.connect(lambda _: self._figures_dirty and self.refresh_figures())
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

    # --- language ----------------------------------------------------------------------
    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple]) -> None:
        """Replace a combo's items, keeping the chosen one, without emitting a change."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by topic, place, facilitator or community…"))
        self._fill(self.kind, [(None, self.tr("All kinds of training"))]
                   + choices("training_kind"))
        if self.community.count():
            self.community.setItemText(0, self.tr("All communities"))
        self._fill(self.period, list(zip(PERIODS, (
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
        self._fill(self.guest_sex, [(None, self.tr("Sex"))] + choices("sex"))
        self._fill(self.guest_age, [(None, self.tr("Age"))] + choices("age_band"))
        self.guest_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove from the list"))
        self.attendance_label.setText(self.tr("Attendance"))
        self.tabs.setTabText(0, self.tr("Sessions and attendance"))
        self.tabs.setTabText(1, self.tr("Figures"))
        self.breakdown_label.setText(self.tr("Breakdown:"))
        self._fill(self.breakdown, [("month", self.tr("By month")), ("year", self.tr("By year"))])
        self.year_label.setText(self.tr("Year:"))
        self.kind_label.setText(self.tr("By kind of training"))
        self.period_label.setText(self.tr("By period"))
        self.family_label.setText(self.tr("Families under an active agreement: trainings "
                                          "attended (fewest first)"))
        for caption, text in zip(self.figure_titles, (
                self.tr("Sessions held"), self.tr("Participations"),
                self.tr("Unique participants"), self.tr("Women among unique participants"),
                self.tr("School sessions"), self.tr("School participants"))):
            caption.setText(text)
        self.model.retranslate()
        self.attendance.retranslate()
        self.update_count()
        self.show_selected()
        self._figures_dirty = True
        if self.tabs.currentIndex() == 1:
            self.refresh_figures()

    # --- filters and the list ------------------------------------------------------------
    def load_communities(self) -> None:
        items = [(None, self.tr("All communities"))]
        with self.database.session() as session:
            items += [(c.id, c.name) for c in registry.list_communities(session)]
        self._fill(self.community, items)

    def filters(self) -> dict:
        date_from, date_to = period_range(self.period.currentData() or "all")
        return {"query": self.search.text(), "kind": self.kind.currentData(),
                "community_id": self.community.currentData(), "date_from": date_from,
                "date_to": date_to}

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

    def refresh(self, select_id: str | None = None, message: str = "") -> None:
        keep = select_id or self.selected_id()
        self.model.reload()
        self.update_count()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self.show_selected()
        self._figures_dirty = True
        if message:
            self.changed.emit(message)

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
        if self.member_search.text():
            self.update_matches()

    # --- sessions ------------------------------------------------------------------------
    def _community_options(self) -> list[tuple[str, str]]:
        with self.database.session() as session:
            return [(c.id, c.name) for c in registry.list_communities(session)]

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
                          {"": values}, save, {"community_id": self._community_options()})

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
        session_id = self.selected_id()
        if session_id is None:
            return
        with self.database.session() as session:
            existing = training.get_session(session, session_id)
        dialog = self.session_dialog(existing)
        if dialog.exec():
            self.refresh(session_id, self.tr("Session “{topic}” saved.").format(
                topic=dialog.result_object.topic))

    def delete_session(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        with self.database.session() as session:
            topic = training.get_session(session, session_id).topic
        self.delete_with_undo(
            session_id, self.tr("Delete session"),
            self.tr("Delete the session “{topic}” with its attendance? You can undo this with "
                    "Edit > Undo delete.").format(topic=topic),
            self.tr("Session “{topic}” deleted.").format(topic=topic),
            training.delete_session, training.restore_session,
            lambda restored: self.tr("Session “{topic}” restored.").format(
                topic=restored.topic))

    # --- attendance ----------------------------------------------------------------------
    def say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    def eventFilter(self, watched, event):
        if watched is self.member_search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def update_matches(self) -> None:
        self._match_timer.stop()
        self.matches.clear()
        session_id = self.selected_id()
        text = self.member_search.text()
        if not text.strip() or session_id is None:
            return
        with self.database.session() as session:
            found = training.find_members(session, text, session_id, MATCHES)
        for member in found:
            parts = [member.name, member.dni, member.family_code, member.community]
            line = " · ".join(p for p in parts if p)
            if member.present:
                line += "  — " + self.tr("already on the list")
            item = QListWidgetItem(line)
            item.setData(ID_ROLE, member.id)
            if member.present:
                item.setForeground(brush(GREYED_COLOUR))
            self.matches.addItem(item)
        if found:  # the first one not yet on the list
            self.matches.setCurrentRow(next(
                (i for i, m in enumerate(found) if not m.present), 0))

    def add_selected_match(self) -> None:
        """Enter in the box (or on a match): add the highlighted member."""
        if self._match_timer.isActive() or (self.member_search.text().strip()
                                            and not self.matches.count()):
            self.update_matches()
        typed = self.member_search.text().strip()
        item = self.matches.currentItem()
        if item is None:
            if typed:
                self.say(self.tr("No registered member matches “{text}”. Check the spelling, "
                                 "or add the person below as not registered.").format(
                    text=typed), ok=False)
            return
        if self.add_members([item.data(ID_ROLE)]):
            self.member_search.clear()
            self.matches.clear()
        self.member_search.setFocus()

    def add_members(self, person_ids: list[str]) -> bool:
        session_id = self.selected_id()
        if session_id is None or not person_ids:
            return False
        try:
            with self.database.session() as session:
                rows = training.add_members(session, session_id, person_ids)
                names = [r.name for r in rows]
        except ValidationError as error:
            self.say(error.text(), ok=False)
            return False
        except NotFound:
            self.say(self.tr("That member no longer exists."), ok=False)
            return False
        text = (self.tr("{name} added.").format(name=names[0]) if len(names) == 1 else
                self.tr("{n} members added.").format(n=len(names)))
        self.after_attendance_change(text)
        return True

    def pick_members(self, family_id: str | None = None) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        with self.database.session() as session:
            community_id = training.get_session(session, session_id).community_id
        dialog = PickMembersDialog(self, self.database, session_id,
                                   community_id or self.community.currentData())
        if family_id:
            dialog.load(family_id)
        if dialog.exec():
            self.add_members(dialog.checked_ids())
        dialog.deleteLater()

    def add_guest(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        raw = {"name": self.guest_name.text(), "sex": self.guest_sex.currentData(),
               "age_band": self.guest_age.currentData()}
        try:
            with self.database.session() as session:
                row = training.add_guest(session, session_id, raw)
        except ValidationError as error:
            self.say(error.text(), ok=False)
            return
        self.guest_name.clear()  # sex and age band stay: pupils often come in a row
        self.guest_name.setFocus()
        self.after_attendance_change(self.tr("{name} added.").format(name=row.name))

    def remove_selected(self) -> None:
        index = self.attendance_view.currentIndex()
        if not index.isValid():
            self.say(self.tr("Choose a line of the attendance list first."), ok=False)
            return
        row = self.attendance.record(index.row())
        with self.database.session() as session:
            training.remove_attendance(session, row.id)
        self.after_attendance_change(self.tr("{name} removed from the list.").format(
            name=row.name))

    def after_attendance_change(self, text: str) -> None:
        self.refresh()
        self.say(text)
        self.attendance_view.scrollToBottom()
        self.changed.emit(text)

    # --- the sign-in sheet -----------------------------------------------------------------
    def print_sheet(self, path: str | None = None, lang: str | None = None) -> Path | None:
        session_id = self.selected_id()
        if session_id is None:
            return None
        lang = lang or self.sheet_language.currentData()
        with self.database.session() as session:
            t = training.get_session(session, session_id)
            name = re.sub(r"[^\w\- ]+", "", f"{t.held_on.isoformat()} {t.topic}").strip()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the sign-in sheet"), str(Path.home() / f"{name}.pdf"),
                self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from desktop.reports.attendance_sheet import write_attendance_sheet

        try:
            with self.database.session() as session:
                written = write_attendance_sheet(session, session_id, path, lang)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Print sign-in sheet"), self.tr(
                "The sheet could not be written to {path}: {reason}").format(
                path=path, reason=error.strerror or error))
            return None
        self.changed.emit(self.tr("Sign-in sheet saved to {path}.").format(path=written))
        return written

    # --- figures -------------------------------------------------------------------------
    def refresh_figures(self) -> None:
        self._figures_dirty = False
        filters = self.filters()
        period = self.breakdown.currentData() or "month"
        with self.database.session() as session:
            figures = training.training_figures(session, filters["date_from"],
                                                filters["date_to"], period,
                                                filters["community_id"])
        scope = [self.period.currentText(), self.community.currentText()]
        self.figures_scope.setText(" · ".join(scope))
        total = figures.total
        values = [fmt_number(figures.sessions), fmt_number(figures.participations),
                  fmt_number(figures.unique_participants), _percent(figures.women_share),
                  fmt_number(figures.school_sessions), fmt_number(figures.school_participants)]
        for widget, value in zip(self.figure_values, values):
            widget.setText(value)
        self.figure_values[3].setToolTip(self.tr(
            "{women} women of {people} people; on participations it would be {share}.").format(
            women=total.unique_women, people=total.unique_participants,
            share=_percent(total.women_share_of_participations)))
        headers = [self.tr("Sessions"), self.tr("Participations"),
                   self.tr("Unique people"), self.tr("% women")]

        def cells(group):
            return [fmt_number(group.sessions), fmt_number(group.participations),
                    fmt_number(group.unique_participants), _percent(group.women_share)]

        self.kind_figures.set_content(
            [self.tr("Kind of training"), *headers],
            [[label("training_kind", g.key), *cells(g)] for g in figures.by_kind],
            numeric={1, 2, 3, 4})
        self.period_figures.set_content(
            [self.tr("Period"), *headers],
            [[training.period_title(g.key, period), *cells(g)] for g in figures.by_period],
            numeric={1, 2, 3, 4})
        for view in (self.kind_view, self.period_view):
            view.resizeColumnsToContents()
        self.refresh_families()

    def refresh_families(self) -> None:
        with self.database.session() as session:
            counts = training.family_training_counts(session, self.year.value(),
                                                     self.community.currentData())
        self.family_figures.set_content(
            [self.tr("Family"), self.tr("Head of family"), self.tr("Community"),
             self.tr("Trainings"), self.tr("Members who came")],
            [[c.code, c.head, c.community, fmt_number(c.trainings),
              fmt_number(c.members_attending)] for c in counts],
            numeric={3, 4}, marked={i for i, c in enumerate(counts) if c.trainings == 0})
        self.family_view.resizeColumnsToContents()


__all__ = ["TrainingPage", "SessionListModel", "PickMembersDialog"]

"""The Training area's Figures tab: sessions, participations, unique people and women's share
for the filters above, by kind and period, and families under an agreement by trainings.

Both are read in the background through the operation helper (the figures count every
attendance line: about a second at 100,000 families), so the window never waits for them."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.formatting import fmt_number
from desktop.i18n.labels import label
from desktop.services import training
from desktop.ui.training.family_counts_model import FamilyCountsModel
from desktop.ui.widgets.lookups import fill_combo
from desktop.ui.widgets.operations import Operation
from desktop.ui.widgets.tables import named_table
from desktop.ui.widgets.text_table_model import TextTableModel


def _percent(value) -> str:
    return "—" if value is None else f"{fmt_number(value, places=1)} %"



class FiguresTab:
    """Part of TrainingPage: the Figures tab, its widgets, texts and figures."""

    def _build_figures(self) -> None:
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
        self.family_figures = FamilyCountsModel(self.database, self)
        self.family_figures.counted.connect(self._show_family_count)
        self.family_count = QLabel(objectName="familyCount")
        self.kind_view = named_table(self.kind_figures, "kindFigures")
        self.period_view = named_table(self.period_figures, "periodFigures")
        self.family_view = named_table(self.family_figures, "familyFigures")
        self.kind_label, self.period_label, self.family_label = QLabel(), QLabel(), QLabel()
        self.breakdown_label, self.year_label = QLabel(), QLabel()
        for heading in (self.kind_label, self.period_label, self.family_label):
            heading.setWordWrap(True)  # long in Spanish: it wraps rather than widening the page

    def _figures_tab(self) -> QWidget:
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
        right_figures.addWidget(self.family_count)
        columns.addLayout(left_figures, 1)
        columns.addLayout(right_figures, 1)
        figures_layout.addLayout(columns, 1)
        for view in (self.kind_view, self.period_view, self.family_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return figures_tab

    def _retranslate_figures(self) -> None:
        self.breakdown_label.setText(self.tr("Breakdown:"))
        fill_combo(self.breakdown, [("month", self.tr("By month")), ("year", self.tr("By year"))])
        self.year_label.setText(self.tr("Year:"))
        self.kind_label.setText(self.tr("By kind of training"))
        self.period_label.setText(self.tr("By period"))
        self.family_label.setText(self.tr("Families under an active agreement: trainings "
                                          "attended (fewest first)"))
        self.family_figures.set_headers(
            [self.tr("Family"), self.tr("Head of family"), self.tr("Community"),
             self.tr("Trainings"), self.tr("Members who came")])
        self._show_family_count()
        for caption, text in zip(self.figure_titles, (
                self.tr("Sessions held"), self.tr("Participations"),
                self.tr("Unique participants"), self.tr("Women among unique participants"),
                self.tr("School sessions"), self.tr("School participants"))):
            caption.setText(text)

    def refresh_figures(self) -> None:
        """Read the figures of the filters in the background (about a second for every
        session at 100,000 families), "…" meanwhile; a newer reading replaces an older one."""
        self._figures_dirty = False
        filters = self.filters()
        period = self.breakdown.currentData() or "month"
        database = self.database
        self._figures_reading = getattr(self, "_figures_reading", 0) + 1
        reading = self._figures_reading

        def read(progress):
            with database.session() as session:
                return training.training_figures(session, filters["date_from"],
                                                 filters["date_to"], period,
                                                 filters["community_id"])

        for widget in self.figure_values:
            widget.setText("…")
        self.figures_operation = Operation(self, read).success(
            lambda figures: reading == self._figures_reading and self._show_figures(
                figures, period)).run_in_background()
        self.refresh_families()

    @property
    def figures_pending(self) -> bool:
        operation = getattr(self, "figures_operation", None)
        return operation is not None and not operation.done

    def _show_figures(self, figures, period: str) -> None:
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

    def refresh_families(self) -> None:
        """The first page at once; the count and the pages after the untrained families
        once their order is read in the background (FamilyCountsModel)."""
        self.family_figures.set_filter(self.year.value(), self.community.currentData(),
                                       force=True)
        self._show_family_count()
        self.family_view.resizeColumnsToContents()

    def _show_family_count(self) -> None:
        total, untrained = self.family_figures.total(), self.family_figures.untrained()
        self.family_count.setText(self.tr("Counting the families…") if total is None else
                                  self.tr("{n} families, {untrained} with no training").format(
                                      n=fmt_number(total), untrained=fmt_number(untrained)))

"""The home page, the window's first area: indicator tiles, four charts and what is due.

Everything is read in the background through the operation helper (a 100,000-family file
needs a moment), from the same indicators service as the Reports page and the workbook, so
the figures agree; the page shows "…" until they arrive and refreshes after any change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from desktop.i18n import language
from desktop.i18n.formatting import fmt_hectares, fmt_number, fmt_soles
from desktop.services import indicators, overview
from desktop.ui.home.charts import Charts, chart_view
from desktop.ui.home.due_tabs import DueTabs
from desktop.ui.home.tiles import Tiles
from desktop.ui.widgets.layouts import vbox
from desktop.ui.widgets.operations import ALL_ENTITIES, Operation
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.style import TITLE_STYLE


@dataclass
class Overview:
    """What the page shows, read in one background job."""

    figures: dict
    by_status: dict
    coverage: list
    months: list
    by_sex: dict
    due: overview.Due


#: The indicators the tiles show: only their queries run (not the benefits', the visits'...).
TILE_CODES = ["families_total", "families_inside_forest", "agreements_active",
              "agreement_coverage_inside_pct", "forest_area_under_agreement_ha",
              "training_participants_unique", "training_women_pct", "coffee_delivered_kg",
              "coffee_paid_pen"]


def read_overview(database, today: date | None = None) -> Overview:
    today = today or date.today()
    with database.session() as session:
        return Overview(
            indicators.as_dict(indicators.compute(session, today=today, codes=TILE_CODES)),
            overview.agreements_by_status(session), overview.coverage_by_community(session),
            overview.coffee_by_month(session, today),
            overview.participants_by_sex(session, today), overview.due(session, today))


class HomePage(Page):
    shows = ALL_ENTITIES
    #: A row of a "due" list was opened: (area, record id); the window shows that record.
    record_chosen = Signal(str, str)

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.data: Overview | None = None
        self.operation: Operation | None = None
        self.read_again = False
        self.heading = QLabel(objectName="homeHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.tiles = Tiles()
        self.charts = Charts(self)
        self.views = {name: chart_view(f"chart:{name}")
                      for name in ("status", "coverage", "coffee", "training")}
        grid = QGridLayout()
        for index, view in enumerate(self.views.values()):
            grid.addWidget(view, index // 2, index % 2)
        self.due = DueTabs()
        self.due.setMinimumHeight(220)
        self.due.record_chosen.connect(self.record_chosen)
        content = QWidget(objectName="homeContent")
        vbox(content, self.heading, self.tiles, grid, self.due)
        scroll = QScrollArea(objectName="homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        vbox(self, scroll).setContentsMargins(0, 0, 0, 0)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The programme at a glance"))
        self.due.retranslate()
        if self.data is not None:
            self.show_overview(self.data)
        else:
            for tile in self.tiles.tiles.values():
                tile.show_figure(self._tile_title(tile.property("key")), "…")

    def _tile_title(self, key: str) -> str:
        return {"families": self.tr("Families"), "agreements": self.tr("Active agreements"),
                "forest": self.tr("Forest under agreement"),
                "training": self.tr("People trained"),
                "coffee": self.tr("Coffee delivered")}[key]

    def refresh(self, *_args) -> Operation | None:
        """Read everything again in the background; a change during a read reads again
        once it finishes, so the page never keeps figures older than the last change."""
        if self.operation is not None and not self.operation.done:
            self.read_again = True
            return self.operation
        self.read_again = False
        database = self.database
        self.operation = Operation(self, lambda progress: read_overview(database)) \
            .success(self._arrived).run_in_background()
        return self.operation

    def _arrived(self, data: Overview) -> None:
        self.show_overview(data)
        if self.read_again:
            self.operation = None
            self.refresh()

    def show_overview(self, data: Overview) -> None:
        self.data = data
        lang = language()
        f = data.figures
        self.tiles["families"].show_figure(
            self._tile_title("families"), fmt_number(f["families_total"], lang),
            self.tr("{inside} inside the forest").format(
                inside=fmt_number(f["families_inside_forest"], lang)))
        self.tiles["agreements"].show_figure(
            self._tile_title("agreements"), fmt_number(f["agreements_active"], lang),
            self.tr("{pct} % coverage inside").format(
                pct=fmt_number(f["agreement_coverage_inside_pct"], lang, 1)))
        forest = fmt_hectares(f["forest_area_under_agreement_ha"], lang)
        self.tiles["forest"].show_figure(self._tile_title("forest"), f"{forest} ha")
        self.tiles["training"].show_figure(
            self._tile_title("training"), fmt_number(f["training_participants_unique"], lang),
            self.tr("{pct} % women").format(pct=fmt_number(f["training_women_pct"], lang, 1)))
        self.tiles["coffee"].show_figure(
            self._tile_title("coffee"), f"{fmt_number(f['coffee_delivered_kg'], lang, 0)} kg",
            self.tr("{paid} paid").format(paid=fmt_soles(f["coffee_paid_pen"], lang)))
        self.charts.agreements_by_status(self.views["status"], data.by_status)
        self.charts.coverage_by_community(self.views["coverage"], data.coverage)
        self.charts.coffee_by_month(self.views["coffee"], data.months)
        self.charts.participants_by_sex(self.views["training"], data.by_sex)
        self.due.show_due(data.due)

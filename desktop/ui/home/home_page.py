"""The home page, the window's first area: indicator tiles, four charts and what is due.

Everything is read in the background through the operation helper, in jobs (READERS) two at
a time, each part shown as it arrives: the tiles (from the same indicators service as the
Reports page and the workbook, so the figures agree; the training tile's in a job of its
own), the charts, the "what is due" lists, and how many benefits are owed in all (the one
count that reads every benefit: its tab says "(…)" until then). At 100,000 families the
whole page is read in about 0.4 s (bench/start.py; 1.55 s with the jobs one after the other
and the training tile's figures taken from every group's). The page shows "…" until each
part arrives and refreshes after any change."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from desktop.i18n import language
from desktop.i18n.formatting import fmt_hectares, fmt_number, fmt_soles
from desktop.services import indicators, overview
from desktop.services.common import Cancelled
from desktop.services.database import stoppable_session
from desktop.ui.home.charts import Charts, chart_view
from desktop.ui.home.due_tabs import DueTabs
from desktop.ui.home.tiles import Tiles
from desktop.ui.widgets.layouts import vbox
from desktop.ui.widgets.operations import ALL_ENTITIES, Operation
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.style import TITLE_STYLE


@dataclass
class Overview:
    """What the page shows; each part None until its job has read it."""

    figures: dict | None = None
    by_status: dict | None = None
    coverage: list | None = None
    months: list | None = None
    by_sex: dict | None = None
    due: overview.Due | None = None
    benefits_owed: int | None = None  # how many in all (counted last: about a second)

    @property
    def complete(self) -> bool:
        return self.figures is not None and set(TILE_CODES) <= set(self.figures) and \
            self.by_status is not None and self.due is not None and \
            self.benefits_owed is not None

    def add(self, parts: dict) -> None:
        """What a job read (the tiles' figures add up over two jobs)."""
        for name, value in parts.items():
            if name == "figures" and self.figures is not None:
                value = {**self.figures, **value}
            setattr(self, name, value)


#: The indicators the tiles show: only their queries run (not the benefits', the visits'...).
#: The training tile's come in a job of their own: one pass over the attendance by person
#: (0.19 s at 100,000 families).
TILE_CODES = ["families_total", "families_inside_forest", "agreements_active",
              "agreement_coverage_inside_pct", "forest_area_under_agreement_ha",
              "training_participants_unique", "training_women_pct", "coffee_delivered_kg",
              "coffee_paid_pen"]
TRAINING_TILE_CODES = ["training_participants_unique", "training_women_pct"]


def _tiles(database, today: date, codes: list[str]) -> dict:
    with database.session() as session:
        return {"figures": indicators.as_dict(
            indicators.compute(session, today=today, codes=codes))}


def read_tiles(database, today: date) -> dict:
    return _tiles(database, today, [c for c in TILE_CODES if c not in TRAINING_TILE_CODES])


def read_training_tile(database, today: date) -> dict:
    return _tiles(database, today, TRAINING_TILE_CODES)


def read_charts(database, today: date) -> dict:
    with database.session() as session:
        return {"by_status": overview.agreements_by_status(session),
                "coverage": overview.coverage_by_community(session),
                "months": overview.coffee_by_month(session, today),
                "by_sex": overview.participants_by_sex(session, today)}


def read_due(database, today: date) -> dict:
    with database.session() as session:
        return {"due": overview.due(session, today, count_benefits=False)}


def read_benefits_owed(database, today: date) -> dict:
    with database.session() as session:
        return {"benefits_owed": overview.count_benefits_owed(session)}


#: The page's jobs, in the order they start.
READERS = (read_tiles, read_training_tile, read_charts, read_due, read_benefits_owed)


#: How many of READERS run at once, each on its own connection: SQLite lets go of Python's
#: lock while it reads, so on two cores the page is read in about half the time (1.5 s of
#: CPU at 100,000 families, 0.72 s of wall clock; bench/start.py).
LANES = 2


def read_overview(database, today: date | None = None) -> Overview:
    """Everything at once (the jobs one after the other, in this thread)."""
    today = today or date.today()
    data = Overview()
    for reader in READERS:
        data.add(reader(database, today))
    return data


class _Stoppable:
    """The database as the page's jobs see it: their sessions' statements are interrupted
    once `stop()` is true (the page gone, the window leaving the database), rather than
    reading on while the database is closed under them."""

    def __init__(self, database, stop):
        self.database, self.stop = database, stop

    def session(self):
        if self.stop():  # stopped between two sessions: none is opened
            raise Cancelled()
        return stoppable_session(self.database, self.stop)


class HomePage(Page):
    shows = ALL_ENTITIES
    #: A row of a "due" list was opened: (area, record id); the window shows that record.
    record_chosen = Signal(str, str)

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.data: Overview | None = None
        self.operation: Operation | None = None
        self.operations: list[Operation] = []  # this read's jobs
        # The read's stop (set: its jobs stop); the page gone, the read under way stops.
        self._reading = reading = {"stop": threading.Event()}
        self.destroyed.connect(lambda: reading["stop"].set())
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
        """Read everything again in the background, a job per part (READERS), LANES at a
        time; a change during a read reads again once the jobs running finish, so the page
        never keeps figures older than the last change. `operation` is the job started last."""
        if self.reading:
            self.read_again = True
            return self.operation
        self.read_again = False
        # What is shown stays until its part is read again.
        self._loading = Overview(**vars(self.data)) if self.data is not None else Overview()
        self._today, self._next, self.operations = date.today(), 0, []
        self._reading["stop"] = threading.Event()
        for _ in range(min(LANES, len(READERS))):
            self._start_next()
        return self.operation

    @property
    def reading(self) -> bool:
        """Whether a job of the page is still reading."""
        return any(not operation.done for operation in self.operations)

    def stop_work(self) -> None:
        """Stop reading (the window is leaving this database or closing): each job's query
        is interrupted, and no other job starts."""
        self._reading["stop"].set()

    def _start_next(self) -> None:
        stop = self._reading["stop"]
        if stop.is_set():
            return
        database = _Stoppable(self.database, stop.is_set)
        today, reader = self._today, READERS[self._next]
        self._next += 1
        self.operation = Operation(self, lambda progress: reader(database, today)) \
            .success(self._arrived).run_in_background()
        self.operations.append(self.operation)

    def _arrived(self, parts: dict) -> None:
        self._loading.add(parts)
        if self.read_again:  # changed meanwhile: what is read next would not match
            if not self.reading:  # (the job arriving is done already) read again at once
                self.refresh()
            return
        self.show_overview(self._loading, set(parts))
        if self._next < len(READERS):
            self._start_next()

    def show_overview(self, data: Overview, parts: set[str] | None = None) -> None:
        """Show the parts of `data` that have been read: those named in `parts` only (what a
        job just read), or all. The charts are drawn again only when theirs arrive: each
        drawing replaces four charts' objects."""
        self.data = data
        if data.figures is not None:
            self._show_tiles(data.figures)
        if data.by_status is not None and (parts is None or "by_status" in parts):
            self.charts.agreements_by_status(self.views["status"], data.by_status)
            self.charts.coverage_by_community(self.views["coverage"], data.coverage)
            self.charts.coffee_by_month(self.views["coffee"], data.months)
            self.charts.participants_by_sex(self.views["training"], data.by_sex)
        if data.due is not None:
            if data.due.benefits.total is None:  # "…" until counted
                data.due.benefits.total = data.benefits_owed
            self.due.show_due(data.due)

    def _show_tiles(self, f: dict) -> None:
        lang = language()
        if "training_participants_unique" in f:
            self.tiles["training"].show_figure(
                self._tile_title("training"),
                fmt_number(f["training_participants_unique"], lang),
                self.tr("{pct} % women").format(
                    pct=fmt_number(f["training_women_pct"], lang, 1)))
        if "families_total" not in f:
            return
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
        self.tiles["coffee"].show_figure(
            self._tile_title("coffee"), f"{fmt_number(f['coffee_delivered_kg'], lang, 0)} kg",
            self.tr("{paid} paid").format(paid=fmt_soles(f["coffee_paid_pen"], lang)))

"""The Map area: the plots coloured by their family's agreement status, filtered by
community and status, over the office's reference layers; a click opens the family.

Thin: the points, boundaries, layers and filtering come from desktop.services.maps; the
drawing is desktop.ui.map.map_view's. The plots are read off the GUI thread the first time
the page is shown (and again when families or agreements change), so opening the window
never waits for a map nobody looked at.

Reading is done in two steps so that the plots show as soon as they are read: the first job
reads the points and builds only the level of detail the whole-valley view draws; the
second (`refine`) builds the spatial index and the other levels while the user looks at
the first paint, and only then does the view prepare its tiles in idle time.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QToolButton,
    QVBoxLayout,
)

from desktop.i18n.formatting import fmt_date, fmt_hectares, fmt_number
from desktop.services import maps
from desktop.ui.map.export import save_pdf, save_png
from desktop.ui.map.layers_dialog import LayersDialog
from desktop.ui.map.map_view import PlotMapView
from desktop.ui.map.overlay import status_label
from desktop.ui.widgets.lookups import fill_combo
from desktop.ui.widgets.operations import AGREEMENTS, COMMUNITIES, FAMILIES, Operation
from desktop.ui.widgets.page import Page


class MapPage(Page):
    """Emits `family_chosen(family_id)` when a plot is clicked."""

    family_chosen = Signal(str)
    shows = frozenset({FAMILIES, COMMUNITIES, AGREEMENTS})

    def __init__(self, database, parent=None, layers_folder=None):
        super().__init__(parent)
        self.database = database
        self.layers_folder = layers_folder
        self.all_plots: maps.PlotMap | None = None  # every plot; the view shows a filtered one
        self.layers: list[maps.Layer] = []
        self.loading: Operation | None = None
        self.refining: Operation | None = None
        self.stale = True

        self.community_label = QLabel()
        self.community = QComboBox(objectName="mapCommunity")
        self.status_label = QLabel()
        self.status = QComboBox(objectName="mapStatus")
        for combo in (self.community, self.status):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.community.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.fit_button = QPushButton(objectName="mapFit")
        self.layers_button = QPushButton(objectName="mapLayersButton")
        self.export_button = QToolButton(objectName="mapExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.png_action = self.export_menu.addAction("")
        self.pdf_action = self.export_menu.addAction("")
        self.png_action.triggered.connect(lambda: self.export_png())
        self.pdf_action.triggered.connect(lambda: self.export_pdf())
        self.export_button.setMenu(self.export_menu)

        self.view = PlotMapView(self, load_boundaries=self.load_boundaries)
        self.view.describe = self.describe
        self.view.plot_clicked.connect(self.choose)
        self.fit_button.clicked.connect(self.view.fit)
        self.layers_button.clicked.connect(lambda: self.manage_layers())
        self.info = QLabel(objectName="mapInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(objectName="mapCount")

        bar = QHBoxLayout()
        bar.addWidget(self.community_label)
        bar.addWidget(self.community, 1)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status, 1)
        bar.addSpacing(8)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.layers_button)
        bar.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.retranslate()

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.community_label.setText(self.tr("Community:"))
        self.status_label.setText(self.tr("Status:"))
        fill_combo(self.status, [(None, self.tr("All statuses")),
                                 *[(s, status_label(s)) for s in maps.STATUSES]])
        if self.community.count():
            self.community.setItemText(0, self.tr("All communities"))
        self.fit_button.setText(self.tr("Show all"))
        self.fit_button.setToolTip(self.tr("Zoom to every plot (key 0). Zoom with the wheel "
                                           "or + and -, drag to move."))
        self.layers_button.setText(self.tr("Layers…"))
        self.export_button.setText(self.tr("Export"))
        self.png_action.setText(self.tr("Picture (PNG)…"))
        self.pdf_action.setText(self.tr("PDF page…"))
        self.view.legend_title = self.tr("Agreement status")
        self.view.legend_note = self.tr("Zoomed out: each square groups the plots within "
                                        "{size}, coloured by the most common status.")
        if self.loading is not None and not self.loading.done:
            self.view.message = self.tr("Reading the plots…")
        elif self.all_plots is not None and not len(self.all_plots):
            self.view.message = self.tr("No plot has coordinates yet. Add a plot's latitude "
                                        "and longitude, or import its boundary, in Families.")
        self.update_count()
        self.view.viewport().update()

    # --- loading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale and (self.loading is None or self.loading.done):
            self.load()

    def refresh(self) -> None:
        """Families, communities or agreements changed: read the plots again when shown."""
        self.stale = True
        if self.isVisible():
            self.load(fit=False)

    def load(self, fit: bool = True) -> Operation:
        """Read every plot and the layers off the GUI thread, then draw them."""
        self.stale = False
        database, folder = self.database, self.layers_folder
        projection = self.all_plots.projection if self.all_plots is not None else None
        viewport = self.view.viewport().size()
        pixels = (max(1, viewport.width()), max(1, viewport.height()))

        def job(progress):
            with database.session() as session:
                plot_map = maps.load_plot_map(session, projection)
            # Only the level the whole-valley view draws: the first paint waits for no other.
            plot_map.grid.level(plot_map.cell_to_show_all(*pixels))
            layers, problems = maps.list_layers(folder)
            fmt_number(len(plot_map))  # the language's number formats, read here, not on paint
            return plot_map, layers, problems

        def done(result) -> None:
            plot_map, layers, problems = result
            self.all_plots, self.layers = plot_map, layers
            self.view.message = ""
            fill_combo(self.community, [(None, self.tr("All communities")),
                                        *plot_map.points.communities])
            self.apply_filter(fit=fit, prepare=False)
            self.view.set_layers(layers)
            if problems:
                self.changed.emit(" ".join(problems))
            self.refine(plot_map)

        def failed(error: BaseException) -> None:
            self.view.message = self.tr("The plots could not be read.")
            self.view.viewport().update()
            raise error

        self.view.message = self.tr("Reading the plots…")
        self.view.viewport().update()
        self.loading = Operation(self, job).success(done).failure(failed).run_in_background()
        return self.loading

    def refine(self, plot_map: maps.PlotMap) -> Operation:
        """Build the spatial index and every level of detail off the GUI thread, then let
        the view prepare its tiles in idle time."""

        def job(progress):
            plot_map.grid.buckets  # noqa: B018 - built on first use
            for cell in maps.CELL_SIZES:  # from the finest up: each regroups the one before
                plot_map.grid.level(cell)
            return plot_map

        def done(_result) -> None:
            self.view.prepare_levels()

        self.refining = Operation(self, job).success(done).run_in_background()
        return self.refining

    def load_boundaries(self, family_ids: list[str]) -> dict:
        with self.database.session() as session:
            return maps.plot_boundaries(session, family_ids)

    # --- filters ----------------------------------------------------------------------
    def apply_filter(self, fit: bool = False, prepare: bool = True) -> None:
        if self.all_plots is None:
            return
        statuses = self.status.currentData()
        shown = self.all_plots.filtered(self.community.currentData(),
                                        None if statuses is None else [statuses])
        self.view.set_plot_map(shown, fit=fit or self.community.currentData() is not None,
                               prepare=prepare)
        if not len(self.all_plots):
            self.view.message = self.tr("No plot has coordinates yet. Add a plot's latitude "
                                        "and longitude, or import its boundary, in Families.")
        elif not len(shown):
            self.view.message = self.tr("No plot matches these filters.")
        else:
            self.view.message = ""
        self.update_count()

    def shown(self) -> maps.PlotMap | None:
        return self.view.plots_item.plot_map

    def update_count(self) -> None:
        shown = self.shown()
        if shown is None:
            self.count_label.setText("")
            return
        count = len(shown)
        self.count_label.setText(self.tr("Plots shown: {count}").format(
            count=fmt_number(count)))

    # --- a plot -----------------------------------------------------------------------
    def details(self, index: int) -> maps.PlotDetails | None:
        points = self.shown().points
        with self.database.session() as session:
            return maps.plot_details(session, points.family_id(index), points.lon[index],
                                     points.lat[index])

    def describe(self, index: int) -> str:
        found = self.details(index)
        if found is None:
            return ""
        plot = found.plot_name
        if found.area_ha is not None:
            plot = self.tr("{plot}, {area} ha").format(plot=plot,
                                                      area=fmt_hectares(found.area_ha))
        return "\n".join(part for part in (
            f"{found.family_code} — {found.head}", found.community,
            status_label(found.status), plot) if part)

    def choose(self, index: int) -> None:
        """A plot was clicked: name it below the map and ask for its family."""
        found = self.details(index)
        if found is None:
            return
        self.info.setText(self.describe(index).replace("\n", " · "))
        self.family_chosen.emit(found.family_id)

    # --- layers and exports -----------------------------------------------------------
    def manage_layers(self) -> LayersDialog:
        dialog = LayersDialog(self, self.layers_folder)
        dialog.layers_changed.connect(self.reload_layers)
        dialog.open()
        return dialog

    def reload_layers(self) -> None:
        self.layers, problems = maps.list_layers(self.layers_folder)
        self.view.set_layers(self.layers)
        if problems:
            self.changed.emit(" ".join(problems))

    def filters_text(self) -> str:
        return self.tr("{community}; {status}; {date}").format(
            community=self.community.currentText(), status=self.status.currentText(),
            date=fmt_date(date.today()))

    def export_png(self, path: str | None = None) -> str | None:
        return self._export(path, self.tr("Pictures (*.png)"), ".png",
                            lambda target: save_png(self.view, target))

    def export_pdf(self, path: str | None = None) -> str | None:
        return self._export(path, self.tr("PDF documents (*.pdf)"), ".pdf",
                            lambda target: save_pdf(self.view, target, self.tr("Plot map"),
                                                    self.filters_text()))

    def _export(self, path, file_filter: str, suffix: str, save) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the map"), str(Path.home() / (self.tr("plot-map") + suffix)),
                file_filter)
            if not path:
                return None
        if not str(path).lower().endswith(suffix):
            path = str(path) + suffix
        try:
            save(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export the map"),
                                self.tr("Could not save {path}: {reason}").format(
                                    path=path, reason=error.strerror or str(error)))
            return None
        self.changed.emit(self.tr("Map saved as {path}.").format(path=path))
        return str(path)


__all__ = ["MapPage"]

"""The Lots tab: export lots, their deliveries, and the GeoJSON that traces them to the plots.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import cooperative
from desktop.services.cooperative import traceability
from desktop.services.cooperative import (
    LOT_FIELDS,
    DeliveryFilter,
)
from desktop.services.errors import ValidationError
from desktop.ui.cooperative.models import (
    COMPACT,
    DeliveryListModel,
    RowsModel,
    selected_rows,
)
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.operations import Operation
from desktop.ui.widgets.lazy_table_model import ID_ROLE
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.tables import make_table
from desktop.ui.widgets.layouts import hbox, vbox

# --- lots ----------------------------------------------------------------------------------

class LotsTab(Page):
    """Export lots: their deliveries, and the GeoJSON that traces them to the plots."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.last_problems: list[traceability.TraceProblem] = []
        self.lots = RowsModel(LOT_FIELDS, self)
        self.lots_view = make_table(self.lots)
        self.lots_view.setObjectName("lotTable")
        self.lots_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_lot())
        self.lots_view.doubleClicked.connect(lambda _: self.edit_lot())
        self.empty = empty_hint(self.lots_view, lambda: (
            self.tr("No lots yet. A lot gathers the deliveries sold together to one buyer, and "
                    "its traceability file leads back to their plots."),
            self.tr("New lot…"), self.new_lot))
        self.new_button = QPushButton(objectName="newLot")
        self.edit_button = QPushButton(objectName="editLot")
        self.export_button = QPushButton(objectName="exportLot")
        self.new_button.clicked.connect(self.new_lot)
        self.edit_button.clicked.connect(self.edit_lot)
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.in_lot_caption, self.available_caption = QLabel(), QLabel()
        self.in_lot = DeliveryListModel(page.database, COMPACT, parent=self)
        self.in_lot_view = make_table(self.in_lot, multi=True)
        self.in_lot_view.setObjectName("lotDeliveries")
        self.available = DeliveryListModel(page.database, COMPACT, parent=self)
        self.available_view = make_table(self.available, multi=True)
        self.available_view.setObjectName("availableDeliveries")
        self.available_search = QLineEdit(objectName="availableSearch")
        self.available_search.setClearButtonEnabled(True)
        self.available_search.textChanged.connect(lambda _: self.refresh_available())
        self.remove_button = QPushButton(objectName="removeFromLot")
        self.add_button = QPushButton(objectName="addToLot")
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_selected)

        lot_actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.export_button):
            lot_actions.addWidget(button)
        lot_actions.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.lots_view)
        top_layout.addLayout(lot_actions)
        left, right = QWidget(), QWidget()
        vbox(left, self.in_lot_caption, self.in_lot_view, hbox(self.remove_button, None)) \
            .setContentsMargins(0, 0, 0, 0)
        vbox(right, self.available_caption, self.available_search, self.available_view,
             hbox(self.add_button, None)).setContentsMargins(0, 0, 0, 0)
        bottom = QSplitter(objectName="inLotAndAvailable")
        bottom.addWidget(left)
        bottom.addWidget(right)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="lotsAndDeliveries")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        vbox(self, splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New lot…"))
        self.edit_button.setText(self.tr("Edit lot…"))
        self.export_button.setText(self.tr("Export traceability (GeoJSON)…"))
        self.in_lot_caption.setText(self.tr("Deliveries in the lot"))
        self.available_caption.setText(self.tr("Deliveries in no lot"))
        self.available_search.setPlaceholderText(self.tr("Search by receipt, member…"))
        self.remove_button.setText(self.tr("Take out of the lot"))
        self.add_button.setText(self.tr("Add to the lot"))
        for model in (self.lots, self.in_lot, self.available):
            model.retranslate()

    def selected_lot_id(self) -> str | None:
        index = self.lots_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def refresh(self, select_id: str | None = None) -> None:
        keep = select_id or self.selected_lot_id()
        coop = self.page.cooperative_id
        with self.page.database.session() as session:
            rows = cooperative.list_lots(session, coop) if coop else []
        self.lots.set_records(rows)
        number = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if number >= 0:
            self.lots_view.selectRow(number)
        self.show_lot()
        self.refresh_available()

    def show_lot(self) -> None:
        lot_id = self.selected_lot_id()
        coop = self.page.cooperative_id
        self.in_lot.set_filter(DeliveryFilter(coop, lot_id=lot_id, include_voided=False)
                               if lot_id and coop else None)
        for button in (self.edit_button, self.export_button, self.add_button,
                       self.remove_button):
            button.setEnabled(lot_id is not None)

    def refresh_available(self) -> None:
        coop = self.page.cooperative_id
        self.available.set_filter(DeliveryFilter(coop, self.available_search.text(),
                                                 unassigned=True) if coop else None)

    def _lot_dialog(self, lot=None) -> FormDialog:
        values = {"": {}}
        if lot is not None:
            values[""] = {f.name: getattr(lot, f.name) for f in LOT_FIELDS
                          if f.in_form and hasattr(lot, f.name)}
            for kind in cooperative.CERTIFICATION_KINDS:
                values[""][kind] = kind in lot.certifications
        coop = self.page.cooperative_id

        def save(raw, _allow_duplicate):
            with self.page.database.session() as session:
                return cooperative.save_lot(session, coop, raw[""], lot.id if lot else None)

        title = self.tr("New lot") if lot is None else self.tr("Edit lot {code}").format(
            code=lot.code)
        return FormDialog(self, title, [Section("", "", LOT_FIELDS)], values, save)

    def new_lot(self) -> None:
        dialog = self._lot_dialog()
        if dialog.exec():
            saved = dialog.result_object
            self.refresh(saved.id)
            self.page.changed.emit(self.tr("Lot {code} saved.").format(code=saved.code))

    def edit_lot(self) -> None:
        index = self.lots_view.currentIndex()
        if not index.isValid():
            return
        dialog = self._lot_dialog(self.lots.record(index.row()))
        if dialog.exec():
            self.refresh(dialog.result_object.id)

    def add_selected(self) -> int:
        lot_id = self.selected_lot_id()
        ids = [self.available.row(r).id for r in selected_rows(self.available_view)]
        if not lot_id or not ids:
            return 0
        try:
            with self.page.database.session() as session:
                count = cooperative.assign_to_lot(session, lot_id, ids)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Add to the lot"), error.text())
            return 0
        self.page.data_changed(self.tr("{n} deliveries added to the lot.").format(n=count))
        return count

    def remove_selected(self) -> int:
        ids = [self.in_lot.row(r).id for r in selected_rows(self.in_lot_view)]
        if not ids:
            return 0
        with self.page.database.session() as session:
            count = cooperative.remove_from_lot(session, ids)
        self.page.data_changed(self.tr("{n} deliveries taken out of the lot.").format(n=count))
        return count

    def export_selected(self, path: str | Path | None = None) -> Operation | None:
        """Write the selected lot's GeoJSON (asking where when `path` is None) off the GUI
        thread; problem plots are listed instead, and nothing is written. The operation's
        result is the export's summary."""
        lot_id = self.selected_lot_id()
        if not lot_id:
            return None
        self.last_problems = []
        if path is None:
            code = self.lots.record(self.lots_view.currentIndex().row()).code
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export traceability"), str(Path.home() / f"{code}.geojson"),
                self.tr("GeoJSON (*.geojson)"))
            if not path:
                return None
        database = self.page.database

        def job(progress):
            with database.session() as session:
                return traceability.export_lot(session, lot_id, path)

        def failed(error: BaseException) -> None:
            if isinstance(error, traceability.TraceabilityProblems):
                self.last_problems = error.problems
                QMessageBox.warning(self, self.tr("Export traceability"), self.tr(
                    "Lot {lot} cannot be exported yet; fix these plots first:").format(
                    lot=error.lot_code) + "\n\n" + error.text())
            elif isinstance(error, OSError):
                QMessageBox.warning(self, self.tr("Export traceability"),
                                    self.tr("Cannot write {path}: {reason}").format(
                                        path=path, reason=error.strerror or error))
            else:
                raise error

        def done(result) -> None:
            self.page.changed.emit(self.tr(
                "{features} plots written to {path} (polygons: {polygons}, points: {points})."
            ).format(features=result.features, polygons=result.polygons, points=result.points,
                     path=result.path))

        return Operation(self, job).with_progress(self.tr("Export traceability")) \
            .success(done).failure(failed).run_in_background()

"""The map's reference layers: import one from a GeoJSON, KML, KMZ or zipped shapefile (off
the GUI thread), or remove one. The map redraws when the list changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QVBoxLayout,
)

from desktop.services import maps
from desktop.services.errors import ValidationError
from desktop.ui.widgets.operations import Operation

NAME_ROLE = 0x0100  # Qt.ItemDataRole.UserRole


class LayersDialog(QDialog):
    layers_changed = Signal()

    def __init__(self, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("mapLayersDialog")
        self.folder = folder
        self.intro = QLabel(wordWrap=True)
        self.list = QListWidget(objectName="mapLayers")
        self.import_button = QPushButton(objectName="importLayer")
        self.remove_button = QPushButton(objectName="removeLayer")
        self.import_button.clicked.connect(lambda: self.import_file())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.last_error = ""
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Map layers"))
        self.intro.setText(self.tr(
            "Reference layers drawn under the plots, such as the protected area's boundary "
            "or the communities. Import each once from a GeoJSON, KML, KMZ or zipped shapefile "
            "in longitude and latitude (WGS84); they are kept for the next time."))
        self.import_button.setText(self.tr("Import layer…"))
        self.remove_button.setText(self.tr("Remove"))

    def refresh(self) -> None:
        self.list.clear()
        layers, problems = maps.list_layers(self.folder)
        for layer in layers:
            counts = layer.counts()
            item = QListWidgetItem(self.tr("{name} — {polygons} areas, {lines} lines, {points} "
                                           "points").format(
                name=layer.name, polygons=counts["polygon"], lines=counts["line"],
                points=counts["point"]))
            item.setData(NAME_ROLE, layer.name)
            self.list.addItem(item)
        for problem in problems:
            self.list.addItem(QListWidgetItem(problem))
        self.remove_button.setEnabled(bool(layers))

    def import_file(self, path: str | Path | None = None) -> Operation | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import layer"), str(Path.home()),
                self.tr("Map layers (*.geojson *.json *.kml *.kmz *.zip);;All files (*)"))
            if not path:
                return None
        folder = self.folder

        def failed(error: BaseException) -> None:
            if not isinstance(error, ValidationError):
                raise error
            self.last_error = error.text()
            QMessageBox.warning(self, self.tr("Import layer"), self.last_error)

        def done(layer) -> None:
            self.last_error = ""
            self.refresh()
            self.layers_changed.emit()

        return Operation(self, lambda progress: maps.import_layer(path, folder)) \
            .with_progress(self.tr("Import layer")).success(done).failure(failed) \
            .run_in_background()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        name = item.data(NAME_ROLE) if item is not None else None
        if not name:
            return
        answer = QMessageBox.question(self, self.tr("Remove"),
                                      self.tr("Remove the layer {name} from the map?")
                                      .format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            maps.remove_layer(name, self.folder)
            self.refresh()
            self.layers_changed.emit()


__all__ = ["LayersDialog"]

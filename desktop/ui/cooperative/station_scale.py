"""The weighing station's live scale (issue 16 item 1): the reading shown under the gross
weight, "Take the weight (F2)" enabled only while it is stable, the weight taken locked into
the form. A weight typed by hand stays possible and is marked "manual" on the delivery and
its receipt. Without a scale in the settings, nothing shows and every weight is typed."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.i18n.formatting import fmt_number
from desktop.ui.cooperative.scale_reader import ScaleReader


class StationScale(QObject):
    def __init__(self, station: QWidget, gross_edit: QLineEdit,
                 reader: ScaleReader | None = None):
        super().__init__(station)
        self.gross_edit = gross_edit
        self.reader = reader if reader is not None else ScaleReader.from_settings(self)
        self.widget = QWidget(objectName="stationScale")
        self.reading_label = QLabel(objectName="scaleReading")
        self.take_button = QPushButton(objectName="takeWeight")
        self.take_button.setEnabled(False)
        self.take_button.clicked.connect(self.take)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reading_label, 1)
        row.addWidget(self.take_button)
        QShortcut(QKeySequence(Qt.Key.Key_F2), station, self.take)
        #: "scale" once a reading is taken, "manual" otherwise (also after typing over it).
        self.source = "manual"
        gross_edit.textEdited.connect(lambda _: self.typed())
        self.widget.setVisible(self.reader is not None)
        if self.reader is not None:
            self.reader.reading.connect(self.show_reading)
            self.reader.problem.connect(self.reading_label.setText)
        self.retranslate()

    def retranslate(self) -> None:
        self.take_button.setText(self.tr("Take the weight (F2)"))
        if self.reader is not None and self.reader.last is None:
            self.reading_label.setText(self.tr("Scale: waiting for a reading…"))

    def show_reading(self, kg: str, stable: bool, overload: bool) -> None:
        if overload:
            text = self.tr("Scale: overload")
        else:
            shown = fmt_number(Decimal(kg), places=2)
            text = (self.tr("Scale: {kg} kg, stable") if stable
                    else self.tr("Scale: {kg} kg, moving…")).format(kg=shown)
        self.reading_label.setText(text)
        self.take_button.setEnabled(stable and self.gross_edit.isEnabled())

    def take(self) -> bool:
        """Lock the stable reading into the gross weight; False when there is none."""
        weight = self.reader.take() if self.reader is not None else None
        if weight is None:
            return False
        self.gross_edit.setText(str(weight))
        self.gross_edit.setReadOnly(True)  # the scale's kilos, not to be typed over
        self.source = "scale"
        self.gross_edit.editingFinished.emit()
        return True

    def typed(self) -> None:
        self.source = "manual"

    def reset(self) -> None:
        """A new delivery: the gross weight may be taken or typed again."""
        self.gross_edit.setReadOnly(False)
        self.source = "manual"

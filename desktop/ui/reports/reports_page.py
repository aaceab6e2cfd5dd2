"""The Reports area: the programme's indicators on screen and the summary workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
)

from desktop.i18n import language
from desktop.i18n.formatting import fmt_number
from desktop.services import indicators as ind
from desktop.ui.widgets.operations import ALL_ENTITIES, Operation
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.style import TITLE_STYLE
from desktop.ui.widgets.layouts import hbox, vbox


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ReportsPage(Page):
    shows = ALL_ENTITIES

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        today = date.today()
        self.use_period = QCheckBox(objectName="usePeriod")
        self.date_from = QDateEdit(_qdate(date(today.year, 1, 1)), objectName="dateFrom",
                                   calendarPopup=True)
        self.date_to = QDateEdit(_qdate(today), objectName="dateTo", calendarPopup=True)
        self.doc_language = QComboBox(objectName="workbookLanguage")
        self.doc_language.addItem("Español", "es")
        self.doc_language.addItem("English", "en")
        self.anonymise = QCheckBox(objectName="anonymise")
        self.refresh_button = QPushButton(objectName="refreshIndicators")
        self.export_button = QPushButton(objectName="exportSummary")
        self.refresh_button.clicked.connect(self.show_indicators)
        self.export_button.clicked.connect(self.export_summary)
        self.use_period.toggled.connect(self._period_toggled)
        self.use_period.toggled.connect(lambda _: self.show_indicators())
        self.date_from.dateChanged.connect(lambda _: self.use_period.isChecked() and
                                           self.show_indicators())
        self.date_to.dateChanged.connect(lambda _: self.use_period.isChecked() and
                                         self.show_indicators())
        # A handful of fixed rows, not a data list: a plain table widget is the right tool.
        self.table = QTableWidget(0, 3, objectName="indicatorTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.heading = QLabel(objectName="reportsHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.period_label, self.language_label = QLabel(), QLabel()
        self.owed_label = QLabel(objectName="benefitsOwed")
        form = QFormLayout()
        period = QHBoxLayout()
        for widget in (self.use_period, self.date_from, self.date_to):
            period.addWidget(widget)
        period.addStretch()
        form.addRow(self.period_label, period)
        language_row = QHBoxLayout()
        language_row.addWidget(self.doc_language)
        language_row.addStretch()
        form.addRow(self.language_label, language_row)
        form.addRow("", self.anonymise)
        vbox(self, self.heading, form, hbox(self.refresh_button, self.export_button, None),
             self.table, self.owed_label)
        self._period_toggled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Programme indicators"))
        self.period_label.setText(self.tr("Period:"))
        self.use_period.setText(self.tr("Only from … to …"))
        self.language_label.setText(self.tr("Workbook language:"))
        self.anonymise.setText(self.tr("Anonymise (no DNI, phones, birth dates or names)"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export summary workbook…"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Indicator"),
                                              self.tr("Value")])
        self.doc_language.setCurrentIndex(max(self.doc_language.findData(language()), 0))
        self.show_indicators()

    def _period_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def period(self) -> tuple[date | None, date | None]:
        if not self.use_period.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def refresh(self) -> None:
        self.show_indicators()

    def show_indicators(self) -> None:
        with self.database.session() as session:
            items = ind.compute(session, *self.period())
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            value = item.value
            places = 1 if item.unit == ind.PCT else 2 if item.unit in (ind.PEN, ind.HA) else (
                1 if item.unit == ind.KG else 0)
            shown = fmt_number(value, places=places) + (" %" if item.unit == ind.PCT else "")
            if item.unit == ind.PEN:
                shown = "S/ " + fmt_number(value, places=2)
            elif item.unit in (ind.HA, ind.KG):
                shown += " " + item.unit
            cells = [QTableWidgetItem(item.code), QTableWidgetItem(item.title()),
                     QTableWidgetItem(shown)]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                      Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        from desktop.i18n.formatting import fmt_soles
        from desktop.services.agreements import total_owed_value

        with self.database.session() as session:
            owed = total_owed_value(session)
        self.owed_label.setText(self.tr("Benefits still owed to families under signed or active "
                                        "agreements: {value}").format(value=fmt_soles(owed)))

    def export_summary(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export summary workbook"),
            str(Path.home() / f"resumen-{date.today().isoformat()}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Operation:
        """Write the summary workbook off the GUI thread, with Cancel; the operation's result
        is the path."""
        from desktop.reports.summary import write_summary

        date_from, date_to = self.period()
        lang, anonymise, database = (self.doc_language.currentData(),
                                     self.anonymise.isChecked(), self.database)

        def job(progress):
            write_summary(database, path, lang, date_from, date_to, anonymise, progress)
            return path

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(self, self.tr("Export summary workbook"),
                                self.tr("Cannot write {path}: {reason}").format(
                                    path=path, reason=error.strerror or error))

        return Operation(self, job).with_progress(self.tr("Writing the summary workbook…")) \
            .success(lambda _: self.changed.emit(
                self.tr("Summary written to {path}.").format(path=path))) \
            .cancelled(lambda: self.changed.emit(
                self.tr("Export cancelled; no file was written."))) \
            .failure(failed).run_in_background()

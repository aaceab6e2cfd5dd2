"""The Reports area: the programme's indicators on screen and the summary workbook.

The indicators read the whole database, so they never run on the GUI thread nor while the
page is hidden: a visit (or a change announced while the page shows) starts them through
the operation helper, the page says "Calculating…" meanwhile, and the newest request wins.
Leaving for another database or closing the window stops a calculation mid-query.
"""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
)

from desktop.i18n import language
from desktop.i18n.formatting import fmt_number, fmt_soles
from desktop.services import indicators as ind
from desktop.services.agreements import total_owed_value
from desktop.services.common import Cancelled
from desktop.services.database import stoppable_session
from desktop.ui.widgets.operations import ALL_ENTITIES, Operation
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.style import TITLE_STYLE
from desktop.ui.widgets.layouts import hbox, vbox


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


#: Each row's indicator code (as in the workbook), for tests and tooltips.
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self.table = QTableWidget(0, 2, objectName="indicatorTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.heading = QLabel(objectName="reportsHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.period_label, self.language_label = QLabel(), QLabel()
        self.owed_label = QLabel(objectName="benefitsOwed")
        self.status = QLabel(objectName="indicatorStatus")
        #: The calculation under way (an Operation), or None once its figures are shown.
        self.computing: Operation | None = None
        self._stop = threading.Event()  # the running calculation's stop flag
        self._result: tuple[list, object] | None = None  # (indicators, benefits owed)
        self._stale = True  # to calculate on the next visit
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
             self.status, self.table, self.owed_label)
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
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Value")])
        # Dates as people write them: day first in Spanish, the month spelled out in English.
        shown = "dd/MM/yyyy" if language() == "es" else "MMM d, yyyy"
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(shown)
        self.doc_language.setCurrentIndex(max(self.doc_language.findData(language()), 0))
        self._show_result()

    def _period_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def period(self) -> tuple[date | None, date | None]:
        if not self.use_period.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    # --- the figures, calculated in the background ----------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self.show_indicators()

    def refresh(self) -> None:
        """Something the figures count changed: recalculate now if shown, else on the next
        visit."""
        self._stale = True
        if self.isVisible():
            self.show_indicators()

    def stop_work(self) -> None:
        """Stop the calculation under way (the window is leaving this database or closing)."""
        self._stop.set()
        if self.computing is not None:
            self.computing.cancel()
        self.computing = None

    def show_indicators(self) -> Operation:
        """Start calculating the figures for the period chosen; "Calculating…" until they
        come. A calculation still running is stopped: its figures would be stale."""
        self.stop_work()
        self._stale = False
        self._stop = stop = threading.Event()
        self.destroyed.connect(stop.set)  # the page goes away: stop reading at once
        database, period = self.database, self.period()

        def job(progress):
            with stoppable_session(database, stop.is_set) as session:
                items = ind.compute(session, *period)
                if stop.is_set():  # stopped between two statements
                    raise Cancelled()
                return items, total_owed_value(session)

        operation = Operation(self, job)  # no progress dialog: the page stays usable
        operation.success(lambda result: self._calculated(operation, result)) \
            .failure(lambda error: self._failed(operation, error)) \
            .cancelled(lambda: self._settle(operation))
        self.computing = operation
        self._show_result()
        return operation.run_in_background()

    def _settle(self, operation: Operation) -> bool:
        """True when `operation` is the newest calculation (which is then over)."""
        if operation is not self.computing:
            return False
        self.computing = None
        return True

    def _calculated(self, operation: Operation, result) -> None:
        if self._settle(operation):
            self._result = result
            self._show_result()

    def _failed(self, operation: Operation, error: BaseException) -> None:
        if not self._settle(operation):
            return
        self._show_result()
        text = getattr(error, "text", None)
        if not callable(text):  # a bug: the application's excepthook logs it and says so
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.status.setText(text())  # e.g. the file was locked: the user can act on it
        self.status.show()

    def _show_result(self) -> None:
        """The figures last calculated, in the active language, or "Calculating…"."""
        self.status.setText(self.tr("Calculating…"))
        self.status.setVisible(self.computing is not None)
        items, owed = self._result if self._result is not None and self.computing is None \
            else ([], None)
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
            cells = [QTableWidgetItem(item.title()), QTableWidgetItem(shown)]
            cells[0].setToolTip(item.code)  # the code partners' spreadsheets know
            cells[1].setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                      Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                cell.setData(CODE_ROLE, item.code)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(1)
        self.owed_label.setText("" if owed is None else self.tr(
            "Benefits still owed to families under signed or active agreements: {value}")
            .format(value=fmt_soles(owed)))

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

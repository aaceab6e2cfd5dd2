"""The "Cierre del día" tab (issue 16 item 7): the cash close of a chosen day as the service
adds it up, printed to an A4 PDF for the manager to sign, and "Close the day" after a
confirmation (an administrator may reopen it, saying why).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
)

from desktop.i18n import language
from desktop.reports.cash_close import close_html, write_cash_close
from desktop.services.cooperative import daily_close as closes
from desktop.services.errors import ValidationError
from desktop.ui.cooperative.models import date_text, parse_date
from desktop.ui.widgets.layouts import hbox, vbox
from desktop.ui.widgets.operations import Operation
from desktop.ui.widgets.page import Page


class DailyCloseTab(Page):
    """The close of one day: what it adds up to, print it, close it."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.close_data: closes.DailyClose | None = None
        self.day_caption = QLabel()
        self.day_edit = QLineEdit(date_text(date.today()), objectName="closeDay")
        self.day_edit.setMaximumWidth(120)
        self.day_edit.editingFinished.connect(self.refresh)
        self.summary = QTextBrowser(objectName="closeSummary")
        self.print_button = QPushButton(objectName="printClose")
        self.print_button.clicked.connect(lambda: self.print_close())
        self.close_button = QPushButton(objectName="closeDayButton")
        self.close_button.clicked.connect(lambda: self.close_day())
        self.reopen_button = QPushButton(objectName="reopenDay")
        self.reopen_button.clicked.connect(lambda: self.reopen_day())
        #: The row of buttons (the page adds its "Yields…" there).
        self.buttons = hbox(self.print_button, None, self.reopen_button, self.close_button)
        vbox(self, hbox(self.day_caption, self.day_edit, None), self.summary, self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.day_caption.setText(self.tr("Day:"))
        self.day_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close the day…"))
        self.reopen_button.setText(self.tr("Reopen the day…"))
        self.show_close()

    def day(self) -> date | None:
        return parse_date(self.day_edit.text())

    def refresh(self) -> None:
        coop, day = self.page.cooperative_id, self.day()
        self.close_data = None
        if coop and day:
            with self.page.database.session() as session:
                self.close_data = closes.daily_close(session, coop, day)
        self.show_close()

    def show_close(self) -> None:
        data = self.close_data
        if data is None:
            self.summary.setPlainText(self.tr("Type the day as dd/mm/yyyy."))
        else:
            self.summary.setHtml(close_html(data, language()))
        self.print_button.setEnabled(data is not None)
        self.close_button.setEnabled(data is not None and not data.closed)
        self.reopen_button.setEnabled(data is not None and data.closed)

    def print_close(self, path: str | Path | None = None) -> Operation | None:
        """Write the close's PDF (asking where when `path` is None) off the GUI thread."""
        data = self.close_data
        if data is None:
            return None
        if path is None:
            name = self.tr("cash-close-{day}.pdf").format(day=data.day.isoformat())
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Print the cash close"), str(Path.home() / name),
                self.tr("PDF (*.pdf)"))
            if not path:
                return None
        lang = language()

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(self, self.tr("Print the cash close"),
                                self.tr("Cannot write {path}: {reason}").format(
                                    path=path, reason=error.strerror or error))

        return Operation(self, lambda progress: write_cash_close(data, Path(path), lang)) \
            .with_progress(self.tr("Print the cash close")) \
            .success(lambda written: self.page.changed.emit(
                self.tr("Cash close written to {path}.").format(path=written))) \
            .failure(failed).run_in_background()

    def close_day(self, ask: bool = True) -> bool:
        data = self.close_data
        if data is None or data.closed:
            return False
        if ask:
            answer = QMessageBox.question(self, self.tr("Close the day"), self.tr(
                "Close {day}? It will take no more deliveries, voids or corrections; "
                "corrections then go on a day still open.").format(day=date_text(data.day)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self.page.database.session() as session:
                closes.close_day(session, data.cooperative_id, data.day)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Close the day"), error.text())
            return False
        self.refresh()
        self.page.changed.emit(self.tr("{day} closed.").format(day=date_text(data.day)))
        return True

    def reopen_day(self, reason: str | None = None) -> bool:
        data = self.close_data
        if data is None or not data.closed:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Reopen the day"), self.tr(
                "Why is {day} reopened?").format(day=date_text(data.day)))
            if not ok:
                return False
        try:
            with self.page.database.session() as session:
                closes.reopen_day(session, data.cooperative_id, data.day, reason)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Reopen the day"), error.text())
            return False
        self.refresh()
        self.page.changed.emit(self.tr("{day} reopened.").format(day=date_text(data.day)))
        return True


__all__ = ["DailyCloseTab"]

"""The import wizard: pick the kind and the file, preview what will be created and updated and
every error, then confirm. Reading and checking run off the GUI thread with a progress bar and
Cancel (desktop.ui.widgets.operations); the import itself is all or nothing, and once done
it announces what it changed, so only the pages that show it refresh."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.i18n import language
from desktop.services import imports
from desktop.services.errors import ValidationError
from desktop.services.imports.reader import SUFFIXES
from desktop.ui.imports.issue_table_model import IssueTableModel
from desktop.ui.widgets.operations import (
    AGREEMENTS, ALL_ENTITIES, COMMUNITIES, COOPERATIVE, FAMILIES, TRAINING, Operation,
)

# What an import of each kind may change (a new community comes with its families).
IMPORT_CHANGES = {
    "families": {FAMILIES, COMMUNITIES},
    "agreements": {AGREEMENTS},
    "attendance": {TRAINING},
    "deliveries": {COOPERATIVE},
    "advances": {COOPERATIVE},
}


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.owner = wizard
        self.kind = QComboBox(objectName="importKind")
        for name in imports.KINDS:
            self.kind.addItem("", name)
        self.path = QLineEdit(objectName="importFile")
        self.browse = QPushButton(objectName="browseFile")
        self.template = QPushButton(objectName="saveTemplate")
        self.hint = QLabel(objectName="chooseHint", wordWrap=True)
        self.kind_label, self.file_label = QLabel(), QLabel()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.file_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addStretch()
        self.path.textChanged.connect(lambda _: self.completeChanged.emit())
        self.browse.clicked.connect(self.choose_file)
        self.template.clicked.connect(self.save_template)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import a spreadsheet"))
        self.setSubTitle(self.tr("Choose what the file holds and the file (.xlsx or .csv)."))
        self.kind_label.setText(self.tr("The file holds:"))
        self.file_label.setText(self.tr("File:"))
        self.browse.setText(self.tr("Browse…"))
        self.template.setText(self.tr("Save an empty template…"))
        self.hint.setText(self.tr(
            "Headers may be in Spanish or English, in any order. Nothing is written until you "
            "have seen the preview and confirmed; an import with any bad row writes nothing."))
        for index in range(self.kind.count()):
            kind = imports.KINDS[self.kind.itemData(index)]
            self.kind.setItemText(index, kind.display(language()))

    def kind_name(self) -> str:
        return self.kind.currentData()

    def file(self) -> Path:
        return Path(self.path.text().strip())

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        return bool(text) and Path(text).suffix.lower() in SUFFIXES

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the spreadsheet"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.path.setText(path)

    def save_template(self) -> None:
        kind = self.kind_name()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save an empty template"),
            str(Path.home() / self.tr("template-{kind}.xlsx").format(kind=kind)),
            self.tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.owner.save_template(Path(path))

    def validatePage(self) -> bool:
        return self.owner.check(self.kind_name(), self.file())


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.owner = wizard
        self.summary = QLabel(objectName="previewSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QPlainTextEdit(objectName="previewNotes", readOnly=True)
        self.notes.setMaximumHeight(110)
        self.errors_label = QLabel(objectName="errorsLabel", wordWrap=True)
        self.model = IssueTableModel(self)
        self.table = QTableView(objectName="issueTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.save_errors = QPushButton(objectName="saveErrors")
        self.save_errors.clicked.connect(self.save_error_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_errors)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.setCommitPage(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.save_errors.setText(self.tr("Save the list of errors…"))
        self.model.set_titles([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.show_result(self.owner.preview)

    def show_result(self, result: imports.ImportResult | None) -> None:
        if result is None:
            return
        lang = language()
        lines = result.summary_lines(lang)
        if result.ok:
            self.setSubTitle(self.tr("All {rows} rows can be imported. Check what will be "
                                     "created and updated, then press Import.")
                             .format(rows=result.rows))
        else:
            self.setSubTitle(self.tr("Nothing can be imported until every error is corrected "
                                     "in the file."))
        heading = self.tr("If you import, the database gets:") if result.ok else self.tr(
            "Without the errors, the database would get:")
        self.summary.setText("\n".join([heading, *lines]) if lines else self.tr(
            "The file has no rows to import."))
        self.notes.setPlainText("\n".join(n.line(lang) for n in result.warnings))
        self.notes.setVisible(bool(result.warnings))
        self.errors_label.setText(self.tr("{count} problem(s) in {rows} row(s):").format(
            count=len(result.errors), rows=len(result.bad_rows())) if result.errors else "")
        self.model.set_issues(result.errors)
        self.table.setVisible(bool(result.errors))
        self.save_errors.setVisible(bool(result.errors))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.preview is not None and self.owner.preview.ok \
            and self.owner.preview.rows > 0

    def save_error_report(self) -> Operation:
        """Write the list of errors beside the file, off the GUI thread; the operation's result
        is the file written."""
        from desktop.reports.import_report import write_errors

        preview, file, lang = self.owner.preview, self.owner.file, language()

        def done(path: Path) -> None:
            self.owner.changed.emit(self.tr("The list of errors was written to {path}.")
                                    .format(path=path))
            self.errors_label.setText(self.tr("The list of errors was written to {path}.")
                                      .format(path=path))

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(self, self.tr("Import"), self.tr(
                "Cannot write {path}: {reason}").format(path=file,
                                                       reason=error.strerror or error))

        return Operation(self, lambda progress: write_errors(preview, file, lang)) \
            .with_progress(self.tr("Save the list of errors…")).success(done).failure(failed) \
            .run_in_background()

    def validatePage(self) -> bool:
        return self.owner.commit()


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.owner = wizard
        self.summary = QLabel(objectName="doneSummary", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Imported"))
        result = self.owner.result
        if result is not None:
            self.summary.setText("\n".join([
                self.tr("{rows} rows of {path} were imported.").format(
                    rows=result.rows, path=self.owner.file.name),
                *result.summary_lines(language())]))

    def initializePage(self) -> None:
        self.retranslate()


class ImportWizard(QWizard):
    """Import families, agreements, attendance, deliveries or advances from a spreadsheet."""

    changed = Signal(str)  # a message for the status bar
    imported = Signal(str)  # the kind imported, once it is committed

    def __init__(self, database, parent: QWidget | None = None, kind: str | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.database = database
        self.preview: imports.ImportResult | None = None
        self.result: imports.ImportResult | None = None
        self.kind = kind
        self.file = Path()
        self.operation: Operation | None = None
        self._passed = False
        self.choose_page = ChoosePage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose_page, self.preview_page, self.done_page):
            self.addPage(page)
        if kind is not None:
            self.choose_page.kind.setCurrentIndex(self.choose_page.kind.findData(kind))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(860, 600)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        for page in (self.choose_page, self.preview_page, self.done_page):
            page.retranslate()

    # --- the work, off the GUI thread --------------------------------------------------------
    def _run(self, label: str, dry_run: bool, done) -> Operation | None:
        """Read (and, unless `dry_run`, import) the file as an operation; `done(result)` on
        the GUI thread. None while the previous one is still running."""
        from desktop.services.imports import import_file

        if self.operation is not None and not self.operation.done:
            return None
        kind, path, database = self.kind, self.file, self.database

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                QMessageBox.warning(self, self.tr("Import"), error.text(language()))
            elif isinstance(error, OSError):
                QMessageBox.warning(self, self.tr("Import"), self.tr(
                    "Cannot write or read {path}: {reason}").format(
                    path=error.filename or path, reason=error.strerror or error))
            else:
                raise error

        changes = () if dry_run else IMPORT_CHANGES.get(kind, ALL_ENTITIES)
        self.operation = Operation(self, lambda progress: import_file(
            database, kind, path, dry_run=dry_run, progress=progress), changes) \
            .with_progress(label).success(done).failure(failed) \
            .cancelled(lambda: self.changed.emit(
                self.tr("Import cancelled; nothing was written."))) \
            .run_in_background()
        return self.operation

    def _go_on(self) -> None:
        """The work of the current page is done: let validatePage pass this once."""
        self._passed = True
        self.next()

    def _passes(self) -> bool:
        passed, self._passed = self._passed, False
        return passed

    def check(self, kind: str, path: Path) -> bool:
        """Read and check the whole file (nothing written) off the GUI thread; once done, the
        wizard goes on to the preview. False until then."""
        if self._passes():
            return True
        self.kind, self.file = kind, path

        def checked(result: imports.ImportResult) -> None:
            self.preview = result
            self.preview_page.show_result(result)
            self._go_on()

        self._run(self.tr("Checking {name}…").format(name=path.name), True, checked)
        return False

    def commit(self) -> bool:
        """Import for real off the GUI thread; once done, the wizard goes on to the last page,
        or shows a fresh preview when the data changed meanwhile. False until then."""
        if self._passes():
            return True

        def committed(result: imports.ImportResult) -> None:
            if not result.written:
                self.preview = result
                self.preview_page.show_result(result)
                return
            self.result = result
            self.changed.emit(self.tr("{rows} rows of {path} were imported.").format(
                rows=result.rows, path=self.file.name))
            self.imported.emit(self.kind)
            self._go_on()

        self._run(self.tr("Importing {name}…").format(name=self.file.name), False, committed)
        return False

    def save_template(self, path: Path) -> Operation:
        """Write an empty template of the chosen kind, off the GUI thread; the operation's
        result is the file written."""
        from desktop.reports.import_report import write_template

        kind, lang = self.choose_page.kind_name(), language()

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(self, self.tr("Import"), self.tr(
                "Cannot write {path}: {reason}").format(path=path,
                                                       reason=error.strerror or error))

        return Operation(self, lambda progress: write_template(kind, path, lang)) \
            .with_progress(self.tr("Import a spreadsheet")) \
            .success(lambda written: self.changed.emit(
                self.tr("Template written to {path}.").format(path=written))) \
            .failure(failed).run_in_background()

"""The first start: no database yet, so ask what a new office needs and nothing more.

The language (Spanish unless the user picks English; the dialog switches as soon as it is
picked), the office's and the programme's names (printed on agreements and receipts), and
whether to begin with the demo data or an empty database, and where to keep it. The
answers are saved as settings when the user presses Start; `choices()` tells the caller
which file to create and how.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from desktop import config
from desktop.ui.widgets.language import apply_language
from desktop.ui.widgets.style import ERROR_STYLE

#: The languages offered, each named in its own language (not translated).
LANGUAGE_NAMES = (("es", "Español"), ("en", "English"))
DATABASE_SUFFIX = ".sqlite"


@dataclass(frozen=True)
class FirstRunChoices:
    language: str  # "es" or "en"
    office_name: str
    programme_name: str
    demo: bool  # True: build the demo data in database_path; False: a new empty database
    database_path: Path


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=f"error:{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _with_error(widget: QWidget, error: QLabel) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return holder


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str = "es"):
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self._choices: FirstRunChoices | None = None

        self.intro = QLabel(objectName="intro")
        self.intro.setWordWrap(True)

        self.language_box = QComboBox(objectName="language")
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_box)

        self.names_group = QGroupBox(objectName="namesGroup")
        self.names_note = QLabel(objectName="namesNote")
        self.names_note.setWordWrap(True)
        self.office_name = QLineEdit(config.get(config.OFFICE_NAME), objectName="officeName")
        self.programme_name = QLineEdit(config.get(config.PROGRAMME_NAME),
                                        objectName="programmeName")
        for edit in (self.office_name, self.programme_name):
            edit.setMaxLength(200)
            edit.setMinimumWidth(360)
        self.errors = {name: _error_label(name) for name in ("officeName", "programmeName",
                                                             "databasePath")}
        self.office_label, self.programme_label = QLabel(), QLabel()
        self.office_label.setBuddy(self.office_name)
        self.programme_label.setBuddy(self.programme_name)
        names = QFormLayout(self.names_group)
        names.addRow(self.names_note)
        names.addRow(self.office_label, _with_error(self.office_name, self.errors["officeName"]))
        names.addRow(self.programme_label,
                     _with_error(self.programme_name, self.errors["programmeName"]))

        self.start_group = QGroupBox(objectName="startGroup")
        self.demo_button = QRadioButton(objectName="demoData")
        self.empty_button = QRadioButton(objectName="emptyDatabase")
        self.demo_button.setChecked(True)
        self.start_choice = QButtonGroup(self)
        self.start_choice.addButton(self.demo_button)
        self.start_choice.addButton(self.empty_button)
        self.path_edit = QLineEdit(str(config.default_database_path()), objectName="databasePath")
        self.browse_button = QPushButton(objectName="browse")
        self.browse_button.setAutoDefault(False)  # Enter starts; only a click browses
        self.browse_button.clicked.connect(self.browse)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path_edit)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit, 1)
        path_layout.addWidget(self.browse_button)
        start = QVBoxLayout(self.start_group)
        start.addWidget(self.demo_button)
        start.addWidget(self.empty_button)
        start.addWidget(self.path_label)
        start.addWidget(_with_error(path_row, self.errors["databasePath"]))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("start")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)

        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(language_row)
        layout.addWidget(self.names_group)
        layout.addWidget(self.start_group)
        layout.addWidget(self.buttons)
        # Enter starts (with the demo unless the user chose otherwise), Esc cancels. Made the
        # default once inside the dialog, or the dialog would pick the first button it finds.
        self.start_button.setDefault(True)

        self.language_box.currentIndexChanged.connect(self._language_chosen)
        apply_language(QApplication.instance(), self.language())  # the whole app speaks it
        self.retranslate()

    # --- language ----------------------------------------------------------------------
    def language(self) -> str:
        return self.language_box.currentData()

    def _language_chosen(self) -> None:
        apply_language(QApplication.instance(), self.language())  # LanguageChange → retranslate

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Conservation Desk"))
        self.intro.setText(self.tr(
            "This is the first start on this computer. Answer three questions and press "
            "Start; the language can be changed later in the Language menu."))
        self.language_label.setText(self.tr("&Language:"))
        self.names_group.setTitle(self.tr("Names on the printed documents"))
        self.names_note.setText(self.tr(
            "They appear at the top of agreements, receipts and attendance sheets."))
        self.office_label.setText(self.tr("&Office:"))
        self.programme_label.setText(self.tr("&Programme:"))
        self.start_group.setTitle(self.tr("Start with"))
        self.demo_button.setText(self.tr(
            "&Demo data: invented families and agreements, to learn and try things out"))
        self.empty_button.setText(self.tr("An &empty database, for the office's own records"))
        self.path_label.setText(self.tr("Save the database in:"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.start_button.setText(self.tr("&Start"))  # Cancel: Qt names it (qtbase_es.qm)

    # --- database file -----------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the database in"), self.path_edit.text(),
            self.tr("Conservation Desk database (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path_edit.setText(path)

    def database_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path.with_suffix(DATABASE_SUFFIX) if not path.suffix else path

    # --- answers -----------------------------------------------------------------------
    def _problems(self) -> dict[str, str]:
        problems = {}
        if not self.office_name.text().strip():
            problems["officeName"] = self.tr("Write the office's name.")
        if not self.programme_name.text().strip():
            problems["programmeName"] = self.tr("Write the programme's name.")
        if not self.path_edit.text().strip():
            problems["databasePath"] = self.tr("Choose where to save the database.")
        else:
            path = self.database_path()
            if path.is_dir():
                problems["databasePath"] = self.tr(
                    "{path} is a folder; write a file name, such as office.sqlite.").format(
                        path=path)
            elif path.exists() and path.stat().st_size > 0:
                problems["databasePath"] = self.tr(
                    "{path} already exists; choose a new file name.").format(path=path)
        return problems

    def try_accept(self) -> None:
        problems = self._problems()
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        if problems:
            getattr(self, {"officeName": "office_name", "programmeName": "programme_name",
                           "databasePath": "path_edit"}[next(iter(problems))]).setFocus()
            return
        self._choices = FirstRunChoices(
            language=self.language(),
            office_name=self.office_name.text().strip(),
            programme_name=self.programme_name.text().strip(),
            demo=self.demo_button.isChecked(),
            database_path=self.database_path())
        config.put(config.LANGUAGE, self._choices.language)
        config.put(config.OFFICE_NAME, self._choices.office_name)
        config.put(config.PROGRAMME_NAME, self._choices.programme_name)
        self.accept()

    def choices(self) -> FirstRunChoices | None:
        """What the user chose, once they pressed Start (None before, or after Cancel)."""
        return self._choices

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""


def ask_first_run(parent: QWidget | None = None, language: str = "es") -> FirstRunChoices | None:
    """Show the dialog and wait; the user's choices, or None when they cancelled."""
    dialog = FirstRunDialog(parent, language)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()
    finally:
        dialog.deleteLater()


__all__ = ["FirstRunChoices", "FirstRunDialog", "LANGUAGE_NAMES", "ask_first_run"]

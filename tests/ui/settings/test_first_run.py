"""The first start asks the language, the names for documents and how to begin."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from desktop import config
from desktop.i18n import language
from desktop.ui.settings.first_run import FirstRunChoices, FirstRunDialog
from desktop.ui.widgets.language import apply_language
from tests.ui.helpers import type_text


@pytest.fixture
def dialog(qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    apply_language(QApplication.instance(), "en")  # leave the next tests in English


def cancel_text(dialog) -> str:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()


def replace_text(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def test_it_starts_in_spanish_with_the_demo_in_the_default_file(dialog):
    assert dialog.language_box.currentText() == "Español"
    assert language() == "es"
    assert cancel_text(dialog) == "Cancelar"  # Qt's own Spanish: the dialog switched
    assert dialog.demo_button.isChecked()
    assert Path(dialog.path_edit.text()) == config.default_database_path()
    assert dialog.choices() is None


def test_an_office_picks_english_its_names_and_an_empty_database(qtbot, dialog):
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert language() == "en"
    assert dialog.windowTitle() == "Welcome to Conservation Desk"
    assert cancel_text(dialog) == "Cancel"
    assert dialog.start_button.text() == "&Start"

    replace_text(qtbot, dialog.office_name, "Oficina Zonal de Nueva Cajamarca")
    replace_text(qtbot, dialog.programme_name, "Programa Bosque Protegido — Añaños y Núñez")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choices() == FirstRunChoices(
        language="en", office_name="Oficina Zonal de Nueva Cajamarca",
        programme_name="Programa Bosque Protegido — Añaños y Núñez", demo=False,
        database_path=config.default_database_path())
    assert config.get(config.LANGUAGE) == "en"
    assert config.get(config.OFFICE_NAME) == "Oficina Zonal de Nueva Cajamarca"
    assert config.get(config.PROGRAMME_NAME) == "Programa Bosque Protegido — Añaños y Núñez"
    assert not config.default_database_path().exists()  # the caller creates the file


def test_switching_back_to_spanish_retranslates(dialog):
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert cancel_text(dialog) == "Cancel"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    assert language() == "es" and cancel_text(dialog) == "Cancelar"


def test_missing_names_and_an_existing_file_are_refused_beside_the_fields(qtbot, dialog,
                                                                          tmp_path):
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    existing = tmp_path / "office.sqlite"
    existing.write_bytes(b"SQLite format 3\0")
    dialog.office_name.clear()
    replace_text(qtbot, dialog.programme_name, "   ")
    dialog.path_edit.setText(str(existing))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.choices() is None
    assert dialog.error_text("officeName") == "Write the office's name."
    assert dialog.error_text("programmeName") == "Write the programme's name."
    assert dialog.error_text("databasePath") == (
        f"{existing} already exists; choose a new file name.")
    assert config.get(config.OFFICE_NAME) == config.OFFICE_NAME.default  # nothing saved
    assert config.get(config.LANGUAGE) == ""

    type_text(dialog.office_name, "Oficina de Rioja")
    replace_text(qtbot, dialog.programme_name, "Programa Alto Mayo")
    dialog.path_edit.setText(str(tmp_path / "nueva"))  # no suffix: .sqlite is added
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.choices().database_path == tmp_path / "nueva.sqlite"
    assert dialog.choices().demo and dialog.error_text("officeName") == ""


def test_cancel_saves_nothing(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choices() is None
    assert config.get(config.LANGUAGE) == ""


def test_enter_starts_with_the_demo_as_the_readme_says(qtbot, dialog, monkeypatch):
    browsed = []
    monkeypatch.setattr("desktop.ui.settings.first_run.QFileDialog.getSaveFileName",
                        lambda *a, **k: browsed.append(a) or ("", ""))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not browsed  # Enter never opens the file dialog
    choices = dialog.choices()
    assert choices.demo and choices.language == "es"
    assert choices.database_path == config.default_database_path()

    # From a name box too, and Esc cancels.
    again = FirstRunDialog()
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClick(again.programme_name, Qt.Key.Key_Escape)
    assert again.result() == QDialog.DialogCode.Rejected

"""The import wizard as office staff use it: pick the kind and the file, read the preview and
every error, confirm; nothing is written before the confirmation or when a row is bad."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from desktop.db.family import Family
from desktop.db.person import Person
from desktop.services import imports
from desktop.services.errors import FieldError
from desktop.ui.imports.import_wizard import ImportWizard
from desktop.ui.imports.issue_table_model import IssueTableModel
from desktop.ui.widgets.operations import CHANGES
from tests.ui.helpers import finish

GOOD = ("codigo_familia,comunidad,nombres,apellidos,dni,sexo,parentesco\n"
        "AC-01,Aguas Claras,José,Núñez Pérez,01234567,M,jefe\n"
        "AC-01,Aguas Claras,María,Tuesta,,F,esposa\n")


def count(database, model=Person) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def open_wizard(qtbot, database, path, kind="families"):
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.choose_page
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.path.setText(str(path))
    return wizard


def test_issue_model_is_a_correct_qt_model(qtmodeltester):
    model = IssueTableModel()
    model.set_issues([imports.Issue(3, "dni", FieldError("dni", "A DNI has exactly 8 digits.")),
                      imports.Issue(None, "", FieldError(None, "No header row was found."))])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "3"
    assert model.data(model.index(0, 2)) == "A DNI has exactly 8 digits."


def test_preview_then_import(qtbot, database, tmp_path):
    path = tmp_path / "familias.csv"
    path.write_text(GOOD, encoding="utf-8")
    wizard = open_wizard(qtbot, database, path)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # checked off the GUI thread
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page)
    summary = wizard.preview_page.summary.text()
    assert "Families: 1 new, 0 updated, 0 unchanged" in summary
    assert "Persons: 2 new" in summary
    assert "Community “Aguas Claras” does not exist yet" in \
        wizard.preview_page.notes.toPlainText()
    assert count(database) == 0  # the preview writes nothing
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and commit.text() == "Import"
    messages, announced = [], []
    wizard.changed.connect(messages.append)
    CHANGES.changed.connect(lambda entities, origin: announced.append(entities))
    with qtbot.waitSignal(wizard.imported):
        qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.done_page
    assert "2 rows of familias.csv were imported." in wizard.done_page.summary.text()
    assert count(database) == 2 and count(database, Family) == 1
    assert messages[-1] == "2 rows of familias.csv were imported."
    qtbot.waitUntil(lambda: bool(announced))
    assert announced == [{"families", "communities"}]  # the preview changed nothing


def test_errors_are_listed_and_block_the_import(qtbot, database, tmp_path):
    path = tmp_path / "familias.csv"
    path.write_text(GOOD.replace("01234567", "1234") + "AC-02,,Ana,Ruiz,,F,jefa\n",
                    encoding="utf-8")
    wizard = open_wizard(qtbot, database, path)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page)
    page = wizard.preview_page
    model = page.table.model()
    shown = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    assert ["2", "dni", "A DNI has exactly 8 digits."] in shown
    assert ["4", "comunidad", "Community is required."] in shown
    assert "2 problem(s) in 2 row(s)" in page.errors_label.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    report = finish(qtbot, page.save_error_report())
    assert report == tmp_path / "familias.errors.xlsx" and report.exists()
    assert count(database) == 0


def test_a_file_that_is_not_a_spreadsheet_stays_on_the_first_page(qtbot, database, tmp_path,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    wizard = open_wizard(qtbot, database, tmp_path / "missing.csv")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert wizard.currentPage() is wizard.choose_page
    assert "There is no file" in shown[0]
    wizard.choose_page.path.setText(str(tmp_path / "notes.docx"))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_template_saved_from_the_wizard(qtbot, database, tmp_path):
    from openpyxl import load_workbook

    wizard = open_wizard(qtbot, database, "", kind="deliveries")
    written = finish(qtbot, wizard.save_template(tmp_path / "entregas.xlsx"))
    headers = [c.value for c in load_workbook(written).worksheets[0][1]]
    assert headers[:3] == ["receipt", "date", "cooperative"]  # the window speaks English here

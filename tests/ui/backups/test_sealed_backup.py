"""File > Back up to a USB stick (encrypted) and File > Restore backup of such a file, driven
as a user would: the dialog's own fields, the passphrase asked on restore (issue 14 item 6)."""

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from desktop.services import registry
from desktop.ui.backups.sealed_backup_dialog import SealedBackupDialog
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import finish, type_text

SECRET = "rio mayo al amanecer"


def test_the_dialog_says_what_is_missing(qtbot, tmp_path):
    dialog = SealedBackupDialog(str(tmp_path / "unplugged"))
    qtbot.addWidget(dialog)
    dialog.check_and_accept()
    assert "plug in the USB stick" in dialog.problem.text()
    dialog.folder.setText(str(tmp_path))
    type_text(dialog.passphrase, "short")
    dialog.check_and_accept()
    assert "at least 10 characters" in dialog.problem.text()
    dialog.passphrase.clear()
    type_text(dialog.passphrase, SECRET)
    type_text(dialog.again, SECRET + "x")
    dialog.check_and_accept()
    assert dialog.problem.text() == "The two passphrases differ."
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.again.clear()
    type_text(dialog.again, SECRET)
    dialog.check_and_accept()
    assert dialog.problem.text() == "" and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answers() == (tmp_path, SECRET)


@pytest.fixture
def answered(monkeypatch, tmp_path):
    """The dialogs answered as the user would: the stick, the passphrase, Yes."""
    stick = tmp_path / "stick"
    stick.mkdir()

    def fill(dialog):
        dialog.folder.setText(str(stick))
        dialog.passphrase.setText(SECRET)
        dialog.again.setText(SECRET)
        dialog.check_and_accept()
        return dialog.result()

    said = []
    monkeypatch.setattr(SealedBackupDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    return stick, said


def test_back_up_to_a_stick_then_restore_it_from_the_menu(qtbot, database, family, answered,
                                                          monkeypatch):
    stick, said = answered
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.sealed_backup_action in window.file_menu.actions()
    target = finish(qtbot, window.backup_to_stick())
    assert target.parent == stick and target.suffix == ".cdbackup"
    assert [p.name for p in stick.iterdir()] == [target.name]  # nothing half-written beside it
    assert "Keep the passphrase apart" in said[-1]

    with window.database.session() as session:  # a family deleted after the backup...
        registry.delete_family(session, family.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(target), ""))
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a: asked.append(a[2]) or ("not the passphrase", True))
    refused = window.restore_backup()
    qtbot.waitUntil(lambda: refused.done, timeout=30000)
    assert refused.state == "failed"
    assert "passphrase does not open" in said[-1]
    assert asked == ["This backup is encrypted. Its passphrase:"]
    with window.database.session() as session:  # ... the wrong passphrase changed nothing
        assert registry.count_families(session) == 0

    monkeypatch.setattr(QInputDialog, "getText", lambda *a: (SECRET, True))
    finish(qtbot, window.restore_backup())
    with window.database.session() as session:  # ... is back with the right one
        assert registry.count_families(session) == 1

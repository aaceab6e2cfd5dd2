"""A damaged database offers its backups at once; choosing one brings the data back."""

from PySide6.QtWidgets import QDialog

from desktop.db.backup import backup_database
from desktop.services import registry
from desktop.services.database import DatabaseProblem, open_database
from desktop.ui.backups.restore_dialog import RestoreDialog


def test_a_damaged_file_is_restored_from_the_list(qtbot, tmp_path, database, community):
    folder = tmp_path / "backups"
    backup_database(database.path, folder)
    database.close()
    database.path.write_bytes(b"\x00" * 8192)
    try:
        open_database(database.path, backup_dir=folder)
        raise AssertionError("a damaged file must not open")
    except DatabaseProblem as error:
        problem = error
    dialog = RestoreDialog(database.path, problem, folder)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "0 families, 0 agreements" in dialog.list.item(0).text()
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = open_database(database.path, backup_dir=folder)
    with again.session() as s:
        assert [c.name for c in registry.list_communities(s)] == ["Aguas Claras"]
    again.close()
    assert list(tmp_path.glob("office.sqlite.damaged-*"))  # the damaged file is kept aside

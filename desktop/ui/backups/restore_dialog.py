"""Restoring a backup when the database cannot be opened: the list is offered right there,
so an office whose file is damaged is one choice away from its data (no menu to reach)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout,
)

from desktop.services import backups
from desktop.services.database import DatabaseProblem


class RestoreDialog(QDialog):
    """What went wrong, the backups of the file (newest first, with what they hold), and a
    button to put the chosen one back."""

    def __init__(self, path: Path, problem: DatabaseProblem, backup_dir: Path | None = None,
                 parent=None):
        super().__init__(parent)
        self.path, self.backup_dir, self.restored_from = path, backup_dir, None
        self.setWindowTitle(self.tr("Cannot open the database"))
        self.message = QLabel(problem.text(), wordWrap=True)
        self.hint = QLabel(self.tr("Choose a backup to put in its place. The current file is "
                                   "kept (saved first, or moved aside if it is damaged)."),
                           wordWrap=True)
        self.list = QListWidget(objectName="backups")
        for backup in backups.summaries(path, backup_dir):
            item = QListWidgetItem(f"{backup.taken:%d/%m/%Y %H:%M} — {backup.contents()}")
            item.setToolTip(str(backup.path))
            item.setData(256, str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.hint, self.list, self.buttons):
            layout.addWidget(widget)
        self.resize(560, 360)

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        chosen = Path(item.data(256))
        try:
            backups.restore(chosen, self.path, self.backup_dir)
        except DatabaseProblem as problem:
            QMessageBox.warning(self, self.tr("Restore backup"), problem.text())
            return
        self.restored_from = chosen
        self.accept()


def offer_restore(path: Path, problem: DatabaseProblem, backup_dir: Path | None = None) -> bool:
    """Show the problem and, when the file has backups, let the user restore one. True when
    a backup was put back (the caller then opens the file again)."""
    if not backups.summaries(path, backup_dir):
        QMessageBox.warning(None, RestoreDialog.tr("Cannot open the database"), problem.text())
        return False
    return RestoreDialog(path, problem, backup_dir).exec() == QDialog.DialogCode.Accepted

"""The File menu's backup actions of the main window: back up now, check the database, choose
the backup folder, restore a backup. Part of MainWindow (a mixin: `self` is the window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from desktop import config
from desktop.db.engine import throttled
from desktop.services import backups, sealed_backups
from desktop.services.common import Cancelled
from desktop.services.database import DatabaseProblem, check_integrity
from desktop.ui.backups.sealed_backup_dialog import SealedBackupDialog
from desktop.ui.widgets.operations import Operation


class BackupActions:
    """Needs `self.database`, `self.statusBar()`, `self._open(path, create)` and `self.tr`."""

    def backup_now(self) -> Operation:
        """Copy and check the open database into the backup folder, off the GUI thread."""
        path = self.database.path
        return Operation(self, lambda progress: backups.backup_now(path)) \
            .with_progress(self.tr("Backing up the database…")) \
            .success(lambda target: self.statusBar().showMessage(
                self.tr("Backup saved as {path}.").format(path=target), 8000)) \
            .run_in_background()

    def backup_to_stick(self) -> Operation | None:
        """An encrypted backup on a USB stick or another disk, written and read back off
        the GUI thread, with progress and Cancel."""
        dialog = SealedBackupDialog(config.get(config.SEALED_BACKUP_DIR), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        folder, passphrase = dialog.answers()
        config.put(config.SEALED_BACKUP_DIR, str(folder))
        path = self.database.path

        def job(progress):
            def step(done, total):
                if not progress(done, total):
                    raise Cancelled
            return sealed_backups.backup_to(path, folder, passphrase, step)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DatabaseProblem):
                raise error
            QMessageBox.warning(self, self.tr("Back up to a USB stick"), error.text())

        return Operation(self, job).with_progress(self.tr("Writing the encrypted backup…")) \
            .success(lambda target: QMessageBox.information(
                self, self.tr("Back up to a USB stick"),
                self.tr("Encrypted backup saved as {path}. Keep the passphrase apart from it: "
                        "without it nobody can restore it.").format(path=target))) \
            .failure(failed) \
            .cancelled(lambda: self.statusBar().showMessage(
                self.tr("Backup cancelled; nothing was left on the stick."), 8000)) \
            .run_in_background()

    def check_database(self) -> Operation:
        """SQLite's whole check of the open file (opening checks only after a session that did
        not close cleanly), off the GUI thread with Cancel; the result in a message box."""
        database = self.database

        def job(progress):
            return check_integrity(database, throttled(lambda: not progress(0, 0)))

        def checked(found: list[str]) -> None:
            title = self.tr("Check database")
            if not found:
                QMessageBox.information(self, title, self.tr(
                    "{path} is sound: every page, index and link was checked.")
                    .format(path=database.path))
                return
            QMessageBox.warning(self, title, self.tr(
                "{path} has {count} problem(s). Restore a backup (File > Restore backup) "
                "or send the file to your support person.\n\n{details}")
                .format(path=database.path, count=len(found), details="\n".join(found[:10])))

        return Operation(self, job).with_progress(self.tr("Checking the database…")) \
            .success(checked) \
            .cancelled(lambda: self.statusBar().showMessage(
                self.tr("Check cancelled."), 5000)) \
            .run_in_background()

    def choose_backup_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  str(config.default_backup_dir()))
        if folder:
            config.put(config.BACKUP_DIR, folder)
            self.statusBar().showMessage(
                self.tr("Backups will be saved in {path}.").format(path=folder), 8000)

    def restore_backup(self) -> Operation | None:
        folder = config.default_backup_dir()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore backup"), str(folder),
                                              self.tr("Backups (*.sqlite *.cdbackup)"))
        if not path:
            return None
        passphrase = None
        if sealed_backups.is_sealed(Path(path)):
            passphrase, given = QInputDialog.getText(
                self, self.tr("Restore backup"),
                self.tr("This backup is encrypted. Its passphrase:"), QLineEdit.EchoMode.Password)
            if not given:
                return None
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace the open database with {backup}? A copy of the current file is "
                    "saved in the backup folder first.").format(backup=Path(path).name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        target = self.database.path
        self.database.close()

        def failed(error: BaseException) -> None:
            if not isinstance(error, DatabaseProblem):
                raise error
            QMessageBox.warning(self, self.tr("Restore backup"), error.text())
            self._open(target, create=False)

        # The window reads the restored file afresh: no change to announce.
        def job(progress):
            if passphrase is not None:
                return sealed_backups.restore_sealed(Path(path), target, passphrase)
            return backups.restore(Path(path), target)

        return Operation(self, job) \
            .with_progress(self.tr("Restore backup")) \
            .success(lambda _: self._open(target, create=False)).failure(failed) \
            .run_in_background()

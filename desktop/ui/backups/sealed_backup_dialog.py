"""File > Back up to a USB stick: the folder on the stick and the passphrase, typed twice
(issue 14 item 6). The dialog only gathers them; the backup runs as an operation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from desktop.services.sealed_backups import MIN_PASSPHRASE


class SealedBackupDialog(QDialog):
    def __init__(self, folder: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up to a USB stick"))
        self.folder = QLineEdit(folder, objectName="folder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder, 1)
        line.addWidget(browse)
        self.passphrase = QLineEdit(objectName="passphrase", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="again", echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Folder on the stick or disk"), row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("The same passphrase again"), self.again)
        note = QLabel(self.tr(
            "The backup is encrypted: if the stick is lost, nobody can read the register "
            "without the passphrase. Keep the passphrase apart from the stick. If it is lost, "
            "this backup cannot be restored by anyone."), wordWrap=True)
        self.problem = QLabel(objectName="problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (note, self.problem, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to a USB stick"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def problem_text(self) -> str:
        """What stops the backup, or "" when the answers will do."""
        if not self.folder.text().strip() or not Path(self.folder.text().strip()).is_dir():
            return self.tr("Choose a folder that exists: plug in the USB stick first.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase must have at least {count} characters.").format(
                count=MIN_PASSPHRASE)
        if self.again.text() != self.passphrase.text():
            return self.tr("The two passphrases differ.")
        return ""

    def check_and_accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            self.accept()

    def answers(self) -> tuple[Path, str]:
        return Path(self.folder.text().strip()), self.passphrase.text()

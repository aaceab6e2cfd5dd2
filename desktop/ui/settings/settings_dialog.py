"""File > Settings: the names printed on documents, the agreement number prefix, the space
for backups and the logos.

The settings are declared once (desktop/config.py, desktop/services/settings.py); this is the
shared FormDialog fed with one field per setting, wide enough to read whole names, with a
file chooser and a preview beside each logo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
)

from desktop.services.settings import SETTINGS_FIELDS, current_settings, save_settings
from desktop.ui.widgets.form_dialog import FormDialog, Section

# The settings that name an image file.
LOGO_FIELDS = ("programme_logo", "park_logo")
PREVIEW_HEIGHT = 40


def settings_dialog(parent, print_security=None) -> FormDialog:
    """`print_security(dialog)`, when given, is offered as "Print the security document…"."""
    values = current_settings()
    dialog = FormDialog(parent, QCoreApplication.translate("SettingsDialog", "Settings"),
                        [Section("", "", [f for _, f in SETTINGS_FIELDS])], {"": values},
                        lambda raw, _: save_settings(raw[""]))
    dialog.setObjectName("SettingsDialog")
    dialog.setMinimumWidth(min(720, _screen_width(dialog) - 40))
    for form in dialog.findChildren(QFormLayout):
        # Long Spanish labels would squeeze the boxes: those rows put the box below its label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for widget in dialog.widgets.values():
        if isinstance(widget, QLineEdit):
            widget.setCursorPosition(0)  # show a long name from its start
            if widget.text():
                widget.setToolTip(widget.text())
    for name in LOGO_FIELDS:
        _add_logo_chooser(dialog, dialog.widgets[name])
    if print_security is not None:
        button = dialog.buttons.addButton(
            QCoreApplication.translate("SettingsDialog", "Print the security document…"),
            QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName("printSecurityDocument")
        button.clicked.connect(lambda: print_security(dialog))
    return dialog


def _screen_width(widget) -> int:
    screen = widget.screen()
    return screen.availableGeometry().width() if screen else 1024


def _add_logo_chooser(dialog: FormDialog, edit: QLineEdit) -> None:
    """A "Choose…" button opening a file dialog, and a small preview that follows the text."""
    holder = edit.parentWidget()
    column = holder.layout()
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    column.removeWidget(edit)
    row.addWidget(edit, 1)
    choose = QPushButton(QCoreApplication.translate("SettingsDialog", "Choose…"),
                         objectName=f"choose:{edit.objectName()}")
    row.addWidget(choose)
    preview = QLabel(objectName=f"preview:{edit.objectName()}")
    preview.setFixedHeight(PREVIEW_HEIGHT)
    preview.setMinimumWidth(PREVIEW_HEIGHT)
    preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
    row.addWidget(preview)
    column.insertLayout(0, row)

    def show_preview() -> None:
        pixmap = QPixmap(edit.text().strip()) if edit.text().strip() else QPixmap()
        if pixmap.isNull():
            preview.clear()
            missing = QCoreApplication.translate("SettingsDialog", "no image")
            preview.setText(missing if edit.text().strip() else "")
        else:
            preview.setPixmap(pixmap.scaledToHeight(
                PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        edit.setToolTip(edit.text())

    def pick() -> None:
        start = edit.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            dialog, QCoreApplication.translate("SettingsDialog", "Choose a logo"), start,
            QCoreApplication.translate("SettingsDialog", "Images (*.png *.jpg *.jpeg)"))
        if path:
            edit.setText(path)

    choose.clicked.connect(pick)
    edit.textChanged.connect(show_preview)
    show_preview()

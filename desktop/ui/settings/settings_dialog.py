"""File > Settings: the names printed on documents, the agreement number prefix, the space
for backups, the logos, the station's scale and ticket printer.

The settings are declared once (desktop/config.py, desktop/services/settings.py); this is the
shared FormDialog fed with one field per setting, wide enough to read whole names, with a
file chooser and a preview beside each logo, and the system's printers to choose the ticket
printer from (a name can still be typed: a printer installed later, or on another laptop).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton,
)

from desktop.services.settings import SETTINGS_FIELDS, current_settings, save_settings
from desktop.ui.cooperative import ticket_printer
from desktop.ui.widgets.form_dialog import FormDialog, Section

# The settings that name an image file.
LOGO_FIELDS = ("programme_logo", "park_logo")
PREVIEW_HEIGHT = 40
PRINTER_FIELD = "ticket_printer"


def settings_dialog(parent, print_security=None) -> FormDialog:
    """`print_security(dialog)`, when given, is offered as "Print the security document…"."""
    values = current_settings()
    dialog = FormDialog(parent, QCoreApplication.translate("SettingsDialog", "Settings"),
                        [Section("", "", [f for _, f in SETTINGS_FIELDS])], {"": values},
                        lambda raw, _: save_settings(raw[""]))
    dialog.setObjectName("SettingsDialog")
    # Wide enough that a programme's or an authority's full name shows whole at 1024.
    dialog.setMinimumWidth(min(880, _screen_width(dialog) - 40))
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
    _add_printer_choices(dialog.widgets[PRINTER_FIELD])
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


def _add_printer_choices(edit: QLineEdit) -> QComboBox:
    """Put the printer's box in an editable combo listing the system's printers: choosing
    one types its name, and a name typed by hand (or kept from before, even if that printer
    is not installed now) stays as it is. The dialog still reads the box's text."""
    holder = edit.parentWidget()
    column = holder.layout()
    typed = edit.text()
    combo = QComboBox(objectName=f"choices:{edit.objectName()}")
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    column.removeWidget(edit)
    combo.setLineEdit(edit)  # the combo's own text box is the dialog's
    combo.addItem("")  # none: receipts are PDFs
    combo.addItems(ticket_printer.available_printers())
    combo.setCurrentIndex(combo.findText(typed) if combo.findText(typed) >= 0 else -1)
    edit.setText(typed)
    column.insertWidget(0, combo)
    return combo

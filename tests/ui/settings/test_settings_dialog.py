"""File > Settings: the names on documents, validated and kept."""

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop import config
from desktop.ui.settings.settings_dialog import settings_dialog
from tests.ui.helpers import type_text


def test_settings_are_validated_and_saved(qtbot, tmp_path):
    dialog = settings_dialog(None)
    qtbot.addWidget(dialog)
    prefix = dialog.widgets["agreement_prefix"]
    prefix.clear()
    type_text(prefix, "BP AM")
    dialog.widgets["programme_logo"].setText(str(tmp_path / "missing.png"))
    name = dialog.widgets["park_representative"]
    name.clear()
    type_text(name, "Ing. María Núñez")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error_text("agreement_prefix") == "Use letters and digits only in the prefix."
    assert "There is no image file" in dialog.error_text("programme_logo")
    assert config.get(config.AGREEMENT_PREFIX) == "AC"  # nothing saved
    prefix.clear()
    type_text(prefix, "BPAM")
    dialog.widgets["programme_logo"].clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert config.get(config.AGREEMENT_PREFIX) == "BPAM"
    assert config.get(config.PARK_REPRESENTATIVE) == "Ing. María Núñez"


def test_the_title_is_translated_and_a_logo_is_previewed(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QPixmap

    from desktop.i18n import translate

    assert translate("SettingsDialog", "Settings", "es") == "Configuración"
    logo = tmp_path / "logo.png"
    pixmap = QPixmap(80, 40)
    pixmap.fill(QColor("darkgreen"))
    assert pixmap.save(str(logo))
    dialog = settings_dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    preview = dialog.findChild(QLabel, "preview:programme_logo")
    assert preview.pixmap().isNull()
    dialog.widgets["programme_logo"].setText(str(logo))
    assert preview.pixmap().height() == 40
    dialog.widgets["programme_logo"].setText(str(tmp_path / "not-there.png"))
    assert preview.pixmap().isNull() and preview.text() == "no image"
    assert dialog.minimumWidth() >= 600


def test_the_security_document_is_printed_from_the_settings(qtbot, database, family,
                                                           monkeypatch, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from desktop.ui.people.security_document_action import print_security_document
    from tests.ui.helpers import finish

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "security.pdf"), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    running = []
    dialog = settings_dialog(None, lambda parent: running.append(
        print_security_document(parent, database)))
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "printSecurityDocument")
    assert button.text() == "Print the security document…"
    button.click()
    written = finish(qtbot, running[0])
    text = " ".join(p.extract_text() for p in PdfReader(str(written)).pages)
    assert "Security document" in text and "1 people (1 with DNI)" in text
    assert opened and opened[0].toLocalFile() == str(written)


def test_the_ticket_printer_is_chosen_from_the_systems_printers_or_typed(qtbot, monkeypatch):
    from PySide6.QtWidgets import QComboBox

    from desktop.ui.cooperative import ticket_printer

    real = ticket_printer.available_printers()  # what this machine has (maybe none)
    assert isinstance(real, list) and all(isinstance(n, str) for n in real)
    names = ["EPSON TM-T20III", "Oficina HP LaserJet"]
    monkeypatch.setattr(ticket_printer, "available_printers", lambda: names)
    config.put(config.TICKET_PRINTER, "Térmica antigua")  # kept, though not installed now

    dialog = settings_dialog(None)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "choices:ticket_printer")
    edit = dialog.widgets["ticket_printer"]
    assert combo.isEditable() and combo.lineEdit() is edit
    assert [combo.itemText(i) for i in range(combo.count())] == ["", *names]
    assert edit.text() == "Térmica antigua"  # the saved name, not the first printer
    combo.setCurrentIndex(1)
    assert edit.text() == "EPSON TM-T20III"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert config.get(config.TICKET_PRINTER) == "EPSON TM-T20III"

    dialog = settings_dialog(None)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "choices:ticket_printer")
    assert combo.currentText() == "EPSON TM-T20III" and combo.currentIndex() == 1
    edit = dialog.widgets["ticket_printer"]
    edit.clear()
    type_text(edit, "POS-80 de la caja")
    assert combo.count() == 3  # typing adds no printer to the list
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert config.get(config.TICKET_PRINTER) == "POS-80 de la caja"

    dialog = settings_dialog(None)
    qtbot.addWidget(dialog)
    dialog.findChild(QComboBox, "choices:ticket_printer").setCurrentIndex(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert config.get(config.TICKET_PRINTER) == ""  # none: receipts are PDFs

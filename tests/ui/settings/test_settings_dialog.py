"""File > Settings: the names on documents, validated and kept."""

from PySide6.QtWidgets import QDialogButtonBox

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

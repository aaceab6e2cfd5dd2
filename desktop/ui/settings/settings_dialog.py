"""File > Settings: the names printed on documents and the agreement number prefix.

The settings are declared once (desktop/config.py, desktop/services/settings.py); this is the shared
FormDialog fed with one field per setting.
"""

from __future__ import annotations

from desktop.services.settings import SETTINGS_FIELDS, current_settings, save_settings
from desktop.ui.widgets.form_dialog import FormDialog, Section


def settings_dialog(parent) -> FormDialog:
    values = current_settings()
    return FormDialog(parent, parent.tr("Settings") if parent else "Settings",
                      [Section("", "", [f for _, f in SETTINGS_FIELDS])], {"": values},
                      lambda raw, _: save_settings(raw[""]))

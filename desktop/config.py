"""Where files live (platformdirs, never next to the program) and the user's settings.

`CONSERVATION_DESK_HOME` overrides the folder, for tests and portable installs.
Settings are declared once here with their type and default, and kept in an
INI file in the user data folder through QSettings (QtCore, no widgets).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QSettings

APP_NAME = "ConservationDesk"


def data_dir() -> Path:
    override = os.environ.get("CONSERVATION_DESK_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "conservation-desk.sqlite"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object


LANGUAGE = Setting("general/language", str, "")
LAST_DATABASE = Setting("general/last_database", str, "")
BACKUP_DIR = Setting("backup/folder", str, "")
# Names printed on documents (asked on first run; editable in the settings).
OFFICE_NAME = Setting("documents/office_name", str, "Oficina de Acuerdos de Conservación")
PROGRAMME_NAME = Setting("documents/programme_name",
                         str, "Programa de Acuerdos de Conservación del Alto Mayo")
PARK_AUTHORITY_NAME = Setting("documents/park_authority_name",
                              str, "Jefatura del Bosque de Protección Alto Mayo (SERNANP)")
PROGRAMME_REPRESENTATIVE = Setting("documents/programme_representative", str,
                                   "Coordinador(a) del programa")
PARK_REPRESENTATIVE = Setting("documents/park_representative", str,
                              "Jefe(a) del Bosque de Protección Alto Mayo")
PROGRAMME_LOGO = Setting("documents/programme_logo", str, "")
PARK_LOGO = Setting("documents/park_logo", str, "")
AGREEMENT_PREFIX = Setting("agreements/number_prefix", str, "AC")


def _store() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def get(setting: Setting):
    value = _store().value(setting.key, setting.default)
    if setting.type is bool and isinstance(value, str):
        return value.lower() == "true"
    return setting.type(value) if value is not None else setting.default


def put(setting: Setting, value) -> None:
    store = _store()
    store.setValue(setting.key, value)
    store.sync()


def templates_dir() -> Path:
    """Where an office puts its own copies of the document templates (they win over ours)."""
    return data_dir() / "templates"


def default_backup_dir() -> Path:
    """The backup folder the user chose (a USB stick, another disk), or one in the data folder."""
    chosen = get(BACKUP_DIR)
    return Path(chosen) if chosen else data_dir() / "backups"


def system_language() -> str:
    """English when the system speaks English, Spanish otherwise (the offices' language)."""
    from PySide6.QtCore import QLocale

    return "en" if QLocale.system().name().startswith("en") else "es"


def startup_language() -> str:
    return get(LANGUAGE) or system_language()

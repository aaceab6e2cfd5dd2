"""Where files live (platformdirs, never next to the program) and the user's settings.

`CONSERVATION_DESK_HOME` overrides the folder, for tests and portable installs.
Settings are declared once here (key, type, default, translatable title — the
shape of Picard's options) and kept in `settings.ini` in the user data folder.
The store is the standard library's configparser, not QSettings, so the
headless core (command line, sync, a server) reads the same settings without Qt
and the window and the commands never disagree about the file's format.
"""

from __future__ import annotations

import configparser
import locale
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from desktop import files

APP_NAME = "ConservationDesk"


def data_dir() -> Path:
    override = os.environ.get("CONSERVATION_DESK_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":  # the register's folder is the user's alone, whatever the umask
        try:
            path.chmod(0o700)
        except OSError:
            pass
    return path


def default_database_path() -> Path:
    return data_dir() / "conservation-desk.sqlite"


@dataclass(frozen=True)
class Setting:
    """One setting: `key` is "section/name" in settings.ini. Its title and validation,
    where a person edits it, are its Field in desktop/services/settings.py."""

    key: str
    type: type
    default: object


LANGUAGE = Setting("general/language", str, "")
LAST_DATABASE = Setting("general/last_database", str, "")
BACKUP_DIR = Setting("backup/folder", str, "")
#: The folder on a USB stick or other disk last chosen for an encrypted backup.
SEALED_BACKUP_DIR = Setting("backup/sealed_folder", str, "")
#: The most the backups of one database may take, in MB (0: no limit); the newest is kept.
BACKUP_MAX_MB = Setting("backup/max_megabytes", int, 0)
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
#: On a database with users, the window locks after this many minutes without use.
#: The weighing station's scale (issue 16): its serial port ("" = no scale, weights typed),
#: speed and the shape of its lines (desktop.services.cooperative.scale).
SCALE_PORT = Setting("scale/port", str, "")
SCALE_SPEED = Setting("scale/speed", int, 9600)
SCALE_SPEEDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
SCALE_FORMAT = Setting("scale/format", str, "ad")
#: The station's ticket printer (its system name; "" = receipts are PDFs) and copies (2 =
#: the member's and the cooperative's).
TICKET_PRINTER = Setting("tickets/printer", str, "")
TICKET_COPIES = Setting("tickets/copies", int, 1)
LOCK_AFTER_MINUTES = Setting("users/lock_after_minutes", int, 10)


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def _read() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys keep their case
    try:
        parser.read(settings_path(), encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        pass  # a damaged settings file means defaults, never a crash
    return parser


def get(setting: Setting):
    section, name = setting.key.split("/", 1)
    value = _read().get(section, name, fallback=None)
    if value is None:
        return setting.default
    if len(value) >= 2 and value[0] == value[-1] == '"':  # quoted by an older QSettings file
        value = value[1:-1]
    if setting.type is bool:
        return value.strip().lower() in ("true", "1", "yes")
    try:
        return setting.type(value)
    except ValueError:
        return setting.default


def put(setting: Setting, value) -> None:
    """Store `value`; the file is replaced atomically, so a kill never leaves half of it."""
    parser = _read()
    section, name = setting.key.split("/", 1)
    if not parser.has_section(section):
        parser.add_section(section)
    parser.set(section, name, str(value).replace("\n", " ").replace("\r", " "))

    def build(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8") as handle:
            parser.write(handle)

    files.write_atomically(settings_path(), build, private=True)


def templates_dir() -> Path:
    """Where an office puts its own copies of the document templates (they win over ours)."""
    return data_dir() / "templates"


def default_backup_dir() -> Path:
    """The backup folder the user chose (a USB stick, another disk), or one in the data folder."""
    chosen = get(BACKUP_DIR)
    return Path(chosen) if chosen else data_dir() / "backups"


def system_language() -> str:
    """English when the system speaks English, Spanish otherwise (the offices' language)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(variable):
            return "en" if os.environ[variable].startswith("en") else "es"
    return "en" if (locale.getlocale()[0] or "").lower().startswith("en") else "es"


def startup_language() -> str:
    return get(LANGUAGE) or system_language()

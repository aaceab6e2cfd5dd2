"""Where files live: the user data folder (platformdirs), never next to the program.

`CONSERVATION_DESK_HOME` overrides the folder, for tests and portable installs.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "ConservationDesk"
ORGANISATION = "ConservationDesk"


def data_dir() -> Path:
    override = os.environ.get("CONSERVATION_DESK_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "conservation-desk.sqlite"


def default_backup_dir() -> Path:
    return data_dir() / "backups"

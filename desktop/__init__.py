"""Conservation Desk: community conservation agreements, training and coffee cooperative records."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

try:
    __version__ = version("conservation-desk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"

#: The project root holds resources/ and translations/ beside the package.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
TRANSLATIONS_DIR = PROJECT_ROOT / "translations"

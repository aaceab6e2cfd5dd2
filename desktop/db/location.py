"""Where a database lives: a file (is it on a network drive? SQLite's locking is unsafe there)
or a central PostgreSQL server named by a `postgresql://` address."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs",
                       "ncpfs", "fuse.gvfsd-fuse", "davfs", "fuse.davfs2"}


def filesystem_of(path: Path | str, mounts: str) -> str | None:
    """The filesystem type holding `path`, from a /proc/mounts text (longest mount point wins)."""
    best, fstype = "", None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, fstype = mount_point, parts[2]
    return fstype


def _linux_filesystem(path: Path) -> str | None:
    try:
        return filesystem_of(path, Path("/proc/mounts").read_text())
    except OSError:
        return None


def is_network_path(path: Path | str) -> bool:
    path = Path(os.path.abspath(path))
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        import ctypes
        drive = os.path.splitdrive(text)[0] + "\\"
        DRIVE_REMOTE = 4
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE
    if sys.platform.startswith("linux"):
        return _linux_filesystem(path) in NETWORK_FILESYSTEMS
    return False


#: How a `--db` value names a central PostgreSQL database rather than a file.
URL_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


class DatabaseUrl(str):
    """A `postgresql://` address where a file path would go (`--db`, the last database).

    It answers the few questions asked of a file path (`name`, `parent`, `expanduser()`,
    `resolve()`, `stem`) so code that shows or remembers "the database" treats both alike;
    the text is the address as given (keep passwords in ~/.pgpass, not in it).
    """

    @property
    def sqlalchemy_url(self) -> str:
        scheme, rest = self.split("://", 1)
        return f"postgresql+psycopg://{rest}"

    @property
    def name(self) -> str:  # the database's name, for window titles and backups' stems
        return self.rsplit("/", 1)[-1].split("?", 1)[0] or "postgres"

    stem = name

    @property
    def shown(self) -> str:
        """The address without its password, for messages and the window."""
        scheme, rest = self.split("://", 1)
        if "@" in rest.split("/", 1)[0]:
            credentials, host = rest.split("@", 1)
            rest = credentials.split(":", 1)[0] + "@" + host
        return f"{scheme}://{rest}"

    @property
    def parent(self) -> Path:
        return Path.home()

    def expanduser(self) -> "DatabaseUrl":
        return self

    def resolve(self) -> "DatabaseUrl":
        return self

    def exists(self) -> bool:
        return True


def is_url(location) -> bool:
    return isinstance(location, str) and location.lower().startswith(URL_SCHEMES)


def database_location(text: "str | Path | DatabaseUrl") -> "Path | DatabaseUrl":
    """What `--db` names: a DatabaseUrl for a `postgresql://` address, else a file Path."""
    if isinstance(text, DatabaseUrl):
        return text
    if is_url(str(text)):
        return DatabaseUrl(str(text))
    return Path(text)

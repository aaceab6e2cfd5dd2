"""Is a file on a network drive? SQLite's locking is unsafe there."""

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

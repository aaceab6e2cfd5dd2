"""Writing a file all or nothing: built under a temporary name beside it, then moved in place.

A cancelled, failed or killed export never leaves half a PDF, workbook or GeoJSON.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


def write_atomically(path: Path | str, build: Callable[[str], object],
                     suffix: str = ".part") -> Path:
    """Run `build(temporary_path)` and move the result to `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=suffix, dir=path.parent)
    os.close(handle)
    try:
        build(temporary)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; documents are for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path

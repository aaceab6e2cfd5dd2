"""Files the program writes: all or nothing, never outside their folder, private when personal.

* `write_atomically` builds a file under a hidden temporary name beside its target and
  moves it in place: a cancelled, failed or killed export never leaves half a PDF,
  workbook or GeoJSON that looks finished.
* `safe_name` and `inside` keep text that came from a person or a spreadsheet (a
  receipt number, an agreement number) from becoming a path: no `../`, no `/`.
* `private_temp_dir` gives the process a temporary folder inside the user's data folder
  (0700), so libraries' scratch files (openpyxl's, holding names and DNIs) never land
  in the shared system temp folder, and leftovers of killed runs are swept.
"""

from __future__ import annotations

import atexit
import glob
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

#: Characters no file name may hold on Windows or Linux, and control characters.
UNSAFE = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')
PART_PREFIX = ".part-"
TEMP_PREFIX = "run-"


def is_safe_name(text: str) -> bool:
    """True when `text` can be used as a file name as it is."""
    return bool(text) and not UNSAFE.search(text) and not text.startswith(".") \
        and text.strip() == text


def safe_name(text: str, limit: int = 120) -> str:
    """`text` made into a file name: unsafe characters become "_", no leading dot."""
    name = UNSAFE.sub("_", text or "").strip().lstrip(".")
    return name[:limit] or "_"


def inside(folder: Path | str, name: str) -> Path:
    """`folder / name`, refusing (ValueError) anything that would land outside `folder`."""
    folder = Path(folder).resolve()
    target = (folder / name).resolve()
    if target.parent != folder:
        raise ValueError(f"{name!r} is not a file name inside {folder}")
    return target


def user_mode() -> int:
    """The permissions a file the user asked for gets under their umask (0644 usually)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: Path | str, build: Callable[[str], object],
                     suffix: str = ".part", private: bool = False) -> Path:
    """Run `build(temporary_path)` and move the result to `path`.

    The file gets the user's umask (documents are theirs to share), or 0600 when
    `private` (files that hold the register itself).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_parts(path.parent, older_than=3600, name=path.name)  # what a killed run left
    handle, temporary = tempfile.mkstemp(prefix=f"{PART_PREFIX}{path.name}-", suffix=suffix,
                                         dir=path.parent)
    os.close(handle)
    try:
        build(temporary)
        os.chmod(temporary, 0o600 if private else user_mode())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def sweep_parts(folder: Path | str, older_than: float = 24 * 3600, name: str = "") -> int:
    """Remove hidden temporary files that killed runs left in `folder` (of the file `name`
    only, when given); how many."""
    removed, limit = 0, time.time() - older_than
    try:
        candidates = list(Path(folder).glob(f"{PART_PREFIX}{glob.escape(name)}*"))
    except OSError:
        return 0
    for path in candidates:
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def private_temp_dir(data_dir: Path) -> Path:
    """A 0700 temporary folder for this process under `data_dir/tmp`, made the default
    for `tempfile`; folders of processes that are gone are removed first."""
    root = data_dir / "tmp"
    if tempfile.tempdir and Path(tempfile.tempdir).parent == root \
            and Path(tempfile.tempdir).is_dir():
        return Path(tempfile.tempdir)
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        root.chmod(0o700)
    sweep_abandoned(root, TEMP_PREFIX)
    mine = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=root))
    tempfile.tempdir = str(mine)
    atexit.register(shutil.rmtree, mine, True)
    return mine


def sweep_abandoned(folder: Path, prefix: str, max_age: float = 24 * 3600) -> None:
    """Remove the folders `prefix`PID-… in `folder` that a killed process left: its PID is
    gone, or (where a process cannot be asked) the folder is older than `max_age`."""
    limit = time.time() - max_age
    for old in folder.glob(f"{glob.escape(prefix)}*"):
        try:
            pid = int(old.name[len(prefix):].split("-")[0])
            stale = old.stat().st_mtime < limit
        except (ValueError, OSError):
            continue
        if old.is_dir() and pid != os.getpid() and (stale or process_gone(pid)):
            shutil.rmtree(old, ignore_errors=True)


def make_private(*paths: Path | str) -> None:
    """0600 on POSIX for files that hold the register (the database, its journal)."""
    if os.name != "posix":
        return  # the user's profile folder already restricts them on Windows
    for path in paths:
        try:
            os.chmod(path, 0o600)
        except OSError:
            continue


def process_gone(pid: int) -> bool:
    """True when no process `pid` runs (POSIX; on Windows only age tells, as os.kill kills)."""
    if os.name == "nt":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def private_traceback(kind, value, tb) -> str:
    """A traceback for the error log without the exception's message or any value: file,
    line and function of each frame and the exception's type. Messages can carry names, DNIs
    or search text, and the log is sent to support people."""
    import traceback

    frames = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
                     for f in traceback.extract_tb(tb))
    cause = getattr(value, "__cause__", None) or getattr(value, "__context__", None)
    caused = f"(after {type(cause).__module__}.{type(cause).__qualname__})\n" if cause else ""
    return (f"Traceback (most recent call last):\n{frames}"
            f"{kind.__module__}.{kind.__qualname__}\n{caused}")


def append_private(path: Path | str, text: str) -> None:
    """Append `text` to a file only its owner can read (0600), such as the error log."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(handle, "a", encoding="utf-8") as stream:
        stream.write(text)

"""A throw-away PostgreSQL server for the tests: initdb into a temporary folder owned by the
`postgres` user, started on a free port of 127.0.0.1 with its socket in that folder, stopped
and removed at the end. initdb and pg_ctl refuse to run as root, hence `runuser`."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


SHARED_TMP = "/tmp" if os.path.isdir("/tmp") else None


class ServerError(RuntimeError):
    """PostgreSQL could not be started; the message says why."""


def bindir() -> Path:
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                             check=True).stdout.strip()
        if (Path(out) / "initdb").exists():
            return Path(out)
    except (OSError, subprocess.CalledProcessError):
        pass
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise ServerError("no PostgreSQL binaries (pg_config --bindir, /usr/lib/postgresql/*/"
                          "bin): apt-get install postgresql postgresql-contrib")
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.bin = bindir()
        self.port = free_port()
        # Not the test run's temporary folder: the program makes that private (0700) to its
        # user, where `postgres` cannot reach; and a socket's path must stay short.
        self.folder = Path(tempfile.mkdtemp(prefix="cd-pg-", dir=SHARED_TMP))
        self.data = self.folder / "data"
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self.as_postgres, *command], capture_output=True, text=True)
        if result.returncode != 0:
            raise ServerError(f"{Path(command[0]).name} failed: "
                              f"{(result.stderr or result.stdout).strip()[-800:]}")

    def start(self) -> "Server":
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        os.chmod(self.folder, 0o700)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.folder / "log"), "-w", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

"""The package file (.cdsync) that carries changes on a USB stick, and its checks.

A zip holding `manifest.json` (format, kind, package id, the sender's office code, the
schema revision, and the SHA-256 of the content) and `content.jsonl` (one JSON object a
line: a row {"t", "id", "f", "b", "u"}, an acknowledgement {"ack": [table, id, version]}, or,
in a reply, a number {"n": [table, id, version, usn]}: the laptop's own row, applied as it
was sent, which the laptop only has to number).
Reading checks everything before anyone writes anything: a file that is not a package, is
cut short, fails its checksum or was made by another schema version is refused with one
line (`BadPackage`). Writing goes beside the target under a hidden name and is renamed.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db.types import new_id, utcnow
from desktop.files import write_atomically
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.sync.tables import BY_NAME

FORMAT = "conservation-desk-sync"
FORMAT_VERSION = 2
MANIFEST, CONTENT = "manifest.json", "content.jsonl"
CHANGES, REPLY = "changes", "reply"

NOT_A_PACKAGE = QT_TRANSLATE_NOOP(
    "Sync", "{path} is not a sync package, or it was cut short; nothing was changed.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Sync", "{path} is damaged (its checksum does not match its content); nothing was "
    "changed. Copy the package again from the computer that made it.")
OTHER_VERSION = QT_TRANSLATE_NOOP(
    "Sync", "{path} was made by a database of another program version; bring both computers "
    "to the same version of Conservation Desk. Nothing was changed.")


class BadPackage(Exception):
    """A package refused before anything was written; `text()` is the one line to show."""

    def __init__(self, message: str, **params):
        self.message, self.params = message, params
        super().__init__(self.text("en"))

    def text(self, lang: str | None = None) -> str:
        return translate("Sync", self.message, lang).format(**self.params)


@dataclass
class Package:
    """A package in memory: its manifest and its content lines (rows and acknowledgements)."""

    kind: str
    office: str
    revision: str
    rows: list[dict] = field(default_factory=list)
    acks: list[list] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    #: In a reply: [table, id, version, usn] of the laptop's rows the centre took as sent.
    numbered: list[list] = field(default_factory=list)
    #: Everything else the manifest says (since, usn, answers, to, user, conflicts…).
    info: dict = field(default_factory=dict)

    def content(self) -> bytes:
        lines = [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in self.rows]
        lines += [json.dumps({"ack": ack}) for ack in self.acks]
        lines += [json.dumps({"n": item}) for item in self.numbered]
        return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""

    def manifest(self, content: bytes) -> dict:
        return {**self.info, "format": FORMAT, "format_version": FORMAT_VERSION,
                "kind": self.kind, "id": self.id, "office": self.office,
                "revision": self.revision, "made_at": utcnow().isoformat(),
                "rows": len(self.rows), "sha256": hashlib.sha256(content).hexdigest()}


def write_package(package: Package, path: Path | str) -> Path:
    """Write `package` to `path` atomically (a hidden file renamed when complete)."""
    content = package.content()
    manifest = json.dumps(package.manifest(content), ensure_ascii=False, indent=1)

    def build(temporary: str) -> None:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest)
            archive.writestr(CONTENT, content)

    return write_atomically(path, build, private=True)


def read_package(path: Path | str, revision: str) -> Package:
    """The package at `path`, checked whole (see the module's docstring)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            content = archive.read(CONTENT)
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, zlib.error):
        raise BadPackage(NOT_A_PACKAGE, path=path) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT \
            or manifest.get("kind") not in (CHANGES, REPLY):
        raise BadPackage(NOT_A_PACKAGE, path=path)
    if hashlib.sha256(content).hexdigest() != manifest.get("sha256"):
        raise BadPackage(DAMAGED, path=path)
    if manifest.get("format_version") != FORMAT_VERSION or manifest.get("revision") != revision:
        raise BadPackage(OTHER_VERSION, path=path)
    rows, acks, numbered = [], [], []
    try:
        for line in content.decode("utf-8").splitlines():
            item = json.loads(line)
            if "ack" in item:
                acks.append(list(item["ack"]))
            elif "n" in item:
                numbered.append(list(item["n"]))
            elif isinstance(item.get("t"), str) and isinstance(item.get("f"), dict):
                rows.append(item)
            else:
                raise ValueError(line)
    except (ValueError, TypeError, AttributeError):
        raise BadPackage(DAMAGED, path=path) from None
    if len(rows) != manifest.get("rows") or not all(_well_formed(row) for row in rows):
        raise BadPackage(DAMAGED, path=path)
    info = {k: v for k, v in manifest.items() if k not in (
        "format", "format_version", "kind", "id", "office", "revision", "rows", "sha256")}
    return Package(kind=manifest["kind"], office=str(manifest.get("office") or ""),
                   revision=revision, rows=rows, acks=acks, id=str(manifest.get("id")),
                   info=info, numbered=numbered)


def _well_formed(row: dict) -> bool:
    """A row of a table that travels, with an id (and a version for a record)."""
    table = BY_NAME.get(row["t"])
    fields = row["f"]
    return table is not None and isinstance(fields.get("id"), str) and (
        "version" not in table.c or isinstance(fields.get("version"), int))

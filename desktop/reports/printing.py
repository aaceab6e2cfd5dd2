"""Printing agreements: one, or all those matching the agreement list's filter.

A batch goes into one PDF, or into one file per agreement in a folder (each
named after its agreement number, `AC-2026-0001.pdf`). Memory stays flat
however many are printed: agreements are loaded a few at a time in a fresh
session, turned into plain snapshots, rendered, and written out before the
next few are loaded. In one-PDF mode each few are rendered as one small
document (fonts embedded once per chunk) whose pages are streamed into the
output file by `PdfAppender`, which keeps only object offsets in memory.

Nothing is half-written: a single PDF is written to a temporary file moved into
place at the end; a folder's files are written to a hidden staging folder and
moved into place only when all of them are done. `progress(done, total)`
returning False cancels (raises `desktop.services.common.Cancelled`, leaving no
file behind).
"""

from __future__ import annotations

import gc
import io
import os
import re
import shutil
import tempfile
from array import array
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.db.engine import Database
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reports.agreement import (
    AgreementDocument, AgreementRenderer, document_languages, load_documents,
)
from desktop.files import sweep_abandoned
from desktop.reports.pdf import write_atomically
from desktop.services.agreements import (
    AgreementFilter, agreement_by_number, agreement_ids, agreement_numbers,
)
from desktop.services.common import Progress, report
from desktop.services.errors import ValidationError
from desktop.services.people.permissions import require

#: Agreements loaded per session and rendered per reportlab document.
CHUNK = 10
#: A full garbage collection after about this many agreements (costs ~3% of the time).
COLLECT_EVERY = 100

def _documents(database: Database, ids: list[str], chunk: int) -> Iterator[
        list[AgreementDocument]]:
    """The snapshots of `ids`, `chunk` at a time, each chunk read in a fresh session."""
    for start in range(0, len(ids), chunk):
        with database.session() as session:
            docs = load_documents(session, ids[start:start + chunk])
        yield docs
        if (start // chunk + 1) % max(1, COLLECT_EVERY // chunk) == 0:
            # reportlab documents are reference cycles: free the last ones now rather than
            # whenever the collector gets to them, so memory stays the same for any N
            gc.collect()


def file_name(number: str) -> str:
    """The file name of an agreement's PDF: its number, made safe for any file system."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", number).strip("._") or "agreement"
    return f"{safe}.pdf"


def print_agreement(database: Database, number: str, out: Path, lang: str = "es") -> Path:
    """Agreement `number` as a PDF at `out` (raises NotFound for an unknown number)."""
    document_languages(lang)
    with database.session() as session:
        require(session, "agreements.print")  # before the number is looked up
        doc = load_documents(session, [agreement_by_number(session, number).id])[0]
    renderer = AgreementRenderer(lang)
    return write_atomically(Path(out), lambda temporary: renderer.build([doc], temporary))


def print_agreements(database: Database, flt: AgreementFilter, out: Path, lang: str = "es",
                     one_file_per_agreement: bool = False, progress: Progress | None = None,
                     chunk: int = CHUNK) -> list[Path]:
    """Every agreement matching `flt` (the agreement list's filter, in number order), into
    the PDF `out` or one file each in the folder `out`.

    Returns the files written. Raises ValidationError when nothing matches, and Cancelled
    when `progress` returns False.
    """
    document_languages(lang)
    with database.session() as session:
        require(session, "agreements.print")
        ids = agreement_ids(session, flt)
    return print_ids(database, ids, out, lang, one_file_per_agreement, progress, chunk)


def print_ids(database: Database, ids: list[str], out: Path, lang: str = "es",
              one_file_per_agreement: bool = False, progress: Progress | None = None,
              chunk: int = CHUNK) -> list[Path]:
    """The agreements `ids`, in that order, into the PDF `out` or the folder `out`."""
    document_languages(lang)
    if not ids:
        raise ValidationError.single(None, QT_TRANSLATE_NOOP(
            "Validation", "No agreement matches the filter: there is nothing to print."))
    renderer = AgreementRenderer(lang)
    advance = _reporter(progress, len(ids))
    advance(0)
    out = Path(out)
    if one_file_per_agreement:
        return _print_to_folder(database, ids, out, renderer, advance, chunk)

    def build(temporary: str) -> None:
        done = 0
        with open(temporary, "wb") as stream:
            appender = PdfAppender(stream)
            for docs in _documents(database, ids, chunk):
                buffer = io.BytesIO()
                renderer.build(docs, buffer)
                appender.append(buffer.getvalue())
                done += len(docs)
                advance(done)
            appender.close(title=out.stem)

    return [write_atomically(out, build)]


def _reporter(progress: Progress | None, total: int) -> Callable[[int], None]:
    return lambda done: report(progress, done, total)


STAGING_PREFIX = ".printing-"


def _check_names(database: Database, ids: list[str]) -> None:
    """Refuse, before anything is written, two agreements whose files would have one name
    ("AC/2026/0001" and "AC_2026_0001"; on Windows also "ac-1" and "AC-1")."""
    with database.session() as session:
        numbers = agreement_numbers(session, ids)
    seen: dict[str, str] = {}
    clashes = []
    for number in sorted(numbers):
        key = file_name(number).casefold()
        if key in seen:
            clashes.append(f"{seen[key]} / {number}")
        seen.setdefault(key, number)
    if clashes:
        raise ValidationError.single(None, QT_TRANSLATE_NOOP(
            "Validation", "These agreements would be saved under the same file name: "
            "{pairs}. Print them into one PDF instead, or correct their numbers."),
            pairs="; ".join(clashes[:5]))


def _print_to_folder(database: Database, ids: list[str], folder: Path,
                     renderer: AgreementRenderer, advance, chunk: int) -> list[Path]:
    _check_names(database, ids)
    folder.mkdir(parents=True, exist_ok=True)
    sweep_abandoned(folder, STAGING_PREFIX)  # what killed batches left
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=folder))
    names: list[str] = []
    try:
        done = 0
        for docs in _documents(database, ids, chunk):
            for doc in docs:
                name = file_name(doc.number)
                renderer.build([doc], str(staging / name))
                names.append(name)
                done += 1
                advance(done)
        written = []
        for name in names:
            os.replace(staging / name, folder / name)
            written.append(folder / name)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --- streaming several PDFs into one file -------------------------------------------------------

class PdfAppender:
    """Writes the pages of several PDFs into one file as they come.

    Each appended PDF is parsed with pypdf; the objects its pages use are renumbered
    and written straight to `stream`. Only each object's offset (8 bytes) and each
    page's number stay in memory, so a batch of thousands of agreements needs no
    more memory than one chunk. `close()` writes the page tree, catalogue and
    cross-reference table.
    """

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.offsets = array("q", [0, 0, 0])  # object 0 (free), 1 pages, 2 catalogue
        self.kids = array("q")
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self.stream.write(data)

    def _new_id(self) -> int:
        self.offsets.append(0)
        return len(self.offsets) - 1

    def append(self, pdf: bytes) -> int:
        """Add the pages of `pdf`; returns how many there were."""
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(pdf))
        mapping: dict[tuple[int, int], int] = {}
        pending: deque = deque()

        def ref(indirect) -> int:
            key = (indirect.idnum, indirect.generation)
            new = mapping.get(key)
            if new is None:
                new = mapping[key] = self._new_id()
                pending.append(indirect)
            return new

        pages = [ref(page.indirect_reference) for page in reader.pages]
        page_ids = set(pages)
        while pending:
            indirect = pending.popleft()
            new = mapping[(indirect.idnum, indirect.generation)]
            self.offsets[new] = self.stream.tell()
            self._write(b"%d 0 obj\n" % new)
            self._object(indirect.get_object(), ref, new in page_ids)
            self._write(b"\nendobj\n")
        self.kids.extend(pages)
        return len(pages)

    def _object(self, obj, ref, is_page: bool = False) -> None:
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

        write = self._write
        if isinstance(obj, IndirectObject):
            write(b"%d 0 R" % ref(obj))
        elif isinstance(obj, DictionaryObject):
            stream = isinstance(obj, StreamObject)
            write(b"<<")
            for key, value in dict.items(obj):
                if stream and key == "/Length":
                    continue
                write(b"\n")
                key.write_to_stream(self.stream)
                write(b" ")
                if is_page and key == "/Parent":
                    write(b"1 0 R")
                else:
                    self._object(value, ref)
            if stream:
                data = obj._data
                write(b"\n/Length %d>>\nstream\n" % len(data))
                write(data)
                write(b"\nendstream")
            else:
                write(b"\n>>")
        elif isinstance(obj, ArrayObject):
            write(b"[")
            for i, item in enumerate(list.__iter__(obj)):
                if i:
                    write(b" ")
                self._object(item, ref)
            write(b"]")
        else:
            obj.write_to_stream(self.stream)

    def close(self, title: str = "") -> None:
        """Write the page tree, catalogue, information and cross-reference table."""
        from pypdf.generic import TextStringObject

        write = self._write
        self.offsets[1] = self.stream.tell()
        write(b"1 0 obj\n<< /Type /Pages /Count %d /Kids [" % len(self.kids))
        for i, kid in enumerate(self.kids):
            write(b"%s%d 0 R" % (b"\n" if i % 16 == 0 else b" ", kid))
        write(b"] >>\nendobj\n")
        self.offsets[2] = self.stream.tell()
        write(b"2 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\n")
        info = self._new_id()
        self.offsets[info] = self.stream.tell()
        write(b"%d 0 obj\n<< /Creator " % info)
        TextStringObject("Conservation Desk").write_to_stream(self.stream)
        if title:
            write(b" /Title ")
            TextStringObject(title).write_to_stream(self.stream)
        write(b" >>\nendobj\n")
        xref = self.stream.tell()
        write(b"xref\n0 %d\n0000000000 65535 f \n" % len(self.offsets))
        for offset in self.offsets[1:]:
            write(b"%010d 00000 n \n" % offset)
        write(b"trailer\n<< /Size %d /Root 2 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(self.offsets), info, xref))

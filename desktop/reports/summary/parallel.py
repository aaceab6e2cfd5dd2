"""The summary's sheets made side by side: this process and a second one each take the next
sheet (the costliest first) until none is left.

At 100,000 families and 1,000,000 deliveries the summary is about 80 s of work for one core,
nearly all of it in Python making rows and XML (bench/summary_workbook.py); the offices'
laptops have two cores or more. Python's lock keeps one process on one core, so the second
core gets a process of its own: a worker (multiprocessing, "spawn": the same on Linux and
Windows, and safe from a program with threads such as the window) opens the database itself,
makes the sheets it takes from the same SummaryWriter code, and writes each one's XML to a
file in a temporary folder; this process writes its own sheets straight into the workbook
and copies the worker's in (compressing them) between its own. Both read with their own
connection: the sheets are read at about the same time, as the single process reads them one
after the other.

Number styles are agreed beforehand (every format a column can have, in a fixed order), and
the alias key of an anonymised export is handed to the worker, so a family has the same
alias in every sheet. Cancelling, a failure on either side or a worker that dies stop the
other, remove the temporary folder and raise here (the caller's write_atomically then leaves
no file).
"""

from __future__ import annotations

import errno
import multiprocessing
import queue
import tempfile
import traceback
from dataclasses import replace
from pathlib import Path

from desktop.i18n import translate
from desktop.reports.plain_sheet import Styles, write_sheet_xml
from desktop.reports.plain_workbook import PlainWorkbook

#: How often (seconds) a wait for the worker tells the progress (and so can be cancelled).
POLL_SECONDS = 0.2
#: Whole seconds a worker has to stop when told to, before it is killed.
STOP_SECONDS = 5


class WorkerFailed(ChildProcessError):
    """The worker process failed or died: `strerror` says why in the user's language (an
    OSError, so the command line and the window tell it as they tell a file they cannot
    write)."""

    def __init__(self, reason: str):
        text = translate("Workbook", "the summary's second process stopped: {reason}").format(
            reason=reason)
        super().__init__(errno.ECHILD, text)


def write_in_two_processes(writer, database_path, path: Path) -> None:
    """Write `writer`'s sheets to `path`, sharing them with one worker.

    `writer` (a SummaryWriter) names its sheets' methods in `SHEETS` (the workbook's order)
    and `COST_ORDER` (the order they are taken in); its class, made again in the worker with
    `options()`, must make the same sheets from the same database."""
    context = multiprocessing.get_context("spawn")
    taken = context.Value("i", 0)  # the next sheet of COST_ORDER to take, for both sides
    results = context.Queue()
    with tempfile.TemporaryDirectory(prefix="summary-sheets-") as folder:
        worker = context.Process(
            target=_work, name="summary-sheets", daemon=True,
            args=(str(database_path), type(writer), writer.options(), taken, results, folder))
        worker.start()
        try:
            _write(writer, path, taken, results, worker)
            worker.join(STOP_SECONDS)  # it has nothing left to take: it closes and exits
        finally:
            if worker.is_alive():
                with taken.get_lock():
                    taken.value = len(writer.COST_ORDER)  # nothing more to take
                worker.terminate()
            worker.join(STOP_SECONDS)
            if worker.is_alive():
                worker.kill()
                worker.join()
            results.close()
            results.join_thread()


def _take(taken, order) -> str | None:
    with taken.get_lock():
        if taken.value >= len(order):
            return None
        taken.value += 1
        return order[taken.value - 1]


def _write(writer, path: Path, taken, results, worker) -> None:
    registry = Styles(writer.number_formats())
    waiting = set(writer.SHEETS)
    with PlainWorkbook(path, registry) as book:
        while (name := _take(taken, writer.COST_ORDER)) is not None:
            _add_written(writer, book, results, waiting, worker, wait=False)
            book.write(writer.SHEETS.index(name) + 1, getattr(writer, name)())
            waiting.discard(name)
        while waiting:  # the worker's last sheets
            _add_written(writer, book, results, waiting, worker, wait=True)


def _add_written(writer, book: PlainWorkbook, results, waiting: set, worker, wait: bool) -> None:
    """Copy into `book` the sheets the worker has finished (with `wait`, at least one)."""
    while True:
        try:
            message = results.get(timeout=POLL_SECONDS) if wait else results.get_nowait()
        except queue.Empty:
            if not wait:
                return
            if not worker.is_alive():
                raise WorkerFailed(translate("Workbook", "exit code {code}").format(
                    code=worker.exitcode))
            writer.report_progress()  # raises Cancelled when the user stops
            continue
        kind, *rest = message
        if kind == "failed":
            line, error = rest
            if isinstance(error, OSError):  # a full disk, a folder it may not write: as ours
                raise error
            raise WorkerFailed(line)
        name, sheet, xml, rows = rest
        book.add_written(writer.SHEETS.index(name) + 1, sheet, Path(xml), rows)
        Path(xml).unlink()
        waiting.discard(name)
        writer.sheet_done()
        wait = False


def _work(database_path: str, writer_class, options: dict, taken, results, folder: str) -> None:
    """The worker: take sheets until none is left, writing each one's XML to `folder`."""
    from desktop.db.engine import Database

    parent = multiprocessing.parent_process()
    try:
        database = Database(database_path)
        try:
            with database.session() as session:
                writer = writer_class(session, progress=None, **options)
                registry = Styles(writer.number_formats(), closed=True)
                while (name := _take(taken, writer.COST_ORDER)) is not None:
                    if not parent.is_alive():  # killed: no one will read what follows
                        return
                    sheet = getattr(writer, name)()
                    xml = Path(folder) / f"{name}.xml"
                    with open(xml, "wb") as out:
                        rows = write_sheet_xml(out, sheet, registry,
                                               selected=writer.SHEETS.index(name) == 0)
                    results.put(("done", name, replace(sheet, rows=()), str(xml), rows))
        finally:
            database.close()
    except BaseException as error:  # noqa: BLE001 (told to the other side, which raises it)
        cause = getattr(error, "orig", None) or error  # a database error: the driver's words
        lines = traceback.format_exception_only(type(cause), cause)
        # a file error (a full disk…) is handed over as it is, for the user to act on
        forwarded = error if isinstance(error, OSError) else None
        results.put(("failed", lines[-1].strip().splitlines()[0], forwarded))

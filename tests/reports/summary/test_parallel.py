"""The summary made in two processes is the workbook one process makes (issue 15: the second
core), and stopping it leaves nothing behind."""

import multiprocessing
import tempfile
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.reports.summary import write_summary
from desktop.reports.summary.parallel import WorkerFailed, write_in_two_processes
from desktop.reports.summary.workbook import SummaryWriter
from desktop.services.common import Cancelled
from tests.services.test_indicators import programme  # noqa: F401  (fixture)


def cells(path):
    book = load_workbook(path)
    return {ws.title: [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
            for ws in book.worksheets}, {ws.title: sorted(ws.tables) for ws in book.worksheets}


def leftovers() -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob("summary-sheets-*"))


def test_two_processes_write_the_same_workbook_as_one(tmp_path, database, programme):  # noqa: F811
    before = leftovers()
    one = write_summary(database, tmp_path / "one.xlsx", "es", in_two_processes=False)
    two = write_summary(database, tmp_path / "two.xlsx", "es", in_two_processes=True)
    (one_cells, one_tables), (two_cells, two_tables) = cells(one), cells(two)
    assert list(two_cells) == list(one_cells) and len(one_cells) == 9
    for title in one_cells:
        assert two_cells[title] == one_cells[title], title
    assert two_tables == one_tables
    assert multiprocessing.active_children() == []
    assert leftovers() == before


def test_an_anonymised_family_has_one_alias_in_every_sheet(tmp_path, database, programme):  # noqa: F811
    path = write_summary(database, tmp_path / "anon.xlsx", "en", anonymise=True,
                         in_two_processes=True)
    book = load_workbook(path)
    families = {row[0] for row in book["Families"].iter_rows(min_row=2, values_only=True)}
    members = {row[0] for row in book["Members"].iter_rows(min_row=2, values_only=True)}
    agreements = {row[1] for row in book["Agreements"].iter_rows(min_row=2, values_only=True)}
    assert families and all(code.startswith("A-") for code in families)
    assert members <= families and agreements <= families


def test_cancelling_stops_the_second_process_and_leaves_nothing(tmp_path, database, programme):  # noqa: F811
    before = leftovers()
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(Cancelled):
        write_summary(database, tmp_path / "cancelled.xlsx", "en", progress=progress,
                      in_two_processes=True)
    assert not list(tmp_path.glob("cancelled*"))
    assert multiprocessing.active_children() == []
    assert leftovers() == before


def test_a_second_process_that_cannot_read_the_database_fails_in_one_line(
        tmp_path, database, programme):  # noqa: F811
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_bytes(b"this is not a database" * 100)
    def slow(done, total):  # this side waits after its first sheet until the worker took one
        deadline = time.monotonic() + 120
        while not any(any(folder.glob("*.xml")) for folder in leftovers()) \
                and time.monotonic() < deadline:
            time.sleep(0.05)

    with database.session() as session:
        writer = SummaryWriter(session, "en", None, None, False, slow)
        with pytest.raises(WorkerFailed) as failed:
            write_in_two_processes(writer, not_a_database, tmp_path / "out.xlsx")
    reason = failed.value.strerror
    assert "\n" not in reason and "not a database" in reason and "second process" in reason
    assert isinstance(failed.value, OSError)  # told as a file problem by the CLI and window
    assert multiprocessing.active_children() == []

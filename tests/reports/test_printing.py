"""Batch printing of the demo office: one PDF, a folder of files named by number, cancel."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports import printing
from desktop.reports.agreement import AgreementRenderer
from desktop.services import agreements as ag
from desktop.services.common import Cancelled
from desktop.demo import build_demo
from desktop.services.errors import NotFound, ValidationError


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A small demo office (built once for this module; tests only read it)."""
    from desktop.services.database import open_database

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONSERVATION_DESK_HOME", str(folder / "home"))
        database = open_database(folder / "demo.sqlite", backup_dir=folder / "backups")
        build_demo(database, families=40, seed=3)
    yield database
    database.close()


def community_with_most_active(database) -> str:
    with database.session() as session:
        rows = ag.list_agreements(session, ag.AgreementFilter(status="active"), limit=None)
    names = [r.community for r in rows]
    return max(set(names), key=names.count)


def texts(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_one_pdf_with_every_active_agreement_of_a_community(demo_db, tmp_path):
    name = community_with_most_active(demo_db)
    flt = ag.AgreementFilter(status="active", community_name=name)
    with demo_db.session() as session:
        expected = [r.number for r in ag.list_agreements(session, flt, limit=None)]
    assert len(expected) >= 2
    seen = []
    out = tmp_path / "out" / "active.pdf"
    written = printing.print_agreements(demo_db, flt, out, "en", chunk=2,
                                        progress=lambda done, total: seen.append((done, total)))
    assert written == [out]
    assert seen[0] == (0, len(expected)) and seen[-1] == (len(expected), len(expected))
    pages = texts(out)
    firsts = [p for p in pages if "Page 1 of" in p]
    assert len(firsts) == len(expected)  # each agreement numbered on its own
    for number, page in zip(expected, firsts):  # in number order
        assert f"CONSERVATION AGREEMENT No. {number}" in page
    assert all(name in page for page in firsts)
    assert [p.name for p in out.parent.iterdir()] == ["active.pdf"]


def test_one_pdf_has_the_same_pages_as_the_agreements_printed_one_by_one(demo_db, tmp_path):
    flt = ag.AgreementFilter(status="active")
    with demo_db.session() as session:
        ids = ag.agreement_ids(session, flt)[:3]
        docs = printing.load_documents(session, ids)
    out = printing.print_ids(demo_db, ids, tmp_path / "three.pdf", "both", chunk=2)[0]
    one_by_one = []
    for doc in docs:
        buffer = io.BytesIO()
        AgreementRenderer("both").build([doc], buffer)
        one_by_one += [" ".join(p.extract_text().split())
                       for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    assert texts(out) == one_by_one


def test_a_folder_of_files_named_after_the_agreement_numbers(demo_db, tmp_path):
    flt = ag.AgreementFilter(status="active")
    with demo_db.session() as session:
        expected = [r.number for r in ag.list_agreements(session, flt, limit=None)]
    folder = tmp_path / "out"
    (folder / "keep.txt").parent.mkdir()
    (folder / "keep.txt").write_text("mine")
    written = printing.print_agreements(demo_db, flt, folder, "es",
                                        one_file_per_agreement=True)
    assert [p.name for p in written] == [f"{n}.pdf" for n in expected]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{n}.pdf" for n in expected] + ["keep.txt"])  # no staging folder left
    first = texts(folder / f"{expected[0]}.pdf")
    assert f"N.° {expected[0]}" in first[0]


@pytest.mark.parametrize("one_file_each", [False, True])
def test_cancel_leaves_nothing_behind(demo_db, tmp_path, one_file_each):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / ("folder" if one_file_each else "all.pdf")
    if one_file_each:
        out.mkdir()
        (out / "AC-old.pdf").write_bytes(b"%PDF old")

    def progress(done, total):
        return done < 3  # cancel after a few

    with pytest.raises(Cancelled):
        printing.print_agreements(demo_db, ag.AgreementFilter(), out, "es",
                                  one_file_per_agreement=one_file_each, progress=progress,
                                  chunk=2)
    if one_file_each:
        assert [p.name for p in out.iterdir()] == ["AC-old.pdf"]
        assert (out / "AC-old.pdf").read_bytes() == b"%PDF old"
    else:
        assert list(tmp_path.iterdir()) == []


def test_nothing_to_print_and_unknown_number(demo_db, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError) as excinfo:
        printing.print_agreements(demo_db, ag.AgreementFilter(community_name="Nowhere"),
                                  tmp_path / "x.pdf")
    assert "nothing to print" in excinfo.value.text("en")
    with pytest.raises(NotFound):
        printing.print_agreement(demo_db, "AC-1999-9999", tmp_path / "x.pdf")
    with pytest.raises(ValueError):
        printing.print_agreement(demo_db, "AC-1999-9999", tmp_path / "x.pdf", "fr")
    assert list(tmp_path.iterdir()) == []


def test_print_one_agreement_by_number(demo_db, tmp_path):
    with demo_db.session() as session:
        number = ag.list_agreements(session, ag.AgreementFilter(status="signed"), limit=1)
        number = number[0].number if number else ag.list_agreements(session, limit=1)[0].number
    out = printing.print_agreement(demo_db, number, tmp_path / "one.pdf", "en")
    pages = texts(out)
    assert number in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_file_names_are_safe():
    assert printing.file_name("AC-2026-0001") == "AC-2026-0001.pdf"
    assert printing.file_name("BP/AM 2026:01") == "BP_AM_2026_01.pdf"
    assert printing.file_name("..") == "agreement.pdf"


def test_appender_keeps_pages_text_and_fonts_of_each_part(tmp_path):
    from reportlab.pdfgen import canvas

    from desktop.reports.pdf import FONT, register_fonts

    register_fonts()
    parts = []
    for word in ("Núñez", "Añasco"):
        buffer = io.BytesIO()
        c = canvas.Canvas(buffer)
        for page in range(2):
            c.setFont(FONT, 12)
            c.drawString(100, 700, f"{word} {page}")
            c.showPage()
        c.save()
        parts.append(buffer.getvalue())
    out = tmp_path / "joined.pdf"
    with open(out, "wb") as stream:
        appender = printing.PdfAppender(stream)
        assert [appender.append(p) for p in parts] == [2, 2]
        appender.close(title="Joined")
    reader = PdfReader(out)
    assert [p.extract_text().strip() for p in reader.pages] == [
        "Núñez 0", "Núñez 1", "Añasco 0", "Añasco 1"]
    assert reader.metadata.title == "Joined"


@pytest.fixture
def two_clashing(tmp_path):
    """A copy of a small demo where two agreements' numbers map to one file name."""
    from sqlalchemy import select

    from desktop.db.agreement import Agreement
    from desktop.services.database import open_database

    database = open_database(tmp_path / "clash.sqlite", backup_dir=tmp_path / "b")
    build_demo(database, families=12, seed=4)
    with database.session() as session:
        first, second = session.scalars(select(Agreement).order_by(Agreement.number).limit(2))
        first.number, second.number = "AC/2026/0001", "AC_2026_0001"
        ids = [first.id, second.id]
        session.commit()
    yield database, ids
    database.close()


def test_two_agreements_that_map_to_one_file_name_are_refused_before_anything_is_written(
        two_clashing, tmp_path):
    database, ids = two_clashing
    out = tmp_path / "folder"
    with pytest.raises(ValidationError) as refused:
        printing.print_ids(database, ids, out, "en", one_file_per_agreement=True)
    assert "AC/2026/0001 / AC_2026_0001" in refused.value.text("en")
    assert not out.exists() or list(out.iterdir()) == []


def test_a_number_with_a_path_in_it_never_writes_outside_the_folder(two_clashing, tmp_path):
    from desktop.cli import main

    database, ids = two_clashing
    with database.session() as session:
        agreement = ag.get_agreement(session, ids[0])
        agreement.number = "../../ESC"
        session.commit()
    out = tmp_path / "a" / "b" / "out"
    out.mkdir(parents=True)
    assert main(["print", "agreement", "../../ESC", "--db", str(database.path),
                 "--out", str(out) + "/"]) == 0
    assert [p.name for p in out.iterdir()] == ["ESC.pdf"]
    assert not list((tmp_path / "a").glob("*.pdf")) and not list(tmp_path.glob("ESC*"))


def test_staging_folders_left_by_a_killed_batch_are_swept(demo_db, tmp_path):
    import os
    import time

    out = tmp_path / "folder"
    stale = out / ".printing-999999999-old"
    stale.mkdir(parents=True)
    (stale / "AC-1.pdf").write_bytes(b"%PDF half")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    with demo_db.session() as session:
        ids = ag.agreement_ids(session, ag.AgreementFilter(status="active"))[:2]
    printing.print_ids(demo_db, ids, out, "en", one_file_per_agreement=True)
    assert not stale.exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]

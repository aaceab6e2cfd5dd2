"""`conservation-desk print agreement(s)`: exit codes, one-line errors, files written."""

import pytest
from pypdf import PdfReader

import desktop.commands
from desktop.cli import main
from desktop.commands.agreements import is_folder
from desktop.services import agreements as ag
from desktop.services import registry
from tests.conftest import head
from tests.reports.agreement.test_renderer import make_agreement


@pytest.fixture(autouse=True)
def _agreement_commands(monkeypatch):
    # until desktop/commands/__init__.py lists the module
    if "desktop.commands.agreements" not in desktop.commands.AREA_MODULES:
        monkeypatch.setattr(desktop.commands, "AREA_MODULES",
                            [*desktop.commands.AREA_MODULES, "desktop.commands.agreements"])


@pytest.fixture
def office(database, session, family, community):
    """The office file with two active agreements in Aguas Claras and a draft elsewhere."""
    first = make_agreement(session, family)
    ag.activate(session, first.id)
    second_family = registry.create_family(session, {"community_id": community.id},
                                           head(dni="44556677", given_names="Rosa Inés"))
    second = make_agreement(session, second_family, spouse_dni="55667788")
    ag.activate(session, second.id)
    other = registry.save_community(session, {"name": "San Andrés", "zone": "inside"})
    third = registry.create_family(session, {"community_id": other.id},
                                   head(dni="11223344", given_names="Ángel"))
    draft = ag.create_agreement(session, third.id, {"start_date": "01/01/2026",
                                                    "end_date": "31/12/2026"})
    return {"db": str(database.path), "active": [first.number, second.number],
            "draft": draft.number}


def run(capsys, *args):
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out.strip().splitlines(), err.strip().splitlines()


def pages(path):
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_print_one_agreement(office, tmp_path, capsys):
    out = tmp_path / "one.pdf"
    number = office["active"][0]
    code, stdout, stderr = run(capsys, "print", "agreement", number, "--db", office["db"],
                               "--lang", "both", "--out", str(out))
    assert code == 0 and stderr == []
    assert stdout == [f"Agreement {number} written to {out}."]
    text = pages(out)
    assert "ACUERDO DE CONSERVACIÓN" in text[0]
    assert any("CONSERVATION AGREEMENT" in page for page in text)
    assert "José Núñez Pérez" in text[0]


def test_unknown_number_is_one_line_and_exit_1(office, tmp_path, capsys):
    code, stdout, stderr = run(capsys, "print", "agreement", "AC-1999-0042", "--db",
                               office["db"], "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and stdout == []
    assert len(stderr) == 1 and "AC-1999-0042" in stderr[0] and "Traceback" not in stderr[0]
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_folder_is_one_line_and_exit_1(office, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for args in (["agreement", office["active"][0]], ["agreements"]):
        code, stdout, stderr = run(capsys, "print", *args, "--db", office["db"], "--out",
                                   str(blocker / "sub" / "x.pdf"))
        assert code == 1 and stdout == []
        assert len(stderr) == 1 and stderr[0].startswith("conservation-desk: Cannot write")
        assert str(blocker / "sub") in stderr[0] and ".part" not in stderr[0]


def test_active_agreements_of_a_community_into_one_pdf(office, tmp_path, capsys):
    out = tmp_path / "active.pdf"
    code, stdout, stderr = run(capsys, "print", "agreements", "--db", office["db"], "--status",
                               "active", "--community", "aguas claras", "--lang", "en",
                               "--out", str(out))
    assert code == 0 and stderr == []
    assert stdout == [f"Agreements written to {out}."]
    firsts = [p for p in pages(out) if "Page 1 of" in p]
    assert [next(n for n in office["active"] if n in p) for p in firsts] == office["active"]
    assert not any(office["draft"] in p for p in pages(out))


@pytest.mark.parametrize("target", ["folder/", "folder", "existing"])
def test_a_folder_gets_one_file_per_agreement(office, tmp_path, capsys, target):
    if target == "existing":
        (tmp_path / "existing.pdf").mkdir()  # an existing folder, even with a .pdf name
        target = "existing.pdf"
    code, stdout, stderr = run(capsys, "print", "agreements", "--db", office["db"],
                               "--status", "active", "--out", str(tmp_path / target))
    assert code == 0 and stderr == []
    folder = tmp_path / target.rstrip("/")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{n}.pdf" for n in office["active"])
    assert stdout == [f"2 agreements written to the folder {folder}."]


def test_nothing_matching_is_one_line_and_exit_1(office, tmp_path, capsys):
    code, _, stderr = run(capsys, "print", "agreements", "--db", office["db"], "--status",
                          "suspended", "--out", str(tmp_path / "x.pdf"))
    assert code == 1
    assert stderr == [("conservation-desk: No agreement matches the filter: there is nothing "
                       "to print.")]
    code, _, stderr = run(capsys, "print", "agreements", "--db", office["db"], "--community",
                          "Atlantis", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and stderr == ["conservation-desk: There is no community named Atlantis."]
    assert list(tmp_path.glob("*.pdf")) == []


def test_bad_arguments_and_missing_database(office, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:  # argparse's usage errors exit 2, in one line
        main(["print", "agreements", "--db", office["db"], "--lang", "fr", "--out", "x.pdf"])
    assert exit_.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    code, _, stderr = run(capsys, "print", "agreement", "AC-1", "--db",
                          str(tmp_path / "none.sqlite"), "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and len(stderr) == 1 and "none.sqlite" in stderr[0]


def test_document_language_does_not_change_the_message_language(office, tmp_path, capsys):
    code, stdout, _ = run(capsys, "print", "agreement", office["draft"], "--db", office["db"],
                          "--lang", "es", "--out", str(tmp_path / "d.pdf"))
    assert code == 0 and stdout[0].startswith("Agreement ")  # messages stay in English
    assert "BORRADOR" in pages(tmp_path / "d.pdf")[0]


def test_what_counts_as_a_folder(tmp_path):
    assert is_folder("out/") and is_folder("out") and is_folder(str(tmp_path))
    assert not is_folder("out.pdf") and not is_folder("OUT.PDF")

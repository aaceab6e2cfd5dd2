"""`print security-document` states the program's real settings (issue 14 item 5) and
`print person-data --dni` answers a request of access (item 4), for whom may."""

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.services import people


def text_of(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


@pytest.fixture
def office(database, family, monkeypatch):
    with database.session() as session:
        people.add_user(session, "Ana Admin", "admin", "first-secret", first=True)
    database.actor = people.Actor("Ana Admin", "admin")
    with database.session() as session:
        people.add_user(session, "Rosa Coop", "cooperative", "rosa-secret")
        people.add_user(session, "Luz Oficina", "office", "luz-secret")
    database.close()
    monkeypatch.setenv("CONSERVATION_DESK_PASSWORD", "first-secret")
    return database.path


@pytest.mark.parametrize("lang, words", [
    ("en", ["Security document", "1 people (1 with DNI)", "Cooperative manager", "Rosa Coop",
            "within 48 hours", "locks after 10 minutes", "Approved by"]),
    ("es", ["Documento de seguridad", "1 personas (1 con DNI)", "Gestor(a) de cooperativa",
            "Rosa Coop", "48 horas", "Aprobado por"])])
def test_the_security_document_states_the_real_settings(office, tmp_path, capsys, lang,
                                                        words):
    out = tmp_path / "security.pdf"
    assert main(["--lang", lang, "print", "security-document", "--db", str(office),
                 "--user", "Ana Admin", "--out", str(out)]) == 0
    text = text_of(out)
    for word in words:
        assert word in text, word
    assert str(office) in text.replace(" ", "") or office.name in text


def test_only_an_administrator_prints_it(office, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CONSERVATION_DESK_PASSWORD", "luz-secret")
    out = tmp_path / "security.pdf"
    assert main(["--lang", "en", "print", "security-document", "--db", str(office),
                 "--user", "Luz Oficina", "--out", str(out)]) == 4
    assert not out.exists()


def test_person_data_by_dni(office, tmp_path, monkeypatch, capsys):
    out = tmp_path / "jose.pdf"
    assert main(["--lang", "en", "print", "person-data", "--db", str(office), "--user",
                 "Ana Admin", "--dni", "01234567", "--out", str(out)]) == 0
    assert "José Núñez Pérez" in text_of(out)
    assert main(["--lang", "en", "print", "person-data", "--db", str(office), "--user",
                 "Ana Admin", "--dni", "99999999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "Nobody in the register has DNI 99999999" in capsys.readouterr().err
    monkeypatch.setenv("CONSERVATION_DESK_PASSWORD", "rosa-secret")
    assert main(["--lang", "en", "print", "person-data", "--db", str(office), "--user",
                 "Rosa Coop", "--dni", "99999999", "--out", str(tmp_path / "y.pdf")]) == 4

"""A cooperative manager or a viewer sees a family's names and codes, not its members' DNIs,
phones or birth dates (issue 14 item 2): in the Families detail and an agreement's
signatories, and through the service the window reads them with."""

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services import agreements, people, registry
from desktop.services.people import Actor
from desktop.ui.families.families_page import FamiliesPage
from desktop.ui.widgets.language import apply_language


@pytest.fixture
def registered(family, database):
    """The conftest family (head with DNI 01234567), then users."""
    with database.session() as session:
        draft = agreements.create_agreement(session, family.id, {
            "start_date": "05/01/2026", "end_date": "04/01/2029"})
        agreement_id = draft.id
        people.add_user(session, "Ana Admin", "admin", "first-secret", first=True)
    return database, family.id, agreement_id


def member_cells(page) -> list[str]:
    model = page.members
    return [model.index(r, c).data() or "" for r in range(model.rowCount())
            for c in range(model.columnCount())]


@pytest.mark.parametrize("role, sees", [("admin", True), ("coordinator", True),
                                        ("office", True), ("cooperative", False),
                                        ("viewer", False)])
def test_the_families_detail_shows_dnis_only_to_whom_may_read_them(qtbot, registered,
                                                                    role, sees):
    database, family_id, _ = registered
    apply_language(QApplication.instance(), "en")
    database.actor = Actor("Someone", role)
    page = FamiliesPage(database)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    cells = member_cells(page)
    assert "José" in cells  # the name is there for every role
    assert ("01234567" in cells) is sees
    assert any(c.endswith("1980") for c in cells) is sees


def test_masked_records_answer_none_and_cannot_be_written(registered):
    database, family_id, agreement_id = registered
    database.actor = Actor("Rosa", "cooperative")
    with database.session() as session:
        family = registry.get_family(session, family_id)
        [member] = people.visible_records(session, family.living_members)
        assert (member.given_names, member.dni, member.phone, member.birth_date) == (
            "José", None, None, None)
        with pytest.raises(AttributeError):
            member.dni = "76543210"
        agreement = agreements.get_agreement(session, agreement_id)
        signatories = people.visible_records(session, agreements.living(agreement.signatories))
        assert signatories and all(s.dni is None for s in signatories)
        assert all(s.name for s in signatories)
    database.actor = Actor("Luis", "coordinator")
    with database.session() as session:
        family = registry.get_family(session, family_id)
        [member] = people.visible_records(session, family.living_members)
        assert member.dni == "01234567" and member.birth_date == date(1980, 5, 4)
        assert member is family.living_members[0]  # the record itself, editable


def test_an_administrator_anonymises_a_member_after_two_questions(qtbot, registered,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import finish

    database, family_id, agreement_id = registered
    database.actor = Actor("Ana Admin", "admin")
    asked = []

    def answer(reply):
        return lambda *args, **kwargs: asked.append(args[2]) or reply

    page = FamiliesPage(database)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.members_view.selectRow(0)
    assert page.rights.anonymise_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.No))
    assert page.rights.anonymise() is None  # the second question said No: nothing happens
    assert len(asked) == 2 and "cannot be undone" in asked[1]
    assert "01234567" in member_cells(page)
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    finish(qtbot, page.rights.anonymise())
    page.members_view.selectRow(0)
    cells = member_cells(page)
    assert people.ANONYMOUS in cells and "01234567" not in cells and "José" not in cells
    qtbot.waitUntil(lambda: page.count_label.text() == "1 family")  # still counted


def test_only_an_administrator_sees_the_anonymise_button(qtbot, registered):
    database = registered[0]
    for role, hidden in (("admin", False), ("coordinator", True), ("office", True)):
        database.actor = Actor("Someone", role)
        page = FamiliesPage(database)
        qtbot.addWidget(page)
        page.apply_role(database)
        assert page.rights.anonymise_button.isHidden() is hidden


def test_print_this_persons_data_from_the_families_detail(qtbot, registered, monkeypatch,
                                                          tmp_path):
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.helpers import finish

    database = registered[0]
    database.actor = Actor("Ana Admin", "admin")
    offered, opened = [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: offered.append(a[2]) or (
        str(tmp_path / "answer.pdf"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = FamiliesPage(database)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.members_view.selectRow(0)
    written = finish(qtbot, page.rights.ask_where_to_print())
    assert offered[0].endswith(".pdf") and "/" not in offered[0].rsplit("/", 1)[1][:-4]
    text = " ".join(p.extract_text() for p in PdfReader(str(written)).pages)
    assert "José" in text and "01234567" in text and "Agreements signed" in text
    assert opened and opened[0].toLocalFile() == str(written)

"""The Audit page: filters, labels, the workbook, and who sees it (issue 14 item 3)."""

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from desktop.services import people, registry
from desktop.services.people import Actor
from desktop.ui.main_window import MainWindow
from desktop.ui.people.audit_page import AuditPage
from desktop.ui.widgets.language import apply_language
from tests.ui.helpers import finish


@pytest.fixture
def audited(community, database):
    with database.session() as session:
        people.add_user(session, "Ana Admin", "admin", "first-secret", first=True)
    database.actor = Actor("Luz Oficina", "office")
    with database.session() as session:
        family = registry.create_family(session, {"community_id": community.id},
                                        {"given_names": "=HYPERLINK(\"x\")",
                                         "paternal_surname": "Ríos", "sex": "F"})
        registry.update_family(session, family.id, {"phone": "987654321"})
    database.actor = Actor("Ana Admin", "admin")
    return database


def test_the_page_lists_filters_and_exports_in_the_users_language(qtbot, audited, tmp_path):
    apply_language(QApplication.instance(), "es")
    page = AuditPage(audited)
    qtbot.addWidget(page)
    total = page.model.rowCount()
    assert total >= 3 and page.heading.text() == f"Audit: {total} changes".replace(
        "Audit", "Auditoría").replace("changes", "cambios")
    page.user.setCurrentIndex(page.user.findData("Luz Oficina"))
    page.action.setCurrentIndex(page.action.findData("update"))
    assert page.model.rowCount() >= 1
    first = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert first[1] == "Luz Oficina" and first[2] == "cambió" and first[3] == "Familia"
    assert "Teléfono" in first[4] and "987654321" in first[4]
    out = tmp_path / "audit.xlsx"
    finish(qtbot, page.export(str(out)))
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Cuándo", "Quién", "Qué se hizo", "Registro", "Cambios",
                       "Motivo indicado", "Oficina o equipo")
    assert len(rows) == 1 + page.model.rowCount()
    apply_language(QApplication.instance(), "en")


def test_only_administrators_and_coordinators_see_the_audit_area(qtbot, audited):
    for role, sees in (("admin", True), ("coordinator", True), ("office", False),
                       ("cooperative", False), ("viewer", False)):
        audited.actor = Actor("Someone", role)
        window = MainWindow(audited)
        qtbot.addWidget(window)
        assert ("audit" in [name for name, _ in window.areas]) is sees, role
        window.close()


def test_a_familys_detail_shows_its_history_to_whom_may_read_the_audit(qtbot, audited):
    from desktop.ui.families.families_page import HISTORY_TAB, FamiliesPage

    apply_language(QApplication.instance(), "en")
    page = FamiliesPage(audited)  # the administrator
    qtbot.addWidget(page)
    assert page.detail_tabs.isTabVisible(HISTORY_TAB)
    assert page.detail_tabs.tabText(HISTORY_TAB) == "History"
    lines = [[page.history.index(r, c).data() for c in range(page.history.columnCount())]
             for r in range(page.history.rowCount())]
    assert lines[0][1:4] == ["Luz Oficina", "changed", "Family"]  # newest first
    assert "Phone: — → 987654321" in lines[0][4]
    assert {line[3] for line in lines} == {"Family", "Member"}
    audited.actor = Actor("Luz Oficina", "office")
    office = FamiliesPage(audited)
    qtbot.addWidget(office)
    assert not office.detail_tabs.isTabVisible(HISTORY_TAB)


def test_an_agreements_detail_shows_its_history_to_whom_may_read_the_audit(qtbot, audited):
    from desktop.services import agreements
    from desktop.ui.agreements.agreements_page import AgreementsPage

    from sqlalchemy import select

    from desktop.db.family import Family

    with audited.session() as session:
        family_id = session.scalar(select(Family.id))
        draft = agreements.create_agreement(session, family_id, {
            "start_date": "05/01/2026", "end_date": "04/01/2029"})
        agreements.update_agreement(session, draft.id, {"notes": "Revisado con la familia"})
    apply_language(QApplication.instance(), "es")
    page = AgreementsPage(audited)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    tabs, view = page.tabs, page.history.view
    qtbot.waitUntil(lambda: page.history.model.rowCount() > 0)
    assert tabs.isTabVisible(tabs.indexOf(view))
    assert tabs.tabText(tabs.indexOf(view)) == "Historial"
    model = page.history.model
    texts = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert any("Revisado con la familia" in t for t in texts)
    assert {model.index(r, 3).data() for r in range(model.rowCount())} >= {"Acuerdo"}
    audited.actor = Actor("Luz Oficina", "office")
    office = AgreementsPage(audited)
    qtbot.addWidget(office)
    office.table.selectRow(0)
    assert not office.tabs.isTabVisible(office.tabs.indexOf(office.history.view))
    apply_language(QApplication.instance(), "en")

"""New cooperative members: the family found by name or DNI, several saved in a row, and the
list's keyboard (Enter opens, Ctrl+N adds)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import cooperative
from desktop.ui.cooperative.cooperative_page import CooperativePage
from tests.services.cooperative.builders import make_cooperative, make_family
from tests.ui.helpers import on_next_dialog, type_text


@pytest.fixture
def tab(qtbot, database, session, family, community):
    make_cooperative(session)
    make_family(session, community, given_names="Rosa", paternal_surname="Quispe",
                maternal_surname="Huamán", dni="44556677", sex="F")
    page = CooperativePage(database)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.members)
    return page.members


def test_two_members_in_a_row_found_by_name_and_by_dni(qtbot, tab, family, session):
    seen = {}

    def two(dialog):
        lookup = dialog.widgets["family_code"]
        type_text(lookup, "nunez")  # José Núñez's family, accents left out
        qtbot.waitUntil(lookup.popup.isVisible, timeout=2000)
        seen["line"] = lookup.popup.model().index(0, 0).data()
        qtbot.keyClick(lookup.popup, Qt.Key.Key_Return)
        dialog.add_another_button.click()
        seen["open"] = dialog.isVisible() and lookup.text() == ""
        type_text(lookup, "44556677")  # Rosa Quispe's family by her DNI, Enter not needed
        dialog.add_another_button.click()
        seen["errors"] = [dialog.error_text(k) for k in dialog.error_labels
                          if dialog.error_text(k)]
        dialog.reject()

    on_next_dialog(two)
    tab.new_button.click()
    assert seen["line"] == f"{family.code} · José Núñez Pérez · DNI 01234567 — Aguas Claras"
    assert seen["open"] and seen["errors"] == []
    assert [r.name for r in tab.model.records] == ["José Núñez Pérez", "Rosa Quispe Huamán"]
    assert all(r.joined_on == date.today() for r in tab.model.records)


def test_enter_opens_the_member_with_its_family_shown(qtbot, tab, family, session):
    cooperative.save_membership(session, tab.page.cooperative_id,
                                {"family_code": family.code, "joined_on": "2020-03-01"})
    tab.refresh()
    tab.table.selectRow(0)
    seen = {}

    def look(dialog):
        seen["family"] = dialog.widgets["family_code"].value()
        dialog.reject()

    on_next_dialog(look)
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert seen["family"] == family.code


def test_the_member_person_is_chosen_by_name_among_the_family(qtbot, tab, family, session):
    """No DNI typed: the person box waits for the family, then lists its people by name."""
    from desktop.services import registry
    spouse = registry.add_member(session, family.id, {
        "given_names": "Zoila", "paternal_surname": "Tapullima", "sex": "F",
        "relation": "spouse"})
    seen = {}

    def choose(dialog):
        family_box, person = dialog.widgets["family_code"], dialog.widgets["person_id"]
        seen["waiting"] = (person.isEnabled(), person.placeholderText())
        type_text(family_box, family.code)
        qtbot.waitUntil(family_box.popup.isVisible, timeout=2000)
        qtbot.keyClick(family_box.popup, Qt.Key.Key_Return)
        qtbot.waitUntil(person.isEnabled, timeout=2000)
        type_text(person, "zoila")
        qtbot.waitUntil(person.popup.isVisible, timeout=2000)
        seen["offered"] = person.popup.model().index(0, 0).data()
        qtbot.keyClick(person.popup, Qt.Key.Key_Return)
        dialog.try_save()

    on_next_dialog(choose)
    tab.new_button.click()
    assert seen["waiting"] == (False, "After the family")
    assert "Zoila Tapullima" in seen["offered"]
    saved = [r for r in tab.model.records if r.family_id == family.id]
    assert len(saved) == 1
    membership = cooperative.get_membership(session, saved[0].id)
    assert membership.person_id == spouse.id
    assert cooperative.member_name(membership) == "Zoila Tapullima"

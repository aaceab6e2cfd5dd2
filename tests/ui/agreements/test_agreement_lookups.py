"""An agreement's signatories and the member who received a benefit are chosen with the one
lookup, from the keyboard: Down lists the family's members, typing part of a name or a DNI
(accents ignored) narrows them, Enter takes the match and the next Enter saves."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import agreements as ag
from desktop.services import registry
from desktop.ui.agreements.agreements_page import AgreementsPage
from desktop.ui.widgets.lookup import Lookup
from tests.ui.helpers import on_next_dialog, type_text


@pytest.fixture
def draft(session, family, community):
    registry.add_member(session, family.id, {
        "given_names": "María", "paternal_surname": "Ríos", "sex": "F", "relation": "spouse",
        "dni": "87654321"})
    registry.create_family(session, {"community_id": community.id}, {  # not theirs to sign
        "given_names": "María", "paternal_surname": "Ríos", "maternal_surname": "Vela",
        "sex": "F"})
    return ag.create_agreement(session, family.id, {"start_date": date(2026, 1, 1),
                                                    "end_date": date(2027, 1, 1),
                                                    "forest_area_ha": "2"})


@pytest.fixture
def page(qtbot, database, draft):
    widget = AgreementsPage(database)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh(draft.id)
    return widget


def popup_lines(lookup: Lookup) -> list[str]:
    model = lookup.popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_signatories_are_chosen_from_the_family_with_the_keyboard(qtbot, page, session, draft):
    seen = {}

    def first(dialog):
        lookup = dialog.widgets["person_id"]
        seen["kind"] = type(lookup)
        lookup.setFocus()
        qtbot.waitUntil(lookup.hasFocus)
        qtbot.keyClick(lookup, Qt.Key.Key_Down)  # nothing typed: the whole family
        qtbot.waitUntil(lookup.popup.isVisible, timeout=2000)
        seen["all"] = popup_lines(lookup)
        seen["highlighted"] = lookup.popup.currentIndex().row()
        qtbot.keyClick(lookup.popup, Qt.Key.Key_Escape)
        type_text(lookup, "rios")  # her name without its accent: the popup narrows to her
        qtbot.waitUntil(lambda: lookup.popup.isVisible() and len(popup_lines(lookup)) == 1,
                        timeout=2000)
        seen["typed"] = popup_lines(lookup)
        qtbot.keyClick(lookup.popup, Qt.Key.Key_Return)  # takes her
        seen["chosen"] = lookup.match().name
        qtbot.keyClick(lookup, Qt.Key.Key_Return)  # and the next Enter saves

    on_next_dialog(first)
    page.detail_buttons["add_signatory"].click()
    assert seen["kind"] is Lookup
    assert seen["all"] == [  # the head signs already (a draft starts with the head)
        f"José Núñez Pérez · DNI 01234567 · family {draft.family.code} — Aguas Claras"
        "  — already signs",
        f"María Ríos · DNI 87654321 · family {draft.family.code} — Aguas Claras"]
    assert seen["highlighted"] == 1  # the one not yet signing
    assert seen["typed"] == seen["all"][1:]
    assert seen["chosen"] == "María Ríos"
    session.expire_all()
    signatories = ag.living(ag.get_agreement(session, draft.id).signatories)
    assert ("María Ríos", "87654321", "member") in [(s.name, s.dni, s.role)
                                                    for s in signatories]

    def second(dialog):
        lookup = dialog.widgets["person_id"]
        type_text(lookup, "8765")  # her DNI: still offered, but marked as already signing
        qtbot.waitUntil(lookup.popup.isVisible, timeout=2000)
        seen["again"] = popup_lines(lookup)
        dialog.reject()

    on_next_dialog(second)
    page.detail_buttons["add_signatory"].click()
    assert seen["again"][0].endswith("— Aguas Claras  — already signs")


def test_the_receiver_of_a_benefit_is_a_lookup_on_the_family(qtbot, page, session, draft):
    benefit = ag.add_benefit(session, draft.id, {"kind": "school_kit", "quantity": "2"})
    ag.sign(session, draft.id, date(2026, 1, 2))
    page.refresh(draft.id)
    page.benefits_view.selectRow(0)
    seen = {}

    def deliver(dialog):
        lookup = dialog.widgets["received_by_id"]
        seen["default"] = lookup.text()  # the head, as before
        lookup.selectAll()
        type_text(lookup, "maria")
        qtbot.waitUntil(lookup.popup.isVisible, timeout=2000)
        qtbot.keyClick(QApplication.activePopupWidget() or lookup, Qt.Key.Key_Return)
        qtbot.keyClick(lookup, Qt.Key.Key_Return)

    on_next_dialog(deliver)
    page.detail_buttons["deliver_benefit"].click()
    assert seen["default"].startswith("José Núñez Pérez")
    session.expire_all()
    deliveries = ag.living(session.get(type(benefit), benefit.id).deliveries)
    assert [d.received_by_name for d in deliveries] == ["María Ríos"]

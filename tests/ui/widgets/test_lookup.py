"""The lookup field: type part of a name, a DNI or a code, see the match with its community,
take it with Enter."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import registry
from desktop.services.lookup import AGREEMENT, FAMILY
from desktop.ui.widgets.lookup import Lookup, LookupModel
from tests.conftest import head
from tests.ui.helpers import type_text


@pytest.fixture
def other(session, community):
    """A second family, so that a search has something to leave out."""
    village = registry.save_community(session, {"name": "San Martín de Alao",
                                                "district": "Pardo Miguel", "province": "Rioja",
                                                "zone": "buffer"})
    return registry.create_family(session, {"community_id": village.id, "inside_forest": False},
                                  head(given_names="Rosa", paternal_surname="Tapia",
                                       maternal_surname="Vela", dni="76543210", sex="F"))


@pytest.fixture
def lookup(qtbot, database, family, other):
    widget = Lookup(database, FAMILY)
    qtbot.addWidget(widget)
    widget.resize(300, 30)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    return widget


def popup_lines(lookup) -> list[str]:
    model = lookup.popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def typed(qtbot, lookup, text: str) -> list[str]:
    """Type `text` and wait for the popup, as a user would; the popup's lines."""
    type_text(lookup, text)
    qtbot.waitUntil(lambda: lookup.popup.isVisible(), timeout=2000)
    return popup_lines(lookup)


def press_enter(qtbot, lookup) -> None:
    """Enter goes to the popup while it is open (it holds the keyboard), else to the field."""
    target = QApplication.activePopupWidget() or lookup
    qtbot.keyClick(target, Qt.Key.Key_Return)


@pytest.mark.parametrize("text", ["nunez", "NÚÑEZ", "0123", "jose nunez"])
def test_part_of_a_name_or_a_dni_shows_the_family_with_its_community(qtbot, lookup, family,
                                                                     text):
    lines = typed(qtbot, lookup, text)
    assert len(lines) == 1
    assert lines[0] == f"{family.code} · José Núñez Pérez · DNI 01234567 — Aguas Claras"
    with qtbot.waitSignal(lookup.chosen) as chosen:
        press_enter(qtbot, lookup)
    assert chosen.args[0].id == family.id
    assert lookup.value() == family.id
    assert lookup.text() == f"{family.code} · José Núñez Pérez"
    assert not lookup.popup.isVisible()


def test_a_code_and_the_arrow_keys_choose_among_several(qtbot, lookup, family, other):
    lines = typed(qtbot, lookup, "F-")
    assert [line.split(" · ")[0] for line in lines] == [family.code, other.code]
    assert lines[1].endswith("— San Martín de Alao")
    qtbot.keyClick(lookup.popup, Qt.Key.Key_Down)
    press_enter(qtbot, lookup)
    assert lookup.value() == other.id


def test_enter_before_the_pause_takes_the_best_match_and_the_next_enter_goes_on(
        qtbot, lookup, other):
    type_text(lookup, "76543210")
    press_enter(qtbot, lookup)  # before the search ran: searched now
    assert lookup.value() == other.id
    assert not lookup.popup.isVisible()


def test_typing_again_forgets_the_choice_and_nothing_matching_says_so(qtbot, lookup, family):
    typed(qtbot, lookup, "nunez")
    press_enter(qtbot, lookup)
    assert lookup.value() == family.id
    type_text(lookup, "x")
    assert lookup.value() is None
    lookup.clear()
    type_text(lookup, "nobody here")
    assert lookup.resolve() == "Nothing matches “nobody here”."
    assert lookup.value() is None


def test_esc_closes_the_popup_without_choosing(qtbot, lookup):
    typed(qtbot, lookup, "nunez")
    qtbot.keyClick(lookup.popup, Qt.Key.Key_Escape)
    assert not lookup.popup.isVisible()
    assert lookup.value() is None and lookup.text() == "nunez"


def test_a_code_field_is_shown_and_given_back_by_code(qtbot, database, family):
    lookup = Lookup(database, (AGREEMENT, FAMILY), returns="code")
    qtbot.addWidget(lookup)
    lookup.set_value(family.code)
    assert lookup.value() == family.code
    assert "José Núñez Pérez" in lookup.text()
    lookup.set_value("F-404")  # a code that matches nothing stays as typed
    assert lookup.value() is None and lookup.text() == "F-404"


def test_the_popup_fits_a_small_screen(qtbot, lookup):
    typed(qtbot, lookup, "F-")
    assert lookup.width() <= lookup.popup.width() <= 640


def test_the_model_is_a_correct_qt_model(qtmodeltester, database, family, other):
    model = LookupModel()
    lookup = Lookup(database, FAMILY)
    model.set_matches(lookup.find("F-"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    lookup.deleteLater()

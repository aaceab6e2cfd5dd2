"""The plot of a delivery at the weighing station is the one lookup, scoped to the member's
family: with many plots the list opens on them all, typing part of a name (accents
ignored) narrows it, Enter or Tab takes it; a name that matches no plot is said beside the
field and nothing is saved. All from the keyboard."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.widgets.lookup import Lookup
from tests.services.cooperative.builders import make_family, make_member, make_plot
from tests.ui.cooperative.test_cooperative_page import (  # noqa: F401 - fixtures
    deliveries, focused, keys, office, page, press,
)

NAMES = ["Café de la loma", "Chacra vieja", "Ñuñuma", "Quebrada honda", "Alto", "Bajío",
         "Naranjal", "Pampa", "Purma 1", "Purma 2", "Río Tonchima", "Shimpiyacu"]


@pytest.fixture
def many(session, community, office):
    family = make_family(session, community, given_names="Elmer", paternal_surname="Tuanama",
                         maternal_surname="Sangama", dni="41414141", sex="M")
    plots = {name: make_plot(session, family, name, "1") for name in NAMES}
    bare = make_family(session, community, given_names="Nora", paternal_surname="Vela",
                       maternal_surname="Soto", dni="42424242", sex="F")
    return {"member": make_member(session, office["coop"], family), "plots": plots,
            "bare": make_member(session, office["coop"], bare)}


def popup_names(lookup: Lookup) -> list[str]:
    return [m.name for m in lookup.model.matches] if lookup.popup.isVisible() else []


def test_a_member_with_many_plots_finds_one_by_typing(qtbot, page, session, many):
    station = page.station
    assert isinstance(station.plot_edit, Lookup) and not station.plot_edit.isEnabled()
    keys("41414141")
    press(Qt.Key.Key_Return)
    assert focused() is station.plot_edit  # several plots: their list opens
    qtbot.waitUntil(lambda: len(popup_names(station.plot_edit)) == 12, timeout=5000)
    assert popup_names(station.plot_edit)[:3] == ["Alto", "Bajío", "Café de la loma"]
    assert station.plot_edit.model.matches[0].community == "Aguas Claras"
    keys("NUNU")  # Ñuñuma, typed without its tildes and in capitals
    qtbot.waitUntil(lambda: popup_names(station.plot_edit) == ["Ñuñuma"], timeout=5000)
    QTest.keyClick(station.plot_edit.popup, Qt.Key.Key_Return)
    assert station.plot_edit.value() == many["plots"]["Ñuñuma"].id
    assert focused() is station.product_combo
    press(Qt.Key.Key_Return)
    keys("30")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    keys("12")
    station.price_edit.setText("9")  # this cooperative's first delivery: no last price
    press(Qt.Key.Key_Return)
    saved = deliveries(session)
    assert [(d.plot_id, d.net_kg) for d in saved] == [(many["plots"]["Ñuñuma"].id,
                                                       Decimal("30"))]
    assert focused() is station.member_edit and not station.plot_edit.isEnabled()


def test_typed_then_tab_takes_the_plot_and_a_wrong_name_is_refused(qtbot, page, session,
                                                                   many):
    station = page.station
    keys("Tuanama")
    press(Qt.Key.Key_Return)  # before the search's pause: Enter takes the best match
    assert focused() is station.plot_edit
    QTest.keyClick(station.plot_edit.popup, Qt.Key.Key_Escape)  # close the list: type fast
    keys("tonchima")
    press(Qt.Key.Key_Tab)  # typed faster than the search: Tab takes the best match
    assert station.plot_edit.match().name == "Río Tonchima"
    assert focused() is station.product_combo

    station.plot_edit.setFocus()
    station.plot_edit.selectAll()
    keys("no such plot")
    station.gross_edit.setText("10")
    station.price_edit.setText("9")
    assert station.save_and_print() is None
    assert station.error_text("plot_id") == "Nothing matches “no such plot”."
    assert deliveries(session) == []

    station.clear()
    keys("42424242")  # a member without plots: straight to the weight
    press(Qt.Key.Key_Return)
    assert focused() is station.gross_edit and not station.plot_edit.isEnabled()
    assert station.member_info.text().endswith("no plots registered")

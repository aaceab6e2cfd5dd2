"""The Members tab's list at scale (issue 15 item 3): members a page at a time as the list
scrolls, each with this year's deliveries, kg and soles summed for that page's members only;
the search and the selection kept across a refresh."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.ui.cooperative.cooperative_page import CooperativePage
from desktop.ui.widgets import lazy_table_model
from tests.services.cooperative.builders import deliver, make_cooperative, make_family, \
    make_member, make_plot

PAGE = 4
TODAY = date.today()


@pytest.fixture
def members(session, community):
    coop = make_cooperative(session)
    found = []
    for i in range(10):
        family = make_family(session, community, given_names=f"Socio{i}",
                             paternal_surname="Quispe" if i % 3 == 0 else "Tapia",
                             dni=f"7000000{i}")
        found.append((make_member(session, coop, family), make_plot(session, family)))
    first, plot = found[0]
    deliver(session, coop, first, plot, delivered_on=TODAY, gross_kg="100", tare_kg="0",
            price_per_kg_pen="10")
    deliver(session, coop, first, plot, delivered_on=TODAY, gross_kg="50.5", tare_kg="0.5",
            price_per_kg_pen="10")
    deliver(session, coop, first, plot, delivered_on=date(TODAY.year - 1, 6, 1),
            gross_kg="999", tare_kg="0", price_per_kg_pen="10")  # last year: not counted
    return coop, [m for m, _ in found]


@pytest.fixture
def tab(qtbot, monkeypatch, database, members):
    monkeypatch.setattr(lazy_table_model, "PAGE", PAGE)
    page = CooperativePage(database)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.members)
    return page.members


def shown(tab, column_name: str, row: int) -> str:
    model = tab.model
    column = next(i for i, f in enumerate(model.fields) if f.name == column_name)
    return model.index(row, column).data() or ""


def test_members_come_a_page_at_a_time_with_the_years_totals(qtbot, qtmodeltester, tab,
                                                             members):
    _, made = members
    model = tab.model
    assert model.rowCount() == PAGE and model.canFetchMore()
    codes = [shown(tab, "member_code", r) for r in range(PAGE)]
    assert codes == sorted(m.member_code for m in made)[:PAGE]
    first = next(r for r in range(PAGE) if model.record(r).id == made[0].id)
    assert shown(tab, "deliveries", first) == "2"
    assert Decimal(model.record(first).value("net_kg")) == Decimal("150.00")
    assert model.record(first).value("amount_pen") == Decimal("1500.00")
    assert model.record(first).value("unpaid_pen") == Decimal("1500.00")
    other = next(r for r in range(PAGE) if model.record(r).id != made[0].id)
    assert shown(tab, "net_kg", other) == "" and model.record(other).value("deliveries") is None
    def scrolled_to_the_end() -> bool:  # the view asks for the next page as it scrolls
        tab.table.scrollToBottom()
        return model.rowCount() == len(made)

    qtbot.waitUntil(scrolled_to_the_end, timeout=3000)
    assert model.rowCount() == len(made), model.rowCount()
    assert not model.canFetchMore()
    assert len({model.record(r).id for r in range(model.rowCount())}) == len(made)
    qtmodeltester.check(model)


def test_search_and_the_selection_across_a_refresh(qtbot, tab, members):
    _, made = members
    tab.search.setText("quispe")
    assert {tab.model.record(r).name.split()[0] for r in range(tab.model.rowCount())} == {
        "Socio0", "Socio3", "Socio6", "Socio9"}
    tab.search.setText("")
    last = max(made, key=lambda m: m.member_code)  # on the last page, not yet read
    tab.refresh(select_id=last.id)
    assert tab.selected_id() == last.id
    assert tab.model.rowCount() > PAGE

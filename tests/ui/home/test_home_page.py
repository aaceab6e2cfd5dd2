"""The home page: tiles equal the indicators, charts drawn, and a due row opens its record."""

from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QTableWidget

from desktop.i18n.formatting import fmt_number
from desktop.services import indicators
from desktop.ui.home.home_page import HomePage
from tests.services.overview.test_overview import demo, demo_template  # noqa: F401


@pytest.fixture
def page(qtbot, demo):  # noqa: F811
    page = HomePage(demo)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.data.complete, timeout=30_000)
    return page


def test_tiles_show_the_indicators(page, demo):  # noqa: F811
    with demo.session() as session:
        figures = indicators.as_dict(indicators.compute(session))
    assert page.tiles["families"].value.text() == fmt_number(figures["families_total"])
    assert page.tiles["agreements"].value.text() == fmt_number(figures["agreements_active"])
    assert fmt_number(figures["training_women_pct"], None, 1) in page.tiles["training"].note.text()
    for name, view in page.views.items():
        chart = page.findChild(QChartView, f"chart:{name}").chart()
        assert chart.series(), name
    status = page.views["status"].chart().series()[0].barSets()[0]
    assert sum(status.at(i) for i in range(status.count())) == sum(page.data.by_status.values())


def test_a_due_row_opens_its_record(page, qtbot):
    table = page.findChild(QTableWidget, "due:benefits")
    assert table.rowCount() > 0
    expected = page.data.due.benefits.rows[0]
    assert table.item(0, 0).text() == expected.reference
    with qtbot.waitSignal(page.record_chosen, timeout=2_000) as opened:
        table.itemActivated.emit(table.item(0, 1))
    assert opened.args == ["agreements", expected.record_id]
    assert f"({fmt_number(page.data.due.benefits.total)})" in page.due.tabText(2)


def test_a_change_elsewhere_refreshes_the_figures(page, qtbot, demo):  # noqa: F811
    from desktop.db.agreement import Agreement
    from desktop.ui.widgets.operations import CHANGES

    before = page.data.figures["agreements_active"]
    with demo.session() as session:
        active = session.query(Agreement).filter_by(status="active").first()
        active.status = "suspended"
        session.commit()
    CHANGES.announce({"agreements"})
    qtbot.waitUntil(lambda: page.data.figures["agreements_active"] == before - 1, timeout=30_000)
    assert page.tiles["agreements"].value.text() == fmt_number(before - 1)


def test_the_window_opens_what_a_row_or_a_plot_points_at(qtbot, demo):  # noqa: F811
    from desktop.ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    home = window.page("home")
    qtbot.waitUntil(lambda: home.data is not None and home.data.complete, timeout=30_000)
    wanted = home.data.due.benefits.rows[-1]
    table = home.findChild(QTableWidget, "due:benefits")
    table.itemActivated.emit(table.item(table.rowCount() - 1, 0))
    agreements = window.page("agreements")
    assert window.pages.currentWidget() is agreements
    assert agreements.selected_id() == wanted.record_id
    unpaid = home.data.due.unpaid.rows[0]
    assert window.show_record("cooperative", unpaid.record_id)
    deliveries = window.page("cooperative").deliveries
    assert deliveries.selected()[0].receipt_number == unpaid.reference
    with demo.session() as session:
        from desktop.db.family import Family

        last = session.query(Family).order_by(Family.code.desc()).first()
        last_id = last.id
    assert window.show_record("families", last_id)  # what a click on the map does
    assert window.families.selected_id() == last_id
    assert not window.show_record("families", "no-such-family")
    assert window.statusBar().currentMessage() == "That record is not in the list any more."


def test_the_tiles_show_before_the_due_lists_are_read(qtbot, demo, monkeypatch):  # noqa: F811
    """The due lists are a job of their own, after the tiles and charts: the page shows its
    figures while they are still being read. The tiles' figures, read in two jobs, are the
    indicators'."""
    import threading

    from desktop.ui.home import home_page

    release = threading.Event()

    def slow_due(database, today):
        assert release.wait(30)
        return home_page.read_due(database, today)

    *first, _, count = home_page.READERS
    monkeypatch.setattr(home_page, "READERS", (*first, slow_due, count))
    page = HomePage(demo)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and page.data.by_status is not None,
                    timeout=30_000)
    assert page.tiles["families"].value.text() not in ("…", "")
    assert page.data.due is None and page.reading
    with demo.session() as session:
        assert page.data.figures == indicators.as_dict(
            indicators.compute(session, codes=home_page.TILE_CODES))
    assert "(…)" in page.due.tabText(0)
    release.set()
    qtbot.waitUntil(lambda: page.data.complete, timeout=30_000)
    assert "(…)" not in page.due.tabText(0)


def test_the_benefits_owed_are_counted_after_the_lists_show(qtbot, demo, monkeypatch):  # noqa: F811
    """The count of every benefit owed (about a second at 100,000 families) is the last job:
    the lists show at once, that tab says "(…)" until its count arrives."""
    import threading

    from desktop.services import overview
    from desktop.ui.home import home_page

    release = threading.Event()

    def slow_count(database, today):
        assert release.wait(30)
        return home_page.read_benefits_owed(database, today)

    *first, _ = home_page.READERS
    monkeypatch.setattr(home_page, "READERS", (*first, slow_count))
    page = HomePage(demo)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and page.data.due is not None,
                    timeout=30_000)
    assert page.findChild(QTableWidget, "due:benefits").rowCount() > 0
    assert "(…)" in page.due.tabText(2) and "(…)" not in page.due.tabText(3)
    release.set()
    qtbot.waitUntil(lambda: page.data.complete, timeout=30_000)
    with demo.session() as session:
        owed = overview.count_benefits_owed(session)
    assert owed > 0 and f"({fmt_number(owed)})" in page.due.tabText(2)


def test_stopping_the_page_stops_its_reading(qtbot, demo, monkeypatch):  # noqa: F811
    """The window leaving the database (or closing) stops the page's jobs: the one under
    way is interrupted at its next statement, and the others never start."""
    import threading

    from desktop.ui.home import home_page

    release, started = threading.Event(), []

    def slow(database, today):
        started.append("slow")
        assert release.wait(30)
        with database.session() as session:  # interrupted: the page was stopped
            return {"by_status": overview_by_status(session)}

    def recorded(reader):
        def read(database, today):
            started.append(reader.__name__)
            return reader(database, today)
        return read

    def overview_by_status(session):
        from desktop.services import overview
        return overview.agreements_by_status(session)

    monkeypatch.setattr(home_page, "READERS", (slow, *map(recorded, home_page.READERS)))
    monkeypatch.setattr(home_page, "LANES", 1)
    page = HomePage(demo)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: started == ["slow"], timeout=10_000)
    page.stop_work()
    release.set()
    qtbot.waitUntil(lambda: not page.reading, timeout=10_000)
    assert page.operations[0].state == "cancelled"
    qtbot.wait(200)
    assert started == ["slow"] and page.data is None


def test_an_agreement_past_its_end_comes_first_in_red(qtbot, demo):  # noqa: F811
    from desktop.db.agreement import Agreement
    from desktop.ui.home.due_tabs import LATE

    with demo.session() as session:
        late = session.query(Agreement).filter_by(status="active").order_by(
            Agreement.number.desc()).first()
        earliest = min(a.end_date for a in session.query(Agreement).filter_by(
            status="active") if a.end_date)  # (the demo's dates are fixed: in time they pass)
        late.end_date = min(date.today() - timedelta(days=3), earliest - timedelta(days=1))
        session.commit()
        number = late.number
    page = HomePage(demo)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and page.data.complete, timeout=30_000)
    table = page.findChild(QTableWidget, "due:ending")
    first = table.item(0, 0)
    assert first.text() == number and first.foreground().color() == LATE
    assert "still active" in first.toolTip()
    if table.rowCount() > 1 and page.data.due.ending.rows[1].when >= date.today():
        assert table.item(1, 0).foreground().color() != LATE

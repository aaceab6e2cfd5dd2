"""Every list alike: key columns first and in view at 1366, long texts cut with "…" and whole in
their tooltip, widths, sort and dividers remembered per user (layout.ini in the user's folder,
which conftest points at a temporary one), the detail below the list on a narrow screen, and
an empty list saying what it is for with its first action."""

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QToolTip

from desktop.services import registry
from desktop.services.registry.fields import FAMILY_FIELDS
from desktop.ui.families.families_page import FamiliesPage
from desktop.ui.grievances.grievances_page import GrievancesPage
from desktop.ui.widgets.empty_hint import EmptyHint
from desktop.ui.widgets.list_detail import STACK_BELOW, ListAndDetail
from desktop.ui.widgets.view_state import column_menu, layout_settings
from tests.conftest import head
from tests.services.overview.test_overview import demo, demo_template  # noqa: F401
from tests.ui.helpers import on_next_dialog, type_text

LONG_NAME = "María de los Ángeles Esperanza"


def shown_page(qtbot, database, width=1180, height=680):
    """The Families page as wide as it is in the window on a 1366×768 screen."""
    page = FamiliesPage(database)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_key_columns_come_first_and_fit_at_1366(qtbot, database, family):
    page = shown_page(qtbot, database)
    header = page.table.horizontalHeader()
    keys = [f.name for f in page.model.fields if f.key_column]
    assert keys == ["code", "head", "community_id", "members"]
    shown = [page.model.fields[header.logicalIndex(v)].name for v in range(len(keys))]
    assert shown == keys
    # Not scrolled and not cut: every key column ends inside the list's visible width.
    ends = [header.sectionViewportPosition(header.logicalIndex(v)) +
            header.sectionSize(header.logicalIndex(v)) for v in range(len(keys))]
    assert max(ends) <= page.table.viewport().width()
    assert page.table.horizontalScrollBar().value() == 0


def test_a_cut_text_ends_with_an_ellipsis_and_its_tooltip_is_whole(qtbot, session,
                                                                   database, community):
    registry.create_family(session, {"community_id": community.id},
                           head(given_names=LONG_NAME, dni="87654321"))
    page = shown_page(qtbot, database)
    view = page.table
    column = [f.name for f in page.model.fields].index("head")
    view.setColumnWidth(column, 90)
    index = page.model.index(0, column)
    text = index.data()
    assert LONG_NAME in text
    assert not view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideRight
    assert view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 90) != text
    # Hovering the cut cell shows the whole text.
    centre = view.visualRect(index).center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre)))
    assert QToolTip.text() == text
    QToolTip.hideText()
    community_column = [f.name for f in page.model.fields].index("community_id")
    assert page.model.index(0, community_column).data(Qt.ItemDataRole.ToolTipRole) == \
        community.name
    assert page.model.headerData(0, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole) == "Family code"


def test_widths_and_sort_are_remembered_and_can_be_restored(qtbot, database, family):
    page = shown_page(qtbot, database)
    declared = next(f.width for f in FAMILY_FIELDS if f.name == "head")
    head_column = [f.name for f in page.model.fields].index("head")
    community_column = [f.name for f in page.model.fields].index("community_id")
    assert page.table.columnWidth(head_column) == declared
    page.table.setColumnWidth(head_column, 333)
    page.table.sortByColumn(community_column, Qt.SortOrder.DescendingOrder)
    page.hide()  # (closing deletes it: qtbot closes it at the end)
    assert any("familyTable" in key for key in layout_settings().allKeys())

    again = shown_page(qtbot, database)  # as at the next start, same settings file
    assert again.table.columnWidth(head_column) == 333
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == community_column
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.model.sort_key == "community_id" and again.model.descending

    menu = column_menu(again.table)
    restore = next(a for a in menu.actions() if a.objectName() == "restoreColumns")
    assert restore.text() == "Restore columns"
    restore.trigger()
    assert again.table.columnWidth(head_column) == declared
    assert header.sortIndicatorSection() == 0 and again.model.sort_key == "code"
    assert not [k for k in layout_settings().allKeys() if "familyTable" in k]


def test_the_divider_is_remembered_and_the_detail_goes_below_on_a_narrow_page(qtbot,
                                                                              database):
    page = shown_page(qtbot, database)
    splitter = page.findChild(ListAndDetail, "listAndDetail")
    assert splitter.orientation() == Qt.Orientation.Horizontal
    splitter.setSizes([800, 360])
    splitter.splitterMoved.emit(800, 1)
    kept = splitter.sizes()
    page.hide()  # (closing deletes it: qtbot closes it at the end)

    again = shown_page(qtbot, database)
    splitter = again.findChild(type(splitter), "listAndDetail")
    assert splitter.sizes() == kept

    narrow = shown_page(qtbot, database, width=STACK_BELOW - 160)  # a 1024-pixel screen
    splitter = narrow.findChild(type(splitter), "listAndDetail")
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert narrow.minimumSizeHint().width() <= STACK_BELOW - 160
    narrow.resize(1180, 680)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)


def visible_hint(view):
    hint = view.viewport().findChild(EmptyHint, "emptyHint")
    return hint if hint is not None and hint.isVisible() else None


def hint_of(page):
    return visible_hint(page.table)


def test_an_empty_list_says_what_it_is_for_and_offers_its_first_action(qtbot, database):
    page = shown_page(qtbot, database)
    hint = hint_of(page)
    assert hint is not None
    assert hint.text.text().startswith("No families yet.")
    assert hint.button.isVisible() and hint.button.text() == "New family…"
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    on_next_dialog(look)
    hint.button.click()
    assert seen["title"] == "New family"


def test_a_search_with_no_match_says_so(qtbot, database, family):
    page = shown_page(qtbot, database)
    assert hint_of(page) is None  # a list with rows has no hint
    type_text(page.search, "xyz")
    page.apply_pending_search()
    hint = hint_of(page)
    assert hint is not None and hint.text.text() == "No family matches “xyz”."
    assert not hint.button.isVisible()
    page.search.clear()
    page.apply_pending_search()
    assert hint_of(page) is None


def test_grievances_say_what_they_are_for_in_both_languages(qtbot, database):
    from desktop.ui.widgets.language import apply_language

    page = GrievancesPage(database)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    hint = hint_of(page)
    assert hint.text.text() == ("No grievances yet. Grievances record complaints and how they "
                                "were resolved.")
    assert hint.button.text() == "New grievance…"
    apply_language(QApplication.instance(), "es")
    try:
        assert hint.text.text().startswith("Aún no hay reclamos.")
        assert hint.button.text() == "Nuevo reclamo…"
    finally:
        apply_language(QApplication.instance(), "en")
    seen = {}
    on_next_dialog(lambda dialog: (seen.setdefault("title", dialog.windowTitle()),
                                   dialog.reject()))
    hint.button.click()
    assert seen["title"] == "New grievance"


def test_the_hint_sits_over_the_rows_not_beside_them(qtbot, database):
    page = shown_page(qtbot, database)
    hint = hint_of(page)
    assert hint.geometry() == page.table.viewport().rect()
    assert hint.mapTo(page, QPoint(0, 0)).y() > page.table.horizontalHeader().mapTo(
        page, QPoint(0, 0)).y()


def test_training_lots_and_deliveries_say_what_they_are_for(qtbot, session, database):
    from desktop.ui.cooperative.cooperative_page import CooperativePage
    from desktop.ui.training.training_page import TrainingPage
    from tests.services.cooperative.builders import make_cooperative

    training = TrainingPage(database)
    qtbot.addWidget(training)
    training.resize(1180, 680)
    training.show()
    qtbot.waitExposed(training)
    hint = visible_hint(training.table)
    assert hint.text.text().startswith("No training sessions yet.")
    assert hint.button.text() == "New session…"
    type_text(training.search, "xyz")
    training.apply_filter()
    assert visible_hint(training.table).text.text() == \
        "No training session matches these filters."
    assert not hint.button.isVisible()

    make_cooperative(session)
    session.commit()
    coop = CooperativePage(database)
    qtbot.addWidget(coop)
    coop.resize(1180, 680)
    coop.show()
    qtbot.waitExposed(coop)
    coop.tabs.setCurrentWidget(coop.lots)
    hint = visible_hint(coop.lots.lots_view)
    assert hint.text.text().startswith("No lots yet.") and hint.button.text() == "New lot…"
    coop.tabs.setCurrentWidget(coop.deliveries)
    hint = visible_hint(coop.deliveries.table)
    assert hint.text.text().startswith("No deliveries yet.")
    assert hint.button.text() == "Open the weighing station"
    hint.button.click()
    assert coop.tabs.currentWidget() is coop.station


def test_the_other_empty_lists_say_what_they_are_for(qtbot, session, database):
    """Incidents (with its first action), conflicts, the audit, the weighing station's latest
    deliveries, what is owed and the price table each say why they are empty."""
    from desktop.ui.cooperative.cooperative_page import CooperativePage
    from desktop.ui.cooperative.pricing_dialog import PricingDialog
    from desktop.ui.people.audit_page import AuditPage
    from desktop.ui.people.incidents_page import IncidentsPage
    from desktop.ui.sync.sync_page import SyncPage
    from tests.services.cooperative.builders import make_cooperative

    def shown(page):
        qtbot.addWidget(page)
        page.resize(1180, 680)
        page.show()
        qtbot.waitExposed(page)
        return page

    incidents = shown(IncidentsPage(database))
    hint = visible_hint(incidents.table)
    assert hint.text.text().startswith("No incidents recorded.")
    seen = {}
    on_next_dialog(lambda dialog: (seen.setdefault("title", dialog.windowTitle()),
                                   dialog.reject()))
    hint.button.click()
    assert seen["title"] == "Record an incident"
    assert visible_hint(shown(SyncPage(database)).table).text.text().startswith("No conflicts.")
    assert shown(AuditPage(database)).empty.describe()[0] == \
        "No entry for these dates and filters."

    make_cooperative(session)
    session.commit()
    coop = shown(CooperativePage(database))
    assert visible_hint(coop.station.recent_view).text.text().startswith("No deliveries yet.")
    coop.tabs.setCurrentWidget(coop.payments)
    assert visible_hint(coop.payments.table).text.text().startswith("Nothing owed")
    pricing = PricingDialog(coop)
    qtbot.addWidget(pricing)
    pricing.show()
    qtbot.waitExposed(pricing)
    assert visible_hint(pricing.prices.table).button.text() == "New price…"
    pricing.tabs.setCurrentWidget(pricing.rules)
    assert visible_hint(pricing.rules.table).button.text() == "New discount rule…"


#: Each area's list (short lists beside a form or inside a lot may scroll to their figures).
LISTS = {"familyTable", "agreementTable", "grievanceTable", "sessionTable", "deliveryTable",
         "memberTable", "lotTable"}


@pytest.mark.parametrize("width, height, lang", [(1350, 728, "es"), (1000, 700, "en")])
def test_every_list_shows_its_key_columns_whole_without_scrolling(qtbot, demo, width,  # noqa: F811
                                                                  height, lang):
    """The main window as on a 1366×768 (maximised) and a 1024×768 screen: in every list,
    each key column is whole inside the part of the list one sees."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.widgets.language import apply_language

    apply_language(QApplication.instance(), lang)
    try:
        window = MainWindow(demo)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        cut, seen = [], set()
        for row, (name, _) in enumerate(window.areas):
            window.nav.setCurrentRow(row)
            page = window.page(name)
            for tabs in [None, *page.findChildren(QTabWidget)]:
                for index in range(tabs.count() if tabs is not None else 1):
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    for view in page.findChildren(QTableView):
                        fields = getattr(view.model(), "fields", [])
                        keys = [c for c, f in enumerate(fields) if f.key_column]
                        if view.objectName() not in LISTS or not view.isVisible():
                            continue
                        seen.add(view.objectName())
                        header = view.horizontalHeader()
                        right = view.viewport().visibleRegion().boundingRect().right() + 1
                        cut += [(view.objectName(), fields[c].name) for c in keys
                                if header.sectionViewportPosition(c) < 0 or
                                header.sectionViewportPosition(c) + header.sectionSize(c)
                                > right]
        assert seen == LISTS
        assert cut == [], cut
    finally:
        apply_language(QApplication.instance(), "en")

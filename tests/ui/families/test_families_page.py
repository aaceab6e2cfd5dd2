"""The Families area as office staff use it: search, add, validation errors, language."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import registry
from desktop.ui.widgets.family_list_model import PAGE, FamilyListModel
from desktop.ui.widgets.language import apply_language
from desktop.ui.main_window import MainWindow
from tests.conftest import head
from tests.ui.helpers import on_next_dialog, type_text

SURNAMES = ["Núñez", "Pérez", "Huamán", "Quispe", "Tuesta", "Vásquez"]


@pytest.fixture
def populated(session, community):
    other = registry.save_community(session, {"name": "San Andrés", "zone": "buffer"})
    for i in range(30):
        registry.create_family(
            session, {"community_id": community.id if i % 3 else other.id,
                      "inside_forest": i % 4 != 0},
            head(given_names=["José", "María", "Inés"][i % 3],
                 paternal_surname=SURNAMES[i % len(SURNAMES)],
                 maternal_surname=SURNAMES[(i + 1) % len(SURNAMES)],
                 dni=f"{i:08d}", sex="MF"[i % 2], birth_date=f"{1960 + i}-01-0{1 + i % 9}"))
    return community


@pytest.fixture
def window(qtbot, database, populated):
    apply_language(QApplication.instance(), "en")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    yield window
    apply_language(QApplication.instance(), "en")


def test_family_list_model_is_a_correct_qt_model(qtmodeltester, database, populated):
    model = FamilyListModel(database)
    qtmodeltester.check(model)
    assert model.rowCount() == 30


def test_list_fetches_more_rows_lazily(qtmodeltester, database, session, community):
    with database.engine.begin() as connection:  # many families without going through forms
        from sqlalchemy import text
        for i in range(PAGE + 50):
            connection.execute(text(
                "INSERT INTO families (id, code, community_id, inside_forest, address, phone, "
                "notes, search_text, head_name, created_at, updated_at) VALUES "
                "(:id, :code, :c, 1, '', '', '', :code, '', '2026-01-01', '2026-01-01')"),
                {"id": f"id-{i}", "code": f"X-{i:05d}", "c": community.id})
    model = FamilyListModel(database)
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE + 50
    qtmodeltester.check(model)  # past its first page


def test_typing_in_the_search_box_filters_the_list(qtbot, window):
    page = window.families
    assert page.model.rowCount() == 30
    type_text(page.search, "núñez")
    qtbot.waitUntil(lambda: page.model.rowCount() == 10)
    qtbot.waitUntil(lambda: page.count_label.text() == "10 families")
    page.search.clear()
    type_text(page.search, "SAN ANDRES")
    qtbot.waitUntil(lambda: page.model.rowCount() == 10)
    page.search.clear()
    type_text(page.search, "00000007")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "00000007" not in page.model.index(0, 0).data()  # code column shows the code
    assert page.members.rowCount() == 1


def test_sorting_by_head_happens_in_sql(qtbot, window):
    page = window.families
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    heads = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert heads[0].split()[1] == "Huamán"
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, 1).data().split()[1] == "Vásquez"


def _fill(dialog, values):
    for key, text in values.items():
        widget = dialog.widgets[key]
        if hasattr(widget, "setCurrentIndex"):
            widget.setCurrentIndex(widget.findText(text))
        else:
            widget.clear()
            type_text(widget, text)


def test_add_a_family_through_the_dialog(qtbot, window):
    page = window.families
    seen = {}

    def fill_and_save(dialog):
        _fill(dialog, {"community_id": "Aguas Claras", "address": "Jr. Los Álamos 123",
                       "head.given_names": "Ñusta", "head.paternal_surname": "Cóndor",
                       "head.maternal_surname": "Peña", "head.dni": "04567891",
                       "head.sex": "Female", "head.birth_date": "15/08/1985"})
        seen["title"] = dialog.windowTitle()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(fill_and_save)
    page.add_button.click()
    assert seen["title"] == "New family"
    assert page.model.rowCount() == 31
    assert page.title.text().endswith("Ñusta Cóndor Peña")
    assert page.members.index(0, 3).data() == "04567891"
    assert page.members.index(0, 4).data() == "Female"
    page.search.clear()
    type_text(page.search, "condor")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_validation_errors_show_beside_the_field_and_nothing_is_saved(qtbot, window):
    page = window.families
    seen = {}

    def fill_and_save(dialog):
        _fill(dialog, {"community_id": "Aguas Claras", "head.given_names": "Rosa",
                       "head.paternal_surname": "Tuesta", "head.dni": "1234",
                       "head.sex": "Female"})
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["dni"] = dialog.error_text("head.dni")
        seen["names"] = dialog.error_text("head.given_names")
        seen["open"] = dialog.isVisible()
        dialog.reject()

    on_next_dialog(fill_and_save)
    page.add_button.click()
    assert seen == {"dni": "A DNI has exactly 8 digits.", "names": "", "open": True}
    assert page.model.rowCount() == 30


def test_delete_asks_and_can_be_undone(qtbot, window):
    page = window.families
    page.table.selectRow(0)
    code = page.model.index(0, 0).data()
    on_next_dialog(lambda box: box.button(box.StandardButton.Yes).click())
    page.delete_button.click()
    assert page.model.rowCount() == 29
    window.undo_action.trigger()
    assert page.model.rowCount() == 30
    assert page.model.index(0, 0).data() == code


def test_switching_language_translates_headers_labels_and_menus(qtbot, window):
    page = window.families
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Family code"
    window.switch_language("es")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Código de familia"
    assert window.file_menu.title() == "&Archivo"
    assert page.add_button.text() == "Nueva familia…"
    qtbot.waitUntil(lambda: page.count_label.text() == "30 familias")
    assert page.members.headerData(4, Qt.Orientation.Horizontal) == "Sexo"
    assert page.members.index(0, 4).data() in ("Hombre", "Mujer")
    assert window.nav.item(0).text() == "Inicio" and window.nav.item(1).text() == "Familias"
    window.switch_language("en")
    assert window.file_menu.title() == "&File"
    assert page.members.index(0, 4).data() in ("Male", "Female")


def test_member_and_plot_models_are_correct_qt_models(qtmodeltester, window):
    page = window.families
    page.table.selectRow(0)
    qtmodeltester.check(page.members)
    qtmodeltester.check(page.plots)
    qtmodeltester.check(page.ledger)


def test_the_count_comes_from_the_background_and_an_older_one_never_stays(qtbot, window):
    """Typing is never held up by counting the matches (a central database's count of a
    common word takes tens of milliseconds): the rows show at once, "Counting…" until the
    count arrives, and a count of an older search that arrives late is dropped."""
    page = window.families
    page.search.setText("núñez")
    page.apply_filter()
    assert page.model.rowCount() == 10 and page.count_label.text() == "Counting…"
    older = page.counting
    page.search.setText("")
    page.apply_filter()  # a newer filter before the older count is shown
    assert page.model.rowCount() == 30 and page.count_label.text() == "Counting…"
    qtbot.waitUntil(lambda: older.done and page.counting.done)
    assert page.count_label.text() == "30 families"

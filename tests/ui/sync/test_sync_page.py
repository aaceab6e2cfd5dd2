"""The Sync area and the status bar's count, driven as a person would: type the centre's
address, press Sync now (the operation helper), see the count of changes waiting fall to
zero, a conflict listed by its record's name and decided field by field; in both languages."""

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desktop.services import registry, sync
from desktop.ui.families.families_page import FamiliesPage
from desktop.ui.sync.sync_page import SyncPage
from desktop.ui.widgets.language import apply_language
from tests.services.sync.offices import (
    add_member, build_offices, content_hash, exchange, open_db, the_family, with_session,
)
from tests.services.sync.test_scope import centre, demo_centre, laptop  # noqa: F401
from tests.ui.helpers import finish, type_text


@pytest.fixture
def offices(tmp_path, migrated_template):
    return build_offices(tmp_path, migrated_template)


@pytest.fixture
def english():
    apply_language(QApplication.instance(), "en")
    yield
    apply_language(QApplication.instance(), "en")


def set_address(path, address):
    with_session(path, lambda s: registry.update_family(s, the_family(s).id,
                                                        {"address": address}))


def test_sync_now_sends_the_changes_and_the_status_bar_counts_them(qtbot, offices, english):
    from desktop.ui.main_window import MainWindow

    database = open_db(offices["a"])
    window = MainWindow(database)
    qtbot.addWidget(window)
    label = window.sync_status
    assert label.isHidden()  # a copy of the centre that has not synced shows nothing yet
    with_session(offices["a"], lambda s: sync.export_changes(s))  # now it is a laptop
    set_address(offices["a"], "Jr. Lima 1")
    label.refresh()
    assert not label.isHidden() and label.text() == "1 change not synced"

    window.sync_status.action.trigger()  # File > Synchronise… opens the area
    page = window.pages.currentWidget()
    assert isinstance(page, SyncPage)
    assert "Changes not synced yet: 1." in page.state_label.text()
    type_text(page.address, str(offices["centre"]))
    page.sync_button.click()
    qtbot.waitUntil(lambda: "Changes not synced yet: 0." in page.state_label.text(),
                    timeout=30000)
    assert label.text() == "0 changes not synced"
    assert with_session(offices["centre"], lambda s: the_family(s).address) == "Jr. Lima 1"
    assert content_hash(offices["a"]) == content_hash(offices["centre"])
    assert "Last sync:" in page.state_label.text()
    apply_language(QApplication.instance(), "es")
    assert label.text() == "0 cambios sin sincronizar"
    assert window.sync_status.action.text() == "S&incronizar…"


def test_a_conflict_is_listed_by_name_and_decided_field_by_field(qtbot, offices, english,
                                                                  tmp_path):
    set_address(offices["a"], "Casa azul")
    set_address(offices["b"], "Casa verde")
    exchange(offices["a"], offices["centre"], tmp_path, "a1")
    exchange(offices["b"], offices["centre"], tmp_path, "b1")
    database = open_db(offices["centre"])
    try:
        page = SyncPage(database)
        qtbot.addWidget(page)
        assert page.model.rowCount() == 1
        assert page.model.rows[0][0].startswith("Family F-CEN-000001")
        assert page.model.rows[0][3] == "Address or sector"  # the field's declared label
        assert page.conflicts_label.text() == "Conflicts waiting for a person here: 1"
        families = FamiliesPage(database)
        qtbot.addWidget(families)
        families.show()
        assert families.conflict_mark.isVisible()
        assert "1 sync conflict" in families.conflict_mark.text() or \
            "A sync conflict" in families.conflict_mark.text()

        def choose(dialog):
            assert dialog.findChild(QLabel, "address_label").text() == "Address or sector"
            assert dialog.findChild(type(dialog.groups["address"].buttons()[0]),
                                    "address_theirs").text() == "Casa verde"
            dialog.findChild(type(dialog.groups["address"].buttons()[0]),
                             "address_theirs").click()
        assert page.decide(choose)
        assert page.model.rowCount() == 0
        with database.session() as session:
            assert the_family(session).address == "Casa verde"
        families.show_selected()
        assert not families.conflict_mark.isVisible()
    finally:
        database.close()


def test_usb_export_and_import_from_the_page(qtbot, offices, english, tmp_path):
    set_address(offices["a"], "Jr. USB")
    laptop, centre = open_db(offices["a"]), open_db(offices["centre"])
    try:
        at_laptop, at_centre = SyncPage(laptop), SyncPage(centre)
        qtbot.addWidget(at_laptop)
        qtbot.addWidget(at_centre)
        package, reply = tmp_path / "a.cdsync", tmp_path / "a-reply.cdsync"
        finish(qtbot, at_laptop.export_to(str(package)))
        finish(qtbot, at_centre.import_from(str(package), str(reply)))
        qtbot.waitUntil(reply.exists, timeout=30000)
        finish(qtbot, at_laptop.import_from(str(reply)))
        assert content_hash(offices["a"]) == content_hash(offices["centre"])
        with laptop.session() as session:
            assert sync.pending(session) == 0
    finally:
        laptop.close()
        centre.close()


def test_a_dni_registered_twice_is_merged_from_the_conflict_dialog(qtbot, offices, english,
                                                                   tmp_path):
    kept = add_member(offices["a"], "Ana")
    add_member(offices["b"], "Ana María", attends=True)
    exchange(offices["a"], offices["centre"], tmp_path, "a1")
    exchange(offices["b"], offices["centre"], tmp_path, "b1")
    database = open_db(offices["centre"])
    try:
        page = SyncPage(database)
        qtbot.addWidget(page)
        assert page.model.rowCount() == 2  # the member, and its attendance refused with it
        row = next(i for i, c in enumerate(page.conflicts) if c.kind == "duplicate")
        page.table.setCurrentIndex(page.model.index(row, 0))

        def merge(dialog):
            assert "Given names" in [label.text() for label in dialog.findChildren(QLabel)]
            dialog.findChild(QPushButton, "mergeButton").click()
        assert page.decide(merge)
        assert page.model.rowCount() == 0
        with database.session() as session:
            assert [p.id for p in the_family(session).living_members if p.dni] == [
                the_family(session).head.id, kept]
    finally:
        database.close()


def test_a_new_laptop_chooses_its_communities_on_the_sync_page(qtbot, centre, laptop,
                                                               english):
    """The page's "Only these communities" box limits the first sync; after it, the box shows
    what the laptop holds and cannot be changed (issue 13 item 3)."""
    from desktop.services.sync import scope
    from tests.services.sync.parts import community_ids, expected, held

    database = open_db(laptop)
    page = SyncPage(database)
    qtbot.addWidget(page)
    assert page.communities.isEnabled() and page.communities.text() == ""
    type_text(page.address, str(centre))
    type_text(page.communities, "aguas claras")  # any case, as at the command line
    finish(qtbot, page.sync_now(), 60000)
    ids = community_ids(centre, "Aguas Claras")
    assert with_session(laptop, scope.held) == ids
    want = expected(centre, ids)
    assert held(laptop, {"families": None})["families"] == want["families"]
    assert not page.communities.isEnabled() and page.communities.text() == "Aguas Claras"
    assert "holds only these communities: Aguas Claras" in page.state_label.text()
    database.close()


def test_packages_are_suggested_in_the_home_folder_named_in_the_language(qtbot):
    """Not 'changes.cdsync' in whatever folder the program started from: a dated name in
    the person's language, in their home folder."""
    from datetime import date
    from pathlib import Path

    from desktop.ui.sync.sync_page import suggested

    apply_language(QApplication.instance(), "es")
    try:
        name = QApplication.translate("SyncPage", "changes")
        path = Path(suggested(name))
    finally:
        apply_language(QApplication.instance(), "en")
    assert path == Path.home() / f"cambios-{date.today().isoformat()}.cdsync"

"""A coordinator takes a family from no agreement to a signed, active one in the window."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import agreements as ag
from desktop.services import registry
from desktop.ui.agreements.agreement_list_model import AgreementListModel
from desktop.ui.agreements.agreements_page import AgreementsPage
from tests.ui.helpers import finish, on_next_dialog, type_text


@pytest.fixture
def page(qtbot, database, family, session):
    registry.add_plot(session, family.id, {"name": "Bosque de la quebrada", "area_ha": "3.25",
                                           "land_use": "forest"})
    page = AgreementsPage(database)
    qtbot.addWidget(page)
    page.show()
    return page


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_agreement_list_model_is_a_correct_qt_model(qtmodeltester, database, family, session):
    ag.create_agreement(session, family.id, {"start_date": "2026-01-01",
                                             "end_date": "2026-12-31"})
    qtmodeltester.check(AgreementListModel(database))


def test_create_sign_activate_visit_as_a_coordinator(qtbot, qtmodeltester, page, family,
                                                     session):
    assert page.model.rowCount() == 0
    seen = {}

    def new_agreement(dialog):
        lookup = dialog.widgets["family_id"]
        type_text(lookup, "F-999")  # a family that does not exist first
        save(dialog)
        seen["error"] = dialog.error_text("family_id")
        lookup.clear()
        type_text(lookup, "nunez")  # part of the head's name, without its accents
        qtbot.waitUntil(lookup.popup.isVisible, timeout=2000)
        seen["line"] = lookup.popup.model().index(0, 0).data()
        qtbot.keyClick(lookup.popup, Qt.Key.Key_Return)  # the first Enter takes the family
        seen["chosen"] = lookup.value()
        qtbot.keyClick(lookup, Qt.Key.Key_Return)  # the next one saves

    on_next_dialog(new_agreement)
    page.buttons["new"].click()
    assert seen["error"] == "Nothing matches “F-999”."
    assert seen["line"] == f"{family.code} · José Núñez Pérez · DNI 01234567 — Aguas Claras"
    assert seen["chosen"] == family.id
    assert page.model.rowCount() == 1
    assert page.title.text().endswith("Draft")
    number = page.model.index(0, 0).data()
    assert number == f"AC-{date.today().year}-0001"
    assert page.commitments.count() == 8  # the standard list, all ticked
    assert "3.25 ha" in page.plots_list.item(0).text()

    page.commitments.item(2).setCheckState(Qt.CheckState.Unchecked)
    type_text(page.free_commitment, "Cuidar la quebrada Ñaupe")
    page.save_commitments.click()
    texts = [c.text or c.kind for c in ag.living(ag.get_agreement(
        session, page.selected_id()).commitments)]
    assert "no_hunting" not in texts and "Cuidar la quebrada Ñaupe" in texts

    on_next_dialog(lambda d: (type_text(d.widgets["quantity"], "2"),
                              d.widgets["kind"].setCurrentIndex(
                                  d.widgets["kind"].findData("school_kit")),
                              save(d)))
    page.detail_buttons["add_benefit"].click()
    assert page.benefits.rowCount() == 1

    on_next_dialog(save)  # signing date defaults to today
    page.buttons["sign"].click()
    assert page.title.text().endswith("Signed")
    assert not page.detail_buttons["add_benefit"].isEnabled()
    page.buttons["activate"].click()
    assert page.title.text().endswith("Active")
    assert page.model.index(0, 4).data() == "Active"

    on_next_dialog(lambda d: (type_text(d.widgets["inspector"], "Raúl Peña"), save(d)))
    page.detail_buttons["record_visit"].click()
    assert page.visits.rowCount() == 1
    assert page.visits.index(0, 2).data() == "Compliant"
    for model in (page.benefits, page.signatories, page.visits, page.consents):
        qtmodeltester.check(model)


def test_filters(qtbot, page, family, session):
    a = ag.create_agreement(session, family.id, {"start_date": "2026-01-01",
                                                 "end_date": "2026-12-31"})
    page.refresh()
    assert page.model.rowCount() == 1
    page.status.setCurrentIndex(page.status.findData("active"))
    assert page.model.rowCount() == 0
    page.status.setCurrentIndex(page.status.findData("draft"))
    assert page.model.rowCount() == 1
    type_text(page.search, "nunez")
    qtbot.waitUntil(lambda: page.model.filter.query == "nunez")
    assert page.model.rowCount() == 1 and page.selected_id() == a.id


def test_print_one_and_all_in_the_list(qtbot, page, family, session, tmp_path):
    from pypdf import PdfReader

    agreement = ag.create_agreement(session, family.id, {"start_date": "2026-01-01",
                                                         "end_date": "2026-12-31"})
    ag.sign(session, agreement.id, date(2026, 1, 2))
    ag.activate(session, agreement.id)
    page.refresh(agreement.id)
    target = finish(qtbot, page.print_to(agreement.id, tmp_path / "one.pdf", "es"))
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert agreement.number in text and "Núñez" in text and "01234567" in text
    assert "Página 1 de" in text
    files = finish(qtbot, page.batch_print_to(tmp_path / "all", lang="en"))
    assert [f.name for f in files] == [f"{agreement.number}.pdf"]


def test_renew_a_community_off_the_gui_thread(qtbot, page, family, session, community):
    agreement = ag.create_agreement(session, family.id, {"start_date": "2025-01-01",
                                                         "end_date": date.today().isoformat()})
    ag.sign(session, agreement.id, date(2025, 1, 2))
    ag.activate(session, agreement.id)
    page.refresh(agreement.id)
    messages = []
    page.changed.connect(messages.append)

    def fill(dialog):
        dialog.widgets["days"].setText("thirty")
        save(dialog)
        seen["error"] = dialog.error_text("days")
        dialog.widgets["days"].setText("30")
        dialog.widgets["community_id"].setCurrentIndex(
            dialog.widgets["community_id"].findData(community.id))
        save(dialog)

    seen = {}
    on_next_dialog(fill)
    operation = page.do_renew_community()
    assert seen["error"]
    assert finish(qtbot, operation) == 1
    assert messages[-1] == "1 renewals created as drafts."
    assert page.model.rowCount() == 2


def test_signing_without_forest_asks_why_in_a_box_of_several_lines(qtbot, page, family,
                                                                  session):
    from desktop.ui.widgets.form_dialog import LongText

    draft = ag.create_agreement(session, family.id, {"start_date": "2026-01-01",
                                                     "end_date": "2026-12-31",
                                                     "forest_area_ha": "0"})
    page.refresh(draft.id)
    seen = {}

    def sign(dialog):
        reason = dialog.widgets["no_forest_reason"]
        seen["multiline"] = isinstance(reason, LongText)
        save(dialog)  # no reason yet: refused beside the box
        seen["error"] = dialog.error_text("no_forest_reason")
        reason.setText("Solo cafetal en la zona de amortiguamiento;\nbosque en trámite.")
        save(dialog)

    on_next_dialog(sign)
    page.buttons["sign"].click()
    assert seen["multiline"]
    assert seen["error"].startswith("The agreement commits no forest (0 ha)")
    session.expire_all()
    signed = ag.get_agreement(session, draft.id)
    assert signed.status == "signed"
    assert signed.no_forest_reason.endswith("bosque en trámite.")


def test_a_search_shows_its_rows_at_once_and_its_count_when_counted(qtbot, page, family,
                                                                     session):
    """The count runs off the GUI thread (issue 15: a common name's 15,000 agreements take
    0.1 s to count); a count asked for an older filter never replaces a newer one."""
    ag.create_agreement(session, family.id, {"start_date": "2026-01-01",
                                             "end_date": "2026-12-31"})
    page.apply_filter()
    qtbot.waitUntil(lambda: page.count_label.text() == "1 agreement")
    page.search.setText("nobody")
    page.apply_filter()
    older = page.counting
    assert page.model.rowCount() == 0 and page.count_label.text() == "Counting…"
    page.search.setText("nunez")
    page.apply_filter()
    assert page.model.rowCount() == 1 and page.count_label.text() == "Counting…"
    qtbot.waitUntil(lambda: older.done and page.counting.done)
    assert page.count_label.text() == "1 agreement"  # the older filter's 0 came and went

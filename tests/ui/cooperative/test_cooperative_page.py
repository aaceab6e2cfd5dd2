"""The Cooperative area as a manager uses it: a day at the scale with the keyboard only,
corrections and voids, payments, lots and their GeoJSON, language switch."""

import json
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import select

from desktop.db.audit import AuditEntry
from desktop.db.cooperative import Delivery
from desktop.services import cooperative
from desktop.reports.receipt import print_receipt
from desktop.ui.cooperative.cooperative_page import CooperativePage
from desktop.ui.cooperative.models import DeliveryListModel
from desktop.ui.widgets.language import apply_language
from tests.services.cooperative.builders import (
    deliver, make_cooperative, make_family, make_member, make_plot,
)
from desktop.ui.widgets.operations import Operation
from tests.ui.helpers import finish, on_next_dialog


@pytest.fixture
def office(session, family, community):
    coop = make_cooperative(session)
    make_plot(session, family, "La Esperanza", "2.5")
    first = make_member(session, coop, family)
    quispe = make_family(session, community, given_names="Rosa", paternal_surname="Quispe",
                         maternal_surname="Huamán", dni="44556677", sex="F")
    make_plot(session, quispe, "Alto Perú", "1.5")
    make_plot(session, quispe, "Bajo", "6")
    second = make_member(session, coop, quispe)
    return {"coop": coop, "first": first, "second": second}


@pytest.fixture
def page(qtbot, database, office, tmp_path):
    apply_language(QApplication.instance(), "en")
    widget = CooperativePage(database)
    widget.open_receipts = False
    widget.receipts_dir = tmp_path / "receipts"
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.station.member_edit)
    yield widget
    apply_language(QApplication.instance(), "en")


def focused():
    return QApplication.focusWidget()


def keys(text: str) -> None:
    """Type into whatever has the focus, as the keyboard would."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def press(key) -> None:
    QTest.keyClick(focused(), key)


def deliveries(session):
    session.expire_all()
    return list(session.scalars(select(Delivery).order_by(Delivery.sequence)))


def test_three_deliveries_with_the_keyboard_only(qtbot, page, session, office):
    station = page.station
    # 1: by member code; one plot, so it is chosen and the cursor goes to the weight
    keys("M-0001")
    press(Qt.Key.Key_Return)
    assert focused() is station.gross_edit
    assert station.plot_edit.match().name == "La Esperanza"
    assert station.flag_label.text() == "⚠ No active agreement"
    for text in ("100", "2", "12.5", "", "Exportable", "", "9.50"):  # "": no defects counted
        keys(text)
        press(Qt.Key.Key_Tab)
    assert focused() is station.save_button
    press(Qt.Key.Key_Tab)  # round to Clear, then back with Shift+Tab to the price
    QTest.keyClick(focused(), Qt.Key.Key_Backtab)
    QTest.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is station.price_edit
    assert station.amount_label.text() == "Amount: S/ 931.00"
    press(Qt.Key.Key_Return)
    assert focused() is station.member_edit and station.member_edit.text() == ""

    # the receipt prints off the GUI thread; on a loaded machine its progress (shown after
    # 600 ms) would take the keyboard from the next delivery: let it finish first
    qtbot.waitUntil(lambda: Operation.running() == 0, timeout=30000)

    # 2: by accent-free surname; two plots, so their list opens and part of a name picks one
    page.activateWindow()  # the popup opens only in the active window (offscreen, a window
    qtbot.waitUntil(page.isActiveWindow)  # closed by an earlier test may leave none active)
    station.member_edit.setFocus()
    keys("quispe huaman")  # the lookup's popup: one match, Enter takes it
    qtbot.waitUntil(lambda: station.member_edit.popup.isVisible(), timeout=5000)
    assert station.member_edit.model.rowCount() == 1
    assert "Quispe" in station.member_edit.model.matches[0].name
    QTest.keyClick(station.member_edit.popup, Qt.Key.Key_Return)
    assert focused() is station.plot_edit
    qtbot.waitUntil(lambda: station.plot_edit.popup.isVisible(), timeout=5000)
    assert station.plot_edit.model.rowCount() == 2
    keys("alto peru")
    qtbot.waitUntil(lambda: station.plot_edit.model.rowCount() == 1, timeout=5000)
    QTest.keyClick(station.plot_edit.popup, Qt.Key.Key_Return)
    assert station.plot_edit.match().name == "Alto Perú"
    assert focused() is station.product_combo
    press(Qt.Key.Key_Return)
    keys("50")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    keys("11")
    assert station.price_edit.text() == "9.50"  # remembered
    press(Qt.Key.Key_Return)

    # 3: by DNI, Enter straight from the moisture field
    keys("01234567")
    press(Qt.Key.Key_Return)
    keys("80.5")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    keys("13")
    press(Qt.Key.Key_Return)

    saved = deliveries(session)
    assert [d.receipt_number[-6:] for d in saved] == ["000001", "000002", "000003"]
    assert [d.net_kg for d in saved] == [Decimal("98"), Decimal("50"), Decimal("80.5")]
    assert [d.amount_pen for d in saved] == [Decimal("931.00"), Decimal("475.00"),
                                             Decimal("764.75")]
    assert saved[1].membership_id == office["second"].id
    assert all(d.flags == "no_active_agreement" for d in saved)
    last = page.receipts_dir / f"{saved[2].receipt_number}.pdf"
    # receipts print off the GUI thread: slow on a loaded machine
    qtbot.waitUntil(lambda: Operation.running() == 0 and station.last_pdf == last,
                    timeout=30000)
    pdfs = sorted(p.name for p in page.receipts_dir.iterdir())
    assert pdfs == [f"{d.receipt_number}.pdf" for d in saved]
    assert station.recent.rowCount() == 3
    assert "Saved " + saved[2].receipt_number in station.last_label.text()
    assert station.last_label.text().endswith(f"{saved[2].receipt_number}.pdf")
    assert station.last_pdf == page.receipts_dir / f"{saved[2].receipt_number}.pdf"


def test_wrong_entries_are_shown_beside_the_fields(page, session):
    station = page.station
    keys("ZZZ")
    press(Qt.Key.Key_Return)
    assert station.error_text("membership_id") == "No member matches “ZZZ”."
    assert focused() is station.member_edit
    station.member_edit.clear()
    keys("M-0001")
    press(Qt.Key.Key_Return)
    keys("-5")
    press(Qt.Key.Key_Tab)
    assert station.error_text("gross_kg") == "The gross weight must be greater than 0 kg."
    press(Qt.Key.Key_Tab)
    keys("120")
    press(Qt.Key.Key_Return)
    assert station.error_text("moisture_pct") == "Moisture must be between 0 and 100 %."
    assert station.error_text("price_per_kg_pen") == "Price per kg (S/) is required."
    assert focused() is station.gross_edit  # the first wrong field
    assert deliveries(session) == []
    press(Qt.Key.Key_Escape)
    assert station.member_edit.text() == "" and station.error_text("gross_kg") == ""


def test_a_search_shows_its_rows_at_once_and_its_count_when_counted(qtbot, page, session,
                                                                     office):
    plot = cooperative.member_plots(session, office["second"].id)[0]
    for _ in range(3):
        deliver(session, office["coop"], office["second"], plot)
    page.tabs.setCurrentWidget(page.deliveries)
    tab = page.deliveries
    tab.refresh()
    qtbot.waitUntil(lambda: tab.count_label.text() == "3 deliveries")
    tab.search.setText("nobody")
    tab.apply_filter()
    older = tab.counting
    assert tab.model.rowCount() == 0 and tab.count_label.text() == "Counting…"
    tab.search.setText("quispe")
    tab.apply_filter()
    assert tab.model.rowCount() == 3 and tab.count_label.text() == "Counting…"
    qtbot.waitUntil(lambda: older.done and tab.counting.done)
    assert tab.count_label.text() == "3 deliveries"  # the older filter's 0 came and went


def test_correct_and_void_from_the_list_stay_in_the_audit(qtbot, page, session, office):
    one = deliver(session, office["coop"], office["first"],
                  cooperative.member_plots(session, office["first"].id)[0])
    two = deliver(session, office["coop"], office["first"],
                  cooperative.member_plots(session, office["first"].id)[0])
    page.tabs.setCurrentWidget(page.deliveries)
    tab = page.deliveries
    tab.refresh()
    assert tab.model.rowCount() == 2  # the rows at once, their count after
    qtbot.waitUntil(lambda: tab.count_label.text() == "2 deliveries")
    flags_column = [f.name for f in tab.model.fields].index("flags")
    assert tab.model.index(0, flags_column).data() == "No active agreement"

    assert tab.select_receipt(one.receipt_number)

    def fix(dialog):
        from desktop.ui.widgets.lookup import Lookup

        plot = dialog.widgets["plot_id"]  # the member's plots, found by name
        assert isinstance(plot, Lookup) and plot.value() == one.plot_id
        dialog.widgets["gross_kg"].setText("200")
        dialog.try_save()

    on_next_dialog(fix)
    tab.correct_selected()
    session.expire_all()
    assert session.get(Delivery, one.id).net_kg == Decimal("199.55")
    tab.select_receipt(two.receipt_number)

    def give_reason(dialog):
        dialog.setTextValue("Socio equivocado")
        dialog.accept()

    on_next_dialog(give_reason)
    assert tab.void_selected()
    session.expire_all()
    assert session.get(Delivery, two.id).voided_at == date.today()
    actions = [e.action for e in session.scalars(select(AuditEntry).where(
        AuditEntry.entity_id == two.id))]
    assert actions == ["create", "update"]
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.row(r).receipt_number == two.receipt_number)
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    tab.voided.setChecked(False)
    assert tab.model.rowCount() == 1
    assert tab.reprint_selected() is None  # nothing selected after the refresh
    tab.table.selectRow(0)
    reprinted = finish(qtbot, tab.reprint_selected())
    assert reprinted.name == f"{one.receipt_number}.pdf"
    import subprocess
    text = subprocess.run(["pdftotext", str(reprinted), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "COPY" in text  # a reprint says so, and the audit keeps it
    actions = [e.action for e in session.scalars(select(AuditEntry).where(
        AuditEntry.entity_id == one.id))]
    assert actions.count("reprint") == 1
    history = tab.show_history(modal=False)  # no detail view: the receipt's history dialog
    qtbot.addWidget(history)
    model = history.history.model
    shown = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert [row[2] for row in shown] == ["printed again", "changed", "created"]  # newest first
    assert one.receipt_number in history.windowTitle()


def test_payments_one_member_up_to_a_date(page, session, office):
    plot = cooperative.member_plots(session, office["first"].id)[0]
    deliver(session, office["coop"], office["first"], plot, delivered_on=date(2026, 5, 4))
    deliver(session, office["coop"], office["first"], plot, delivered_on=date(2026, 5, 20))
    page.tabs.setCurrentWidget(page.payments)
    tab = page.payments
    assert tab.model.rowCount() == 1
    assert tab.total_label.text() == "Owed to 1 members: S/ 2,349.30"
    tab.up_to.setText("10/05/2026")
    tab.refresh()
    tab.table.selectRow(0)
    assert tab.pay_selected_member(ask=False)
    tab.up_to.setText("")
    tab.refresh()
    assert tab.total_label.text() == "Owed to 1 members: S/ 1,174.65"
    page.tabs.setCurrentWidget(page.deliveries)
    page.deliveries.table.selectRow(0)
    assert page.deliveries.mark_selected_paid(ask=False)
    page.tabs.setCurrentWidget(page.payments)
    assert page.payments.model.rowCount() == 0


def test_marking_deliveries_paid_says_what_the_advances_keep_back(qtbot, page, session,
                                                                 office):
    plot = cooperative.member_plots(session, office["first"].id)[0]
    deliver(session, office["coop"], office["first"], plot, delivered_on=date(2026, 5, 4),
            gross_kg="100", tare_kg="0", price_per_kg_pen="9")  # S/ 900.00
    cooperative.record_advance(session, office["first"].id, {
        "given_on": "2026-05-01", "kind": "cash", "description": "Adelanto", "rule": "share",
        "share_pct": "20", "amount_pen": "500"})
    page.tabs.setCurrentWidget(page.deliveries)
    page.deliveries.table.selectRow(0)
    asked, told = [], []
    page.changed.connect(told.append)

    def answer(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    on_next_dialog(answer)
    assert page.deliveries.mark_selected_paid()
    assert asked == ["Mark 1 deliveries paid today, S/ 900.00 in all?\n\n"
                     "S/ 180.00 will be kept back for advances: S/ 720.00 paid."]
    assert told == ["1 deliveries marked paid: S/ 900.00 gross, S/ 180.00 kept back for "
                    "advances, S/ 720.00 paid."]
    assert cooperative.outstanding_balance(session, office["first"].id) == Decimal("320.00")


def test_a_lot_is_built_and_exported(qtbot, page, session, office, tmp_path):
    first_plot = cooperative.member_plots(session, office["first"].id)[0]
    big_plot = [p for p in cooperative.member_plots(session, office["second"].id)
                if p.name == "Bajo"][0]
    deliver(session, office["coop"], office["first"], first_plot)
    deliver(session, office["coop"], office["second"], big_plot)
    cooperative.save_lot(session, office["coop"].id, {"code": "L-2026-DK1"})
    page.tabs.setCurrentWidget(page.lots)
    tab = page.lots
    assert tab.lots.rowCount() == 1 and tab.available.rowCount() == 2
    tab.available_view.selectAll()
    assert tab.add_selected() == 2
    assert tab.in_lot.rowCount() == 2 and tab.available.rowCount() == 0
    assert tab.lots.records[0].net_kg == Decimal("246")

    on_next_dialog(lambda box: box.accept())  # the list of problem plots
    refused = tab.export_selected(tmp_path / "lot.geojson")
    qtbot.waitUntil(lambda: refused.done)
    assert refused.state == "failed" and not (tmp_path / "lot.geojson").exists()
    assert [p.plot for p in tab.last_problems] == ["Bajo"]
    tab.in_lot_view.selectRow([r.plot for r in tab.in_lot.rows].index("Bajo"))
    assert tab.remove_selected() == 1
    result = finish(qtbot, tab.export_selected(tmp_path / "lot.geojson"))
    data = json.loads((tmp_path / "lot.geojson").read_text(encoding="utf-8"))
    assert result.features == 1 and data["features"][0]["geometry"]["type"] == "Point"


def test_members_tab_and_boundary_import(qtbot, page, session, office, tmp_path):
    from tests.services.cooperative.shapes import geojson_polygon, square

    page.tabs.setCurrentWidget(page.members)
    tab = page.members
    assert tab.model.rowCount() == 2
    tab.search.setText("quispe")
    assert tab.model.rowCount() == 1
    assert tab.plots.rowCount() == 2
    tab.plots_view.selectRow(1)  # Bajo, 6 ha
    path = tmp_path / "bajo.geojson"
    path.write_bytes(geojson_polygon(square(244.949)))
    boundary = finish(qtbot, tab.import_boundary(path))
    assert boundary is not None and abs(boundary.area_ha - 6) < Decimal("0.01")
    assert tab.plots.records[1].boundary


def test_language_switch_and_models(qtbot, qtmodeltester, page, database, session, office):
    deliver(session, office["coop"], office["first"],
            cooperative.member_plots(session, office["first"].id)[0])
    model = DeliveryListModel(database)
    model.set_filter(cooperative.DeliveryFilter(office["coop"].id))
    qtmodeltester.check(model)
    for tab in (page.payments, page.lots, page.members):
        page.tabs.setCurrentWidget(tab)
    for tab_model in (page.station.recent, page.deliveries.model, page.payments.model,
                      page.lots.lots, page.lots.in_lot, page.lots.available, page.members.model,
                      page.members.plots):
        qtmodeltester.check(tab_model)
    apply_language(QApplication.instance(), "es")
    assert page.station.product_combo.currentText() == "Pergamino seco"
    apply_language(QApplication.instance(), "en")
    assert page.station.product_combo.currentText() == "Dry parchment"
    assert page.tabs.tabText(0) == "Weighing station"


def test_print_receipt_writes_the_pdf(database, session, office, tmp_path):
    delivery = deliver(session, office["coop"], office["first"],
                       cooperative.member_plots(session, office["first"].id)[0])
    path = print_receipt(database, delivery.receipt_number, tmp_path, "en", "a6")
    assert path == tmp_path / f"{delivery.receipt_number}.pdf" and path.stat().st_size > 1000


def test_without_a_cooperative_the_page_asks_for_one(qtbot, tmp_path):
    from desktop.services.database import open_database

    db = open_database(tmp_path / "empty.sqlite", backup_dir=tmp_path / "b")
    try:
        widget = CooperativePage(db)
        qtbot.addWidget(widget)
        assert not widget.tabs.isEnabled() and not widget.hint.isHidden()

        def fill(dialog):
            dialog.widgets["name"].setText("Cooperativa Oro Verde")
            dialog.widgets["ruc"].setText("123")
            dialog.try_save()
            assert dialog.error_text("ruc") == "A RUC has exactly 11 digits."
            dialog.widgets["ruc"].setText("20109876543")
            dialog.try_save()

        on_next_dialog(fill)
        widget.new_cooperative()
        assert widget.cooperative_id is not None and widget.tabs.isEnabled()
        assert widget.coop_combo.currentText() == "Cooperativa Oro Verde"
        assert isinstance(widget.station.member_edit, QLineEdit)
    finally:
        db.close()


def test_a_search_in_the_deliveries_does_not_recount_the_season(page, monkeypatch, qtbot):
    """The season's figures read every delivery (half a second at 1,000,000), off the GUI
    thread: a keystroke or a tick box filters the list only; a change to the deliveries
    reads them again."""
    from desktop.services import cooperative

    page.tabs.setCurrentWidget(page.deliveries)
    tab = page.deliveries
    tab.refresh()
    qtbot.waitUntil(lambda: tab.summing is None or tab.summing.done)
    shown = tab.summary.text()
    assert shown.startswith("All deliveries: ")
    calls = []
    real = cooperative.season_summary
    monkeypatch.setattr(cooperative, "season_summary",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    tab.search.setText("quispe")
    tab.apply_filter()
    tab.unpaid.setChecked(True)
    assert calls == [] and tab.summary.text() == shown
    tab.refresh()
    qtbot.waitUntil(lambda: tab.summing.done)
    assert calls == [1] and tab.summary.text() == shown

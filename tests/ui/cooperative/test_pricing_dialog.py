"""Prices and discounts in the window (issue 16 item 3): the dialog's validated forms, its
lists with past periods and the history, and the weighing station proposing the price in
force and showing the discounts as the weights are typed."""

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.ui.cooperative.pricing_dialog import PricingDialog
from tests.ui.cooperative.test_cooperative_page import (  # noqa: F401 - fixtures
    deliveries, office, page,
)
from tests.ui.helpers import on_next_dialog

START = (date.today() - timedelta(days=30)).strftime("%d/%m/%Y")


def fill(form, **values):
    for name, text in values.items():
        widget = form.widgets[name]
        if hasattr(widget, "setCurrentIndex"):
            widget.setCurrentIndex(widget.findData(text))
        else:
            widget.setText(text)


def test_prices_and_rules_are_kept_in_the_dialog_with_their_history(qtbot, qtmodeltester, page,
                                                                   session):
    dialog = PricingDialog(page)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = {}

    def wrong_then_right(form):
        fill(form, product="dry_parchment", valid_from="01/06/2026", valid_to="31/05/2026",
             price_per_kg_pen="0")
        form.try_save()
        seen["to"], seen["price"] = form.error_text("valid_to"), form.error_text(
            "price_per_kg_pen")
        fill(form, valid_from=START, valid_to="", price_per_kg_pen="9.50")
        form.try_save()

    on_next_dialog(wrong_then_right)
    dialog.prices.new_button.click()
    assert seen == {"to": "The period ends before it starts.",
                    "price": "The price must be greater than S/ 0."}
    assert dialog.prices.model.rowCount() == 1 and dialog.dirty

    def overlapping(form):
        fill(form, valid_from=START, price_per_kg_pen="9.80")
        form.try_save()
        seen["overlap"] = form.error_text("valid_from")
        fill(form, grade="Especial", price_per_kg_pen="11")
        form.try_save()

    on_next_dialog(overlapping)
    dialog.prices.new_button.click()
    assert "overlaps the one from" in seen["overlap"] and "no end" in seen["overlap"]
    assert dialog.prices.model.rowCount() == 2
    status = [f.name for f in dialog.prices.model.fields].index("status")
    assert dialog.prices.model.index(0, status).data() == "In force"
    qtmodeltester.check(dialog.prices.model)

    dialog.tabs.setCurrentWidget(dialog.rules)

    def rule(form):
        fill(form, valid_from=START, moisture_limit_pct="120", moisture_kg_per_point="1.5")
        form.try_save()
        seen["limit"] = form.error_text("moisture_limit_pct")
        fill(form, moisture_limit_pct="12", defects_allowed="5", defects_kg_per_point="0.25")
        form.try_save()

    on_next_dialog(rule)
    dialog.rules.new_button.click()
    assert seen["limit"] == "Moisture limit (%) must be between 0 and 100."
    assert dialog.rules.model.rowCount() == 1

    # a change of the price, then its history
    dialog.prices.table.selectRow(0)
    on_next_dialog(lambda form: (fill(form, price_per_kg_pen="9.60"), form.try_save()))
    dialog.prices.edit_button.click()
    history = dialog.history.model
    texts = [" ".join(history.index(r, c).data() or "" for c in range(history.columnCount()))
             for r in range(history.rowCount())]
    assert len(texts) == 4 and "9.50 → 9.60" in texts[0]

    # the station proposes the prices in force, and shows the discounts
    page.station.pricing.forget()
    page.station.product_changed(force=True)
    station = page.station
    assert station.price_edit.text() == "9.60"
    station.grade_edit.setText("Especial")
    station.grade_edit.editingFinished.emit()
    assert station.price_edit.text() == "11.00"
    station.price_edit.setText("12.00")  # typed over: a grade changed keeps it
    station.grade_edit.setText("")
    station.grade_edit.editingFinished.emit()
    assert station.price_edit.text() == "12.00"
    station.price_edit.setText("9.60")
    for edit, text in ((station.gross_edit, "101"), (station.tare_edit, "1"),
                       (station.moisture_edit, "14.5"), (station.defects_edit, "9")):
        edit.setText(text)
    assert station.pricing.discount_label.text() == (
        "Discounts: 3.75 kg for moisture, 1.00 kg for defects. Payable: 95.25 kg")
    assert station.amount_label.text() == "Amount: S/ 914.40"

    # deleting the rule asks first; the station then takes nothing off
    dialog.rules.table.selectRow(0)
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    dialog.rules.delete_button.click()
    assert dialog.rules.model.rowCount() == 0
    page.station.pricing.forget()
    page.station.pricing.propose()
    assert station.pricing.discount_label.text() == ""
    assert station.amount_label.text() == "Amount: S/ 960.00"


def test_the_page_opens_the_dialog_and_a_saved_delivery_keeps_its_discounts(qtbot, page,
                                                                            session, office):
    from desktop.services import cooperative

    cooperative.save_discount_rule(session, office["coop"].id, {
        "product": "dry_parchment", "valid_from": START, "moisture_limit_pct": "12",
        "moisture_kg_per_point": "1.5"})
    cooperative.save_price(session, office["coop"].id, {
        "product": "dry_parchment", "valid_from": START, "price_per_kg_pen": "9.55"})
    assert page.station.prices_button.isVisible() and page.station.prices_button.isEnabled()
    on_next_dialog(lambda dialog: (dialog.tabs.setCurrentIndex(1), dialog.reject()))
    page.station.prices_button.click()
    station = page.station
    assert station.price_edit.text() == "9.55"  # proposed again when the dialog closed
    station.member_edit.setFocus()
    for ch in "M-0001":
        from PySide6.QtTest import QTest
        QTest.keyClick(station.member_edit, ch)
    QTest.keyClick(station.member_edit, Qt.Key.Key_Return)
    for edit, text in ((station.gross_edit, "101"), (station.tare_edit, "1"),
                       (station.moisture_edit, "14.5")):
        edit.setText(text)
    assert station.save_and_print()
    saved = deliveries(session)[-1]
    assert (saved.moisture_discount_kg, saved.payable_kg, saved.amount_pen) == (
        Decimal("3.75"), Decimal("96.25"), Decimal("919.19"))

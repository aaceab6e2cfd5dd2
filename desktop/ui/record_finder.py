"""Showing one record in its area, when another page points at it (the home page's "what is
due", a plot on the map): its list is searched for the record's code, so a record far down a
list of 100,000 is found at once, and the record is selected."""

from __future__ import annotations

from desktop.services import agreements, cooperative, registry
from desktop.services.errors import NotFound


def find_record(page, area: str, record_id: str) -> bool:
    try:
        if area == "families":
            return _in_list(page, registry.get_family, "code", record_id, ("community",))
        if area == "agreements":
            return _in_list(page, agreements.get_agreement, "number", record_id,
                            ("status", "community"))
        if area == "cooperative":
            return _delivery(page, record_id)
    except NotFound:
        return False
    return False


def _in_list(page, getter, column: str, record_id: str, filters=()) -> bool:
    with page.database.session() as session:
        code = getattr(getter(session, record_id), column)
    for name in filters:  # a filter that would hide it goes back to "all"
        combo = getattr(page, name, None)
        if combo is not None and combo.count():
            combo.setCurrentIndex(0)
    page.search.setText(code)
    page.apply_pending_search()
    page.refresh(select_id=record_id)
    return page.selected_id() == record_id


def _delivery(page, delivery_id: str) -> bool:
    with page.database.session() as session:
        delivery = cooperative.get_delivery(session, delivery_id)
        receipt, cooperative_id = delivery.receipt_number, delivery.cooperative_id
    if page.cooperative_id != cooperative_id:
        page.coop_combo.setCurrentIndex(page.coop_combo.findData(cooperative_id))
        page.set_cooperative(cooperative_id)
    tab = page.deliveries
    page.tabs.setCurrentWidget(tab)
    tab.search.setText(receipt)
    tab.refresh()
    return tab.select_receipt(receipt)

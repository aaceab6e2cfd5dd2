"""A receipt printed again: the copy says COPIA, and the audit keeps who reprinted which
receipt and when (issue 16 item 2), so a second paper for the same kilos is never silent."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.db.hooks import write_audit
from desktop.services.cooperative.deliveries import delivery_by_receipt
from desktop.services.people.permissions import require

REPRINT = "reprint"


def note_reprint(session: Session, receipt_number: str, copies: int = 1) -> None:
    """Record in the audit that the receipt was printed again (committed)."""
    require(session, "cooperative.edit")
    delivery = delivery_by_receipt(session, receipt_number)
    write_audit(session, "deliveries", delivery.id, REPRINT,
                {"receipt_number": [None, delivery.receipt_number], "copies": [None, copies]})
    session.commit()


__all__ = ["REPRINT", "note_reprint"]

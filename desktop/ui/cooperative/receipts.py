"""Receipts as PDF files in the receipts folder.
"""

from __future__ import annotations

from pathlib import Path

from desktop import config
from desktop.i18n import language
from desktop.reports.receipt import write_receipt
from desktop.services import cooperative


def receipts_folder() -> Path:
    return config.data_dir() / "receipts"


def print_receipt(database, receipt_number: str, folder: Path | str | None = None,
                  lang: str | None = None, fmt: str = "ticket") -> Path:
    """Write the receipt of `receipt_number` as a PDF in `folder`; return the file."""
    with database.session() as session:
        data = cooperative.receipt_data(session, receipt_number)
    folder = Path(folder) if folder else receipts_folder()
    return write_receipt(data, folder / f"{data.receipt_number}.pdf", lang or language(), fmt)

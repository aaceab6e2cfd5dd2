"""Where the station keeps its receipts (the receipt itself is desktop.reports.receipt)."""

from __future__ import annotations

from pathlib import Path

from desktop import config


def receipts_folder() -> Path:
    return config.data_dir() / "receipts"

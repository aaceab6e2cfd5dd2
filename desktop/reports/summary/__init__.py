"""The programme's summary workbook: workbook.py lays out the sheets, columns.py declares
the columns only the workbook has; the rows come from desktop.services.summary."""

from desktop.reports.summary.workbook import SummaryWriter, write_summary

__all__ = ["SummaryWriter", "write_summary"]

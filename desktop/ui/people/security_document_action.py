"""File > Settings > "Print the security document…" (issue 14 item 5): the PDF is written
off the GUI thread from the program's own settings, then opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.i18n import language
from desktop.services.people import PermissionDenied
from desktop.ui.widgets.operations import Operation


def print_security_document(parent, database) -> Operation | None:
    """Ask where, then write the document; `parent` is the window or the settings dialog."""
    from desktop.reports.security_document import write_security_document
    from desktop.services.people.security import security_facts

    title = QCoreApplication.translate("SecurityDocumentAction", "Print the security document")
    name = QCoreApplication.translate("SecurityDocumentAction", "security-document")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / f"{name}.pdf"),
                                          "PDF (*.pdf)")
    if not path:
        return None
    lang, shown = language(), getattr(database.path, "shown", str(database.path))

    def job(progress):
        with database.session() as session:
            facts = security_facts(session, shown)
        return write_security_document(facts, Path(path), lang)

    def failed(error: BaseException) -> None:
        if isinstance(error, OSError):
            QMessageBox.warning(parent, title, QCoreApplication.translate(
                "SecurityDocumentAction", "Cannot write {path}: {reason}").format(
                path=path, reason=error.strerror or error))
        elif isinstance(error, PermissionDenied):
            QMessageBox.warning(parent, title, error.text())
        else:
            raise error

    return Operation(parent, job).with_progress(title) \
        .success(lambda written: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))) \
        .failure(failed).run_in_background()

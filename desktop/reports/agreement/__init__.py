"""The printed conservation agreement (see renderer.py), one module per concern:

document.py   the plain snapshot that is printed, and its mapping from the ORM objects
office.py     the office's names and logos
style.py      colours and paragraph styles
canvas.py     per-part page numbers, footer and the draft mark
flowables.py  cell texts, shared paragraphs and signature blocks
qr.py         the QR code (and the faster mask choice it uses)
renderer.py   AgreementRenderer: the pages of one agreement or of a batch
"""

from desktop.reports.agreement.document import (
    LANG_CHOICES, AgreementDocument, agreement_document, document_languages, load_documents,
)
from desktop.reports.agreement.office import DocumentSettings
from desktop.reports.agreement.qr import AgreementQr
from desktop.reports.agreement.renderer import AgreementRenderer, write_agreement_pdf

__all__ = [
    "LANG_CHOICES", "AgreementDocument", "AgreementQr", "AgreementRenderer", "DocumentSettings",
    "agreement_document", "document_languages", "load_documents", "write_agreement_pdf",
]

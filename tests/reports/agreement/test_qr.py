"""The QR code's faster mask choice scores exactly as reportlab does, and encodes the payload."""

import pytest
from reportlab.graphics.barcode import qrencoder

from desktop.reports.agreement.qr import AgreementQr, mask_penalty


@pytest.mark.parametrize("payload", ["AC-2026-0001|3F9A-C21B", "AC-2025-0420|0000-FFFF",
                                     "X", "OFFICE-AC-2026-12345|ABCD-EF01-2345"])
def test_mask_penalty_is_reportlabs_score_for_every_mask(payload):
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    for pattern in range(8):
        code.makeImpl(True, pattern)
        assert mask_penalty(code.modules) == qrencoder.QRUtil.getLostPoint(code), pattern


def test_the_agreement_code_chooses_reportlabs_mask_and_keeps_its_payload():
    payload = "AC-2026-0001|3F9A-C21B"
    ours = AgreementQr(payload).qr
    theirs = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    theirs.addData(payload)
    ours.make()
    theirs.make()
    assert ours.modules == theirs.modules
    assert AgreementQr(payload).payload == payload
    with pytest.raises(UnicodeEncodeError):
        AgreementQr("AC-2026-0001|Ñ")

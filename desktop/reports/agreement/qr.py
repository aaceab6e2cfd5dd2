"""The agreement's QR code, and why it does not use reportlab's mask choice as it is.

A QR code is drawn with one of eight mask patterns; the encoder scores all eight and
keeps the one with the lowest penalty. reportlab computes that penalty
(`qrencoder.QRUtil.getLostPoint`) module by module in pure Python, and with one QR code
per agreement it took most of the time of a batch print. `mask_penalty` gives exactly the
same score from rows and columns turned into strings and integers, in a tenth of the
time, and `_QRCode` overrides reportlab's `getBestMaskPattern` to use it.

This rewrites a reportlab internal: if reportlab changes its scoring or the method's
name, codes stay valid (any mask is readable) but may differ from reportlab's own.
tests/reports/agreement/test_qr.py checks the score against reportlab's on real codes.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.units import mm

QR_SIZE = 27 * mm

_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = "10111010000"


def mask_penalty(modules: list[list[bool]]) -> int:
    """reportlab's QR mask penalty (qrencoder.QRUtil.getLostPoint), computed on strings and
    integers: the same score, a tenth of the time."""
    rows = ["".join("1" if m else "0" for m in row) for row in modules]
    columns = ["".join(column) for column in zip(*rows)]
    score = sum(len(run.group()) - 2 for line in rows + columns for run in _RUN.finditer(line))
    size = len(rows)
    low = (1 << (size - 1)) - 1
    bits = [int(row, 2) for row in rows]
    for upper, lower in pairwise(bits):
        differ = (upper ^ (upper >> 1)) | (upper ^ lower) | (lower ^ (lower >> 1))
        score += 3 * (~differ & low).bit_count()
    score += 40 * sum(row[:-1].count(_FINDER_LIKE) for row in rows)  # rows only, as reportlab
    dark = sum(row.count("1") for row in rows)
    score += 10 * (abs(100 * dark // (size * size) - 50) // 5)
    return score


class _QRCode(qrencoder.QRCode):
    def getBestMaskPattern(self):
        best, pattern = None, 0
        for candidate in range(8):
            self.makeImpl(True, candidate)
            lost = mask_penalty(self.modules)
            if best is None or lost < best:
                best, pattern = lost, candidate
        return pattern


class AgreementQr(QrCode):
    """The agreement's QR code (reportlab.graphics.barcode.qr); `payload` is exactly what it
    encodes. Sized with width/height, never measured with getBounds (which encodes twice)."""

    def __init__(self, payload: str, size: float = QR_SIZE):
        payload.encode("ascii")  # the payload is ASCII by design; fail loudly if not
        super().__init__([], width=size, height=size, qrLevel="M", qrBorder=2)
        self.qr = _QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        self.qr.addData(payload)
        self.value = self.payload = payload

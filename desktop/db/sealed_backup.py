"""Encrypted backups for a second place (a USB stick, another disk): issue 14 item 6.

A backup that leaves the laptop may be lost with the stick that carries it; the register's
personal data must not go with it. The file is a checked backup (desktop.db.backup) sealed
with AES-256-GCM under a key derived from a passphrase with scrypt, both from the
`cryptography` package. The file is read and written in chunks, so a 1 GB register needs
no more memory than one chunk:

    header   MAGIC, scrypt's salt and cost, the nonce prefix, the chunk size
    chunks   AES-GCM(chunk), nonce = prefix + chunk number + "last chunk" flag,
             the header as associated data

The chunk number and the flag in each nonce (the STREAM construction) make a reordered,
cut or spliced file fail its check like a damaged one; the header as associated data makes
a changed header fail too. Without the passphrase the file cannot be read by anyone: there
is no second key.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.db.backup import BadBackup

MAGIC = b"CDESKENC1\n"
#: MAGIC, salt (16), log2 of scrypt's n, r, p, nonce prefix (7), chunk size.
HEADER = struct.Struct(f">{len(MAGIC)}s16sBBB7sI")
CHUNK = 1 << 20
TAG = 16
#: scrypt's cost: 2**15 × 8 × 128 bytes = 32 MB and about a tenth of a second here.
LOG2_N, R, P = 15, 8, 1
SUFFIX = ".cdbackup"


class WrongPassphrase(BadBackup):
    """The passphrase does not open this file (or its first chunk is damaged)."""


def is_sealed(path: Path) -> bool:
    """Whether `path` starts like an encrypted backup."""
    try:
        with open(path, "rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    if not 10 <= log2_n <= 20 or not 1 <= r <= 32 or not 1 <= p <= 4:
        raise BadBackup("the file's key settings are out of range")  # a forged header
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase.encode())


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">I?", number, last)


def _chunks(file, size: int) -> Iterator[tuple[bytes, bool]]:
    """(chunk, is it the last) for each chunk of `file`; an empty file is one empty chunk."""
    chunk = file.read(size)
    while True:
        following = file.read(size)
        yield chunk, not following
        if not following:
            return
        chunk = following


def seal(plain: Path, target: Path, passphrase: str,
         progress: Callable[[int, int], object] | None = None) -> str:
    """Write `plain` encrypted to `target`; returns the SHA-256 of the plain bytes."""
    salt, prefix = os.urandom(16), os.urandom(7)
    header = HEADER.pack(MAGIC, salt, LOG2_N, R, P, prefix, CHUNK)
    cipher = AESGCM(_key(passphrase, salt, LOG2_N, R, P))
    digest, total, done = hashlib.sha256(), plain.stat().st_size, 0
    with open(plain, "rb") as source, open(target, "wb") as sink:
        sink.write(header)
        for number, (chunk, last) in enumerate(_chunks(source, CHUNK)):
            digest.update(chunk)
            sink.write(cipher.encrypt(_nonce(prefix, number, last), chunk, header))
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        sink.flush()
        os.fsync(sink.fileno())
    return digest.hexdigest()


def unseal(sealed: Path, target: Path | None, passphrase: str,
           progress: Callable[[int, int], object] | None = None) -> str:
    """Decrypt `sealed` into `target` (or only check it, when `target` is None); returns the
    SHA-256 of the plain bytes. A wrong passphrase raises WrongPassphrase; a cut, changed or
    foreign file raises BadBackup, and `target` is then left incomplete for the caller to
    remove."""
    total = sealed.stat().st_size
    with open(sealed, "rb") as source:
        header = source.read(HEADER.size)
        if len(header) < HEADER.size or not header.startswith(MAGIC):
            raise BadBackup(f"{sealed} is not an encrypted backup")
        _, salt, log2_n, r, p, prefix, size = HEADER.unpack(header)
        if not 1 << 12 <= size <= 1 << 26:
            raise BadBackup(f"{sealed} has a forged chunk size")
        cipher = AESGCM(_key(passphrase, salt, log2_n, r, p))
        digest, number, finished = hashlib.sha256(), 0, False
        sink = open(target, "wb") if target is not None else None
        try:
            for chunk, last in _chunks(source, size + TAG):
                if len(chunk) < TAG:
                    raise BadBackup(f"{sealed} is cut short")
                try:
                    plain = cipher.decrypt(_nonce(prefix, number, last), chunk, header)
                except InvalidTag:
                    if number == 0:
                        raise WrongPassphrase(f"{sealed}: wrong passphrase or damaged") from None
                    raise BadBackup(f"{sealed} is damaged or cut short") from None
                digest.update(plain)
                if sink is not None:
                    sink.write(plain)
                number += 1
                finished = last
                if progress is not None:
                    progress(source.tell(), total)
            if not finished:
                raise BadBackup(f"{sealed} is cut short")
            if sink is not None:
                sink.flush()
                os.fsync(sink.fileno())
        finally:
            if sink is not None:
                sink.close()
    return digest.hexdigest()

"""The encrypted backup format: only the passphrase opens it, and a cut, reordered or changed
file is refused, never half-restored (issue 14 item 6)."""

import pytest

from desktop.db import sealed_backup
from desktop.db.backup import BadBackup
from desktop.db.sealed_backup import HEADER, TAG, WrongPassphrase, is_sealed, seal, unseal

SECRET = "correct horse battery"


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(sealed_backup, "CHUNK", 4096)
    return 4096


@pytest.fixture
def plain(tmp_path):
    path = tmp_path / "plain.sqlite"
    path.write_bytes(b"DNI 01234567 Jose Nunez " * 1000)  # 24,000 bytes: six chunks of 4 KB
    return path


def test_a_sealed_file_opens_with_its_passphrase_only(tmp_path, plain, small_chunks):
    sealed, back = tmp_path / "x.cdbackup", tmp_path / "back.sqlite"
    written = seal(plain, sealed, SECRET)
    assert is_sealed(sealed) and not is_sealed(plain)
    assert b"01234567" not in sealed.read_bytes() and b"Jose" not in sealed.read_bytes()
    assert unseal(sealed, back, SECRET) == written
    assert back.read_bytes() == plain.read_bytes()
    with pytest.raises(WrongPassphrase):
        unseal(sealed, None, "correct horse battery!")


def test_two_sealings_of_one_file_differ(tmp_path, plain):
    seal(plain, tmp_path / "a", SECRET)
    seal(plain, tmp_path / "b", SECRET)
    assert (tmp_path / "a").read_bytes() != (tmp_path / "b").read_bytes()  # salt and nonce


def test_an_empty_file_round_trips(tmp_path):
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    seal(empty, tmp_path / "s", SECRET)
    assert unseal(tmp_path / "s", tmp_path / "o", SECRET) == seal(empty, tmp_path / "t", SECRET)
    assert (tmp_path / "o").read_bytes() == b""



@pytest.mark.parametrize("damage", ["cut at a chunk", "cut inside a chunk", "chunks swapped",
                                    "a byte changed", "header changed", "only the header"])
def test_a_damaged_file_is_refused(tmp_path, plain, small_chunks, damage):
    sealed = tmp_path / "x.cdbackup"
    seal(plain, sealed, SECRET)
    data, block = sealed.read_bytes(), small_chunks + TAG
    body = HEADER.size
    damaged = {
        "cut at a chunk": data[:body + 2 * block],
        "cut inside a chunk": data[:body + 2 * block + 100],
        "chunks swapped": (data[:body] + data[body + block:body + 2 * block]
                           + data[body:body + block] + data[body + 2 * block:]),
        "a byte changed": data[:body + 3 * block + 7] + bytes([data[body + 3 * block + 7] ^ 1])
                          + data[body + 3 * block + 8:],
        "header changed": data[:HEADER.size - 3] + bytes([data[HEADER.size - 3] ^ 1])
                          + data[HEADER.size - 2:],
        "only the header": data[:body],
    }[damage]
    sealed.write_bytes(damaged)
    with pytest.raises(BadBackup):
        unseal(sealed, tmp_path / "out", SECRET)


def test_a_file_that_is_not_sealed_is_refused(tmp_path, plain):
    with pytest.raises(BadBackup):
        unseal(plain, None, SECRET)

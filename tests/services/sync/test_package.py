"""Package files: checked whole before anything is written, written atomically."""

import json
import zipfile

import pytest

from desktop.services import registry, sync
from desktop.services.sync import package as packages
from tests.services.sync.offices import (
    build_offices, content_hash, export, take, the_family, with_session,
)


@pytest.fixture
def offices(tmp_path, migrated_template):
    return build_offices(tmp_path, migrated_template)


@pytest.fixture
def made(offices, tmp_path):
    with_session(offices["a"], lambda s: registry.update_family(
        s, the_family(s).id, {"address": "Jr. Lima 1"}))
    return export(offices["a"], tmp_path / "a.cdsync")


def refused(offices, path):
    before = content_hash(offices["centre"], with_sync_tables=True)
    with pytest.raises(sync.BadPackage) as excinfo:
        take(offices["centre"], path)
    assert content_hash(offices["centre"], with_sync_tables=True) == before
    return excinfo.value.text("en")


def test_a_truncated_package_is_refused_and_nothing_is_written(offices, made, tmp_path):
    cut = tmp_path / "cut.cdsync"
    cut.write_bytes(made.read_bytes()[: made.stat().st_size // 2])
    assert "not a sync package, or it was cut short" in refused(offices, cut)


def test_a_package_whose_content_changed_fails_its_checksum(offices, made, tmp_path):
    with zipfile.ZipFile(made) as archive:
        manifest, content = archive.read("manifest.json"), archive.read("content.jsonl")
    forged = tmp_path / "forged.cdsync"
    with zipfile.ZipFile(forged, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("content.jsonl", content.replace(b"Jr. Lima 1", b"Jr. Lima 9"))
    assert "checksum does not match" in refused(offices, forged)


def test_a_file_that_is_not_a_package_is_refused(offices, tmp_path):
    other = tmp_path / "notes.cdsync"
    other.write_text("hello", encoding="utf-8")
    assert "not a sync package" in refused(offices, other)
    with zipfile.ZipFile(tmp_path / "zip.cdsync", "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something else"}))
        archive.writestr("content.jsonl", "")
    assert "not a sync package" in refused(offices, tmp_path / "zip.cdsync")


def test_a_package_of_another_schema_is_refused(offices, made, tmp_path, monkeypatch):
    monkeypatch.setattr(sync.state, "revision", lambda: "9999")
    assert "another program version" in refused(offices, made)


def test_a_package_is_written_under_a_hidden_name_then_renamed(offices, tmp_path, monkeypatch):
    seen = []
    real = zipfile.ZipFile.writestr

    def spy(archive, name, data, *args, **kwargs):
        seen.append(archive.filename)
        return real(archive, name, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", spy)
    out = export(offices["a"], tmp_path / "out.cdsync")
    assert seen and all(name != str(out) and "out.cdsync" in name for name in seen)
    assert sorted(p.name for p in tmp_path.glob("*out.cdsync*")) == ["out.cdsync"]

    def fail(archive, name, data, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", fail)
    with pytest.raises(OSError):
        export(offices["a"], tmp_path / "full.cdsync")
    assert not list(tmp_path.glob("*full.cdsync*"))


def test_a_reply_goes_only_to_the_laptop_it_answers(offices, made, tmp_path):
    result = take(offices["centre"], made)
    reply = sync.write_package(result.reply, tmp_path / "reply.cdsync")
    with pytest.raises(sync.SyncRefused) as excinfo:
        take(offices["b"], reply)
    assert "for office LA" in excinfo.value.text("en")
    with pytest.raises(sync.SyncRefused):
        take(offices["centre"], reply)
    with pytest.raises(sync.SyncRefused):  # a laptop's changes go to the centre, not a laptop
        take(offices["b"], made)
    with pytest.raises(sync.SyncRefused):  # and the centre does not export changes
        export(offices["centre"], tmp_path / "centre.cdsync")
    assert packages.REPLY == result.reply.kind

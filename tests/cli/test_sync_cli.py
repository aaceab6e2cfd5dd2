"""`sync export`, `sync import [--reply]`, `sync conflicts` and `sync resolve` on real files,
with their exit codes: 0 nothing waiting, 3 conflicts waiting, 2 a bad package or a refused
exchange (nothing written), 4 a role that may not sync."""

import pytest

from desktop.cli import main
from desktop.services import people, registry
from tests.services.sync.offices import (
    DNI, add_member, build_offices, content_hash, the_family, with_session,
)


@pytest.fixture
def offices(tmp_path, migrated_template):
    return build_offices(tmp_path, migrated_template)


def run(*args):
    return main(["--lang", "en", "sync", *map(str, args)])


def round_trip(laptop, centre, folder, name):
    package, reply = folder / f"{name}.cdsync", folder / f"{name}-reply.cdsync"
    assert run("export", "--db", laptop, "--out", package) == 0
    at_centre = run("import", package, "--db", centre, "--reply", reply)
    return at_centre, run("import", reply, "--db", laptop)


def set_address(path, address):
    with_session(path, lambda s: registry.update_family(s, the_family(s).id,
                                                        {"address": address}))


def test_a_round_trip_by_files_converges(offices, tmp_path, capsys):
    set_address(offices["a"], "Jr. Lima 1")
    assert round_trip(offices["a"], offices["centre"], tmp_path, "a") == (0, 0)
    out = capsys.readouterr().out
    assert "changed rows written" in out and "Reply for the laptop written" in out
    assert content_hash(offices["a"]) == content_hash(offices["centre"])
    assert run("conflicts", "--db", offices["centre"]) == 0
    assert "No conflicts wait." in capsys.readouterr().out


def test_a_double_edit_waits_as_a_conflict_then_is_resolved(offices, tmp_path, capsys):
    set_address(offices["a"], "Casa azul")
    set_address(offices["b"], "Casa verde")
    assert round_trip(offices["a"], offices["centre"], tmp_path, "a") == (0, 0)
    assert round_trip(offices["b"], offices["centre"], tmp_path, "b") == (3, 3)
    capsys.readouterr()
    assert run("conflicts", "--db", offices["centre"]) == 3
    listing = capsys.readouterr().out
    assert "Family F-CEN-000001" in listing and "changed at LB" in listing
    assert "Address or sector (address): here “Casa azul”, theirs “Casa verde”" in listing
    assert run("conflicts", "--db", offices["b"]) == 3  # the laptop knows it waits
    conflict_id = listing.split()[0]
    assert run("resolve", conflict_id, "--db", offices["centre"], "--take",
               "address=theirs") == 0
    assert run("conflicts", "--db", offices["centre"]) == 0
    assert round_trip(offices["b"], offices["centre"], tmp_path, "b2") == (0, 0)
    assert with_session(offices["b"], lambda s: the_family(s).address) == "Casa verde"
    assert run("resolve", conflict_id, "--db", offices["centre"]) == 1  # decided already
    assert "Conflict" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["truncated", "flipped"])
def test_a_damaged_package_exits_2_and_writes_nothing(offices, tmp_path, capsys, damage):
    set_address(offices["a"], "Jr. Lima 1")
    package = tmp_path / "a.cdsync"
    assert run("export", "--db", offices["a"], "--out", package) == 0
    data = bytearray(package.read_bytes())
    if damage == "truncated":
        data = data[:len(data) - 40]
    else:
        data[len(data) // 3] ^= 0xFF
    package.write_bytes(bytes(data))
    before = content_hash(offices["centre"], with_sync_tables=True)
    capsys.readouterr()
    assert run("import", package, "--db", offices["centre"], "--reply",
               tmp_path / "reply.cdsync") == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "nothing was changed" in err
    assert content_hash(offices["centre"], with_sync_tables=True) == before
    assert not (tmp_path / "reply.cdsync").exists()


def test_a_refused_exchange_exits_2(offices, tmp_path, capsys):
    package = tmp_path / "a.cdsync"
    assert run("export", "--db", offices["a"], "--out", package) == 0
    assert run("import", package, "--db", offices["b"]) == 2  # a laptop is not the centre
    assert "import laptops' packages into the centre" in capsys.readouterr().err
    assert run("export", "--db", offices["centre"], "--out", tmp_path / "c.cdsync") == 2


def test_a_viewer_may_not_sync(offices, tmp_path, capsys, monkeypatch):
    def users(session):
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    with_session(offices["a"], users)
    monkeypatch.setenv("CONSERVATION_DESK_PASSWORD", "first-secret")
    # the admin adds a viewer (signed in as herself)
    from desktop.services.database import open_database

    db = open_database(offices["a"], create=False)
    with db.session() as session:
        db.actor = people.sign_in(session, "Ana", "first-secret")
    with db.session() as session:
        people.add_user(session, "Vero", "viewer", "first-secret")
    db.close()
    assert main(["--lang", "en", "sync", "export", "--db", str(offices["a"]), "--user", "Vero",
                 "--out", str(tmp_path / "v.cdsync")]) == 4
    assert main(["--lang", "en", "sync", "export", "--db", str(offices["a"]), "--user", "Ana",
                 "--out", str(tmp_path / "a.cdsync")]) == 0


def test_a_copy_of_the_centre_gets_its_office_code_at_its_first_export(offices, tmp_path,
                                                                       capsys):
    import shutil

    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(offices["centre"], copy)
    assert run("export", "--db", copy, "--out", tmp_path / "c0.cdsync") == 2  # still "centre"
    assert run("export", "--db", copy, "--out", tmp_path / "c1.cdsync", "--office", "lc") == 0
    set_address(copy, "Jr. Copia")
    assert round_trip(copy, offices["centre"], tmp_path, "c2") == (0, 0)
    assert content_hash(copy) == content_hash(offices["centre"])
    assert run("export", "--db", offices["a"], "--out", tmp_path / "a.cdsync",
               "--office", "LZ") == 2
    assert "already has its office code, LA" in capsys.readouterr().err


def test_the_network_sync_says_in_one_line_what_is_missing_or_unreachable(offices, tmp_path,
                                                                         capsys):
    assert run("--db", offices["a"]) == 2  # no centre
    assert "--central" in capsys.readouterr().err
    assert run("--db", tmp_path / "new.sqlite", "--central", offices["centre"]) == 2
    assert "--office" in capsys.readouterr().err
    assert not (tmp_path / "new.sqlite").exists()
    assert run("--db", offices["a"], "--central",
               "postgresql://nobody@127.0.0.1:1/centre") == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "cannot be reached" in err
    assert run("--db", offices["a"], "--central", offices["b"]) == 2  # a laptop is no centre
    assert run("--db", offices["a"], "--central", offices["centre"]) == 0


def test_the_same_dni_twice_is_listed_as_a_duplicate_and_merged(offices, tmp_path, capsys):
    kept = add_member(offices["a"], "Ana")
    add_member(offices["b"], "Ana María", attends=True)
    assert round_trip(offices["a"], offices["centre"], tmp_path, "a") == (0, 0)
    assert round_trip(offices["b"], offices["centre"], tmp_path, "b") == (3, 3)
    capsys.readouterr()
    assert run("conflicts", "--db", offices["centre"]) == 3
    listing = capsys.readouterr().out
    [line] = [line for line in listing.splitlines() if "sync merge" in line]
    conflict_id = line.split("sync merge ")[1].strip()
    assert "Given names (given_names): here “Ana”, theirs “Ana María”" in listing
    assert run("merge", conflict_id, "--db", offices["centre"]) == 0
    assert "1 records of the other office's member" in capsys.readouterr().out
    assert run("conflicts", "--db", offices["centre"]) == 0
    assert run("merge", conflict_id, "--db", offices["centre"]) == 1  # merged already
    round_trip(offices["b"], offices["centre"], tmp_path, "b2")
    round_trip(offices["b"], offices["centre"], tmp_path, "b3")
    assert with_session(offices["b"], lambda s: [
        p.id for p in the_family(s).living_members if p.dni == DNI]) == [kept]

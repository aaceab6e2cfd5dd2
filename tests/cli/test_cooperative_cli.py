"""`print receipt` and `export traceability` from the command line."""

import json

import pytest
from pypdf import PdfReader

import desktop.commands
from desktop.cli import main
from desktop.services import cooperative
from tests.services.cooperative.builders import deliver, make_cooperative, make_member, make_plot
from tests.services.cooperative.shapes import square


@pytest.fixture(autouse=True)
def cooperative_commands(monkeypatch):
    """Until desktop/commands/__init__.py lists the module."""
    modules = list(desktop.commands.AREA_MODULES)
    if "desktop.commands.cooperative" not in modules:
        modules.append("desktop.commands.cooperative")
    monkeypatch.setattr(desktop.commands, "AREA_MODULES", modules)


@pytest.fixture
def office(database, session, family):
    coop = make_cooperative(session)
    small = make_plot(session, family, "La Esperanza", "2.5")
    large = make_plot(session, family, "Monte Verde", "6")
    member = make_member(session, coop, family)
    first = deliver(session, coop, member, small)
    second = deliver(session, coop, member, large)
    lot = cooperative.save_lot(session, coop.id, {"code": "L-2026-DK1"})
    cooperative.assign_to_lot(session, lot.id, [first.id, second.id])
    return {"db": str(database.path), "receipt": first.receipt_number, "large": large}


def test_print_receipt(office, tmp_path, capsys):
    out = tmp_path / "receipt.pdf"
    code = main(["--lang", "en", "print", "receipt", office["receipt"], "--db", office["db"],
                 "--lang", "es", "--out", str(out)])
    assert code == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    assert office["receipt"] in text and "Pergamino seco" in text and "S/ 1,174.65" in text
    assert "written to" in capsys.readouterr().out

    a6 = tmp_path / "a6.pdf"
    assert main(["--lang", "en", "print", "receipt", "--receipt", office["receipt"], "--db",
                 office["db"], "--format", "a6", "--out", str(a6)]) == 0
    assert "Dry parchment" in PdfReader(str(a6)).pages[0].extract_text()


def test_unknown_receipt_is_one_line_and_exit_1(office, tmp_path, capsys):
    code = main(["--lang", "en", "print", "receipt", "COOPBAM-1999-000001", "--db",
                 office["db"], "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "COOPBAM-1999-000001" in err
    assert not (tmp_path / "x.pdf").exists()


def test_missing_database_and_bad_format(tmp_path, capsys):
    assert main(["--lang", "en", "print", "receipt", "X", "--db", str(tmp_path / "none.sqlite"),
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as caught:
        main(["print", "receipt", "X", "--db", "x", "--format", "letter", "--out", "x.pdf"])
    assert caught.value.code == 2


def test_export_refuses_plots_over_4_ha_without_boundary(office, tmp_path, capsys):
    out = tmp_path / "lot.geojson"
    code = main(["--lang", "en", "export", "traceability", "L-2026-DK1", "--db", office["db"],
                 "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert "Monte Verde: 6.00 ha without a boundary" in err
    assert "Traceback" not in err and not out.exists()


def test_export_traceability_writes_geojson(office, session, tmp_path, capsys):
    ring = square(244.949)
    office["large"].boundary_geojson = json.dumps(
        {"type": "Polygon", "coordinates": [[list(p) for p in ring]]})
    session.commit()
    out = tmp_path / "lot.geojson"
    assert main(["--lang", "en", "export", "lot", "--lot", "L-2026-DK1", "--db", office["db"],
                 "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    kinds = sorted(f["geometry"]["type"] for f in data["features"])
    assert data["type"] == "FeatureCollection" and kinds == ["Point", "Polygon"]
    assert "2 plots written to" in capsys.readouterr().out
    assert main(["--lang", "en", "export", "traceability", "NOPE", "--db", office["db"],
                 "--out", str(out)]) == 1

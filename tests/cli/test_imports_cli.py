"""`conservation-desk import KIND FILE` and `export template KIND`: exit codes, nothing written
on a bad row, the errors workbook beside the file, and a template that imports as it is filled."""

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

import desktop.commands
from desktop.cli import main
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.services import imports

# Until desktop.commands.AREA_MODULES lists "desktop.commands.imports" (then this can go).
MODULE = "desktop.commands.imports"

GOOD = ("codigo_familia;comunidad;nombres;apellidos;dni;sexo;fecha_nacimiento;parentesco;"
        "dentro_bosque;telefono\n"
        "AC-01;Aguas Claras;José;Núñez Pérez;1234567;M;04/05/1980;jefe de familia;sí;\n"
        "AC-01;Aguas Claras;María;Tuesta;;F;1982-01-02;esposa;;\n"
        "AC-02;San Andrés;Rosa;Vásquez;87654321;F;1990-03-03;jefa;no;\n")


@pytest.fixture(autouse=True)
def registered(monkeypatch):
    if MODULE not in desktop.commands.AREA_MODULES:
        monkeypatch.setattr(desktop.commands, "AREA_MODULES",
                            [*desktop.commands.AREA_MODULES, MODULE])


def count(database, model=Person) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def run_import(database, path, *extra):
    return main(["--lang", "en", "import", "families", str(path), "--db", str(database.path),
                 *extra])


def test_a_good_file_is_imported(database, tmp_path, capsys):
    path = tmp_path / "familias.csv"
    path.write_bytes(GOOD.encode("cp1252"))
    assert run_import(database, path) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "Families: 2 new, 0 updated, 0 unchanged" in out
    assert "Imported 3 rows" in out
    assert count(database) == 3 and count(database, Family) == 2
    with database.session() as s:
        assert s.scalar(select(Person.paternal_surname).where(Person.dni == "01234567")) == \
            "Núñez"
    assert run_import(database, path) == 0  # again: updated, not duplicated
    assert "Persons: 0 new, 0 updated, 3 unchanged" in capsys.readouterr().out
    assert count(database) == 3


def test_one_bad_row_exits_2_writes_nothing_and_lists_it(database, tmp_path, capsys):
    path = tmp_path / "familias.csv"
    path.write_text(GOOD.replace(";F;1990-03-03", ";X;1990-03-03"), encoding="utf-8")
    before = count(database)
    assert run_import(database, path) == 2
    captured = capsys.readouterr()
    assert "Row 4, column “sexo”: “X” is not a valid Sex." in captured.out
    assert "Nothing was imported" in captured.err and "familias.errors.xlsx" in captured.err
    assert count(database) == before == 0
    sheet = load_workbook(tmp_path / "familias.errors.xlsx")["Errors"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Row", "Column", "Reason")
    assert rows[1][:3] == (4, "sexo", "“X” is not a valid Sex.")
    assert len(rows) == 2


def test_dry_run_writes_nothing(database, tmp_path, capsys):
    path = tmp_path / "familias.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert run_import(database, path, "--dry-run") == 0
    assert "Dry run: all 3 rows are valid; nothing was written." in capsys.readouterr().out
    assert count(database) == 0 and count(database, Family) == 0


def test_missing_file_and_unknown_kind(database, tmp_path, capsys):
    assert run_import(database, tmp_path / "none.csv") == 1
    assert "There is no file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["import", "payments", str(tmp_path / "x.csv"), "--db", str(database.path)])
    assert exit_.value.code == 2


@pytest.mark.parametrize("lang", ["es", "en"])
def test_templates_have_exactly_the_recognised_headers(tmp_path, capsys, lang):
    for name, kind in imports.KINDS.items():
        out = tmp_path / f"{name}-{lang}.xlsx"
        assert main(["--lang", "en", "export", "template", name, "--out", str(out),
                     "--lang", lang]) == 0
        workbook = load_workbook(out)
        for spec in kind.sheets:
            headers = [c.value for c in workbook[spec.title(lang)][1]]
            assert headers == [c.header(lang) for c in spec.columns if c.in_template]
        assert workbook.sheetnames[-1] == ("Instrucciones" if lang == "es" else "Instructions")
    if lang == "es":
        books = load_workbook(tmp_path / "families-es.xlsx")
        assert [c.value for c in books["Familias"][1]] == [
            "codigo_familia", "comunidad", "nombres", "apellidos", "dni", "sexo",
            "fecha_nacimiento", "parentesco", "dentro_bosque", "telefono"]
    assert main(["export", "template", "families", "--out", str(tmp_path / "x.pdf")]) == 2


def test_a_filled_template_imports(database, tmp_path, capsys):
    from datetime import date

    out = tmp_path / "plantilla.xlsx"
    assert main(["export", "template", "families", "--out", str(out), "--lang", "es"]) == 0
    workbook = load_workbook(out)
    sheet = workbook["Familias"]
    sheet.append(["T-1", "Aguas Claras", "Ana", "Quispe Huamán", "07654321", "Mujer",
                  date(1985, 6, 1), "Jefa de familia", "Sí", "942 111 222"])
    workbook["Parcelas"].append(["T-1", "La Esperanza", 2.5, "Café", "Sí", -5.81, -77.41])
    workbook.save(out)
    assert run_import(database, out) == 0, capsys.readouterr().out
    with database.session() as s:
        ana = s.scalar(select(Person).where(Person.dni == "07654321"))
        assert ana.birth_date == date(1985, 6, 1) and ana.family.plots[0].name == "La Esperanza"


def test_round_trip_template_fill_import_summary(database, tmp_path, capsys):
    """Export a template, fill it as an office would, import it, export the summary, compare."""
    from datetime import date

    out = tmp_path / "families.xlsx"
    assert main(["export", "template", "families", "--out", str(out), "--lang", "en"]) == 0
    workbook = load_workbook(out)
    sheet = workbook.worksheets[0]
    rows = [
        ["R-1", "Alto Naranjillo", "Ana", "Quispe Huamán", "07654321", "F", date(1985, 6, 1),
         "head", "yes", ""],
        ["R-1", "Alto Naranjillo", "Luis", "Tuesta Ríos", "07654322", "M", date(1983, 2, 9),
         "spouse", "yes", ""],
        ["R-2", "Nueva Zelandia", "Rosa", "Núñez Peña", "07654323", "F", "12/03/1990",
         "head", "no", "942 111 222"],
    ]
    for row in rows:
        sheet.append(row)
    workbook.save(out)
    assert run_import(database, out) == 0, capsys.readouterr().out
    database.close()
    summary = tmp_path / "summary.xlsx"
    assert main(["--lang", "en", "export", "summary", "--db", str(database.path), "--out",
                 str(summary), "--lang", "en"]) == 0
    book = load_workbook(summary)
    values = {r[0].value: r[2].value for r in book["Indicators"].iter_rows(min_row=2)
              if r[0].value}
    assert values["families_total"] == 2
    assert values["families_inside_forest"] == 1
    assert values["persons_total"] == 3
    members = [[c.value for c in r] for r in book["Members"].iter_rows(min_row=2)]
    assert sorted(m[4] for m in members) == ["07654321", "07654322", "07654323"]
    families = {r[0].value: r for r in book["Families"].iter_rows(min_row=2)}
    assert families["R-1"][2].value == "Alto Naranjillo" and families["R-1"][3].value == 2
    assert families["R-2"][1].value == "Rosa Núñez Peña"

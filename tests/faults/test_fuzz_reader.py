"""Random spreadsheets (cells of every type, control characters, formulas, huge cells) never
raise: the import either works or reports rows, and on a refusal nothing is written."""

import string
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop.services.errors import ValidationError
from desktop.services.imports import import_file
from tests.services.imports.helpers import counts

HEADER = ["codigo_familia", "comunidad", "nombres", "apellidos", "dni", "sexo",
          "fecha_nacimiento", "parentesco"]
texts = st.one_of(
    st.text(max_size=20),
    st.text(alphabet=string.printable + "\x00\x0b\x1bñÁ=+-@", max_size=30),
    st.sampled_from(["=1+1", "=HYPERLINK(\"x\",\"y\")", "+51 999", "@SUM(A1)", "jefe", "F",
                     "01234567", "1980-05-04", "04/05/1980", "A" * 5000]),
)
cells = st.one_of(texts, st.integers(-10**9, 10**12), st.floats(allow_nan=True),
                  st.booleans(), st.dates(min_value=date(1900, 1, 1)), st.none())
rows = st.lists(st.lists(cells, min_size=0, max_size=10), min_size=0, max_size=8)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=rows, header=st.booleans(), as_csv=st.booleans())
def test_any_sheet_is_imported_or_refused_never_a_crash(database, tmp_path_factory, rows,
                                                        header, as_csv):
    folder = tmp_path_factory.mktemp("fuzz")
    if as_csv:
        path = folder / "f.csv"
        lines = [HEADER] * header + [["" if c is None else str(c) for c in r] for r in rows]
        path.write_bytes("\n".join(";".join(v.replace(";", ",").replace("\n", " ")
                                            for v in line) for line in lines)
                         .encode("utf-8", "surrogatepass"))
    else:
        path = folder / "f.xlsx"
        workbook = Workbook()
        sheet, scratch = workbook.active, workbook.create_sheet("scratch")
        for line in [HEADER] * header + rows:
            kept = []
            for value in line:
                try:  # openpyxl refuses some values itself (control characters): leave empty
                    scratch["A1"].value = value
                    kept.append(value)
                except Exception:
                    kept.append(None)
            sheet.append(kept)
        workbook.remove(scratch)
        workbook.save(path)
    before = counts(database)
    try:
        result = import_file(database, "families", path)
    except ValidationError as refused:  # the file as a whole: one clear message
        assert refused.text("en") and refused.text("es")
        assert counts(database) == before
        return
    if result.errors:
        assert not result.written and counts(database) == before
        assert all(issue.reason("es") for issue in result.errors)
    else:
        assert result.unaccounted_rows() == []

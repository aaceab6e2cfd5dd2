"""Importing a families file's plots, its optional second sheet: one row per plot, checked
and written after the families of the first sheet (so a plot finds a family the same file
creates)."""

from __future__ import annotations

from desktop.db.family import Family
from desktop.db.plot import Plot
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.imports.results import CREATE, SAME, UPDATE
from desktop.services.imports.rows import Row
from desktop.services.imports.transaction import NO_FAMILY, Run, living_family, set_values
from desktop.services.registry.rules import plot_rules
from desktop.textnorm import fold


def import_plot_row(run: Run, row: Row, by_code: dict[str, str | None],
                    seen: dict[tuple[str, str], int]) -> None:
    """Check and write one plot row. `by_code` maps the first sheet's family codes to the
    families written (None: the family had errors); `seen` the plots this sheet gave."""
    session = run.session
    code = row.require("family_code")
    values = {"name": row.require("plot_name"), "area_ha": row.require("area_ha"),
              "land_use": row.require("land_use"),
              "inside_protected_area": row.get("inside_protected_area"),
              "latitude": row.get("latitude"), "longitude": row.get("longitude")}
    family = None
    if code:
        if code in by_code and by_code[code] is None:
            row.fail_message("family_code", QT_TRANSLATE_NOOP(
                "Validation", "Family {code} has errors in the first sheet; its plots wait for "
                "them to be corrected."), code=code)
            return
        family = session.get(Family, by_code[code]) if code in by_code else \
            living_family(session, code)
        if family is None:
            row.fail_message("family_code", NO_FAMILY, code=code)
    plot = None
    if family is not None and values["name"]:
        key = (family.id, fold(values["name"]))
        if key in seen:
            row.fail_message("plot_name", QT_TRANSLATE_NOOP(
                "Validation", "This plot appears twice for the family (rows {first} and "
                "{row})."), first=seen[key], row=row.number)
            return
        seen[key] = row.number
        plot = next((p for p in family.plots if p.deleted_at is None
                     and fold(p.name) == key[1]), None)
    merged = dict(values)
    if plot is not None:
        for name in ("latitude", "longitude"):
            if merged[name] is None:
                merged[name] = getattr(plot, name)
    for error in plot_rules(merged):
        row.fail_field(error)
    if row.failed:
        return
    if plot is None:
        plot = Plot(family=family, **{k: v for k, v in values.items() if v is not None})
        session.add(plot)
        run.flush(row)
        run.change(row, "plot", CREATE, f"{family.code} · {plot.name}")
    else:
        changed = set_values(plot, values)
        run.flush(row)
        run.change(row, "plot", UPDATE if changed else SAME, f"{family.code} · {plot.name}")

"""Importing families: one row per person, plots in an optional second sheet.

The family's columns (code, community, inside the forest) are repeated on each row of
the family. Plots are optional, in a second sheet named "Parcelas" or "Plots" (one row
per plot, with the family code). ``parentesco`` = jefe/jefa de familia (head) marks the
head; an empty relationship means "other relative" for a new person. A family's rows
are checked together and written together, so a family is never half imported.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.types import new_id
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import FieldError
from desktop.services.fields import by_name
from desktop.services.registry.fields import (
    COMMUNITY_FIELDS,
    FAMILY_FIELDS,
    PERSON_FIELDS,
    PLOT_FIELDS,
)
from desktop.services.registry.rules import DNI_RE, code_taken, person_value_rules
from desktop.services.imports.columns import LAST_NAMES, Column, ImportKind, SheetSpec
from desktop.services.imports.family_plots import import_plot_row
from desktop.services.imports.lookups import CHUNK, FamilyLookups
from desktop.services.imports.results import CREATE, SAME, UPDATE
from desktop.services.imports.rows import REQUIRED, Row, normalise_dni
from desktop.services.imports.transaction import Run, set_values
from desktop.textnorm import fold, name_key, split_surnames

_FAMILY = by_name(FAMILY_FIELDS)
_PERSON = by_name(PERSON_FIELDS)
_PLOT = by_name(PLOT_FIELDS)
FAMILY_CODE = Column("family_code", _FAMILY["code"], "codigo_familia", "family_code",
                     also=("code",))
FAMILY_COLUMNS = (
    FAMILY_CODE,
    Column("community", dataclasses.replace(COMMUNITY_FIELDS[0], required=False),
           "comunidad", "community", also=("community_id",),
           hint=QT_TRANSLATE_NOOP("Import", "A community that does not exist yet is created.")),
    Column("given_names", _PERSON["given_names"], "nombres", "first_names", required=True),
    Column("last_names", LAST_NAMES, "apellidos", "last_names",
           also=("paternal_surname", "maternal_surname"),
           hint=QT_TRANSLATE_NOOP("Import", "Paternal then maternal surname.")),
    Column("dni", _PERSON["dni"], "dni", "dni",
           hint=QT_TRANSLATE_NOOP("Import", "8 digits; a number that lost its leading zero "
                                  "in Excel is completed.")),
    Column("sex", _PERSON["sex"], "sexo", "sex", required=True),
    Column("birth_date", _PERSON["birth_date"], "fecha_nacimiento", "birth_date"),
    Column("relation", _PERSON["relation"], "parentesco", "relationship",
           hint=QT_TRANSLATE_NOOP("Import", "jefe/jefa de familia (head) marks the head; "
                                  "empty means another relative.")),
    Column("inside_forest", _FAMILY["inside_forest"], "dentro_bosque", "inside_forest"),
    Column("phone", _PERSON["phone"], "telefono", "phone"),
    # Recognised but not in the template: surnames in two columns, as the window has them.
    Column("paternal_surname", _PERSON["paternal_surname"], "apellido_paterno",
           "paternal_surname", in_template=False),
    Column("maternal_surname", _PERSON["maternal_surname"], "apellido_materno",
           "maternal_surname", in_template=False),
)
PLOT_COLUMNS = (
    FAMILY_CODE,
    Column("plot_name", _PLOT["name"], "nombre_parcela", "plot_name", required=True,
           also=("name",)),
    Column("area_ha", _PLOT["area_ha"], "area_ha", "area_ha", required=True),
    Column("land_use", _PLOT["land_use"], "uso_suelo", "land_use", required=True),
    Column("inside_protected_area", _PLOT["inside_protected_area"], "dentro_area_protegida",
           "inside_protected_area"),
    Column("latitude", _PLOT["latitude"], "latitud", "latitude"),
    Column("longitude", _PLOT["longitude"], "longitud", "longitude"),
)


@dataclass
class _PersonLine:
    row: Row
    values: dict
    relation: str | None
    person: Person | None = None


def _family_value(group: list[Row], key: str):
    """The one value a family's rows give for a family column; rows disagreeing are reported."""
    first_row, first = None, None
    for row in group:
        value = row.get(key)
        if value is None:
            continue
        if first_row is None:
            first_row, first = row, value
        elif (fold(value) if isinstance(value, str) else value) != (
                fold(first) if isinstance(first, str) else first):
            row.fail_message(key, QT_TRANSLATE_NOOP(
                "Validation", "Row {row} gives a different value for the same family."),
                row=first_row.number)
    return first_row, first


def _person_values(row: Row) -> dict:
    values = {"given_names": row.require("given_names")}
    if row.has_column("paternal_surname") and row.raw("paternal_surname") is not None:
        values["paternal_surname"] = row.get("paternal_surname")
        values["maternal_surname"] = row.get("maternal_surname")
    else:
        surnames = row.get("last_names")
        if surnames is None and "last_names" not in row.bad_keys:
            row.fail("last_names", FieldError("paternal_surname", REQUIRED,
                                              {"field": _PERSON["paternal_surname"].label}))
        paternal, maternal = split_surnames(surnames or "")
        values["paternal_surname"] = paternal or None
        values["maternal_surname"] = maternal or None
        for name in ("paternal_surname", "maternal_surname"):
            if values[name]:
                try:
                    _PERSON[name].parse(values[name])
                except FieldError as error:
                    row.fail("last_names", error)
    values.update(dni=row.get("dni"), sex=row.get("sex"), birth_date=row.get("birth_date"),
                  phone=row.get("phone"))
    return values


def _import_families(run: Run, rows: dict[str, list[Row]]) -> None:
    main = rows["main"]
    groups: dict[str, list[Row]] = {}
    for row in main:
        code = row.get("family_code")
        groups.setdefault(f"code:{code}" if code else f"row:{row.number}", []).append(row)
    by_code: dict[str, str | None] = {}  # the file's family code → the family's id
    seen_dni: dict[str, int] = {}
    look = FamilyLookups(run.session)
    # Rows are checked against `look`, which learns what each family writes, so the session
    # is flushed in batches rather than queried (and flushed) row after row.
    with run.session.no_autoflush:
        last = main[-1] if main else None
        main.clear()  # each group's rows are let go once the group is done: memory stays flat
        batch, size = [], 0
        for key in list(groups):
            batch.append(groups.pop(key))
            size += len(batch[-1])
            if size >= CHUNK:
                _family_batch(run, look, batch, seen_dni, by_code)
                batch, size = [], 0
        _family_batch(run, look, batch, seen_dni, by_code)
        if run.unflushed:
            run.flush(last)
    seen_plots: dict[tuple[str, str], int] = {}
    for row in rows.get("plots", []):
        import_plot_row(run, row, by_code, seen_plots)
        run.tick()


def _family_batch(run: Run, look: FamilyLookups, batch: list[list[Row]],
                  seen_dni: dict[str, int], by_code: dict[str, str | None]) -> None:
    """Check and write some families, their look-ups fetched together first."""
    rows = [row for group in batch for row in group]
    if not rows:
        return
    if run.unflushed:  # what earlier batches wrote is in the database: look it up there
        run.flush(rows[0])
    look.forget()
    look.fetch_families(row.get("family_code") for row in rows)  # parsed when grouped
    dnis = []
    for row in rows:
        raw = row.raw("dni")
        if raw is not None:
            dni = normalise_dni(raw)
            if isinstance(dni, str) and DNI_RE.match(dni):
                dnis.append(dni)
    look.fetch_holders(dnis)
    # Names are looked up only for good families: fetched when the first of them asks.
    look.similar_later(lambda: _name_keys(rows))
    for group in batch:
        family = _family_group(run, look, group, seen_dni)
        code = group[0].get("family_code")
        if code:
            by_code[code] = family.id if family is not None else None
        run.tick(len(group))


def _name_keys(rows: list[Row]) -> list[str]:
    """The name keys of the rows that could be someone's possible duplicate (they have a
    birth date), from their raw values (a key they parse to otherwise is fetched alone)."""
    keys = []
    for row in rows:
        if row.raw("birth_date") is not None:
            parts = (row.raw(k) for k in ("given_names", "last_names", "paternal_surname",
                                          "maternal_surname"))
            keys.append(name_key(*(str(p) for p in parts if p is not None)))
    return keys


def _existing(run: Run, row: Row, family_id: str) -> Family:
    """The family `family_id` to update: what waits is flushed first, so its members and head
    are read as the earlier rows left them."""
    if run.unflushed:
        run.flush(row)
    return run.session.get(Family, family_id)


def _family_group(run: Run, look: FamilyLookups, group: list[Row],
                  seen_dni: dict[str, int]) -> Family | None:
    session = run.session
    first = group[0]
    code = first.get("family_code")
    lines = []
    for row in group:
        values = _person_values(row)
        lines.append(_PersonLine(row, values, row.get("relation")))
    community_row, community_name = _family_value(group, "community")
    _, inside = _family_value(group, "inside_forest")

    family_id = look.family_id(code) if code else None
    family = _existing(run, first, family_id) if family_id else None
    heads = [line for line in lines if line.relation == "head"]
    if family is None:
        for line in heads:
            dni = line.values.get("dni")
            holder = look.holder(dni) if dni else None
            if holder is not None and holder.relation == "head" and code:
                # Another family's head under a new code is an error (the registry's DNI rule
                # below names the family), never a silent rewrite of that person.
                break
            if holder is not None and holder.relation == "head":
                family = _existing(run, first, holder.family_id)
                run.note(line.row, QT_TRANSLATE_NOOP(
                    "Validation", "Family {file_code} is family {code} (same head, DNI {dni}): "
                    "it is updated."), file_code=code or "—", code=family.code, dni=dni)
                break
    new = family is None
    if new:
        if code and look.code_taken(code):
            first.fail_field(code_taken(code))
        if community_name is None and "community" not in first.bad_keys:
            first.require("community")
        if not heads:
            first.fail_message("relation", QT_TRANSLATE_NOOP(
                "Validation", "Family {code} has no head: mark one person as jefe or jefa de "
                "familia (head)."), code=code or "—")
    for extra in heads[1:]:
        extra.row.fail_message("relation", QT_TRANSLATE_NOOP(
            "Validation", "Family {code} has more than one head (rows {first} and {row})."),
            code=code or "—", first=heads[0].row.number, row=extra.row.number)

    # Who is who: persons by DNI anywhere, else by names within the family.
    names_seen: dict[str, int] = {}
    members = family.living_members if family is not None else []
    for line in lines:
        values, row = line.values, line.row
        dni = values.get("dni")
        if dni:
            if dni in seen_dni:
                row.fail_message("dni", QT_TRANSLATE_NOOP(
                    "Validation", "DNI {dni} appears twice in the file (rows {first} and "
                    "{row})."), dni=dni, first=seen_dni[dni], row=row.number)
                continue
            seen_dni[dni] = row.number
            holder = look.holder(dni)
            if holder is not None and (new or holder.family_id != family.id):
                pass  # registry's rules below report "already registered to … of family …"
            elif holder is not None:
                line.person = next((m for m in members if m.id == holder.id), None) or \
                    session.get(Person, holder.id)
        key = name_key(values.get("given_names"), values.get("paternal_surname"),
                       values.get("maternal_surname"))
        if line.person is None and family is not None and values.get("given_names"):
            line.person = next((m for m in members if m.name_key == key and (
                not dni or not m.dni)), None)
        if values.get("given_names"):
            if key in names_seen:
                row.fail_message("given_names", QT_TRANSLATE_NOOP(
                    "Validation", "The same person appears twice for this family (rows {first} "
                    "and {row})."), first=names_seen[key], row=row.number)
                continue
            names_seen[key] = row.number
        if line.person is None and values.get("sex") is None and "sex" not in row.bad_keys:
            row.require("sex")
        rules = {k: v for k, v in values.items() if v is not None or k == "dni"}
        for error in person_value_rules(rules, _holder_of(look, line.person)):
            row.fail_field(error)

    # One head: a new head needs the current one to get another relationship in the file.
    current = family.head if family is not None else None
    if current is not None:
        current_line = next((line for line in lines if line.person is current), None)
        demoted = current_line is not None and current_line.relation not in (None, "head")
        for line in heads[:1]:
            if line.person is not current and not demoted:
                line.row.fail("relation", FieldError("relation", QT_TRANSLATE_NOOP(
                    "Validation", "This family already has a head: {name}."),
                    {"name": current.full_name}))
        if demoted and not heads:
            current_line.row.fail("relation", FieldError("relation", QT_TRANSLATE_NOOP(
                "Validation", "A family needs exactly one head; make another member head "
                "first.")))

    if any(row.failed for row in group):
        run.hold(group, QT_TRANSLATE_NOOP(
            "Validation", "Kept back with its family: correct row(s) {rows} first."))
        return None

    for line in lines:  # possible duplicates elsewhere: shown, not refused
        values = line.values
        if line.person is None:
            matches = look.similar(values["given_names"], values["paternal_surname"],
                                   values.get("maternal_surname"), values.get("birth_date"))
            if matches:
                run.note(line.row, QT_TRANSLATE_NOOP(
                    "Validation", "{name} may be the same person as {names}."),
                    name=" ".join(v for v in (values["given_names"], values["paternal_surname"],
                                              values.get("maternal_surname")) if v),
                    names=", ".join(f"{m.full_name} ({m.family_code})" for m in matches))

    # Write: the family, then its persons (a former head first, to free the head's place).
    if new:
        community = run.community(community_row, "community", community_name,
                                  "inside" if inside in (None, True) else "buffer")
        family = Family(id=new_id(), code=code or look.new_family_code(), community=community)
        if inside is not None:
            family.inside_forest = inside
        session.add(family)
        look.family_created(family.code, family.id)
        run.change(first, "family", CREATE, family.code)
    else:
        values = {"inside_forest": inside}
        if community_name is not None and fold(community_name) != fold(family.community.name):
            values["community_id"] = run.community(community_row, "community",
                                                   community_name).id
        run.change(first, "family", UPDATE if set_values(family, values) else SAME, family.code)
    ordered = sorted(lines, key=lambda line: line.relation == "head")
    for line in ordered:
        values = dict(line.values)
        if line.person is None:
            values["relation"] = line.relation or "other"
            person = Person(id=new_id(), family=family, **{k: v for k, v in values.items()
                                                           if v is not None})
            session.add(person)
            look.person_written(person, family.id, family.code)
            run.change(line.row, "person", CREATE, person.full_name)
        else:
            person = line.person
            was_head = person.relation == "head"
            old_key = name_key(person.given_names, person.paternal_surname,
                               person.maternal_surname)
            values["relation"] = line.relation
            changed = set_values(person, values)
            look.person_written(person, family.id, family.code, old_key)
            if was_head and person.relation != "head":
                run.flush(line.row)  # the former head steps down before the new one is written
            run.change(line.row, "person", UPDATE if changed else SAME, person.full_name)
    run.written(first, len(group))
    return family


def _holder_of(look: FamilyLookups, person: Person | None):
    """registry.person_value_rules' question (who else holds this DNI?), answered by `look`."""
    def holder_of(dni: str):
        holder = look.holder(dni)
        if holder is None or (person is not None and holder.id == person.id):
            return None
        return holder.full_name, holder.family_code
    return holder_of


KIND = ImportKind(
    "families", QT_TRANSLATE_NOOP("Import", "Families and members"),
    (SheetSpec("main", "Families", "Familias", FAMILY_COLUMNS,
               one_of=(("last_names", "paternal_surname"),)),
     SheetSpec("plots", "Plots", "Parcelas", PLOT_COLUMNS, optional=True)),
    _import_families,
    QT_TRANSLATE_NOOP("Import", "One row per person. The family's columns (code, community, "
                      "inside the forest) are repeated on every row of the family; exactly one "
                      "person of a new family is its head. Plots are optional, one row each in "
                      "the second sheet. Families are found by code or by their head's DNI, "
                      "persons by DNI: importing the file again updates them."))

"""Importing agreements: the head signs, commitments, the life cycle forwards only."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.db.agreement import Agreement
from desktop.services.imports import import_file
from tests.services.imports.helpers import (
    counts,
    write_csv,
)

AGREEMENTS = ("Número de acuerdo;codigo_familia;fecha_firma;fecha_inicio;fecha_fin;estado;"
              "compromisos;area_bosque_ha\n"
              "AC-2024-0001;F-000001;01/02/2024;2024-02-01;2026-01-31;Activo;"
              "\"no_burning; No cazar ni comerciar fauna silvestre\";3,5\n")


def test_agreements_with_head_signatory_commitments_and_reimport(database, family, tmp_path):
    path = write_csv(tmp_path / "acuerdos.csv", AGREEMENTS)
    result = import_file(database, "agreements", path)
    assert result.ok, [e.line("en") for e in result.errors]
    with database.session() as s:
        agreement = s.scalar(select(Agreement))
        assert agreement.status == "active" and agreement.signed_on == date(2024, 2, 1)
        assert [c.kind for c in agreement.commitments] == ["no_burning", "no_hunting"]
        assert agreement.forest_area_ha == Decimal("3.5") and agreement.fingerprint
        head = [s_ for s_ in agreement.signatories if s_.role == "head"]
        assert head[0].name == "José Núñez Pérez" and head[0].dni == "01234567"
    again = import_file(database, "agreements", path)
    assert again.counts()["agreement"] == {"create": 0, "update": 0, "unchanged": 1}
    locked = write_csv(tmp_path / "b.csv", AGREEMENTS.replace("2026-01-31", "2027-01-31")
                       .replace("Activo", "terminado"))
    result = import_file(database, "agreements", locked)
    assert "its content can no longer change" in result.errors[0].reason("en")


def test_agreement_rules(database, family, tmp_path):
    path = write_csv(tmp_path / "a.csv",
                     "numero_acuerdo,codigo_familia,fecha_firma,fecha_inicio,fecha_fin,estado,"
                     "compromisos\n"
                     "A-1,F-000001,,2024-02-01,2026-01-31,,\n"
                     "A-2,F-000001,,2024-02-01,2026-01-31,vigente,\n"
                     "A-3,F-999,,2024-02-01,2023-01-31,signed,no talar\n"
                     "A-1,F-000001,,2024-02-01,2026-01-31,,\n")
    result = import_file(database, "agreements", path)
    reasons = {(e.row, e.column): e.reason("en") for e in result.errors}
    assert reasons == {
        (3, "fecha_firma"): "Give the signing date.",
        (4, "codigo_familia"): "There is no family with code F-999.",
        (4, "fecha_fin"): "The end date must be after the start date.",
        (4, "fecha_firma"): "Give the signing date.",
        (4, "compromisos"): "Unknown commitment: no talar.",
        (5, "numero_acuerdo"): "Agreement A-1 appears twice in the file (rows 2 and 5).",
    }
    assert counts(database)["Agreement"] == 0


def test_a_draft_agreement_is_signed_by_a_later_import(database, family, tmp_path):
    header = "numero_acuerdo,codigo_familia,fecha_inicio,fecha_fin,estado,fecha_firma\n"
    draft = write_csv(tmp_path / "a.csv", header + "A-1,F-000001,2024-01-01,2025-12-31,,\n")
    assert import_file(database, "agreements", draft).ok
    signed = write_csv(tmp_path / "b.csv", header +
                       "A-1,F-000001,2024-01-01,2025-12-31,activo,05/01/2024\n")
    result = import_file(database, "agreements", signed)
    assert result.counts()["agreement"] == {"create": 0, "update": 1, "unchanged": 0}
    back = write_csv(tmp_path / "c.csv", header + "A-1,F-000001,2024-01-01,2025-12-31,borrador,\n")
    assert [e.reason("en") for e in import_file(database, "agreements", back).errors] == [
        "Agreement A-1 is Active: it cannot become Draft."]
    with database.session() as s:
        agreement = s.scalar(select(Agreement))
        assert agreement.status == "active" and agreement.signed_on == date(2024, 1, 5)
        assert agreement.fingerprint

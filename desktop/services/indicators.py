"""The programme's indicators, with stable codes partners' formulas rely on.

Codes never change and are the same in both languages; labels are translated.
A period (date_from, date_to), when given, limits the dated indicators.
Percentages are rounded to one decimal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.i18n import QT_TRANSLATE_NOOP
from sqlalchemy import TextClause, text
from sqlalchemy.orm import Session

from desktop.db.types import Hectares, Kilograms, Soles
from desktop.i18n import translate

HA, PEN, KG, PCT, COUNT = "ha", "PEN", "kg", "%", "count"


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str  # English source, context "Indicators"
    value: Decimal | int
    unit: str

    def title(self, lang: str | None = None) -> str:
        return translate("Indicators", self.label, lang)

    def unit_title(self, lang: str | None = None) -> str:
        return translate("Indicators", UNIT_LABELS[self.unit], lang)


UNIT_LABELS = {HA: QT_TRANSLATE_NOOP("Indicators", "hectares"),
               PEN: QT_TRANSLATE_NOOP("Indicators", "soles (S/)"),
               KG: QT_TRANSLATE_NOOP("Indicators", "kilograms"),
               PCT: QT_TRANSLATE_NOOP("Indicators", "percent"),
               COUNT: QT_TRANSLATE_NOOP("Indicators", "number")}

LABELS = {
    "families_total": QT_TRANSLATE_NOOP("Indicators", "Families registered"),
    "families_inside_forest": QT_TRANSLATE_NOOP("Indicators", "Families living inside the forest"),
    "persons_total": QT_TRANSLATE_NOOP("Indicators", "Persons registered"),
    "agreements_active": QT_TRANSLATE_NOOP("Indicators", "Active agreements"),
    "agreement_coverage_inside_pct": QT_TRANSLATE_NOOP(
        "Indicators", "Families inside the forest with an active agreement"),
    "forest_area_under_agreement_ha": QT_TRANSLATE_NOOP(
        "Indicators", "Forest area under active agreements"),
    "benefits_delivered_pen": QT_TRANSLATE_NOOP("Indicators", "Value of benefits delivered"),
    "compliance_visits_12m": QT_TRANSLATE_NOOP("Indicators", "Compliance visits"),
    "compliant_visits_pct": QT_TRANSLATE_NOOP("Indicators", "Visits finding full compliance"),
    "training_sessions": QT_TRANSLATE_NOOP("Indicators", "Training sessions held"),
    "training_participants_unique": QT_TRANSLATE_NOOP(
        "Indicators", "People trained (each counted once)"),
    "training_women_pct": QT_TRANSLATE_NOOP("Indicators", "Women among the people trained"),
    "school_sessions": QT_TRANSLATE_NOOP("Indicators", "School sessions"),
    "school_participants": QT_TRANSLATE_NOOP("Indicators", "School participants"),
    "coffee_delivered_kg": QT_TRANSLATE_NOOP("Indicators", "Coffee delivered to the cooperative"),
    "coffee_paid_pen": QT_TRANSLATE_NOOP("Indicators", "Paid to members for coffee"),
    "coffee_members_delivering": QT_TRANSLATE_NOOP("Indicators", "Members who delivered coffee"),
}

CODES = list(LABELS)


def percent(part, whole) -> Decimal:
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def period(column: str, date_from: date | None, date_to: date | None) -> tuple[str, dict]:
    """SQL conditions (each after " AND ") limiting `column` to the period, and their
    parameters; empty when no period is given."""
    clauses, params = [], {}
    if date_from:
        clauses.append(f"{column} >= :date_from")
        params["date_from"] = date_from
    if date_to:
        clauses.append(f"{column} <= :date_to")
        params["date_to"] = date_to
    return "".join(f" AND {c}" for c in clauses), params


def _query(sql: str, params: dict | None = None) -> TextClause:
    return text(sql).bindparams(**(params or {}))


def queries(date_from: date | None = None, date_to: date | None = None,
            today: date | None = None, dialect: str = "sqlite") -> dict[str, TextClause]:
    """The SQL behind the indicators (each a statement with its parameters bound), by name;
    `compute` runs them, tests look at their query plans.

    None has a correlated subquery: each reads its tables once, with plans that do not
    depend on whether the file was ever ANALYZEd (the "covered" count is an IN over one
    list of families, not an EXISTS per family, which SQLite answered by scanning the
    active agreements once per family on an un-ANALYZEd file: 557 s at 100,000 families).
    """
    today = today or date.today()
    live_family = "f.deleted_at IS NULL"
    active = "a.deleted_at IS NULL AND a.status = 'active'"
    found = {
        "families": _query(f"""SELECT count(*), coalesce(sum(CASE WHEN f.inside_forest
            THEN 1 ELSE 0 END), 0) FROM families f WHERE {live_family}"""),
        "persons": _query(f"""SELECT count(*) FROM persons p JOIN families f ON
            f.id = p.family_id WHERE p.deleted_at IS NULL AND {live_family}"""),
        "agreements_active": _query(f"""SELECT count(*), sum(a.forest_area_ha) FROM agreements a
            WHERE {active}"""),
        "covered_inside": _query(f"""SELECT count(*) FROM families f WHERE {live_family}
            AND f.inside_forest AND f.id IN (SELECT a.family_id FROM agreements a
            WHERE {active})"""),
    }
    # Benefits delivered: each delivery valued at its benefit's estimated value per planned
    # unit. Deliveries are added up per (planned quantity, value) in SQL — a handful of rows
    # rather than one per delivery — and valued exactly (Decimal) in compute().
    where, params = period("d.delivered_on", date_from, date_to)
    found["benefits_delivered"] = _query(f"""SELECT sum(d.quantity), b.quantity,
        b.estimated_value_pen FROM benefit_deliveries d JOIN benefits b ON b.id = d.benefit_id
        WHERE d.deleted_at IS NULL AND b.deleted_at IS NULL{where}
        GROUP BY b.quantity, b.estimated_value_pen""", params)
    # Compliance visits: in the period, or in the last 12 months when no period is given.
    if date_from or date_to:
        where, params = period("v.visited_on", date_from, date_to)
    else:
        where, params = period("v.visited_on", today - timedelta(days=365), today)
    found["visits"] = _query(f"""SELECT count(*), coalesce(sum(CASE WHEN v.result =
        'compliant' THEN 1 ELSE 0 END), 0) FROM compliance_visits v
        WHERE v.deleted_at IS NULL{where}""", params)
    # Coffee: voided deliveries do not count. Kilograms delivered and soles paid in one pass
    # over the table, read in its own order: "coalesce(deleted_at, voided_at) IS NULL" (both
    # empty) keeps SQLite from reading 1,000,000 rows through a partial index of living
    # deliveries in that index's order, a random read of each row (2.6 s, against 0.3 s).
    # Read from ix_deliveries_live_sums alone (0017): SQLite, with a large office's
    # statistics, read the whole table instead (0.41 s of CPU against 0.14 s).
    where, params = period("d.delivered_on", date_from, date_to)
    paid_where, paid_params = period("d.paid_on", date_from, date_to)
    paid_where = paid_where.replace(":date_", ":paid_")
    paid_params = {k.replace("date_", "paid_"): v for k, v in paid_params.items()}
    delivered = f"1 = 1{where}"
    live_sums = " INDEXED BY ix_deliveries_live_sums" if dialect == "sqlite" else ""
    paid = f"d.paid_on IS NOT NULL{paid_where}"
    found["coffee"] = _query(f"""SELECT sum(CASE WHEN {delivered} THEN d.net_kg END),
        sum(CASE WHEN {paid} THEN d.amount_pen END) FROM deliveries d{live_sums}
        WHERE coalesce(d.deleted_at, d.voided_at) IS NULL""", {**params, **paid_params})
    # Members who delivered: one look per membership at its living deliveries (by the
    # membership's index) rather than a COUNT(DISTINCT) over every delivery.
    found["coffee_members"] = _query(f"""SELECT count(*) FROM memberships m WHERE EXISTS (
        SELECT 1 FROM deliveries d WHERE d.membership_id = m.id AND d.deleted_at IS NULL
        AND d.voided_at IS NULL{where})""", params)
    return found


TRAINING_CODES = {"training_sessions", "training_participants_unique", "training_women_pct",
                  "school_sessions", "school_participants"}
#: The training indicators one pass by person gives (the home page's tile): the others need
#: every group's figures.
PEOPLE_TRAINED = {"training_participants_unique", "training_women_pct"}

#: The queries (and the training figures) each indicator needs.
SOURCES = {
    "families_total": {"families"}, "families_inside_forest": {"families"},
    "persons_total": {"persons"}, "agreements_active": {"agreements_active"},
    "agreement_coverage_inside_pct": {"families", "covered_inside"},
    "forest_area_under_agreement_ha": {"agreements_active"},
    "benefits_delivered_pen": {"benefits_delivered"},
    "compliance_visits_12m": {"visits"}, "compliant_visits_pct": {"visits"},
    **{code: {"training"} for code in TRAINING_CODES},
    "coffee_delivered_kg": {"coffee"}, "coffee_paid_pen": {"coffee"},
    "coffee_members_delivering": {"coffee_members"},
}


def compute(session: Session, date_from: date | None = None, date_to: date | None = None,
            today: date | None = None, codes: list[str] | None = None) -> list[Indicator]:
    """Every indicator, or only those of `codes` (in CODES' order): the queries the others
    need are not run (the home page shows nine of them)."""
    wanted = [code for code in CODES if codes is None or code in codes]
    needed = set().union(*(SOURCES[code] for code in wanted))
    sql = queries(date_from, date_to, today, session.get_bind().dialect.name)

    def one(name: str) -> tuple:
        return tuple(v or 0 for v in session.execute(sql[name]).one())

    values: dict[str, tuple] = {}
    if "families" in needed:
        families, inside = one("families")
        values["families_total"] = (families, COUNT)
        values["families_inside_forest"] = (inside, COUNT)
        if "covered_inside" in needed:
            (covered_inside,) = one("covered_inside")
            values["agreement_coverage_inside_pct"] = (percent(covered_inside, inside), PCT)
    if "persons" in needed:
        (persons,) = one("persons")
        values["persons_total"] = (persons, COUNT)
    if "agreements_active" in needed:
        agreements_active, forest = one("agreements_active")
        values["agreements_active"] = (agreements_active, COUNT)
        values["forest_area_under_agreement_ha"] = (
            Hectares.process_result_value(forest, None), HA)

    if "benefits_delivered" in needed:
        delivered = Decimal(0)
        for quantity, planned, value in session.execute(sql["benefits_delivered"]):
            if planned:
                delivered += Decimal(value) / 100 * Decimal(quantity) / Decimal(planned)
        values["benefits_delivered_pen"] = (
            delivered.quantize(Decimal("0.01"), ROUND_HALF_UP), PEN)

    if "visits" in needed:
        visits, compliant = one("visits")
        values["compliance_visits_12m"] = (visits, COUNT)
        values["compliant_visits_pct"] = (percent(compliant, visits), PCT)

    if "training" in needed and set(wanted) & TRAINING_CODES <= PEOPLE_TRAINED:
        from desktop.services.training.figures import people_trained

        people, women = people_trained(session, date_from, date_to)
        values["training_participants_unique"] = (people, COUNT)
        values["training_women_pct"] = (women or Decimal("0.0"), PCT)
    elif "training" in needed:
        # The training area's own figures (unique people, women among them, sessions
        # actually held), so the window and the workbook never disagree.
        from desktop.services.training import training_figures

        figures = training_figures(session, date_from, date_to)
        values["training_sessions"] = (figures.sessions, COUNT)
        values["training_participants_unique"] = (figures.unique_participants, COUNT)
        values["training_women_pct"] = (figures.women_share or Decimal("0.0"), PCT)
        values["school_sessions"] = (figures.school_sessions, COUNT)
        values["school_participants"] = (figures.school_participants, COUNT)

    if "coffee" in needed:
        kg, paid = one("coffee")
        values["coffee_delivered_kg"] = (Kilograms.process_result_value(kg, None), KG)
        values["coffee_paid_pen"] = (Soles.process_result_value(paid, None), PEN)
    if "coffee_members" in needed:
        (members,) = one("coffee_members")
        values["coffee_members_delivering"] = (members, COUNT)
    return [Indicator(code, LABELS[code], *values[code]) for code in wanted]


def as_dict(indicators: list[Indicator]) -> dict:
    return {i.code: i.value for i in indicators}

"""The demo builder: a realistic, reproducible office for the Alto Mayo Protected Forest.

`build_demo` fills an empty database with communities of the Alto Mayo valley,
families with their members and plots, conservation agreements (commitments,
benefits and their deliveries, signatories, compliance visits), training
sessions with attendance, and a coffee cooperative with its members and one
season of deliveries, with the prices, discounts, advances, payments, closed days and
export lots around them (cooperative.py).

The same (families, seed) always gives the same rows: every random draw comes
from one `random.Random(seed)`, identifiers are UUIDs drawn from it, and dates
and timestamps derive from `DEMO_REFERENCE_DATE`, never from the clock. Only
the single audit entry records when the demo was really built.

`Builder` draws the rows as tuples of stored values (rows.py) and hands them, a batch per
table at a time, to a sink: the writer (writer.py), which inserts them in one transaction,
or, for a large office, a pipe to it from a second process (pipeline.py), so that drawing
and writing run side by side. The ORM flush hooks do not run for these inserts: the
derived columns are filled with the functions the hooks use (`textnorm.name_key` and
`fold` for each row, the family search text and head name as db.hooks'
REFRESH_FAMILY_SQL makes them), and one AuditEntry sums it all up.

`Builder` draws everything in one order (changing it changes every demo); its parts
live in people.py, agreements.py, season.py and cooperative.py.
"""

from __future__ import annotations

import getpass
import json
from array import array
from bisect import bisect
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import accumulate

from desktop.db.engine import Database
from desktop.db.types import Degrees, Hectares
from desktop.demo import pipeline
from desktop.demo.agreements import (
    AGREEMENT, AGREEMENT_PLOT, BENEFIT, BENEFIT_DELIVERY, COMMITMENT, SIGNATORY, VISIT,
    AgreementRows,
)
from desktop.demo.cooperative import (
    ADVANCE, DEDUCTION, DISCOUNT_RULE, EXPECTED_YIELD, LOT, PRICE, STATION_DAY, SeasonMoneyRows,
)
from desktop.demo.data import (
    COMMUNITIES, DEMO_ENTITY_ID, FOREST_PLOT_NAME, LAND_USE_CODES, LAND_USE_WEIGHTS, PARK,
    PLOT_NAMES, REGISTRATION_DAYS, REGISTRATION_START, SETUP_AT, STAFF,
)
from desktop.demo.people import (
    DNI, GIVEN, MATERNAL, PATERNAL, PERSON, PHONE, Family, PeopleRows,
)
from desktop.demo.rows import (
    BATCH, RECORD, Draws, Names, NumberSet, PackedIds, Weighted, naive_utc, record,
    square_boundary, units,
)
from desktop.demo.season import (
    ATTENDANCE, COOPERATIVE_COLUMNS, DELIVERY, MEMBERSHIP, SESSION, SeasonRows,
)
from desktop.demo.writer import Sink, build_settings, set_aside
from desktop.services.common import Progress
from desktop.services.cooperative.expected_yields import COFFEE_LAND_USES
from desktop.textnorm import fold


class NotEmpty(ValueError):
    """The demo is only built into a database without families, communities or cooperatives."""

#: Each table the demo fills, parents first, with the columns of its rows.
TABLES = {
    "communities": RECORD + ("name", "name_folded", "district", "province", "region", "zone"),
    "cooperatives": COOPERATIVE_COLUMNS,
    "families": RECORD + ("code", "community_id", "inside_forest", "address", "phone", "notes",
                          "search_text", "head_name"),
    "persons": PERSON,
    "plots": RECORD + ("family_id", "name", "area_ha", "land_use", "inside_protected_area",
                       "latitude", "longitude", "boundary_geojson"),
    "agreements": AGREEMENT,
    "agreement_plots": AGREEMENT_PLOT,
    "commitments": COMMITMENT,
    "signatories": SIGNATORY,
    "benefits": BENEFIT,
    "benefit_deliveries": BENEFIT_DELIVERY,
    "compliance_visits": VISIT,
    "memberships": MEMBERSHIP,
    "training_sessions": SESSION,
    "attendance": ATTENDANCE,
    "prices": PRICE,
    "discount_rules": DISCOUNT_RULE,
    "expected_yields": EXPECTED_YIELD,
    "lots": LOT,
    "deliveries": DELIVERY,
    "advances": ADVANCE,
    "advance_deductions": DEDUCTION,
    "station_days": STATION_DAY,
    "audit_entries": ("id", "at", "user", "action", "entity", "entity_id", "changes"),
}

PLOT_COUNT = Weighted((1, 2, 3, 4), (30, 35, 25, 10))
LAND_USE = Weighted(LAND_USE_CODES, LAND_USE_WEIGHTS)
HUNDREDTH_HA = units(2, Hectares)
MICRODEGREE = units(6, Degrees)
START = naive_utc(REGISTRATION_START)


class Community:
    """A community while the demo is drawn: its row's values and its adults (for the
    training sessions)."""

    def __init__(self, id_, name, zone, lat, lon, school):
        self.id, self.name, self.zone, self.lat, self.lon = id_, name, zone, lat, lon
        self.school = school
        self.women, self.men = PackedIds(), PackedIds()


class Builder(PeopleRows, AgreementRows, SeasonRows, SeasonMoneyRows):
    """Draws the demo office row by row and hands it to `out` in batches.

    `out` has `rows(table, columns, rows)` and `progress(done, total)` (writer.Sink).
    """

    def __init__(self, out, families: int, seed: int, user: str):
        self.out = out
        self.families = families
        self.user = user
        self.draw = Draws(seed)
        self.names = Names()
        self.rows: dict[str, list[tuple]] = {name: [] for name in TABLES}
        self.persons = self.rows["persons"]
        self.plot_rows = self.rows["plots"]
        self.agreement_rows = self.rows["agreements"]
        self.agreement_plot_rows = self.rows["agreement_plots"]
        self.commitment_rows = self.rows["commitments"]
        self.signatory_rows = self.rows["signatories"]
        self.benefit_rows = self.rows["benefits"]
        self.benefit_delivery_rows = self.rows["benefit_deliveries"]
        self.visit_rows = self.rows["compliance_visits"]
        self.membership_rows = self.rows["memberships"]
        self.delivery_rows = self.rows["deliveries"]
        self.counts = dict.fromkeys(TABLES, 0)
        self.used_dni = NumberSet(dni for _, dni in STAFF + PARK)
        self.numbers = {2025: 0, 2026: 0}
        self.active = 0
        self.n_sessions = round(families / 10) if families else 0
        self.chunk = max(100, min(1000, families // 50))
        # progress units: one per family, one per training session, and a share for the
        # cooperative's season (and, for the writer, building the indexes)
        self.coop_units = max(1, families // 5)
        self.total = progress_total(families)

    # -- plumbing

    def flush(self) -> None:
        """Hand every drawn row to `out`, parents before children."""
        for name, rows in self.rows.items():
            if not rows:
                continue
            for start in range(0, len(rows), BATCH):
                self.out.rows(name, TABLES[name], rows[start:start + BATCH])
            self.counts[name] += len(rows)
            rows.clear()

    def report(self, done: int) -> None:
        self.out.progress(min(done, self.total), self.total)

    # -- the whole office

    def build(self) -> dict:
        self.report(0)
        self.add_communities()
        self.add_cooperative()
        self.flush()
        for start in range(0, self.families, self.chunk):
            for index in range(start, min(start + self.chunk, self.families)):
                self.add_family(index)
            self.flush()
            self.report(min(start + self.chunk, self.families))
        self.add_training()
        self.add_season()
        counts = self.summary()
        self.add_audit(counts)
        self.flush()
        return counts

    def summary(self) -> dict:
        c = self.counts
        return {
            "communities": c["communities"],
            "families": c["families"],
            "families_inside_forest": self.inside_families,
            "persons": c["persons"],
            "plots": c["plots"],
            "agreements": c["agreements"],
            "active_agreements": self.active,
            "commitments": c["commitments"],
            "benefits": c["benefits"],
            "benefit_deliveries": c["benefit_deliveries"],
            "signatories": c["signatories"],
            "compliance_visits": c["compliance_visits"],
            "training_sessions": c["training_sessions"],
            "attendance": c["attendance"],
            "cooperatives": c["cooperatives"],
            "memberships": c["memberships"],
            "deliveries": c["deliveries"],
            "lots": c["lots"],
            "advances": c["advances"],
            "advance_deductions": c["advance_deductions"],
            "closed_days": c["station_days"],
        }

    # -- communities and families

    def add_communities(self) -> None:
        draw = self.draw
        self.communities = []
        setup = naive_utc(SETUP_AT)
        for i, (name, district, province, zone, weight, lat, lon) in enumerate(COMMUNITIES):
            id_ = draw.uuid()
            self.rows["communities"].append(record(id_, setup + timedelta(minutes=3 * i)) + (
                name, fold(name), district, province, "San Martín", zone))
            self.communities.append(Community(
                id_, name, zone, int(Decimal(lat) * 1_000_000), int(Decimal(lon) * 1_000_000),
                f"I.E. N.° 00{draw.randint(300, 999)} {name}"))
        self.community_cum = list(accumulate(c[4] for c in COMMUNITIES))
        self.family_community = array("B")  # each family's community (its index)
        self.inside_families = 0

    def add_family(self, index: int) -> None:
        draw = self.draw
        c_index = bisect(self.community_cum, draw.random() * self.community_cum[-1])
        community = self.communities[c_index]
        self.family_community.append(c_index)
        inside = community.zone == "inside" and draw.random() < 0.8
        self.inside_families += inside
        step = REGISTRATION_DAYS * 86_400 / max(1, self.families)
        family = Family(draw.uuid(), c_index, START + timedelta(seconds=int(index * step)))
        people = self.household(family)
        head = people[0]
        code = f"F-{index + 1:06d}"
        self.rows["families"].append(record(family.id, family.at) + (
            code, community.id, int(inside), f"Sector {community.name} s/n", head[PHONE], "",
            self.search_text(code, people), self.head_name(head)))
        plots = self.plots(family, community, inside)
        if inside:
            self.agreements(family, people, plots)
        coffee = [p for p, use, _ in plots if use in ("coffee", "agroforestry")]
        if draw.random() < (0.4 if coffee else 0.08):
            # what an expected yield multiplies: the plots under coffee alone (stored ha)
            area = sum(a for _, use, a in plots if use in COFFEE_LAND_USES)
            self.membership(family, head, coffee, area)

    def search_text(self, code: str, people: list[tuple]) -> str:
        """What db.hooks.REFRESH_FAMILY_SQL makes of the family: its folded code, then each
        member's folded names and DNI."""
        fold_name = self.names.fold
        parts = [fold(code)]
        for p in people:
            parts.append(f"{fold_name(p[GIVEN])} {fold_name(p[PATERNAL])} "
                         f"{fold_name(p[MATERNAL])}")
            if p[DNI] is not None:
                parts.append(p[DNI])
        return " ".join(parts)

    def head_name(self, head: tuple) -> str:
        fold_name = self.names.fold
        return (f"{fold_name(head[PATERNAL])} {fold_name(head[MATERNAL])} "
                f"{fold_name(head[GIVEN])}")

    def plots(self, family: Family, community: Community, inside: bool) -> list[tuple]:
        """The family's plots, as (id, land use, stored area)."""
        draw = self.draw
        random, randint = draw.random, draw.randint
        count = draw.weighted(PLOT_COUNT)
        names = draw.sample(PLOT_NAMES, count)
        uses = ["coffee" if random() < 0.7 else "agroforestry"]
        uses += [draw.weighted(LAND_USE) for _ in range(count - 1)]
        if inside and "forest" not in uses:
            # Every family inside the forest keeps some: its agreement commits that forest.
            if count > 1:
                uses[-1] = "forest"
            else:
                uses.append("forest")
                names.append(FOREST_PLOT_NAME)
        made = []
        for i, use in enumerate(uses):
            name = f"Parcela {i + 1}" if random() < 0.25 else names[i]
            lat = min(-5_600_000, max(-5_900_000, community.lat + randint(-25_000, 25_000)))
            lon = min(-77_200_000, max(-77_800_000, community.lon + randint(-25_000, 25_000)))
            id_ = draw.uuid()
            area = int(draw.triangular(50, 1200, 220))  # hundredths of a hectare
            # buyers need a polygon above 4 ha: the programme walked it
            boundary = square_boundary(lat / 1e6, lon / 1e6, area / 100) if area > 400 else None
            self.plot_rows.append(record(id_, family.at + timedelta(seconds=30 + i)) + (
                family.id, name, area * HUNDREDTH_HA, use, int(inside), lat * MICRODEGREE,
                lon * MICRODEGREE, boundary))
            made.append((id_, use, area * HUNDREDTH_HA))
        return made

    def add_audit(self, counts: dict) -> None:
        self.rows["audit_entries"].append((
            self.draw.uuid(), naive_utc(datetime.now(UTC)).isoformat(" ", "microseconds"),
            self.user, "create", "demo", DEMO_ENTITY_ID,
            json.dumps({k: [None, v] for k, v in counts.items()}, sort_keys=True)))


def progress_total(families: int) -> int:
    """The units of a build's progress (Builder.total)."""
    sessions = round(families / 10) if families else 0
    return families + sessions + max(1, families // 5) + max(1, families // 10)


def build_demo(database: Database, families: int = 1600, seed: int = 1,
               progress: Progress | None = None, new_file: bool = False,
               parallel: bool | None = None) -> dict:
    """Fill an empty database with a demo office and return how many of each record it made.

    `progress(done, total)` is called after every batch; when it returns False the
    work stops, nothing is kept, and desktop.services.common.Cancelled is raised.
    `new_file` says the file was made for this demo and is thrown away if the build fails:
    it is then built the quick way (writer.py). `parallel` draws the rows in a second
    process (pipeline.py); by default a large demo does when it can.
    """
    if families < 0:
        raise ValueError("families must be zero or more")
    if parallel is None:
        parallel = families >= pipeline.PARALLEL_FROM and pipeline.available()
    user = database.user or getpass.getuser()
    with database.engine.connect() as connection, build_settings(connection, new_file):
        with connection.begin():
            # the write lock at once, and the indexes dropped below come back on a rollback
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            for table in ("families", "communities", "cooperatives"):
                if connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar():
                    raise NotEmpty("The demo needs an empty database; this one has "
                                   f"{table}.")
            sink = Sink(connection, progress)
            with set_aside(connection, new_file):
                if parallel:
                    counts = pipeline.draw_elsewhere(Builder, families, seed, user, sink)
                else:
                    counts = Builder(sink, families, seed, user).build()
            total = progress_total(families)
            sink.progress(total, total)
    return counts

"""The demo builder: a realistic, reproducible office for the Alto Mayo Protected Forest.

`build_demo` fills an empty database with communities of the Alto Mayo valley,
families with their members and plots, conservation agreements (commitments,
benefits and their deliveries, signatories, compliance visits), training
sessions with attendance, and a coffee cooperative with its members and one
season of deliveries.

The same (families, seed) always gives the same rows: every random draw comes
from one `random.Random(seed)`, identifiers are UUIDs drawn from it, and dates
and timestamps derive from `DEMO_REFERENCE_DATE`, never from the clock. Only
the single audit entry records when the demo was really built.

Rows are written with Core bulk inserts in one transaction, so a large office
(100,000 families) builds in minutes. The ORM flush hooks do not run for bulk
inserts: the derived columns are filled with the functions the hooks use
(`textnorm.name_key` and `fold` for each row, `db.hooks.refresh_family_search` for
the family search text and head name at the end), and one AuditEntry sums it all up.

`Builder` draws everything in one order (changing it changes every demo); its parts
live in people.py, agreements.py and season.py.
"""

from __future__ import annotations

import getpass
import json
import random
from array import array
from bisect import bisect
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from itertools import accumulate

from sqlalchemy import func, select

import desktop.db.models  # noqa: F401  (every table in the metadata)
from desktop.db.audit import AuditEntry
from desktop.db.base import Base
from desktop.db.community import Community
from desktop.db.cooperative import Cooperative
from desktop.db.engine import Database
from desktop.db.family import Family
from desktop.db.hooks import refresh_family_search
from desktop.db.plot import Plot
from desktop.demo.agreements import AgreementRows
from desktop.demo.data import (
    COMMUNITIES, DEMO_ENTITY_ID, FOREST_PLOT_NAME, LAND_USE_CODES, LAND_USE_WEIGHTS, PARK,
    PLOT_NAMES, REGISTRATION_DAYS, REGISTRATION_START, SETUP_AT, STAFF,
)
from desktop.demo.people import PeopleRows
from desktop.demo.rows import BATCH, NumberSet, PackedIds, demo_uuid, record, square_boundary
from desktop.demo.season import SeasonRows
from desktop.demo.writer import RowWriter
from desktop.services import common
from desktop.services.common import Progress
from desktop.textnorm import fold


class NotEmpty(ValueError):
    """The demo is only built into a database without families, communities or cooperatives."""


class Builder(PeopleRows, AgreementRows, SeasonRows):
    """Draws the demo office row by row and writes it in batches."""

    def __init__(self, connection, families: int, seed: int, progress: Progress | None):
        self.conn = connection
        self.writer = RowWriter(connection)
        self.families = families
        self.rng = random.Random(seed)
        self.progress = progress
        self.buffers: dict[str, list[dict]] = {}
        self.counts = {t.name: 0 for t in Base.metadata.sorted_tables}
        self.used_dni = NumberSet(dni for _, dni in STAFF + PARK)
        self.numbers = {2025: 0, 2026: 0}
        self.active = 0
        self.n_sessions = round(families / 10) if families else 0
        self.chunk = max(100, min(1000, families // 50))
        # progress units: one per family, one per training session, and a share for the
        # cooperative's season and the final search refresh
        self.coop_units = max(1, families // 5)
        self.refresh_units = max(1, families // 10)
        self.total = families + self.n_sessions + self.coop_units + self.refresh_units
        self.done = 0

    # -- plumbing

    def new_id(self) -> str:
        return demo_uuid(self.rng.getrandbits)

    def add(self, table, row: dict) -> None:
        self.buffers.setdefault(table.name, []).append(row)

    def flush(self) -> None:
        """Write every buffered row, parents before children."""
        for table in Base.metadata.sorted_tables:
            rows = self.buffers.pop(table.name, None)
            if not rows:
                continue
            for start in range(0, len(rows), BATCH):
                self.writer.insert(table, rows[start:start + BATCH])
            self.counts[table.name] += len(rows)

    def report(self, done: int) -> None:
        self.done = min(done, self.total)
        common.report(self.progress, self.done, self.total)

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
        refresh_family_search(self.conn)
        counts = self.summary()
        self.add_audit(counts)
        self.flush()
        self.report(self.total)
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
        }

    # -- communities and the cooperative

    def add_communities(self) -> None:
        rng = self.rng
        self.communities = []
        for i, (name, district, province, zone, weight, lat, lon) in enumerate(COMMUNITIES):
            id_ = self.new_id()
            self.add(Community.__table__, {
                **record(id_, SETUP_AT + timedelta(minutes=3 * i)),
                "name": name, "name_folded": fold(name), "district": district,
                "province": province, "region": "San Martín", "zone": zone,
            })
            self.communities.append({
                "id": id_, "name": name, "district": district, "zone": zone,
                "lat": int(Decimal(lat) * 1_000_000), "lon": int(Decimal(lon) * 1_000_000),
                "school": f"I.E. N.° 00{rng.randint(300, 999)} {name}",
                "women": PackedIds(), "men": PackedIds(),  # adults, for the training sessions
            })
        self.community_cum = list(accumulate(c[4] for c in COMMUNITIES))
        self.family_community = array("B")  # each family's community (its index)
        self.inside_families = 0


    def add_family(self, index: int) -> None:
        rng = self.rng
        c_index = bisect(self.community_cum, rng.random() * self.community_cum[-1])
        community = self.communities[c_index]
        self.family_community.append(c_index)
        inside = community["zone"] == "inside" and rng.random() < 0.8
        self.inside_families += inside
        step = REGISTRATION_DAYS * 86_400 / max(1, self.families)
        family = {"id": self.new_id(), "community": c_index,
                  "at": REGISTRATION_START + timedelta(seconds=int(index * step))}
        people = self.household(family)
        head = people[0]
        self.add(Family.__table__, {
            **record(family["id"], family["at"]),
            "code": f"F-{index + 1:06d}", "community_id": community["id"],
            "inside_forest": inside, "address": f"Sector {community['name']} s/n",
            "phone": head["phone"], "notes": "",
            "search_text": "", "head_name": "",  # refreshed in SQL at the end
        })
        plots = self.plots(family, community, inside)
        if inside:
            self.agreements(family, people, plots)
        coffee = [p["id"] for p in plots if p["land_use"] in ("coffee", "agroforestry")]
        if rng.random() < (0.4 if coffee else 0.08):
            self.membership(family, head, coffee)

    def plots(self, family: dict, community: dict, inside: bool) -> list[dict]:
        rng = self.rng
        count = rng.choices((1, 2, 3, 4), weights=(30, 35, 25, 10))[0]
        names = rng.sample(PLOT_NAMES, count)
        uses = ["coffee" if rng.random() < 0.7 else "agroforestry"]
        uses += rng.choices(LAND_USE_CODES, weights=LAND_USE_WEIGHTS, k=count - 1)
        if inside and "forest" not in uses:
            # Every family inside the forest keeps some: its agreement commits that forest.
            if count > 1:
                uses[-1] = "forest"
            else:
                uses.append("forest")
                names.append(FOREST_PLOT_NAME)
        rows = []
        for i, use in enumerate(uses):
            name = f"Parcela {i + 1}" if rng.random() < 0.25 else names[i]
            lat = min(-5_600_000, max(-5_900_000, community["lat"] + rng.randint(-25_000, 25_000)))
            lon = min(-77_200_000, max(-77_800_000,
                                       community["lon"] + rng.randint(-25_000, 25_000)))
            row = {
                **record(self.new_id(), family["at"] + timedelta(seconds=30 + i)),
                "family_id": family["id"], "name": name,
                "area_ha": Decimal(int(rng.triangular(50, 1200, 220))).scaleb(-2),
                "land_use": use, "inside_protected_area": inside,
                "latitude": Decimal(lat).scaleb(-6), "longitude": Decimal(lon).scaleb(-6),
                "boundary_geojson": None,
            }
            if row["area_ha"] > 4:  # buyers need a polygon above 4 ha: the programme walked it
                row["boundary_geojson"] = square_boundary(lat / 1e6, lon / 1e6, row["area_ha"])
            self.add(Plot.__table__, row)
            rows.append(row)
        return rows

    def add_audit(self, counts: dict) -> None:
        self.add(AuditEntry.__table__, {
            "id": self.new_id(), "at": datetime.now(timezone.utc),
            "user": self.user, "action": "create", "entity": "demo",
            "entity_id": DEMO_ENTITY_ID,
            "changes": json.dumps({k: [None, v] for k, v in counts.items()}, sort_keys=True),
        })


def build_demo(database: Database, families: int = 1600, seed: int = 1,
               progress: Progress | None = None) -> dict:
    """Fill an empty database with a demo office and return how many of each record it made.

    `progress(done, total)` is called after every batch; when it returns False the
    work stops, nothing is kept, and desktop.services.common.Cancelled is raised.
    """
    if families < 0:
        raise ValueError("families must be zero or more")
    with database.engine.connect() as connection:
        old_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        # 64 MiB while building: enough for the indexes the inserts touch, and the same at
        # 10,000 or 100,000 families (the whole file no longer sits in memory)
        connection.exec_driver_sql("PRAGMA cache_size = -65536")
        connection.commit()
        try:
            with connection.begin():
                for model in (Family, Community, Cooperative):
                    if connection.scalar(select(func.count()).select_from(model)):
                        raise NotEmpty("The demo needs an empty database; this one has "
                                       f"{model.__tablename__}.")
                builder = Builder(connection, families, seed, progress)
                builder.user = database.user or getpass.getuser()
                counts = builder.build()
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache)}")
            connection.commit()
    return counts

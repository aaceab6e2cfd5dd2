"""A realistic, reproducible demo office for the Alto Mayo Protected Forest.

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
inserts: the derived columns (person name keys, folded community names, family
search text and head name) are filled here, and one AuditEntry sums it all up.
"""

from __future__ import annotations

import getpass
import json
import math
import random
from bisect import bisect
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from itertools import accumulate

from sqlalchemy import func, insert, select

import desktop.db.models  # noqa: F401  (every table in the metadata)
from desktop.db.agreement import (
    Agreement, Benefit, BenefitDelivery, Commitment, ComplianceVisit, Signatory, agreement_plots,
)
from desktop.db.audit import AuditEntry
from desktop.db.base import Base
from desktop.db.community import Community
from desktop.db.cooperative import Cooperative, Delivery, Membership
from desktop.db.engine import Database
from desktop.db.family import Family
from desktop.db.hooks import refresh_family_search
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.db.training import Attendance, TrainingSession
from desktop.i18n.labels import LABELS
from desktop.textnorm import fold, name_key

#: "Today" for the demo: the end of the 2026 coffee season. Every date derives from it.
DEMO_REFERENCE_DATE = date(2026, 9, 30)
#: The audit entry's entity_id: one entry stands for the whole demo.
DEMO_ENTITY_ID = "demo"
#: Rows per INSERT statement.
BATCH = 5000

Progress = Callable[[int, int], "bool | None"]


def square_boundary(lat: float, lon: float, area_ha: Decimal) -> str:
    """A square GeoJSON Polygon of `area_ha` centred on the point (WGS84, six decimals)."""
    half = math.sqrt(float(area_ha) * 10_000) / 2
    dlat = half / 110_574
    dlon = half / (111_320 * math.cos(math.radians(lat)))
    ring = [(lon - dlon, lat - dlat), (lon + dlon, lat - dlat), (lon + dlon, lat + dlat),
            (lon - dlon, lat + dlat), (lon - dlon, lat - dlat)]
    return json.dumps({"type": "Polygon",
                       "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]})


class Cancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


class NotEmpty(ValueError):
    """The demo is only built into a database without families, communities or cooperatives."""


# --- the reference data ---------------------------------------------------------------------

# name, district, province, zone, relative size, latitude, longitude (centre of the sector)
COMMUNITIES = [
    ("Aguas Claras", "Pardo Miguel", "Rioja", "inside", 9, "-5.6620", "-77.7460"),
    ("San Andrés", "Pardo Miguel", "Rioja", "inside", 6, "-5.6890", "-77.7120"),
    ("Alto Naranjillo", "Nueva Cajamarca", "Rioja", "inside", 8, "-5.8420", "-77.3610"),
    ("Nueva Zelandia", "Pardo Miguel", "Rioja", "inside", 5, "-5.7030", "-77.6830"),
    ("El Afluente", "Pardo Miguel", "Rioja", "inside", 7, "-5.6350", "-77.7640"),
    ("Santa Rosa de Alto Mayo", "Pardo Miguel", "Rioja", "inside", 6, "-5.7210", "-77.6450"),
    ("Palestina", "Nueva Cajamarca", "Rioja", "inside", 5, "-5.8150", "-77.4020"),
    ("La Primavera", "Awajún", "Rioja", "inside", 4, "-5.7440", "-77.5630"),
    ("Bajo Tumbaro", "Awajún", "Rioja", "buffer", 3, "-5.7860", "-77.5010"),
    ("Garcilaso", "Yuracyacu", "Rioja", "inside", 4, "-5.8630", "-77.2950"),
    ("Nuevo Edén", "Pardo Miguel", "Rioja", "inside", 5, "-5.6770", "-77.6980"),
    ("Ucrania", "Elías Soplín Vargas", "Rioja", "inside", 4, "-5.8810", "-77.2530"),
    ("Los Ángeles", "Nueva Cajamarca", "Rioja", "buffer", 3, "-5.8760", "-77.3340"),
    ("Valle de la Conquista", "Pardo Miguel", "Rioja", "inside", 4, "-5.6510", "-77.7290"),
    ("Vista Alegre", "Moyobamba", "Moyobamba", "inside", 5, "-5.7690", "-77.4730"),
    ("Jardín", "Moyobamba", "Moyobamba", "buffer", 3, "-5.8020", "-77.4380"),
    ("Bellavista", "Yuracyacu", "Rioja", "buffer", 3, "-5.8940", "-77.2710"),
    ("San Francisco", "Rioja", "Rioja", "buffer", 2, "-5.8990", "-77.2240"),
    ("Alto Vista", "Elías Soplín Vargas", "Rioja", "inside", 4, "-5.8550", "-77.2810"),
    ("Nueva Esperanza", "Moyobamba", "Moyobamba", "inside", 5, "-5.7280", "-77.5240"),
]

MALE_NAMES = [
    "José", "Juan", "Luis", "Carlos", "Jorge", "Manuel", "Pedro", "Miguel", "Víctor", "Jesús",
    "Martín", "Sebastián", "Raúl", "Ángel", "César", "Óscar", "Julio", "Segundo", "Wilder",
    "Elías", "Hernán", "Nilton", "Édgar", "Fernando", "Rubén", "Andrés", "Germán", "Tomás",
    "Nicolás", "Santos", "Hugo", "Walter", "Teodoro", "Joel", "Adán", "Dionisio", "Abel", "Iván",
    "Rómulo", "Efraín", "Saúl", "Ismael", "Joaquín", "Benjamín", "Mateo", "Gabriel", "Josué",
    "Rodrigo", "Darwin", "Eusebio", "Leoncio", "Alcides", "Eleuterio", "Róger", "Alexánder",
]
FEMALE_NAMES = [
    "María", "Rosa", "Ana", "Carmen", "Juana", "Luz", "Elena", "Gloria", "Nélida", "Inés",
    "Sofía", "Lucía", "Milagros", "Yolanda", "Marleni", "Rocío", "Flor", "Maribel", "Norma",
    "Elsa", "Mercedes", "Gladys", "Teresa", "Lidia", "Sonia", "Zoila", "Olinda", "Edith",
    "Mónica", "Verónica", "Deysi", "Yesenia", "Ruth", "Esther", "Raquel", "Beatriz", "Valeria",
    "Camila", "Dayana", "Ximena", "Nayeli", "Julia", "Dora", "Irma", "Celia", "Angélica",
    "Ángela", "Mariela", "Analí", "Belén", "Noemí", "Débora", "Asunción", "Santos", "Dalila",
]
SURNAMES = [
    "Pérez", "Núñez", "Huamán", "Quispe", "Rodríguez", "Sánchez", "Tuesta", "Vásquez",
    "Fernández", "Chávez", "Mendoza", "Ramírez", "Díaz", "Torres", "Ríos", "Peña", "Muñoz",
    "Castañeda", "Guevara", "Saldaña", "García", "López", "Gonzales", "Flores", "Rojas", "Cruz",
    "Tapia", "Cieza", "Bustamante", "Delgado", "Herrera", "Idrogo", "Julca", "Carrasco", "Cubas",
    "Coronel", "Tantaleán", "Becerra", "Campos", "Cotrina", "Villanueva", "Cabrera", "Irigoín",
    "Mego", "Altamirano", "Hurtado", "Silva", "Oblitas", "Santa Cruz", "Del Águila", "Córdova",
    "Gálvez", "Marín", "Montenegro", "Paredes", "Reátegui", "Pinedo", "Panduro", "Tello", "Ruiz",
    "Culqui", "Mori", "Ushiñahua", "Sangama", "Tuanama", "Salas", "Alarcón", "Rimarachín",
]
_SURNAME_CUM = list(accumulate(1 / (i + 4) for i in range(len(SURNAMES))))

PLOT_NAMES = [
    "La Loma", "El Cafetal", "La Quebrada", "El Bajo", "La Purma", "El Mirador", "Monte Alto",
    "El Naranjal", "La Chacra", "El Palto", "La Pampa", "El Cedro", "Los Pinos", "La Cumbre",
    "El Manantial", "Alto Bonito", "La Shapaja", "El Guabo",
]
#: (land use, weight) for plots after the first.
LAND_USES = [("coffee", 30), ("forest", 26), ("agroforestry", 15), ("fallow", 12),
             ("crops", 11), ("pasture", 6)]
_LAND_USE_CODES = [u for u, _ in LAND_USES]
_LAND_USE_WEIGHTS = [w for _, w in LAND_USES]

STAFF = [  # programme representatives: name, DNI
    ("Luis Alberto Ríos Tapia", "41235678"), ("Carmen Rosa Vela Arévalo", "42876510"),
    ("Jorge Enrique Chumbe Pinedo", "40318894"), ("Milagros Isabel Saavedra Del Águila",
                                                   "44652301"),
]
PARK = [  # park authority (forest headquarters) representatives: name, DNI
    ("Carlos Eduardo Arévalo Sangama", "00984312"), ("Ana Lucía Torres Reátegui", "43321907"),
]
RANGERS = ["Segundo Panduro Culqui", "Wilder Mego Tuanama", "Nélida Cubas Ríos",
           "Hernán Julca Saldaña", "Darwin Sangama Pinedo", "Rocío Idrogo Vásquez"]
FACILITATORS = [name for name, _ in STAFF] + [
    "Ing. Raúl Castañeda Silva", "Ing. Inés Guevara Mori", "Lic. Óscar Paredes Tello",
    "Prof. Yolanda Campos Ruiz",
]

TOPICS = {
    "coffee": ["Manejo integrado de la roya del café", "Poda y renovación de cafetales",
               "Abonamiento orgánico del cafetal", "Cosecha selectiva y beneficio húmedo",
               "Secado del café pergamino", "Control de la broca del café",
               "Viveros de café y sombra permanente", "Calidad de taza y catación"],
    "finance": ["Ahorro familiar", "Registro de ingresos y gastos de la finca",
                "Acceso al crédito agrario", "Plan de negocio de la finca cafetalera"],
    "environment": ["Prevención de incendios forestales", "Monitoreo comunitario del bosque",
                    "Manejo de residuos sólidos", "Fuentes de agua y microcuencas",
                    "Fauna silvestre del Alto Mayo"],
    "school": ["El bosque y el agua", "Conozcamos al mono choro de cola amarilla",
               "Biohuerto escolar", "Reciclaje en la escuela", "Las aves del Alto Mayo"],
    "other": ["Primeros auxilios", "Liderazgo de las mujeres", "Organización comunal",
              "Apicultura y meliponicultura"],
}
TRAINING_KINDS = [("coffee", 40), ("environment", 20), ("finance", 18), ("school", 12),
                  ("other", 10)]

# kind: (smallest, largest quantity, unit, value per unit in soles, description)
BENEFIT_SPECS = {
    "technical_assistance": (4, 12, "visitas", "40.00",
                             "Visitas de asistencia técnica a la finca"),
    "training": (3, 6, "talleres", "35.00", "Talleres de capacitación"),
    "coffee_inputs": (5, 20, "sacos", "95.00", "Abono orgánico y plantones de café"),
    "cook_stove": (1, 1, "unidad", "480.00", "Cocina mejorada a leña"),
    "dry_toilet": (1, 1, "unidad", "950.00", "Baño seco ecológico"),
    "home_garden": (1, 1, "kit", "220.00", "Semillas, malla y herramientas para biohuerto"),
    "school_kit": (1, 4, "kits", "65.00", "Útiles escolares"),
    "health_kit": (1, 1, "kit", "85.00", "Botiquín familiar"),
    "market_access": (1, 1, "servicio", "300.00", "Acopio y venta asociada del café"),
}
COMMITMENT_KINDS = list(LABELS["commitment"])
BENEFIT_KINDS = [k for k in LABELS["benefit"] if k in BENEFIT_SPECS]
NOT_RENEWED = list(LABELS["not_renewed"])

VISIT_NOTES = {
    "compliant": "Sin nuevas áreas abiertas; cafetal bajo sombra.",
    "partial": "Se observó una pequeña quema de rastrojo en la chacra.",
    "not_compliant": "Se encontró tala reciente en el área de bosque del acuerdo.",
}
FOLLOW_UP = {
    "compliant": "",
    "partial": "Recordar el compromiso de no quemar; nueva visita en tres meses.",
    "not_compliant": "Reforestar el área talada; reunión con la familia y la jefatura.",
}

COOPERATIVE = {"name": "Cooperativa Agraria Café Bosque de Alto Mayo", "ruc": "20601234567",
               "address": "Jr. Huallaga 245, Nueva Cajamarca, Rioja, San Martín",
               "receipt_prefix": "COOPBAM"}
CERTIFICATIONS = [
    (45, [("organic", "2025-06-01", "2027-05-31"), ("fair_trade", "2024-03-01", "2027-02-28")]),
    (20, [("organic", "2025-06-01", "2027-05-31")]),
    (35, []),
]
SEASON_START = date(2026, 4, 1)
SEASON_DAYS = (date(2026, 9, 30) - SEASON_START).days + 1
CENT = Decimal("0.01")
ZERO = Decimal(0)

#: When the demo office was set up and when families were registered (UTC).
SETUP_AT = datetime(2025, 7, 14, 14, 0, tzinfo=timezone.utc)
REGISTRATION_START = datetime(2025, 8, 4, 13, 0, tzinfo=timezone.utc)
REGISTRATION_DAYS = 120


def _stamp(day: date, hour: int = 15) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=timezone.utc)


def _uuid(getrandbits) -> str:
    """A version-4 UUID from the demo's generator (same text as uuid.UUID(int=n, version=4))."""
    n = getrandbits(128)
    n = (n & ~(0xF000 << 64) | (0x4000 << 64)) & ~(0xC000 << 48) | (0x8000 << 48)
    h = "%032x" % n
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _record(id_: str, at: datetime) -> dict:
    return {"id": id_, "created_at": at, "updated_at": at, "deleted_at": None}


# --- the builder ----------------------------------------------------------------------------

class _Builder:
    def __init__(self, connection, families: int, seed: int, progress: Progress | None):
        self.conn = connection
        self.families = families
        self.rng = random.Random(seed)
        self.progress = progress
        self.buffers: dict[str, list[dict]] = {}
        self.counts = {t.name: 0 for t in Base.metadata.sorted_tables}
        self.used_dni = {dni for _, dni in STAFF + PARK}
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
        return _uuid(self.rng.getrandbits)

    def add(self, table, row: dict) -> None:
        self.buffers.setdefault(table.name, []).append(row)

    def flush(self) -> None:
        """Write every buffered row, parents before children."""
        for table in Base.metadata.sorted_tables:
            rows = self.buffers.pop(table.name, None)
            if not rows:
                continue
            for start in range(0, len(rows), BATCH):
                self.conn.execute(insert(table), rows[start:start + BATCH])
            self.counts[table.name] += len(rows)

    def report(self, done: int) -> None:
        self.done = min(done, self.total)
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise Cancelled()

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
                **_record(id_, SETUP_AT + timedelta(minutes=3 * i)),
                "name": name, "name_folded": fold(name), "district": district,
                "province": province, "region": "San Martín", "zone": zone,
            })
            self.communities.append({
                "id": id_, "name": name, "district": district, "zone": zone,
                "lat": int(Decimal(lat) * 1_000_000), "lon": int(Decimal(lon) * 1_000_000),
                "school": f"I.E. N.° 00{rng.randint(300, 999)} {name}",
                "women": [], "men": [],  # adults, for the training sessions
            })
        self.community_cum = list(accumulate(c[4] for c in COMMUNITIES))
        self.family_community: list[int] = []
        self.inside_families = 0

    def add_cooperative(self) -> None:
        self.cooperative_id = self.new_id()
        self.add(Cooperative.__table__, {**_record(self.cooperative_id, SETUP_AT), **COOPERATIVE})
        self.members: list[tuple[str, list[str]]] = []  # (membership id, coffee plot ids)

    # -- people

    def surname(self) -> str:
        return SURNAMES[bisect(_SURNAME_CUM, self.rng.random() * _SURNAME_CUM[-1])]

    def given(self, sex: str) -> str:
        rng = self.rng
        names = FEMALE_NAMES if sex == "F" else MALE_NAMES
        first = rng.choice(names)
        if rng.random() < 0.35:
            second = rng.choice(names)
            if second != first:
                return f"{first} {second}"
        return first

    def dni(self, age: int) -> str | None:
        rng = self.rng
        if age >= 18:
            if rng.random() < 0.03:
                return None
            if age < 30:
                low, high = (70_000_000, 79_999_999) if rng.random() < 0.7 else (
                    45_000_000, 48_999_999)
            else:
                r = rng.random()
                low, high = ((100_000, 999_999) if r < 0.3 else (40_000_000, 47_999_999)
                             if r < 0.8 else (10_000_000, 39_999_999))
        else:
            if rng.random() < 0.5:
                return None
            low, high = (60_000_000, 63_999_999) if rng.random() < 0.3 else (
                70_000_000, 81_999_999)
        while True:
            value = f"{rng.randint(low, high):08d}"
            if value not in self.used_dni:
                self.used_dni.add(value)
                return value

    def birth_date(self, age: int) -> date:
        ref = DEMO_REFERENCE_DATE
        return date(ref.year - age, ref.month, ref.day) - timedelta(days=self.rng.randint(1, 364))

    def person(self, family: dict, relation: str, sex: str, age: int, paternal: str,
               maternal: str, position: int) -> dict:
        rng = self.rng
        given = self.given(sex)
        signs = rng.random() >= (0.30 if age >= 60 else 0.12) if age >= 18 else age >= 10
        phone = ""
        if age >= 18 and rng.random() < (0.75 if relation == "head" else 0.35):
            phone = f"9{rng.randint(0, 99_999_999):08d}"
        row = {
            **_record(self.new_id(), family["at"] + timedelta(seconds=position)),
            "family_id": family["id"], "given_names": given, "paternal_surname": paternal,
            "maternal_surname": maternal, "dni": self.dni(age), "sex": sex,
            "birth_date": self.birth_date(age), "relation": relation, "signs": signs,
            "phone": phone, "name_key": name_key(given, paternal, maternal),
        }
        self.add(Person.__table__, row)
        if age >= 18:
            community = self.communities[family["community"]]
            (community["women"] if sex == "F" else community["men"]).append(row["id"])
        return row

    def household(self, family: dict) -> list[dict]:
        """The head first, then spouse, children and other relatives, with consistent surnames."""
        rng = self.rng
        head_sex = "M" if rng.random() < 0.7 else "F"
        head_age = int(rng.triangular(19, 82, 38))
        head_p, head_m = self.surname(), self.surname()
        head = self.person(family, "head", head_sex, head_age, head_p, head_m, 0)
        people = [head]
        others = rng.choices(range(8), weights=(6, 10, 16, 21, 19, 13, 9, 6))[0]
        spouse = None
        if others and rng.random() < 0.85:
            spouse_sex = "F" if head_sex == "M" else "M"
            spouse_age = max(18, head_age + rng.randint(-8, 6) + (3 if spouse_sex == "M" else 0))
            spouse = self.person(family, "spouse", spouse_sex, spouse_age, self.surname(),
                                 self.surname(), 1)
            people.append(spouse)
            others -= 1
        if head_sex == "M":
            father_p = head_p
            mother_p = spouse["paternal_surname"] if spouse else self.surname()
        else:
            father_p = spouse["paternal_surname"] if spouse else None
            mother_p = head_p
        parents = 0
        for _ in range(others):
            position = len(people)
            r = rng.random()
            if r < 0.72 or head_age < 24:
                age = rng.randint(0, max(0, min(head_age - 17, 40)))
                people.append(self.person(family, "child", rng.choice("FM"), age,
                                          father_p or mother_p,
                                          mother_p if father_p else self.surname(), position))
            elif r < 0.82 and head_age >= 42:
                age = rng.randint(0, min(17, head_age - 36))
                people.append(self.person(family, "grandchild", rng.choice("FM"), age,
                                          self.surname(), self.surname(), position))
            elif r < 0.89 and head_age <= 58 and parents < 2:
                parents += 1
                sex = "M" if parents == 1 and rng.random() < 0.4 else "F"
                age = min(96, head_age + rng.randint(18, 34))
                paternal = head_p if sex == "M" else head_m
                people.append(self.person(family, "parent", sex, age, paternal,
                                          self.surname(), position))
            elif r < 0.95:
                age = max(1, head_age + rng.randint(-12, 12))
                people.append(self.person(family, "sibling", rng.choice("FM"), age, head_p,
                                          head_m, position))
            else:
                age = rng.randint(1, 75)
                people.append(self.person(family, "other", rng.choice("FM"), age,
                                          self.surname(), self.surname(), position))
        return people

    # -- a family with its plots, agreement and membership

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
            **_record(family["id"], family["at"]),
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
        uses += rng.choices(_LAND_USE_CODES, weights=_LAND_USE_WEIGHTS, k=count - 1)
        if inside and count > 1 and "forest" not in uses and rng.random() < 0.6:
            uses[-1] = "forest"
        rows = []
        for i, use in enumerate(uses):
            name = f"Parcela {i + 1}" if rng.random() < 0.25 else names[i]
            lat = min(-5_600_000, max(-5_900_000, community["lat"] + rng.randint(-25_000, 25_000)))
            lon = min(-77_200_000, max(-77_800_000,
                                       community["lon"] + rng.randint(-25_000, 25_000)))
            row = {
                **_record(self.new_id(), family["at"] + timedelta(seconds=30 + i)),
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

    def agreements(self, family: dict, people: list[dict], plots: list[dict]) -> None:
        rng = self.rng
        r = rng.random()
        status = ("active" if r < 0.80 else "signed" if r < 0.82 else "draft" if r < 0.86
                  else "suspended" if r < 0.89 else "ended" if r < 0.93 else None)
        if status is None:
            return
        day = rng.randint(5, 30)
        previous = None
        if status == "active" and rng.random() < 0.2:  # a renewal of last year's agreement
            start = date(2025, 1, day)
            previous = self.agreement(family, people, plots, "ended", start,
                                      date(2026, 1, day) - timedelta(days=1))
        if status in ("active", "suspended"):
            start = date(2026, 1, day)
            end = date(2027, 1, day) - timedelta(days=1)
        elif status == "ended":
            start = date(2025, 1, day)
            end = date(2026, 1, day) - timedelta(days=1)
        elif status == "signed":
            start, end = date(2026, 10, 1), date(2027, 9, 30)
        else:
            start = end = None
        reason = rng.choice(NOT_RENEWED) if status == "ended" else None
        self.agreement(family, people, plots, status, start, end, previous, reason)
        self.active += status == "active"

    def agreement(self, family, people, plots, status, start, end, previous=None,
                  reason=None) -> str:
        """One agreement with its plots, commitments, signatories, benefits and visits;
        `reason` is why an ended agreement was not renewed."""
        rng = self.rng
        year = start.year if start and start.year == 2025 else 2026
        self.numbers[year] += 1
        id_ = self.new_id()
        head = people[0]
        if status == "draft":
            signed_on = None
            at = family["at"] + timedelta(hours=1)
        elif status == "signed":
            signed_on = DEMO_REFERENCE_DATE - timedelta(days=rng.randint(0, 20))
            at = _stamp(signed_on)
        else:
            signed_on = start - timedelta(days=rng.randint(0, 12))
            at = _stamp(signed_on)
        forest = sum((p["area_ha"] for p in plots if p["land_use"] == "forest"), ZERO)
        self.add(Agreement.__table__, {
            **_record(id_, at),
            "number": f"AC-{year}-{self.numbers[year]:04d}", "family_id": family["id"],
            "status": status, "start_date": start, "end_date": end, "signed_on": signed_on,
            "forest_area_ha": forest, "previous_id": previous,
            "not_renewed_reason": reason, "notes": "",
        })
        for plot in plots:
            self.add(agreement_plots, {"agreement_id": id_, "plot_id": plot["id"]})
        # commitments: the three core ones, then others, in the standard order
        count = rng.randint(4, 8)
        kinds = COMMITMENT_KINDS[:3] + rng.sample(COMMITMENT_KINDS[3:], count - 3)
        kinds.sort(key=COMMITMENT_KINDS.index)
        for position, kind in enumerate(kinds, 1):
            self.add(Commitment.__table__, {
                **_record(self.new_id(), at), "agreement_id": id_, "kind": kind, "text": "",
                "position": position,
            })
        signatories = [(head, "head")]
        signatories += [(None, "programme"), (None, "park")]
        for person, role in signatories:
            if person is None:
                name, dni = rng.choice(STAFF if role == "programme" else PARK)
                thumb = False
            else:
                name = " ".join((person["given_names"], person["paternal_surname"],
                                 person["maternal_surname"]))
                dni, thumb = person["dni"], not person["signs"]
            self.add(Signatory.__table__, {
                **_record(self.new_id(), at), "agreement_id": id_,
                "person_id": person["id"] if person else None, "name": name, "role": role,
                "dni": dni, "uses_thumbprint": thumb,
            })
        # benefits, and what was delivered up to the reference date (or the agreement's end)
        started = start is not None and signed_on is not None and start <= DEMO_REFERENCE_DATE
        until = min(end, DEMO_REFERENCE_DATE) if started else None
        receivers = [p for p in people[:2] if p["birth_date"].year <= DEMO_REFERENCE_DATE.year - 18]
        for kind in sorted(rng.sample(BENEFIT_KINDS, rng.randint(2, 4)), key=BENEFIT_KINDS.index):
            low, high, unit, price, description = BENEFIT_SPECS[kind]
            quantity = rng.randint(low, high)
            benefit_id = self.new_id()
            self.add(Benefit.__table__, {
                **_record(benefit_id, at), "agreement_id": id_, "kind": kind,
                "description": description, "quantity": Decimal(quantity), "unit": unit,
                "estimated_value_pen": Decimal(price) * quantity,
            })
            if not started or rng.random() < 0.3:
                continue
            times = min(quantity, rng.randint(1, 3))
            days = sorted(rng.randint(start.toordinal(), until.toordinal())
                          for _ in range(times))
            each = quantity // times
            for n, day in enumerate(days):
                given_to = rng.choice(receivers) if receivers else head
                self.add(BenefitDelivery.__table__, {
                    **_record(self.new_id(), _stamp(date.fromordinal(day), 16) +
                              timedelta(seconds=n)),
                    "benefit_id": benefit_id, "delivered_on": date.fromordinal(day),
                    "quantity": Decimal(each), "received_by_id": given_to["id"],
                    "received_by_name": " ".join((given_to["given_names"],
                                                  given_to["paternal_surname"],
                                                  given_to["maternal_surname"])),
                })
        if started:
            self.visits(id_, status, start, until, reason)
        return id_

    def visits(self, agreement_id, status, start, until, not_renewed) -> None:
        rng = self.rng
        first = start.toordinal() + 30
        last = until.toordinal()
        if first > last:
            return
        if status == "suspended":
            count = rng.randint(1, 2)
        elif not_renewed == "non_compliance":
            count = 2
        else:
            count = rng.choices((0, 1, 2), weights=(30, 50, 20))[0]
        days = sorted(rng.randint(first, last) for _ in range(count))
        for n, day in enumerate(days):
            final = n == count - 1
            consequence, cleared = None, ZERO
            if status == "suspended" and final:
                result, consequence = "not_compliant", "agreement_suspended"
            elif not_renewed == "non_compliance" and final:
                result, consequence = "not_compliant", "agreement_ended"
            else:
                r = rng.random()
                result = "compliant" if r < 0.86 else "partial" if r < 0.97 else "not_compliant"
                if result == "partial":
                    consequence = "warning"
                elif result == "not_compliant":
                    consequence = rng.choice(("warning", "benefits_suspended"))
            if result == "not_compliant":
                cleared = Decimal(rng.randint(10, 200)).scaleb(-2)
            visited = date.fromordinal(day)
            self.add(ComplianceVisit.__table__, {
                **_record(self.new_id(), _stamp(visited, 21)), "agreement_id": agreement_id,
                "visited_on": visited, "inspector": rng.choice(RANGERS), "result": result,
                "forest_cleared_ha": cleared, "notes": VISIT_NOTES[result],
                "follow_up": FOLLOW_UP[result], "consequence": consequence,
            })

    def membership(self, family: dict, head: dict, coffee_plots: list[str]) -> None:
        rng = self.rng
        id_ = self.new_id()
        joined = date(2012, 1, 1) + timedelta(days=rng.randint(0, 5200))
        certifications = rng.choices([c for _, c in CERTIFICATIONS],
                                     weights=[w for w, _ in CERTIFICATIONS])[0]
        self.members.append((id_, coffee_plots))
        self.add(Membership.__table__, {
            **_record(id_, family["at"] + timedelta(seconds=90)),
            "cooperative_id": self.cooperative_id, "family_id": family["id"],
            "person_id": head["id"], "member_code": f"M-{len(self.members):04d}",
            "joined_on": min(joined, DEMO_REFERENCE_DATE),
            "certifications": json.dumps(
                [{"kind": k, "valid_from": f, "valid_to": t} for k, f, t in certifications],
                sort_keys=True),
        })

    # -- training sessions

    def add_training(self) -> None:
        rng = self.rng
        kinds = [k for k, _ in TRAINING_KINDS]
        weights = [w for _, w in TRAINING_KINDS]
        base = self.families
        for number in range(self.n_sessions):
            community = self.communities[self.family_community[rng.randrange(self.families)]]
            kind = rng.choices(kinds, weights=weights)[0]
            held_on = DEMO_REFERENCE_DATE - timedelta(days=rng.randint(0, 364))
            session_id = self.new_id()
            at = _stamp(held_on, 23)
            self.add(TrainingSession.__table__, {
                **_record(session_id, at), "topic": rng.choice(TOPICS[kind]), "kind": kind,
                "held_on": held_on, "community_id": community["id"],
                "place": community["school"] if kind == "school"
                else f"Local comunal de {community['name']}",
                "facilitator": rng.choice(FACILITATORS),
                "hours": Decimal(rng.choice((2, 3, 3, 4, 4, 6))) if kind != "school"
                else Decimal("1.5"),
                "notes": "",
            })
            if kind == "school":
                for _ in range(rng.randint(15, 35)):
                    sex = rng.choice("FM")
                    self.add(Attendance.__table__, {
                        **_record(self.new_id(), at), "session_id": session_id,
                        "person_id": None, "sex": sex, "age_band": rng.choices(
                            ("child", "youth"), weights=(70, 30))[0],
                        "name": f"{self.given(sex).split()[0]} {self.surname()} {self.surname()}",
                    })
            else:
                women, men = community["women"], community["men"]
                size = rng.randint(12, 30)
                n_women = min(len(women), round(size * rng.uniform(0.17, 0.33)))
                n_men = min(len(men), size - n_women)
                chosen = [(p, "F") for p in rng.sample(women, n_women)]
                chosen += [(p, "M") for p in rng.sample(men, n_men)]
                for person_id, sex in chosen:
                    self.add(Attendance.__table__, {
                        **_record(self.new_id(), at), "session_id": session_id,
                        "person_id": person_id, "sex": sex, "age_band": None, "name": "",
                    })
                if rng.random() < 0.3:  # visitors from a neighbouring sector
                    for _ in range(rng.randint(1, 2)):
                        sex = rng.choice("FM")
                        self.add(Attendance.__table__, {
                            **_record(self.new_id(), at), "session_id": session_id,
                            "person_id": None, "sex": sex, "age_band": "adult",
                            "name": f"{self.given(sex)} {self.surname()} {self.surname()}",
                        })
            if (number + 1) % 200 == 0 or number + 1 == self.n_sessions:
                self.flush()
                self.report(base + number + 1)

    # -- the coffee season

    def add_season(self) -> None:
        rng = self.rng
        base = self.families + self.n_sessions
        visits = []  # (day, member, n): the receipts are numbered in date order
        for m in range(len(self.members)):
            for n in range(rng.randint(2, 10)):
                visits.append((SEASON_START.toordinal() +
                               int(rng.triangular(0, SEASON_DAYS - 0.001, 75)), m, n))
        visits.sort()
        prefix = COOPERATIVE["receipt_prefix"]
        for seq, (day, m, _) in enumerate(visits, 1):
            membership_id, coffee_plots = self.members[m]
            delivered = date.fromordinal(day)
            r = rng.random()
            product = "dry_parchment" if r < 0.85 else "wet_parchment" if r < 0.95 else "cherry"
            sacks = rng.randint(1, 10)
            cup = None
            if product == "dry_parchment":
                gross = Decimal(sacks * rng.randint(450, 620) + rng.randint(0, 9)).scaleb(-1)
                moisture = Decimal(rng.randint(100, 140)).scaleb(-1)
                if rng.random() < 0.6:
                    cup = Decimal(rng.randint(320, 352) * 25).scaleb(-2)
                if cup is not None and cup >= 84:
                    grade, cents = "Especial", rng.randint(1000, 1100)
                elif moisture > 13 or (cup is None and rng.random() < 0.2):
                    grade, cents = "Segunda", rng.randint(850, 900)
                else:
                    grade, cents = "Exportable", rng.randint(900, 1020)
            elif product == "wet_parchment":
                gross = Decimal(sacks * rng.randint(550, 700) + rng.randint(0, 9)).scaleb(-1)
                moisture = Decimal(rng.randint(400, 550)).scaleb(-1)
                grade, cents = "", rng.randint(650, 780)
            else:
                gross = Decimal(sacks * rng.randint(500, 650) + rng.randint(0, 9)).scaleb(-1)
                moisture = Decimal(rng.randint(600, 680)).scaleb(-1)
                grade, cents = "", rng.randint(160, 240)
            tare = Decimal(sacks * 20).scaleb(-2)
            net = gross - tare
            price = Decimal(cents).scaleb(-2)
            paid = delivered + timedelta(days=rng.randint(0, 15))
            if paid > DEMO_REFERENCE_DATE or rng.random() < 0.05:
                paid = None
            self.add(Delivery.__table__, {
                **_record(self.new_id(), _stamp(delivered, 14) + timedelta(seconds=seq)),
                "cooperative_id": self.cooperative_id,
                "receipt_number": f"{prefix}-2026-{seq:06d}", "sequence": seq,
                "delivered_on": delivered, "membership_id": membership_id,
                "plot_id": rng.choice(coffee_plots) if coffee_plots else None,
                "product": product, "gross_kg": gross, "tare_kg": tare, "net_kg": net,
                "moisture_pct": moisture, "grade": grade, "cup_score": cup,
                "price_per_kg_pen": price, "amount_pen": (net * price).quantize(CENT),
                "paid_on": paid, "voided_at": None, "flags": "",
            })
            if seq % BATCH == 0 or seq == len(visits):
                self.flush()
                self.report(base + self.coop_units * seq // len(visits))
        self.report(base + self.coop_units)

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
    work stops, nothing is kept, and Cancelled is raised.
    """
    if families < 0:
        raise ValueError("families must be zero or more")
    with database.engine.connect() as connection:
        old_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MiB while building
        connection.commit()
        try:
            with connection.begin():
                for model in (Family, Community, Cooperative):
                    if connection.scalar(select(func.count()).select_from(model)):
                        raise NotEmpty("The demo needs an empty database; this one has "
                                       f"{model.__tablename__}.")
                builder = _Builder(connection, families, seed, progress)
                builder.user = database.user or getpass.getuser()
                counts = builder.build()
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache)}")
            connection.commit()
    return counts

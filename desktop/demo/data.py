"""The demo office's reference data: the Alto Mayo valley's communities, names, plots,
staff, training topics, benefits, the cooperative and the dates everything derives from."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from itertools import accumulate

from desktop.i18n.labels import LABELS

#: "Today" for the demo: the end of the 2026 coffee season. Every date derives from it.
DEMO_REFERENCE_DATE = date(2026, 9, 30)
#: The audit entry's entity_id: one entry stands for the whole demo.
DEMO_ENTITY_ID = "demo"
#: Rows per INSERT statement.

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
SURNAME_CUMULATIVE = list(accumulate(1 / (i + 4) for i in range(len(SURNAMES))))

PLOT_NAMES = [
    "La Loma", "El Cafetal", "La Quebrada", "El Bajo", "La Purma", "El Mirador", "Monte Alto",
    "El Naranjal", "La Chacra", "El Palto", "La Pampa", "El Cedro", "Los Pinos", "La Cumbre",
    "El Manantial", "Alto Bonito", "La Shapaja", "El Guabo",
]
#: The name of the forest plot added to a family inside the forest that has only one plot.
FOREST_PLOT_NAME = "El Bosque"

#: (land use, weight) for plots after the first.
LAND_USES = [("coffee", 30), ("forest", 26), ("agroforestry", 15), ("fallow", 12),
             ("crops", 11), ("pasture", 6)]
LAND_USE_CODES = [u for u, _ in LAND_USES]
LAND_USE_WEIGHTS = [w for _, w in LAND_USES]

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

"""Domain labels in both languages: translated once here, used by the window, PDFs and workbooks.

Codes are what the database stores; they never change. Order is display order.
"""

from __future__ import annotations

from desktop.i18n import language

# kind -> {code: (English, Spanish)}
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "sex": {"F": ("Female", "Mujer"), "M": ("Male", "Hombre")},
    "relation": {
        "head": ("Head of family", "Jefe(a) de familia"),
        "spouse": ("Spouse or partner", "Cónyuge o conviviente"),
        "child": ("Son or daughter", "Hijo(a)"),
        "parent": ("Father or mother", "Padre o madre"),
        "grandchild": ("Grandchild", "Nieto(a)"),
        "sibling": ("Brother or sister", "Hermano(a)"),
        "other": ("Other relative", "Otro pariente"),
    },
    "zone": {"inside": ("Inside the protected forest", "Dentro del bosque protegido"),
             "buffer": ("Buffer zone", "Zona de amortiguamiento")},
    "land_use": {
        "coffee": ("Coffee", "Café"),
        "agroforestry": ("Agroforestry", "Agroforestal"),
        "forest": ("Forest", "Bosque"),
        "fallow": ("Fallow land (purma)", "Purma (descanso)"),
        "crops": ("Annual crops", "Cultivos anuales"),
        "pasture": ("Pasture", "Pasto"),
        "home_garden": ("Home garden", "Biohuerto"),
        "other": ("Other", "Otro"),
    },
    "agreement_status": {
        "draft": ("Draft", "Borrador"),
        "signed": ("Signed", "Firmado"),
        "active": ("Active", "Vigente"),
        "suspended": ("Suspended", "Suspendido"),
        "ended": ("Ended", "Terminado"),
    },
    "commitment": {
        "no_clearing": ("No new clearing of forest", "No abrir nuevas áreas de bosque"),
        "no_burning": ("No burning", "No realizar quemas"),
        "no_hunting": ("No hunting or wildlife trade",
                       "No cazar ni comerciar fauna silvestre"),
        "no_pollution": ("No polluting water or soil", "No contaminar el agua ni el suelo"),
        "report_threats": ("Report fires and illegal logging",
                           "Reportar incendios y tala ilegal"),
        "monitoring": ("Take part in monitoring", "Participar en el monitoreo"),
        "sustainable_coffee": ("Apply sustainable coffee practices",
                               "Aplicar buenas prácticas en el cultivo de café"),
        "attend_training": ("Attend trainings", "Asistir a las capacitaciones"),
    },
    "benefit": {
        "technical_assistance": ("Technical assistance", "Asistencia técnica"),
        "training": ("Training", "Capacitación"),
        "coffee_inputs": ("Coffee inputs (fertiliser, seedlings)",
                          "Insumos para café (abono, plantones)"),
        "cook_stove": ("Improved cook stove", "Cocina mejorada"),
        "dry_toilet": ("Dry toilet", "Baño seco"),
        "home_garden": ("Home garden", "Biohuerto familiar"),
        "school_kit": ("School kit", "Kit escolar"),
        "health_kit": ("Health kit", "Kit de salud"),
        "market_access": ("Market access", "Acceso a mercados"),
        "other": ("Other", "Otro"),
    },
    "visit_result": {
        "compliant": ("Compliant", "Cumple"),
        "partial": ("Partially compliant", "Cumple parcialmente"),
        "not_compliant": ("Not compliant", "No cumple"),
    },
    "consequence": {
        "warning": ("Warning", "Llamada de atención"),
        "benefits_suspended": ("Benefits suspended", "Beneficios suspendidos"),
        "agreement_suspended": ("Agreement suspended", "Acuerdo suspendido"),
        "agreement_ended": ("Agreement ended", "Acuerdo terminado"),
    },
    "not_renewed": {
        "family_left": ("Family left", "La familia se retiró"),
        "non_compliance": ("Non-compliance", "Incumplimiento"),
        "declined": ("Declined", "No aceptó"),
        "other": ("Other", "Otro"),
    },
    "training_kind": {
        "coffee": ("Sustainable coffee production", "Producción sostenible de café"),
        "finance": ("Financial skills", "Educación financiera"),
        "environment": ("Environmental awareness", "Educación ambiental"),
        "school": ("School session", "Sesión escolar"),
        "other": ("Other", "Otro"),
    },
    "age_band": {
        "child": ("Under 12", "Menor de 12"),
        "youth": ("12 to 17", "12 a 17"),
        "adult": ("18 to 59", "18 a 59"),
        "elder": ("60 or more", "60 o más"),
    },
    "product": {
        "cherry": ("Coffee cherry", "Café cerezo"),
        "wet_parchment": ("Wet parchment", "Pergamino húmedo"),
        "dry_parchment": ("Dry parchment", "Pergamino seco"),
    },
    "signatory_role": {
        "head": ("Head of family", "Jefe(a) de familia"),
        "member": ("Family member", "Miembro de la familia"),
        "programme": ("Programme representative", "Representante del programa"),
        "park": ("Park authority representative", "Representante de la jefatura del bosque"),
    },
    "delivery_flag": {
        "no_active_agreement": ("No active agreement", "Sin acuerdo vigente"),
        "plot_not_compliant": ("Plot not compliant at last visit",
                               "Parcela no cumplió en la última visita"),
    },
    "certification": {
        "organic": ("Organic", "Orgánico"),
        "fair_trade": ("Fair trade", "Comercio justo"),
        "other": ("Other certification", "Otra certificación"),
    },
    "yes_no": {"1": ("Yes", "Sí"), "0": ("No", "No")},
}


def label(kind: str, code, lang: str | None = None) -> str:
    """The label of `code` in `lang`; an unknown code is shown as it is."""
    if code is None:
        return ""
    if isinstance(code, bool):
        code = "1" if code else "0"
    pair = LABELS[kind].get(code)
    if pair is None:
        return str(code)
    return pair[1] if (lang or language()) == "es" else pair[0]


def choices(kind: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(code, label) pairs of `kind` in display order."""
    return [(code, label(kind, code, lang)) for code in LABELS[kind]]


def code_for(kind: str, text: str) -> str | None:
    """The code whose code or label (either language) matches `text`, ignoring case and accents."""
    from desktop.textnorm import fold

    wanted = fold(text)
    for code, (en, es) in LABELS[kind].items():
        if wanted in (fold(code), fold(en), fold(es)):
            return code
    return None

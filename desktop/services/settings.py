"""The settings a person edits (File > Settings, the first-run dialog): one Field each.

The storage side of each setting (key, type, default) is declared in desktop/config.py;
its title and validation are declared here, once, and read by both dialogs.
"""

from __future__ import annotations

from pathlib import Path

from desktop import config
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import FieldError, ValidationError
from desktop.services.fields import CHOICE, INT, Field, parse_values

SETTINGS_FIELDS = [
    (config.OFFICE_NAME, Field("office_name", QT_TRANSLATE_NOOP("Fields", "Office"),
                               required=True, max_length=200)),
    (config.PROGRAMME_NAME, Field("programme_name", QT_TRANSLATE_NOOP("Fields", "Programme"),
                                  required=True, max_length=200)),
    (config.PARK_AUTHORITY_NAME, Field("park_authority_name",
                                       QT_TRANSLATE_NOOP("Fields", "Park authority"),
                                       required=True, max_length=200)),
    (config.PROGRAMME_REPRESENTATIVE, Field(
        "programme_representative", QT_TRANSLATE_NOOP("Fields", "Programme representative"),
        required=True, max_length=200)),
    (config.PARK_REPRESENTATIVE, Field(
        "park_representative", QT_TRANSLATE_NOOP("Fields", "Park authority representative"),
        required=True, max_length=200)),
    (config.AGREEMENT_PREFIX, Field("agreement_prefix",
                                    QT_TRANSLATE_NOOP("Fields", "Agreement number prefix"),
                                    required=True, max_length=12)),
    (config.BACKUP_MAX_MB, Field("backup_max_mb", QT_TRANSLATE_NOOP(
        "Fields", "Space for backups (MB, 0 = no limit)"), INT)),
    (config.LOCK_AFTER_MINUTES, Field("lock_after_minutes", QT_TRANSLATE_NOOP(
        "Fields", "Lock the window after minutes without use (with users)"), INT)),
    (config.PROGRAMME_LOGO, Field("programme_logo",
                                  QT_TRANSLATE_NOOP("Fields", "Programme logo (image file)"))),
    (config.PARK_LOGO, Field("park_logo",
                             QT_TRANSLATE_NOOP("Fields", "Park authority logo (image file)"))),
    # The weighing station's scale: this laptop's own, so kept with its settings.
    (config.SCALE_PORT, Field("scale_port", QT_TRANSLATE_NOOP(
        "Fields", "Scale's serial port (empty: weights are typed)"), max_length=200,
        placeholder=QT_TRANSLATE_NOOP("Fields", "/dev/ttyUSB0 or COM3"))),
    (config.SCALE_SPEED, Field("scale_speed", QT_TRANSLATE_NOOP(
        "Fields", "Scale's speed (baud)"), INT)),
    (config.SCALE_FORMAT, Field("scale_format", QT_TRANSLATE_NOOP(
        "Fields", "What the scale sends"), CHOICE, choices="scale_format")),
    (config.TICKET_PRINTER, Field("ticket_printer", QT_TRANSLATE_NOOP(
        "Fields", "Ticket printer (empty: receipts are PDFs)"), max_length=200)),
    (config.TICKET_COPIES, Field("ticket_copies", QT_TRANSLATE_NOOP(
        "Fields", "Copies of each ticket"), INT)),
]


def backup_limit_bytes() -> int | None:
    """The office's cap on the space its backups take, or None for no cap."""
    megabytes = config.get(config.BACKUP_MAX_MB)
    return megabytes * 1024 * 1024 if megabytes and megabytes > 0 else None


def valid_prefix(prefix: str) -> bool:
    return bool(prefix) and len(prefix) <= 12 and prefix.replace("-", "").isalnum()


def agreement_prefix() -> str:
    """The agreement number prefix, checked when read as well as when written: a settings
    file edited by hand (`../../PWN`) falls back to the default rather than reach a path."""
    prefix = config.get(config.AGREEMENT_PREFIX)
    return prefix if valid_prefix(prefix) else config.AGREEMENT_PREFIX.default


def save_settings(raw: dict) -> dict:
    """Validate and store the settings; raise ValidationError with every problem."""
    values, errors = parse_values([f for _, f in SETTINGS_FIELDS], raw)
    prefix = values.get("agreement_prefix") or ""
    if prefix and not valid_prefix(prefix):
        errors.append(FieldError("agreement_prefix", QT_TRANSLATE_NOOP(
            "Validation", "Use letters and digits only in the prefix.")))
    if (values.get("backup_max_mb") or 0) < 0:
        errors.append(FieldError("backup_max_mb", QT_TRANSLATE_NOOP(
            "Validation", "The space for backups cannot be negative.")))
    if values.get("lock_after_minutes") is not None and not 1 <= values[
            "lock_after_minutes"] <= 480:
        errors.append(FieldError("lock_after_minutes", QT_TRANSLATE_NOOP(
            "Validation", "Lock after 1 to 480 minutes.")))
    if values.get("scale_port") and values.get("scale_speed") not in config.SCALE_SPEEDS:
        errors.append(FieldError("scale_speed", QT_TRANSLATE_NOOP(
            "Validation", "The scale's speed is one of {speeds}."),
            {"speeds": ", ".join(map(str, config.SCALE_SPEEDS))}))
    if values.get("ticket_copies") is not None and not 1 <= values["ticket_copies"] <= 3:
        errors.append(FieldError("ticket_copies", QT_TRANSLATE_NOOP(
            "Validation", "Print 1 to 3 copies of each ticket.")))
    for name in ("programme_logo", "park_logo"):
        if values.get(name) and not Path(values[name]).is_file():
            errors.append(FieldError(name, QT_TRANSLATE_NOOP(
                "Validation", "There is no image file at {path}."), {"path": values[name]}))
    if errors:
        raise ValidationError(errors)
    for setting, field in SETTINGS_FIELDS:
        config.put(setting, values.get(field.name) or "")
    return values


def current_settings() -> dict:
    """The stored value of every editable setting, by field name."""
    return {field.name: config.get(setting) for setting, field in SETTINGS_FIELDS}

"""The one error services raise for bad input: field names and translatable messages."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP

from desktop.i18n import translate


class FieldError(Exception):
    """One problem with one field; `message` is the English source, marked with
    QT_TRANSLATE_NOOP("Validation", ...), and `params` fill its {placeholders}."""

    def __init__(self, field: str | None, message: str, params: dict | None = None):
        super().__init__(message)
        self.field, self.message, self.params = field, message, params or {}

    def __repr__(self) -> str:
        return f"FieldError({self.field!r}, {self.text('en')!r})"

    def text(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if "field" in params:  # a field's English label, translated like the form shows it
            params["field"] = translate("Fields", params["field"], lang)
        return translate("Validation", self.message, lang).format(**params)


class ValidationError(Exception):
    """One or more problems with what the user typed; nothing was saved."""

    def __init__(self, errors: list[FieldError] | FieldError):
        self.errors = errors if isinstance(errors, list) else [errors]
        super().__init__("; ".join(e.text("en") for e in self.errors))

    @classmethod
    def single(cls, field: str | None, message: str, **params) -> "ValidationError":
        return cls(FieldError(field, message, params))

    def text(self, lang: str | None = None) -> str:
        return "\n".join(e.text(lang) for e in self.errors)

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class PossibleDuplicate(ValidationError):
    """A person looks like one already registered; the user may confirm and save anyway."""

    def __init__(self, matches: list):
        self.matches = matches
        names = ", ".join(f"{m.full_name} ({m.family.code})" for m in matches)
        super().__init__(FieldError(None, QT_TRANSLATE_NOOP(
            "Validation", "Possible duplicate of {names}."), {"names": names}))


class NotFound(Exception):
    def __init__(self, what: str, key: str):
        self.what, self.key = what, key
        super().__init__(f"{what} {key} not found")


def check(errors: list) -> None:
    """Raise one ValidationError carrying every problem found, if there is any."""
    if errors:
        raise ValidationError(errors)

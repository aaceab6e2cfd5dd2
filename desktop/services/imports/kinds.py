"""The kinds of import, in the order the command line, the wizard and the templates list
them; a new kind is one module and one line here."""

from __future__ import annotations

from desktop.services.imports import advances, agreements, attendance, deliveries, families
from desktop.services.imports.columns import ImportKind

KINDS: dict[str, ImportKind] = {kind.name: kind for kind in (
    families.KIND, agreements.KIND, attendance.KIND, deliveries.KIND, advances.KIND)}

"""Communities, families, members and plots; re-exported here so callers keep writing
`registry.create_family(...)` whichever module holds it."""

from desktop.services.registry.communities import list_communities, save_community
from desktop.services.registry.families import (
    create_family, delete_family, family_by_code, family_code_after, family_code_stem,
    get_family, highest_family_code, next_family_code, restore_family, update_family,
)
from desktop.services.registry.fields import (
    COMMUNITY_FIELDS, FAMILY_FIELDS, PERSON_FIELDS, PLOT_FIELDS,
)
from desktop.services.registry.members import add_member, delete_member, update_member
from desktop.services.registry.plots import add_plot, delete_plot, update_plot
from desktop.services.registry.rules import (
    DNI_RE, MAX_PLOT_HA, PERU_LAT, PERU_LON, code_taken, family_rules, find_possible_duplicates,
    person_rules, person_value_rules, plot_rules, refuse_duplicates,
)
from desktop.services.registry.search import (
    SORT_COLUMNS, FamilyRow, count_families, family_totals, search_families,
)

__all__ = [
    "COMMUNITY_FIELDS", "DNI_RE", "FAMILY_FIELDS", "MAX_PLOT_HA", "PERSON_FIELDS", "PERU_LAT",
    "PERU_LON", "PLOT_FIELDS", "SORT_COLUMNS", "FamilyRow", "add_member", "add_plot",
    "code_taken", "count_families", "create_family", "delete_family", "delete_member",
    "delete_plot", "family_by_code", "family_code_after", "family_code_stem", "family_rules",
    "family_totals",
    "find_possible_duplicates", "get_family", "highest_family_code", "list_communities",
    "next_family_code", "person_rules", "person_value_rules", "plot_rules", "refuse_duplicates",
    "restore_family", "save_community", "search_families", "update_family", "update_member",
    "update_plot",
]

"""The coffee cooperative: cooperatives, members, deliveries and receipts, payments and lots.

Plain Python over SQLAlchemy, no Qt. One module per use case:

- fields: the only declaration of the area's fields (forms, tables, lists)
- rules: public rules and limits, shared with the imports
- cooperatives, members, compliance (agreements and visits, read-only, and delivery flags)
- deliveries (record, correct, void), delivery_list (the list, in SQL), receipts
- advances (record, void, outstanding), deductions (what a payment keeps back for them)
- payments (and what is owed), lots, figures (the season's totals)
- prices (the price table), discount_rules, discounts (the arithmetic), periods (shared)
- statement (a member's account: deliveries, payments, advances, deductions, balance)
- geometry, boundaries (a plot's boundary from a file), traceability (a lot's GeoJSON):
  import these as modules, e.g. `from desktop.services.cooperative import traceability`

The package re-exports the public names of the modules above the last line, so
`from desktop.services import cooperative; cooperative.record_delivery(...)` works.
"""

from __future__ import annotations

from desktop.services.cooperative import (
    advances, compliance, cooperatives, deductions, deliveries, delivery_list,
    discount_rules, discounts, fields, figures, lots, members, payments, periods, prices,
    receipts, rules,
)
from desktop.services.cooperative.advances import *  # noqa: F403
from desktop.services.cooperative.compliance import *  # noqa: F403
from desktop.services.cooperative.deductions import *  # noqa: F403
from desktop.services.cooperative.cooperatives import *  # noqa: F403
from desktop.services.cooperative.deliveries import *  # noqa: F403
from desktop.services.cooperative.delivery_list import *  # noqa: F403
from desktop.services.cooperative.discount_rules import *  # noqa: F403
from desktop.services.cooperative.discounts import *  # noqa: F403
from desktop.services.cooperative.fields import *  # noqa: F403
from desktop.services.cooperative.figures import *  # noqa: F403
from desktop.services.cooperative.lots import *  # noqa: F403
from desktop.services.cooperative.members import *  # noqa: F403
from desktop.services.cooperative.payments import *  # noqa: F403
from desktop.services.cooperative.periods import *  # noqa: F403
from desktop.services.cooperative.prices import *  # noqa: F403
from desktop.services.cooperative.receipts import *  # noqa: F403
from desktop.services.cooperative.rules import *  # noqa: F403

__all__ = [
    *fields.__all__, *rules.__all__, *cooperatives.__all__, *members.__all__,
    *compliance.__all__, *deliveries.__all__, *delivery_list.__all__, *receipts.__all__,
    *payments.__all__, *lots.__all__, *figures.__all__, *prices.__all__,
    *discount_rules.__all__, *discounts.__all__, *periods.__all__, *advances.__all__,
    *deductions.__all__,
]

"""The demo cooperative's season around its deliveries (issue 16): the price table and the
discount rules of the season's last months, the expected yields, the export lots, the
advances and loans, one approved payment day, and the days whose cash close was signed.

The story, all of it derived from the demo's dates:

- Until PRICED_FROM the cooperative had no price table: deliveries keep their drawn prices
  and were paid by hand a few days after (a few were left for the payment day). From
  PRICED_FROM it has a price per product and grade and discount rules for moisture and
  defects: those deliveries apply them as the weighing station would
  (desktop.services.cooperative.discounts.settle), and show discounts and payable kilos.
- Expected yields are set for a few communities; a delivery that takes the family's season
  above what its coffee plots can give carries the flag the station would put
  (expected_yields.ABOVE_EXPECTED_YIELD, computed with the service's rule).
- Members were given advances in cash and in kind between ADVANCES_FROM and the end of the
  season, repaid under either rule. On PAYMENT_DAY the manager approved a payment day for the
  deliveries up to PAYMENT_UP_TO: every unpaid delivery up to then is paid on that day and
  each member's advances keep back what desktop.services.cooperative.deductions'
  `plan_deductions` says (the function the payment day itself calls). Later deliveries are
  still unpaid, and advances given after the payment day still outstanding.
- The station's days from CLOSES_FROM to CLOSES_TO were closed (the cash close signed); the
  last days of the season are still open.
- Two export lots are made of the season's parchment: the first only of deliveries from
  plots (all demo plots have a location, and those over 4 ha a boundary), so
  `conservation-desk export lot` accepts it.

The volumes are those of the deliveries, so all of it is drawn as rows for the writer
(builder.py), never record by record through the ORM; tests/demo checks that what the rows
say is what the services would have written.
"""

from __future__ import annotations

import json
from array import array
from datetime import date, timedelta
from decimal import Decimal

from desktop.db.types import Hectares, Kilograms, Percent, Soles
from desktop.demo.data import DEMO_REFERENCE_DATE
from desktop.demo.rows import RECORD, record, stamp
from desktop.services.cooperative.advances import NEXT_PAYMENT, SHARE, AdvanceRow
from desktop.services.cooperative.deductions import plan_deductions
from desktop.services.cooperative.discounts import DiscountTerms, settle
from desktop.services.cooperative.expected_yields import ABOVE_EXPECTED_YIELD

PRICED_FROM = date(2026, 8, 1)
PRICED_TO = date(2026, 12, 31)
ADVANCES_FROM = date(2026, 8, 16)
PAYMENT_UP_TO = date(2026, 9, 10)
PAYMENT_DAY = date(2026, 9, 15)
CLOSES_FROM = date(2026, 9, 1)
CLOSES_TO = DEMO_REFERENCE_DATE - timedelta(days=2)

PRICE = RECORD + ("cooperative_id", "product", "grade", "valid_from", "valid_to",
                  "price_per_kg_pen")
DISCOUNT_RULE = RECORD + ("cooperative_id", "product", "valid_from", "valid_to",
                          *DiscountTerms.NAMES)
EXPECTED_YIELD = RECORD + ("cooperative_id", "product", "community_id", "kg_per_ha")
LOT = RECORD + ("cooperative_id", "code", "buyer", "destination_country", "shipping_date",
                "certifications")
ADVANCE = RECORD + ("cooperative_id", "membership_id", "given_on", "kind", "description",
                    "amount_pen", "rule", "share_pct", "notes", "voided_at", "void_reason")
DEDUCTION = RECORD + ("advance_id", "membership_id", "paid_on", "amount_pen")
STATION_DAY = RECORD + ("cooperative_id", "day", "closed_at", "closed_by", "reopened_at",
                        "reopened_by", "reopen_reason")

#: (product, grade, price per kg) from PRICED_FROM.
PRICES = (("dry_parchment", "Especial", "10.80"), ("dry_parchment", "Exportable", "9.90"),
          ("dry_parchment", "Segunda", "8.70"), ("wet_parchment", "", "7.20"),
          ("cherry", "", "2.00"))
#: product -> (moisture limit %, kg per point, defects allowed, kg per defect point), for
#: every 100 kg of net weight.
RULES = {"dry_parchment": ("12.0", "1.00", "8.0", "0.50"),
         "wet_parchment": ("52.0", "0.80", "0", "0")}
#: (community, product, kg per hectare): the cooperative set them for its highest sectors.
YIELDS = (("Aguas Claras", "dry_parchment", 1000), ("El Afluente", "dry_parchment", 900),
          ("Nueva Zelandia", "dry_parchment", 1100), ("Aguas Claras", "cherry", 5000))
PRODUCT_INDEX = {"dry_parchment": 0, "wet_parchment": 1, "cherry": 2}
#: The export lots: code, buyer, country, shipping date, certifications, the grades of dry
#: parchment it takes, the days it takes them from, whether deliveries need a plot, kg cap.
LOTS = (
    ("BAM-2026-01", "Kaffeerösterei Elbe GmbH", "Alemania", date(2026, 10, 20),
     ["organic", "fair_trade"], ("Especial",), date(2026, 5, 1), date(2026, 8, 31), True,
     19_000),
    ("BAM-2026-02", "Green Coffee Trading B.V.", "Países Bajos", date(2026, 11, 10),
     ["organic"], ("Exportable",), date(2026, 7, 1), date(2026, 9, 10), False, 19_000),
)
CASH_ADVANCES = ("Adelanto en efectivo para la cosecha", "Préstamo para jornales de cosecha",
                 "Adelanto en efectivo por emergencia familiar")
IN_KIND_ADVANCES = (("2 sacos de fertilizante orgánico (guano de isla)", "190.00"),
                    ("4 sacos de fertilizante orgánico (guano de isla)", "380.00"),
                    ("Tijeras de podar y machete", "85.00"),
                    ("Mochila fumigadora de 20 L", "230.00"),
                    ("Mantas de secado y zarandas", "160.00"))
#: The first advances' (kind, rule), so that even a small demo shows each.
FIRST_ADVANCES = (("cash", NEXT_PAYMENT), ("in_kind", SHARE), ("in_kind", NEXT_PAYMENT),
                  ("cash", SHARE))
SHARES = (20, 25, 30, 50)
ADVANCE_SHARE = 0.12  # of the members

KG, PCT, PEN, HA = (t.scale for t in (Kilograms, Percent, Soles, Hectares))


def stored(type_, value) -> int:
    return type_.process_bind_param(value, None)


class SeasonMoneyRows:
    """The Builder's part that makes the cooperative's season around its deliveries (see the
    module's docstring). Needs `self.members`, `self.cooperative_id`, `self.communities`,
    `self.draw`, `self.rows` and `self.user` of the Builder."""

    # -- before the deliveries

    def add_season_setup(self) -> None:
        draw, coop = self.draw, self.cooperative_id
        at = stamp(PRICED_FROM - timedelta(days=3), 14)
        rows = self.rows
        self.prices = {}
        for n, (product, grade, price) in enumerate(PRICES):
            rows["prices"].append(record(draw.uuid(), at + timedelta(minutes=n)) + (
                coop, product, grade, PRICED_FROM.isoformat(), PRICED_TO.isoformat(),
                stored(Soles, Decimal(price))))
            self.prices[product, grade] = Decimal(price)
        self.terms = {}
        for n, (product, values) in enumerate(RULES.items()):
            terms = DiscountTerms(*(Decimal(v) for v in values))
            self.terms[product] = terms
            rows["discount_rules"].append(record(draw.uuid(), at + timedelta(minutes=10 + n)) + (
                coop, product, PRICED_FROM.isoformat(), PRICED_TO.isoformat(),
                stored(Percent, terms.moisture_limit_pct),
                stored(Kilograms, terms.moisture_kg_per_point),
                stored(Percent, terms.defects_allowed),
                stored(Kilograms, terms.defects_kg_per_point)))
        by_name = {c.name: i for i, c in enumerate(self.communities)}
        # community index -> [kg/ha of each product, 0: none set]
        self.yields: dict[int, list[int]] = {}
        setup = stamp(date(2026, 3, 20), 15)
        for n, (community, product, kg_per_ha) in enumerate(YIELDS):
            index = by_name[community]
            self.yields.setdefault(index, [0, 0, 0])[PRODUCT_INDEX[product]] = kg_per_ha
            rows["expected_yields"].append(record(draw.uuid(), setup + timedelta(minutes=n)) + (
                coop, product, self.communities[index].id, kg_per_ha * 10 ** KG))
        self.lots = []
        for n, (code, buyer, country, ships, certs, *rule) in enumerate(LOTS):
            id_ = draw.uuid()
            rows["lots"].append(record(id_, stamp(date(2026, 5, 1), 15) + timedelta(minutes=n))
                                + (coop, code, buyer, country, ships.isoformat(),
                                   json.dumps(certs)))
            self.lots.append([id_, *rule, 0])  # the last: kg taken so far (stored units)
        members = len(self.members)
        # each member's season so far (kg of each product), and what the payment day owes
        self.season_kg = [array("q", bytes(8 * members)) for _ in PRODUCT_INDEX]
        self.payday_gross = array("q", bytes(8 * members))

    # -- each delivery

    def priced(self, product: str, grade: str, net: int, moisture: int) -> tuple:
        """(price cents, amount, columns from `defects` on) of a delivery on or after
        PRICED_FROM, settled as the station settles it; `net` and `moisture` stored."""
        draw = self.draw
        price = self.prices.get((product, grade)) or self.prices[product, ""]
        terms = self.terms.get(product)
        defects = None
        if product == "dry_parchment":
            defects = Decimal(draw.randint(20, 140)).scaleb(-1)
        settled = settle(Decimal(net).scaleb(-KG), Decimal(moisture).scaleb(-PCT), defects,
                         price, terms)
        columns = (
            None if defects is None else stored(Percent, defects),
            stored(Kilograms, settled.moisture_discount_kg),
            stored(Kilograms, settled.defects_discount_kg),
            stored(Kilograms, settled.payable_kg))
        columns += tuple(None for _ in DiscountTerms.NAMES) if terms is None else (
            stored(Percent, terms.moisture_limit_pct),
            stored(Kilograms, terms.moisture_kg_per_point),
            stored(Percent, terms.defects_allowed),
            stored(Kilograms, terms.defects_kg_per_point))
        return stored(Soles, price), stored(Soles, settled.amount_pen), columns

    def yield_flag(self, m: int, product: str, net: int) -> str:
        """The flag expected_yields.yield_flags gives the member's delivery of `net` (stored
        kg), and the member's season counted on."""
        totals = self.season_kg[PRODUCT_INDEX[product]]
        before = totals[m]
        totals[m] = before + net
        per_ha = self.yields.get(self.members.community[m])
        kg_per_ha = per_ha[PRODUCT_INDEX[product]] if per_ha else 0
        if not kg_per_ha:
            return ""
        # kg delivered > ha × kg/ha, in stored units
        if (before + net) * 10 ** HA > self.members.coffee_area[m] * kg_per_ha * 10 ** KG:
            return ABOVE_EXPECTED_YIELD
        return ""

    def lot_for(self, product: str, grade: str, delivered: date, plot_id, net: int):
        """The lot that takes this delivery, if any."""
        if product != "dry_parchment":
            return None
        for lot in self.lots:
            id_, grades, start, end, needs_plot, cap_kg, taken = lot
            if (grade in grades and start <= delivered <= end and (plot_id or not needs_plot)
                    and taken < cap_kg * 10 ** KG):
                lot[-1] = taken + net
                return id_
        return None

    def paid_on(self, m: int, delivered: date, amount: int) -> str | None:
        """When a delivery was paid: by hand a few days after it before the price table,
        at the payment day up to its date, not yet after."""
        draw = self.draw
        paid = None
        if delivered < PRICED_FROM:
            paid = delivered + timedelta(days=draw.randint(0, 15))
            if draw.random() < 0.05:
                paid = None  # forgotten: the payment day pays it
        if paid is None and delivered <= PAYMENT_UP_TO:
            paid = PAYMENT_DAY
            self.payday_gross[m] += amount
        return None if paid is None else paid.isoformat()

    # -- after the deliveries

    def add_advances(self) -> None:
        """Advances to some members, and what the payment day kept back for them."""
        draw, coop = self.draw, self.cooperative_id
        advances, deductions = self.rows["advances"], self.rows["advance_deductions"]
        made = 0
        before_payday = (PAYMENT_DAY - ADVANCES_FROM).days
        after_payday = (DEMO_REFERENCE_DATE - PAYMENT_DAY).days - 1
        for m in range(len(self.members)):
            if draw.random() >= ADVANCE_SHARE:
                continue
            membership_id = self.members.ids[m]
            owed = []
            for _ in range(1 if draw.random() < 0.8 else 2):
                if made < len(FIRST_ADVANCES):
                    kind, rule = FIRST_ADVANCES[made]
                else:
                    kind = "cash" if draw.random() < 0.5 else "in_kind"
                    rule = NEXT_PAYMENT if draw.random() < 0.55 else SHARE
                if kind == "cash":
                    description = draw.choice(CASH_ADVANCES)
                    amount = Decimal(draw.randint(2, 15) * 100)
                else:
                    description, value = draw.choice(IN_KIND_ADVANCES)
                    amount = Decimal(value)
                share = Decimal(draw.choice(SHARES)) if rule == SHARE else None
                if draw.random() < 0.75:
                    given = ADVANCES_FROM + timedelta(days=draw.randint(0, before_payday))
                else:
                    given = PAYMENT_DAY + timedelta(days=draw.randint(1, after_payday))
                id_ = draw.uuid()
                made += 1
                at = stamp(given, 16) + timedelta(seconds=made)
                advances.append(record(id_, at) + (
                    coop, membership_id, given.isoformat(), kind, description,
                    stored(Soles, amount), rule, None if share is None else stored(Percent, share),
                    "", None, ""))
                if given <= PAYMENT_DAY:
                    owed.append(AdvanceRow(id_, given, "", kind, description, amount, rule, share,
                                           amount, "", None, "", at))
            gross = Decimal(self.payday_gross[m]).scaleb(-PEN)
            owed.sort(key=lambda a: (a.given_on, a.created_at, a.id))
            for advance, amount in plan_deductions(owed, gross):
                deductions.append(record(draw.uuid(), stamp(PAYMENT_DAY, 21)) + (
                    advance.id, membership_id, PAYMENT_DAY.isoformat(),
                    stored(Soles, amount)))
        self.flush()

    def add_closed_days(self) -> None:
        """The days whose cash close the manager signed; the last days are still open."""
        rows = self.rows["station_days"]
        day = CLOSES_FROM
        while day <= CLOSES_TO:
            at = stamp(day, 23)
            rows.append(record(self.draw.uuid(), at) + (
                self.cooperative_id, day.isoformat(), at.isoformat(" ", "microseconds"),
                self.user, None, "", ""))
            day += timedelta(days=1)
        self.flush()


__all__ = ["SeasonMoneyRows", "PRICED_FROM", "PAYMENT_UP_TO", "PAYMENT_DAY", "CLOSES_FROM",
           "CLOSES_TO", "LOTS", "PRICE", "DISCOUNT_RULE", "EXPECTED_YIELD", "LOT", "ADVANCE",
           "DEDUCTION", "STATION_DAY"]

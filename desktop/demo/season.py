"""The demo's training sessions with their attendance, and the cooperative: members and
one coffee season of deliveries."""

from __future__ import annotations

import json
from array import array
from datetime import date, timedelta

from desktop.db.types import Kilograms, Percent, Soles
from desktop.demo.data import (
    CERTIFICATIONS, COOPERATIVE, DEMO_REFERENCE_DATE, FACILITATORS, SEASON_DAYS, SEASON_START,
    SETUP_AT, TOPICS, TRAINING_KINDS,
)
from desktop.demo.cooperative import PRICED_FROM
from desktop.demo.people import ID
from desktop.demo.rows import (
    BATCH, RECORD, PackedIds, Weighted, naive_utc, record, stamp, units,
)
from desktop.services.cooperative.discounts import DiscountTerms

COOPERATIVE_COLUMNS = RECORD + tuple(COOPERATIVE)
MEMBERSHIP = RECORD + ("cooperative_id", "family_id", "person_id", "member_code", "joined_on",
                       "certifications")
SESSION = RECORD + ("topic", "kind", "held_on", "community_id", "place", "facilitator", "hours",
                    "notes")
ATTENDANCE = RECORD + ("session_id", "person_id", "sex", "age_band", "name")
DELIVERY = RECORD + ("cooperative_id", "receipt_number", "sequence", "delivered_on",
                     "membership_id", "plot_id", "product", "gross_kg", "tare_kg", "net_kg",
                     "moisture_pct", "grade", "cup_score", "price_per_kg_pen", "amount_pen",
                     "paid_on", "voided_at", "flags", "lot_id", "defects",
                     "moisture_discount_kg", "defects_discount_kg", "payable_kg",
                     *DiscountTerms.NAMES)
#: What a delivery from before the price table keeps from `defects` on: no rule applied.
UNSETTLED = (None, 0, 0, None) + (None,) * len(DiscountTerms.NAMES)

#: A member's certifications, as stored (JSON), by weight.
CERTIFIED = Weighted(
    [json.dumps([{"kind": k, "valid_from": f, "valid_to": t} for k, f, t in certifications],
                sort_keys=True) for _, certifications in CERTIFICATIONS],
    [w for w, _ in CERTIFICATIONS])
KINDS = Weighted([k for k, _ in TRAINING_KINDS], [w for _, w in TRAINING_KINDS])
AGE_BANDS = Weighted(("child", "youth"), (70, 30))
SESSION_HOURS = (2, 3, 3, 4, 4, 6)
HOURS = units(0, Percent)
SCHOOL_HOURS = 15 * units(1, Percent)  # 1.5
FIRST_JOINED = date(2012, 1, 1).toordinal()
REFERENCE = DEMO_REFERENCE_DATE.toordinal()
TENTH_KG, HUNDREDTH_KG = units(1, Kilograms), units(2, Kilograms)
TENTH_PCT, HUNDREDTH_PCT = units(1, Percent), units(2, Percent)
CENTS = units(2, Soles)


class MemberList:
    """The cooperative's members as the demo makes them: (membership id, its family's coffee
    plot ids), packed (16 bytes an id), with each one's community (its index) and the area of
    its family's coffee plots (stored hectares: what an expected yield multiplies)."""

    def __init__(self):
        self.ids = PackedIds()
        self.plots = PackedIds()
        self.starts = array("I", [0])  # member m's plots are plots[starts[m]:starts[m + 1]]
        self.community = array("B")
        self.coffee_area = array("q")

    def append(self, member: tuple[str, list[str]], community: int = 0,
               coffee_area: int = 0) -> None:
        membership_id, plot_ids = member
        self.community.append(community)
        self.coffee_area.append(coffee_area)
        self.ids.append(membership_id)
        for plot_id in plot_ids:
            self.plots.append(plot_id)
        self.starts.append(len(self.plots))

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, m: int) -> tuple[str, list[str]]:
        return self.ids[m], self.plots[self.starts[m]:self.starts[m + 1]]


class SeasonRows:
    """The Builder's part that makes training sessions, memberships and deliveries."""

    def add_cooperative(self) -> None:
        self.cooperative_id = self.draw.uuid()
        self.rows["cooperatives"].append(
            record(self.cooperative_id, naive_utc(SETUP_AT)) + tuple(COOPERATIVE.values()))
        self.members = MemberList()

    # -- the cooperative's members

    def membership(self, family, head: tuple, coffee_plots: list[str],
                   coffee_area: int = 0) -> None:
        """`coffee_area`: the stored hectares of the family's plots under coffee alone."""
        draw = self.draw
        id_ = draw.uuid()
        joined = min(FIRST_JOINED + draw.randint(0, 5200), REFERENCE)
        certifications = draw.weighted(CERTIFIED)
        self.members.append((id_, coffee_plots), family.community, coffee_area)
        self.membership_rows.append(record(id_, family.at + timedelta(seconds=90)) + (
            self.cooperative_id, family.id, head[ID], f"M-{len(self.members):04d}",
            date.fromordinal(joined).isoformat(), certifications))

    # -- training sessions

    def add_training(self) -> None:
        draw = self.draw
        base = self.families
        sessions, attendance = self.rows["training_sessions"], self.rows["attendance"]
        for number in range(self.n_sessions):
            community = self.communities[self.family_community[draw.below(self.families)]]
            kind = draw.weighted(KINDS)
            held_on = DEMO_REFERENCE_DATE - timedelta(days=draw.randint(0, 364))
            session_id = draw.uuid()
            head = record(session_id, stamp(held_on, 23))
            at = head[1]
            sessions.append(head + (
                draw.choice(TOPICS[kind]), kind, held_on.isoformat(), community.id,
                community.school if kind == "school" else f"Local comunal de {community.name}",
                draw.choice(FACILITATORS),
                draw.choice(SESSION_HOURS) * HOURS if kind != "school" else SCHOOL_HOURS,
                ""))
            if kind == "school":
                for _ in range(draw.randint(15, 35)):
                    sex = draw.choice("FM")
                    attendance.append((
                        draw.uuid(), at, at, None, session_id, None, sex,
                        draw.weighted(AGE_BANDS),
                        f"{self.given(sex).split()[0]} {self.surname()} {self.surname()}"))
            else:
                women, men = community.women, community.men
                size = draw.randint(12, 30)
                n_women = min(len(women), round(size * draw.uniform(0.17, 0.33)))
                n_men = min(len(men), size - n_women)
                chosen = [(p, "F") for p in draw.sample(women, n_women)]
                chosen += [(p, "M") for p in draw.sample(men, n_men)]
                for person_id, sex in chosen:
                    attendance.append((draw.uuid(), at, at, None, session_id, person_id, sex,
                                       None, ""))
                if draw.random() < 0.3:  # visitors from a neighbouring sector
                    for _ in range(draw.randint(1, 2)):
                        sex = draw.choice("FM")
                        attendance.append((
                            draw.uuid(), at, at, None, session_id, None, sex, "adult",
                            f"{self.given(sex)} {self.surname()} {self.surname()}"))
            if (number + 1) % 200 == 0 or number + 1 == self.n_sessions:
                self.flush()
                self.report(base + number + 1)

    # -- the coffee season

    def add_season(self) -> None:
        draw = self.draw
        base = self.families + self.n_sessions
        # who delivers on each day of the season, in member order: the receipts are numbered
        # in date order (one small array per day, never a list of every delivery)
        days = [array("I") for _ in range(SEASON_DAYS)]
        top = SEASON_DAYS - 0.001
        for m in range(len(self.members)):
            for _ in range(draw.randint(2, 10)):
                days[int(draw.triangular(0, top, 75))].append(m)
        total = sum(len(members) for members in days)
        self.add_season_setup()
        prefix = f"{COOPERATIVE['receipt_prefix']}-2026-"
        seq = 0
        for offset, members in enumerate(days):
            delivered = date.fromordinal(SEASON_START.toordinal() + offset)
            for m in members:
                seq += 1
                self.delivery(seq, delivered, m, prefix)
                if seq % BATCH == 0 or seq == total:
                    self.flush()
                    self.report(base + self.coop_units * seq // total)
        self.add_advances()
        self.add_closed_days()
        self.report(base + self.coop_units)

    def delivery(self, seq: int, delivered: date, m: int, prefix: str) -> None:
        draw = self.draw
        membership_id, coffee_plots = self.members[m]
        randint, random = draw.randint, draw.random
        r = random()
        product = "dry_parchment" if r < 0.85 else "wet_parchment" if r < 0.95 else "cherry"
        sacks = randint(1, 10)
        cup = None  # hundredths of a point
        if product == "dry_parchment":
            gross = sacks * randint(450, 620) + randint(0, 9)  # tenths of a kilogram
            moisture = randint(100, 140)  # tenths of a percent
            if random() < 0.6:
                cup = randint(320, 352) * 25
            if cup is not None and cup >= 8400:
                grade, cents = "Especial", randint(1000, 1100)
            elif moisture > 130 or (cup is None and random() < 0.2):
                grade, cents = "Segunda", randint(850, 900)
            else:
                grade, cents = "Exportable", randint(900, 1020)
        elif product == "wet_parchment":
            gross = sacks * randint(550, 700) + randint(0, 9)
            moisture = randint(400, 550)
            grade, cents = "", randint(650, 780)
        else:
            gross = sacks * randint(500, 650) + randint(0, 9)
            moisture = randint(600, 680)
            grade, cents = "", randint(160, 240)
        gross *= TENTH_KG
        tare = sacks * 20 * HUNDREDTH_KG
        net = gross - tare
        plot_id = draw.choice(coffee_plots) if coffee_plots else None
        if delivered < PRICED_FROM:
            # net × price rounded to the cent, half up (rules.amount_for)
            amount, rest = divmod(net * cents * CENTS, 10 ** Kilograms.scale)
            if rest * 2 >= 10 ** Kilograms.scale:
                amount += 1
            price, settled = cents * CENTS, UNSETTLED
        else:  # the price table and the discount rules apply
            price, amount, settled = self.priced(product, grade, net, moisture * TENTH_PCT)
        self.delivery_rows.append(record(
            draw.uuid(), stamp(delivered, 14) + timedelta(seconds=seq)) + (
            self.cooperative_id, f"{prefix}{seq:06d}", seq, delivered.isoformat(), membership_id,
            plot_id, product, gross, tare, net, moisture * TENTH_PCT, grade, cup, price, amount,
            self.paid_on(m, delivered, amount), None, self.yield_flag(m, product, net),
            self.lot_for(product, grade, delivered, plot_id, net)) + settled)

"""The demo's agreements: plots covered, commitments, signatories, benefits and
their deliveries, compliance visits."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop.db.types import Hectares, Kilograms, Soles
from desktop.demo.data import (
    BENEFIT_KINDS, BENEFIT_SPECS, COMMITMENT_KINDS, DEMO_REFERENCE_DATE, FOLLOW_UP, NOT_RENEWED,
    PARK, RANGERS, STAFF, VISIT_NOTES,
)
from desktop.demo.people import DNI, ID, SIGNS, adult, full_name
from desktop.demo.rows import RECORD, Weighted, record, stamp, units

AGREEMENT = RECORD + ("number", "family_id", "status", "start_date", "end_date", "signed_on",
                      "forest_area_ha", "previous_id", "not_renewed_reason", "notes")
AGREEMENT_PLOT = ("agreement_id", "plot_id")
COMMITMENT = RECORD + ("agreement_id", "kind", "text", "position")
SIGNATORY = RECORD + ("agreement_id", "person_id", "name", "role", "dni", "uses_thumbprint")
BENEFIT = RECORD + ("agreement_id", "kind", "description", "quantity", "unit",
                    "estimated_value_pen")
BENEFIT_DELIVERY = RECORD + ("benefit_id", "delivered_on", "quantity", "received_by_id",
                             "received_by_name")
VISIT = RECORD + ("agreement_id", "visited_on", "inspector", "result", "forest_cleared_ha",
                  "notes", "follow_up", "consequence")

#: (smallest, largest quantity, unit, stored value of one unit, description) per benefit kind.
SPECS = {kind: (low, high, unit, int(Decimal(price).scaleb(2)) * units(2, Soles), description)
         for kind, (low, high, unit, price, description) in BENEFIT_SPECS.items()}
ONE_KG = units(0, Kilograms)
HUNDREDTH_HA = units(2, Hectares)
VISITS = Weighted((0, 1, 2), (30, 50, 20))
LATER_COMMITMENTS = COMMITMENT_KINDS[3:]
REFERENCE = DEMO_REFERENCE_DATE.toordinal()


class AgreementRows:
    """The Builder's part that makes agreements (it uses `self.draw`, `self.numbers` and the
    row lists)."""

    def agreements(self, family, people: list[tuple], plots: list[tuple]) -> None:
        """`plots` are (id, land use, stored area)."""
        draw = self.draw
        r = draw.random()
        status = ("active" if r < 0.80 else "signed" if r < 0.82 else "draft" if r < 0.86
                  else "suspended" if r < 0.89 else "ended" if r < 0.93 else None)
        if status is None:
            return
        day = draw.randint(5, 30)
        previous = None
        if status == "active" and draw.random() < 0.2:  # a renewal of last year's agreement
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
        reason = draw.choice(NOT_RENEWED) if status == "ended" else None
        self.agreement(family, people, plots, status, start, end, previous, reason)
        self.active += status == "active"

    def agreement(self, family, people, plots, status, start, end, previous=None,
                  reason=None) -> str:
        """One agreement with its plots, commitments, signatories, benefits and visits;
        `reason` is why an ended agreement was not renewed."""
        draw = self.draw
        year = start.year if start and start.year == 2025 else 2026
        self.numbers[year] += 1
        id_ = draw.uuid()
        head = people[0]
        if status == "draft":
            signed_on = None
            at = family.at + timedelta(hours=1)
        elif status == "signed":
            signed_on = DEMO_REFERENCE_DATE - timedelta(days=draw.randint(0, 20))
            at = stamp(signed_on)
        else:
            signed_on = start - timedelta(days=draw.randint(0, 12))
            at = stamp(signed_on)
        forest = sum(area for _, use, area in plots if use == "forest")
        head_row = record(id_, at)
        self.agreement_rows.append(head_row + (
            f"AC-{year}-{self.numbers[year]:04d}", family.id, status, iso(start), iso(end),
            iso(signed_on), forest, previous, reason, ""))
        for plot_id, _, _ in plots:
            self.agreement_plot_rows.append((id_, plot_id))
        created = head_row[1]
        # commitments: the three core ones, then others, in the standard order
        count = draw.randint(4, 8)
        kinds = COMMITMENT_KINDS[:3] + draw.sample(LATER_COMMITMENTS, count - 3)
        kinds.sort(key=COMMITMENT_KINDS.index)
        commitments = self.commitment_rows
        for position, kind in enumerate(kinds, 1):
            commitments.append((draw.uuid(), created, created, None, id_, kind, "", position))
        name, dni, thumb = full_name(head), head[DNI], int(not head[SIGNS])
        self.signatory_rows.append((draw.uuid(), created, created, None, id_, head[ID], name,
                                    "head", dni, thumb))
        for role in ("programme", "park"):
            name, dni = draw.choice(STAFF if role == "programme" else PARK)
            self.signatory_rows.append((draw.uuid(), created, created, None, id_, None, name,
                                        role, dni, 0))
        # benefits, and what was delivered up to the reference date (or the agreement's end)
        started = start is not None and signed_on is not None and start <= DEMO_REFERENCE_DATE
        until = min(end.toordinal(), REFERENCE) if started else None
        receivers = [p for p in people[:2] if adult(p)]
        for kind in sorted(draw.sample(BENEFIT_KINDS, draw.randint(2, 4)),
                           key=BENEFIT_KINDS.index):
            low, high, unit, value, description = SPECS[kind]
            quantity = draw.randint(low, high)
            benefit_id = draw.uuid()
            self.benefit_rows.append((benefit_id, created, created, None, id_, kind, description,
                                      quantity * ONE_KG, unit, value * quantity))
            if not started or draw.random() < 0.3:
                continue
            times = min(quantity, draw.randint(1, 3))
            first = start.toordinal()
            days = sorted(draw.randint(first, until) for _ in range(times))
            each = quantity // times * ONE_KG
            for n, day in enumerate(days):
                given_to = draw.choice(receivers) if receivers else head
                delivered = date.fromordinal(day)
                self.benefit_delivery_rows.append(record(
                    draw.uuid(), stamp(delivered, 16) + timedelta(seconds=n)) + (
                    benefit_id, delivered.isoformat(), each, given_to[ID], full_name(given_to)))
        if started:
            self.visits(id_, status, start, until, reason)
        return id_

    def visits(self, agreement_id, status, start, until: int, not_renewed) -> None:
        draw = self.draw
        first = start.toordinal() + 30
        if first > until:
            return
        if status == "suspended":
            count = draw.randint(1, 2)
        elif not_renewed == "non_compliance":
            count = 2
        else:
            count = draw.weighted(VISITS)
        days = sorted(draw.randint(first, until) for _ in range(count))
        for n, day in enumerate(days):
            final = n == count - 1
            consequence, cleared = None, 0
            if status == "suspended" and final:
                result, consequence = "not_compliant", "agreement_suspended"
            elif not_renewed == "non_compliance" and final:
                result, consequence = "not_compliant", "agreement_ended"
            else:
                r = draw.random()
                result = "compliant" if r < 0.86 else "partial" if r < 0.97 else "not_compliant"
                if result == "partial":
                    consequence = "warning"
                elif result == "not_compliant":
                    consequence = draw.choice(("warning", "benefits_suspended"))
            if result == "not_compliant":
                cleared = draw.randint(10, 200) * HUNDREDTH_HA
            visited = date.fromordinal(day)
            row = record(draw.uuid(), stamp(visited, 21))
            self.visit_rows.append(row + (
                agreement_id, visited.isoformat(), draw.choice(RANGERS), result, cleared,
                VISIT_NOTES[result], FOLLOW_UP[result], consequence))


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()

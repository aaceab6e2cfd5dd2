"""The demo's agreements: plots covered, commitments, signatories, benefits and
their deliveries, compliance visits."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop.db.agreement import (
    Agreement, Benefit, BenefitDelivery, Commitment, ComplianceVisit, Signatory,
    agreement_plots,
)
from desktop.demo.data import (
    BENEFIT_KINDS, BENEFIT_SPECS, COMMITMENT_KINDS, DEMO_REFERENCE_DATE, FOLLOW_UP, NOT_RENEWED,
    PARK, RANGERS, STAFF, VISIT_NOTES, ZERO,
)
from desktop.demo.rows import record, stamp


class AgreementRows:
    """The Builder's part that makes agreements (it uses `self.rng`, `self.add`, `self.numbers`)."""

    def agreements(self, family: dict, people: list[dict], plots: list[dict]) -> None:
        rng = self.rng
        r = rng.random()
        status = ("active" if r < 0.80 else "signed" if r < 0.82 else "draft" if r < 0.86
                  else "suspended" if r < 0.89 else "ended" if r < 0.93 else None)
        if status is None:
            return
        day = rng.randint(5, 30)
        previous = None
        if status == "active" and rng.random() < 0.2:  # a renewal of last year's agreement
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
        reason = rng.choice(NOT_RENEWED) if status == "ended" else None
        self.agreement(family, people, plots, status, start, end, previous, reason)
        self.active += status == "active"

    def agreement(self, family, people, plots, status, start, end, previous=None,
                  reason=None) -> str:
        """One agreement with its plots, commitments, signatories, benefits and visits;
        `reason` is why an ended agreement was not renewed."""
        rng = self.rng
        year = start.year if start and start.year == 2025 else 2026
        self.numbers[year] += 1
        id_ = self.new_id()
        head = people[0]
        if status == "draft":
            signed_on = None
            at = family["at"] + timedelta(hours=1)
        elif status == "signed":
            signed_on = DEMO_REFERENCE_DATE - timedelta(days=rng.randint(0, 20))
            at = stamp(signed_on)
        else:
            signed_on = start - timedelta(days=rng.randint(0, 12))
            at = stamp(signed_on)
        forest = sum((p["area_ha"] for p in plots if p["land_use"] == "forest"), ZERO)
        self.add(Agreement.__table__, {
            **record(id_, at),
            "number": f"AC-{year}-{self.numbers[year]:04d}", "family_id": family["id"],
            "status": status, "start_date": start, "end_date": end, "signed_on": signed_on,
            "forest_area_ha": forest, "previous_id": previous,
            "not_renewed_reason": reason, "notes": "",
        })
        for plot in plots:
            self.add(agreement_plots, {"agreement_id": id_, "plot_id": plot["id"]})
        # commitments: the three core ones, then others, in the standard order
        count = rng.randint(4, 8)
        kinds = COMMITMENT_KINDS[:3] + rng.sample(COMMITMENT_KINDS[3:], count - 3)
        kinds.sort(key=COMMITMENT_KINDS.index)
        for position, kind in enumerate(kinds, 1):
            self.add(Commitment.__table__, {
                **record(self.new_id(), at), "agreement_id": id_, "kind": kind, "text": "",
                "position": position,
            })
        signatories = [(head, "head")]
        signatories += [(None, "programme"), (None, "park")]
        for person, role in signatories:
            if person is None:
                name, dni = rng.choice(STAFF if role == "programme" else PARK)
                thumb = False
            else:
                name = " ".join((person["given_names"], person["paternal_surname"],
                                 person["maternal_surname"]))
                dni, thumb = person["dni"], not person["signs"]
            self.add(Signatory.__table__, {
                **record(self.new_id(), at), "agreement_id": id_,
                "person_id": person["id"] if person else None, "name": name, "role": role,
                "dni": dni, "uses_thumbprint": thumb,
            })
        # benefits, and what was delivered up to the reference date (or the agreement's end)
        started = start is not None and signed_on is not None and start <= DEMO_REFERENCE_DATE
        until = min(end, DEMO_REFERENCE_DATE) if started else None
        receivers = [p for p in people[:2] if p["birth_date"].year <= DEMO_REFERENCE_DATE.year - 18]
        for kind in sorted(rng.sample(BENEFIT_KINDS, rng.randint(2, 4)), key=BENEFIT_KINDS.index):
            low, high, unit, price, description = BENEFIT_SPECS[kind]
            quantity = rng.randint(low, high)
            benefit_id = self.new_id()
            self.add(Benefit.__table__, {
                **record(benefit_id, at), "agreement_id": id_, "kind": kind,
                "description": description, "quantity": Decimal(quantity), "unit": unit,
                "estimated_value_pen": Decimal(price) * quantity,
            })
            if not started or rng.random() < 0.3:
                continue
            times = min(quantity, rng.randint(1, 3))
            days = sorted(rng.randint(start.toordinal(), until.toordinal())
                          for _ in range(times))
            each = quantity // times
            for n, day in enumerate(days):
                given_to = rng.choice(receivers) if receivers else head
                self.add(BenefitDelivery.__table__, {
                    **record(self.new_id(), stamp(date.fromordinal(day), 16) +
                              timedelta(seconds=n)),
                    "benefit_id": benefit_id, "delivered_on": date.fromordinal(day),
                    "quantity": Decimal(each), "received_by_id": given_to["id"],
                    "received_by_name": " ".join((given_to["given_names"],
                                                  given_to["paternal_surname"],
                                                  given_to["maternal_surname"])),
                })
        if started:
            self.visits(id_, status, start, until, reason)
        return id_

    def visits(self, agreement_id, status, start, until, not_renewed) -> None:
        rng = self.rng
        first = start.toordinal() + 30
        last = until.toordinal()
        if first > last:
            return
        if status == "suspended":
            count = rng.randint(1, 2)
        elif not_renewed == "non_compliance":
            count = 2
        else:
            count = rng.choices((0, 1, 2), weights=(30, 50, 20))[0]
        days = sorted(rng.randint(first, last) for _ in range(count))
        for n, day in enumerate(days):
            final = n == count - 1
            consequence, cleared = None, ZERO
            if status == "suspended" and final:
                result, consequence = "not_compliant", "agreement_suspended"
            elif not_renewed == "non_compliance" and final:
                result, consequence = "not_compliant", "agreement_ended"
            else:
                r = rng.random()
                result = "compliant" if r < 0.86 else "partial" if r < 0.97 else "not_compliant"
                if result == "partial":
                    consequence = "warning"
                elif result == "not_compliant":
                    consequence = rng.choice(("warning", "benefits_suspended"))
            if result == "not_compliant":
                cleared = Decimal(rng.randint(10, 200)).scaleb(-2)
            visited = date.fromordinal(day)
            self.add(ComplianceVisit.__table__, {
                **record(self.new_id(), stamp(visited, 21)), "agreement_id": agreement_id,
                "visited_on": visited, "inspector": rng.choice(RANGERS), "result": result,
                "forest_cleared_ha": cleared, "notes": VISIT_NOTES[result],
                "follow_up": FOLLOW_UP[result], "consequence": consequence,
            })

"""The demo's people: names, DNIs, birth dates and households."""

from __future__ import annotations

from bisect import bisect
from datetime import date, timedelta

from desktop.db.person import Person
from desktop.demo.data import (
    DEMO_REFERENCE_DATE, FEMALE_NAMES, MALE_NAMES, SURNAME_CUMULATIVE, SURNAMES,
)
from desktop.demo.rows import record
from desktop.textnorm import name_key


class PeopleRows:
    """The Builder's part that makes people (it uses `self.rng`, `self.add`, `self.used_dni`)."""

    def surname(self) -> str:
        return SURNAMES[bisect(SURNAME_CUMULATIVE, self.rng.random() * SURNAME_CUMULATIVE[-1])]

    def given(self, sex: str) -> str:
        rng = self.rng
        names = FEMALE_NAMES if sex == "F" else MALE_NAMES
        first = rng.choice(names)
        if rng.random() < 0.35:
            second = rng.choice(names)
            if second != first:
                return f"{first} {second}"
        return first

    def dni(self, age: int) -> str | None:
        rng = self.rng
        if age >= 18:
            if rng.random() < 0.03:
                return None
            if age < 30:
                low, high = (70_000_000, 79_999_999) if rng.random() < 0.7 else (
                    45_000_000, 48_999_999)
            else:
                r = rng.random()
                low, high = ((100_000, 999_999) if r < 0.3 else (40_000_000, 47_999_999)
                             if r < 0.8 else (10_000_000, 39_999_999))
        else:
            if rng.random() < 0.5:
                return None
            low, high = (60_000_000, 63_999_999) if rng.random() < 0.3 else (
                70_000_000, 81_999_999)
        while True:
            value = f"{rng.randint(low, high):08d}"
            if value not in self.used_dni:
                self.used_dni.add(value)
                return value

    def birth_date(self, age: int) -> date:
        ref = DEMO_REFERENCE_DATE
        return date(ref.year - age, ref.month, ref.day) - timedelta(days=self.rng.randint(1, 364))

    def person(self, family: dict, relation: str, sex: str, age: int, paternal: str,
               maternal: str, position: int) -> dict:
        rng = self.rng
        given = self.given(sex)
        signs = rng.random() >= (0.30 if age >= 60 else 0.12) if age >= 18 else age >= 10
        phone = ""
        if age >= 18 and rng.random() < (0.75 if relation == "head" else 0.35):
            phone = f"9{rng.randint(0, 99_999_999):08d}"
        row = {
            **record(self.new_id(), family["at"] + timedelta(seconds=position)),
            "family_id": family["id"], "given_names": given, "paternal_surname": paternal,
            "maternal_surname": maternal, "dni": self.dni(age), "sex": sex,
            "birth_date": self.birth_date(age), "relation": relation, "signs": signs,
            "phone": phone, "name_key": name_key(given, paternal, maternal),
        }
        self.add(Person.__table__, row)
        if age >= 18:
            community = self.communities[family["community"]]
            (community["women"] if sex == "F" else community["men"]).append(row["id"])
        return row

    def household(self, family: dict) -> list[dict]:
        """The head first, then spouse, children and other relatives, with consistent surnames."""
        rng = self.rng
        head_sex = "M" if rng.random() < 0.7 else "F"
        head_age = int(rng.triangular(19, 82, 38))
        head_p, head_m = self.surname(), self.surname()
        head = self.person(family, "head", head_sex, head_age, head_p, head_m, 0)
        people = [head]
        others = rng.choices(range(8), weights=(6, 10, 16, 21, 19, 13, 9, 6))[0]
        spouse = None
        if others and rng.random() < 0.85:
            spouse_sex = "F" if head_sex == "M" else "M"
            spouse_age = max(18, head_age + rng.randint(-8, 6) + (3 if spouse_sex == "M" else 0))
            spouse = self.person(family, "spouse", spouse_sex, spouse_age, self.surname(),
                                 self.surname(), 1)
            people.append(spouse)
            others -= 1
        if head_sex == "M":
            father_p = head_p
            mother_p = spouse["paternal_surname"] if spouse else self.surname()
        else:
            father_p = spouse["paternal_surname"] if spouse else None
            mother_p = head_p
        parents = 0
        for _ in range(others):
            position = len(people)
            r = rng.random()
            if r < 0.72 or head_age < 24:
                age = rng.randint(0, max(0, min(head_age - 17, 40)))
                people.append(self.person(family, "child", rng.choice("FM"), age,
                                          father_p or mother_p,
                                          mother_p if father_p else self.surname(), position))
            elif r < 0.82 and head_age >= 42:
                age = rng.randint(0, min(17, head_age - 36))
                people.append(self.person(family, "grandchild", rng.choice("FM"), age,
                                          self.surname(), self.surname(), position))
            elif r < 0.89 and head_age <= 58 and parents < 2:
                parents += 1
                sex = "M" if parents == 1 and rng.random() < 0.4 else "F"
                age = min(96, head_age + rng.randint(18, 34))
                paternal = head_p if sex == "M" else head_m
                people.append(self.person(family, "parent", sex, age, paternal,
                                          self.surname(), position))
            elif r < 0.95:
                age = max(1, head_age + rng.randint(-12, 12))
                people.append(self.person(family, "sibling", rng.choice("FM"), age, head_p,
                                          head_m, position))
            else:
                age = rng.randint(1, 75)
                people.append(self.person(family, "other", rng.choice("FM"), age,
                                          self.surname(), self.surname(), position))
        return people

    # -- a family with its plots, agreement and membership

"""The demo's people: names, DNIs, birth dates and households.

A person is the tuple of its stored values in PERSON's order (the indexes below name the
ones the other parts read)."""

from __future__ import annotations

from bisect import bisect
from datetime import date, timedelta

from desktop.demo.data import (
    DEMO_REFERENCE_DATE, FEMALE_NAMES, MALE_NAMES, SURNAME_CUMULATIVE, SURNAMES,
)
from desktop.demo.rows import RECORD, Weighted

PERSON = RECORD + ("family_id", "given_names", "paternal_surname", "maternal_surname", "dni",
                   "sex", "birth_date", "relation", "signs", "phone", "name_key")
ID, GIVEN, PATERNAL, MATERNAL, DNI, SEX, BIRTH, SIGNS, PHONE = 0, 5, 6, 7, 8, 9, 10, 12, 13

#: How many relatives live with the head.
OTHERS = Weighted(range(8), (6, 10, 16, 21, 19, 13, 9, 6))
SURNAME_TOTAL = SURNAME_CUMULATIVE[-1]
#: The last birthday before the reference date of someone `age` years old, as an ordinal.
BIRTHDAY = {age: date(DEMO_REFERENCE_DATE.year - age, DEMO_REFERENCE_DATE.month,
                      DEMO_REFERENCE_DATE.day).toordinal() for age in range(100)}


def full_name(person: tuple) -> str:
    return " ".join((person[GIVEN], person[PATERNAL], person[MATERNAL]))


def adult(person: tuple) -> bool:
    """Of age on the reference date's year (as the agreements count it)."""
    return int(person[BIRTH][:4]) <= DEMO_REFERENCE_DATE.year - 18


class PeopleRows:
    """The Builder's part that makes people (it uses `self.draw`, `self.persons`,
    `self.used_dni` and `self.names`)."""

    def surname(self) -> str:
        return SURNAMES[bisect(SURNAME_CUMULATIVE, self.draw.random() * SURNAME_TOTAL)]

    def given(self, sex: str) -> str:
        draw = self.draw
        names = FEMALE_NAMES if sex == "F" else MALE_NAMES
        first = draw.choice(names)
        if draw.random() < 0.35:
            second = draw.choice(names)
            if second != first:
                return f"{first} {second}"
        return first

    def dni(self, age: int) -> str | None:
        draw = self.draw
        random = draw.random
        if age >= 18:
            if random() < 0.03:
                return None
            if age < 30:
                low, high = (70_000_000, 79_999_999) if random() < 0.7 else (
                    45_000_000, 48_999_999)
            else:
                r = random()
                low, high = ((100_000, 999_999) if r < 0.3 else (40_000_000, 47_999_999)
                             if r < 0.8 else (10_000_000, 39_999_999))
        else:
            if random() < 0.5:
                return None
            low, high = (60_000_000, 63_999_999) if random() < 0.3 else (
                70_000_000, 81_999_999)
        bits = self.used_dni.bits
        while True:
            n = draw.randint(low, high)
            if not bits[n >> 3] & (1 << (n & 7)):
                bits[n >> 3] |= 1 << (n & 7)
                return f"{n:08d}"

    def person(self, family: Family, relation: str, sex: str, age: int, paternal: str,
               maternal: str, position: int) -> tuple:
        draw = self.draw
        random = draw.random
        given = self.given(sex)
        signs = random() >= (0.30 if age >= 60 else 0.12) if age >= 18 else age >= 10
        phone = ""
        if age >= 18 and random() < (0.75 if relation == "head" else 0.35):
            phone = f"9{draw.randint(0, 99_999_999):08d}"
        id_ = draw.uuid()
        at = (family.at + timedelta(seconds=position)).isoformat(" ", "microseconds")
        dni = self.dni(age)
        born = date.fromordinal(BIRTHDAY[age] - draw.randint(1, 364)).isoformat()
        row = (id_, at, at, None, family.id, given, paternal, maternal, dni, sex, born,
               relation, int(signs), phone, self.names.key(given, paternal, maternal))
        self.persons.append(row)
        if age >= 18:
            community = self.communities[family.community]
            (community.women if sex == "F" else community.men).append(id_)
        return row

    def household(self, family: Family) -> list[tuple]:
        """The head first, then spouse, children and other relatives, with consistent surnames."""
        draw = self.draw
        random = draw.random
        person = self.person
        surname = self.surname
        head_sex = "M" if random() < 0.7 else "F"
        head_age = int(draw.triangular(19, 82, 38))
        head_p, head_m = surname(), surname()
        people = [person(family, "head", head_sex, head_age, head_p, head_m, 0)]
        others = draw.weighted(OTHERS)
        spouse = None
        if others and random() < 0.85:
            spouse_sex = "F" if head_sex == "M" else "M"
            spouse_age = max(18, head_age + draw.randint(-8, 6) + (3 if spouse_sex == "M" else 0))
            spouse = person(family, "spouse", spouse_sex, spouse_age, surname(), surname(), 1)
            people.append(spouse)
            others -= 1
        if head_sex == "M":
            father_p = head_p
            mother_p = spouse[PATERNAL] if spouse else surname()
        else:
            father_p = spouse[PATERNAL] if spouse else None
            mother_p = head_p
        parents = 0
        for _ in range(others):
            position = len(people)
            r = random()
            if r < 0.72 or head_age < 24:
                age = draw.randint(0, max(0, min(head_age - 17, 40)))
                people.append(person(family, "child", draw.choice("FM"), age,
                                     father_p or mother_p,
                                     mother_p if father_p else surname(), position))
            elif r < 0.82 and head_age >= 42:
                age = draw.randint(0, min(17, head_age - 36))
                people.append(person(family, "grandchild", draw.choice("FM"), age,
                                     surname(), surname(), position))
            elif r < 0.89 and head_age <= 58 and parents < 2:
                parents += 1
                sex = "M" if parents == 1 and random() < 0.4 else "F"
                age = min(96, head_age + draw.randint(18, 34))
                paternal = head_p if sex == "M" else head_m
                people.append(person(family, "parent", sex, age, paternal, surname(),
                                     position))
            elif r < 0.95:
                age = max(1, head_age + draw.randint(-12, 12))
                people.append(person(family, "sibling", draw.choice("FM"), age, head_p,
                                     head_m, position))
            else:
                age = draw.randint(1, 75)
                people.append(person(family, "other", draw.choice("FM"), age, surname(),
                                     surname(), position))
        return people


class Family:
    """What the parts need of a family while it is drawn."""

    __slots__ = ("at", "community", "id")

    def __init__(self, id_: str, community: int, at):
        self.id, self.community, self.at = id_, community, at

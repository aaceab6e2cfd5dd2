"""What a families import looks up, fetched by the chunk of keys instead of once per row.

Checking a row used to cost several ORM queries (its family by code, its persons by DNI, the
deleted family that holds its code, the possible duplicates of each new person) and a flush
so the next row could see it. Instead, the keys the file names are gathered first and each
kind is fetched in one query per `CHUNK` keys, as plain tuples (no ORM objects), into
dictionaries the rows are checked against. A key the gathering missed (a value the field
parses differently from its raw text) is fetched when it is asked for, so the dictionaries
are a cache and never a guess.

What the run writes is entered in the same dictionaries as it is written, so a later row
sees what an earlier one created or changed exactly as when every row was flushed and
queried; the run can then flush in batches (`Run.written`), and after a flush the
dictionaries are emptied (`forget`): a 100,000-family file never holds more than a batch
of look-ups.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.family import Family
from desktop.db.person import Person
from desktop.services import registry
from desktop.textnorm import name_key

#: Keys per query (SQLite allows 32,766 bound values; 500 keeps each statement small).
CHUNK = 500


def chunked(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    chunk = []
    for value in values:
        chunk.append(value)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def full_name(given: str | None, paternal: str | None, maternal: str | None) -> str:
    """As Person.full_name."""
    return " ".join(p for p in (given, paternal, maternal) if p)


@dataclass(slots=True)
class Holder:
    """A living person holding a DNI: enough to check a row without loading the person."""

    id: str
    family_id: str
    relation: str
    full_name: str
    family_code: str


@dataclass(frozen=True, slots=True)
class Similar:
    """A living person with a birth date, for the possible-duplicate note."""

    id: str
    full_name: str
    family_code: str


class FamilyLookups:
    """Families by code, persons by DNI and persons by names and birth date, for one run."""

    def __init__(self, session: Session):
        self.session = session
        #: Living families by code → id; None: no living family has the code.
        self._family_ids: dict[str, str | None] = {}
        #: Codes held by a deleted family (codes stay unique after a family is deleted).
        self._deleted_codes: set[str] = set()
        self._holders: dict[str, Holder | None] = {}
        self._similar: dict[str, dict[date, list[Similar]]] = {}
        self._highest_code: str | None = None
        self._highest_known = False
        self._later: Callable[[], Iterable[str]] | None = None

    def forget(self) -> None:
        """Drop what was fetched (call it right after a flush: the database then holds all
        the run wrote, and a key asked again is fetched again), so memory stays flat."""
        self._family_ids.clear()
        self._deleted_codes.clear()
        self._holders.clear()
        self._similar.clear()
        self._later = None

    # --- fetching -------------------------------------------------------------------------

    def fetch_families(self, codes: Iterable[str]) -> None:
        wanted = [c for c in dict.fromkeys(codes) if c and c not in self._family_ids]
        for chunk in chunked(wanted):
            for code in chunk:
                self._family_ids[code] = None
            for code, family_id, deleted_at in self.session.execute(
                    select(Family.code, Family.id, Family.deleted_at)
                    .where(Family.code.in_(chunk))):
                if deleted_at is None:
                    self._family_ids[code] = family_id
                else:
                    self._deleted_codes.add(code)

    def fetch_holders(self, dnis: Iterable[str]) -> None:
        wanted = [d for d in dict.fromkeys(dnis) if d and d not in self._holders]
        for chunk in chunked(wanted):
            for dni in chunk:
                self._holders[dni] = None
            for dni, *rest in self.session.execute(
                    select(Person.dni, Person.id, Person.family_id, Person.relation,
                           Person.given_names, Person.paternal_surname,
                           Person.maternal_surname, Family.code)
                    .join(Family, Person.family_id == Family.id)
                    .where(Person.dni.in_(chunk), Person.deleted_at.is_(None))):
                person_id, family_id, relation, given, paternal, maternal, code = rest
                self._holders[dni] = Holder(person_id, family_id, relation,
                                            full_name(given, paternal, maternal), code)

    def fetch_similar(self, keys: Iterable[str]) -> None:
        wanted = [k for k in dict.fromkeys(keys) if k and k not in self._similar]
        for chunk in chunked(wanted):
            for key in chunk:
                self._similar[key] = {}
            for key, born, person_id, given, paternal, maternal, code in self.session.execute(
                    select(Person.name_key, Person.birth_date, Person.id, Person.given_names,
                           Person.paternal_surname, Person.maternal_surname, Family.code)
                    .join(Family, Person.family_id == Family.id)
                    .where(Person.name_key.in_(chunk), Person.deleted_at.is_(None),
                           Person.birth_date.is_not(None))):
                self._similar[key].setdefault(born, []).append(
                    Similar(person_id, full_name(given, paternal, maternal), code))

    def similar_later(self, keys: Callable[[], Iterable[str]]) -> None:
        """Fetch the name keys `keys()` gives with the first name asked for that is not
        fetched yet (never, when no row of the batch gets that far)."""
        self._later = keys

    # --- asking ---------------------------------------------------------------------------

    def family_id(self, code: str) -> str | None:
        """The id of the living family with `code`, or None."""
        if code not in self._family_ids:
            self.fetch_families([code])
        return self._family_ids[code]

    def code_taken(self, code: str) -> bool:
        """True when a family (living or deleted) already has `code`."""
        return self.family_id(code) is not None or code in self._deleted_codes

    def holder(self, dni: str) -> Holder | None:
        """The living person holding `dni`, or None."""
        if not registry.DNI_RE.match(dni):  # the database holds 8-digit DNIs only
            return None
        if dni not in self._holders:
            self.fetch_holders([dni])
        return self._holders[dni]

    def similar(self, given: str | None, paternal: str | None, maternal: str | None,
                born: date | None) -> list[Similar]:
        """Living persons with the same names (any order, accents ignored) and birth date,
        as registry.find_possible_duplicates finds them."""
        if not born:
            return []
        key = name_key(given, paternal, maternal)
        if key not in self._similar and self._later is not None:
            keys, self._later = self._later, None
            self.fetch_similar([key, *keys()])
        if key not in self._similar:
            self.fetch_similar([key])
        return list(self._similar[key].get(born, []))

    def new_family_code(self) -> str:
        """The next free F-… code, as registry.next_family_code gives it, counting the codes
        this run created and has not flushed yet."""
        self._know_highest()
        return registry.family_code_after(self._highest_code, self._code_stem)

    def _know_highest(self) -> None:
        if not self._highest_known:
            self._code_stem = registry.family_code_stem(self.session)
            self._highest_code = registry.highest_family_code(self.session, self._code_stem)
            self._highest_known = True

    # --- what the run writes --------------------------------------------------------------

    def family_created(self, code: str, family_id: str) -> None:
        if code not in self._family_ids:
            self.fetch_families([code])
        self._family_ids[code] = family_id
        self._know_highest()
        stem = self._code_stem
        if code.upper().startswith(stem) and (stem != "F-" or "-" not in code[2:]):
            # what highest_family_code finds (LIKE ignores case on SQLite)
            if self._highest_code is None or code > self._highest_code:
                self._highest_code = code

    def person_written(self, person: Person, family_id: str, family_code: str,
                       old_key: str | None = None) -> None:
        """Enter a person the run created or changed: their DNI and their names."""
        name = full_name(person.given_names, person.paternal_surname, person.maternal_surname)
        if person.dni:
            if person.dni not in self._holders:
                self.fetch_holders([person.dni])
            self._holders[person.dni] = Holder(person.id, family_id, person.relation, name,
                                               family_code)
        key = name_key(person.given_names, person.paternal_surname,
                                person.maternal_surname)
        for stale in {old_key, key} - {None}:
            if stale not in self._similar:
                self.fetch_similar([stale])
            for people in self._similar[stale].values():
                people[:] = [p for p in people if p.id != person.id]
        if person.birth_date:
            self._similar[key].setdefault(person.birth_date, []).append(
                Similar(person.id, name, family_code))

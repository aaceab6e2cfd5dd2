"""What the deliveries list's search words match, through indexes only (1,000,000 deliveries).

A word matches a delivery when it matches its member — the member code, or a name or DNI of
the member's family (the families' trigram index, as the Families list searches) — or its
receipt number. Receipt numbers are found by their beginning, never by a LIKE over every
delivery: a word matches a receipt number that starts with it ("COOPBAM-2026-0001"), whose
part after the cooperative's prefix starts with it ("2026-000123", "2026-0001"), or, for a
number of up to six digits, whose own number it is ("123" or "000123": COOPBAM-2026-000123 and
the 123rd receipt of every other year). Case and accents do not matter.

Each word thus becomes a set of members and a few ranges of receipt numbers, which the list
(desktop.services.cooperative.delivery_list) combines with its other filters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.db import search_index
from desktop.services.registry.search import search_words
from desktop.textnorm import like_pattern

#: A receipt number's run: its stem (the cooperative's prefix, and the office's code when
#: there is one) and its year: COOPBAM-2026-, COOPBAM-LIM1-2026-.
_RUN = re.compile(r"^(.*?-)(\d{4})-")
#: Receipt numbers hold capitals, digits and dashes, all sorting before this.
_PAST_RUN = "~"
MAX_RUNS = 400
SEQUENCE_DIGITS = 6


@dataclass(frozen=True)
class Word:
    """One search word: the ids of its members (in the JSON parameter `param`) and its receipt
    numbers (a condition on d.receipt_number)."""

    param: str
    members: int
    receipts: str
    dialect: str

    def member_ids(self) -> str:
        """SQL selecting the word's members' ids, read once from the parameter."""
        if self.dialect == "sqlite":
            return f"SELECT value FROM json_each(:{self.param})"
        return f"SELECT jsonb_array_elements_text(CAST(:{self.param} AS jsonb))"

    def condition(self) -> str:
        return f"(d.membership_id IN ({self.member_ids()}) OR {self.receipts})"

    def receipt_rows(self) -> str:
        """SQL selecting the keys of the deliveries whose receipt numbers the word stands for:
        one range of the receipt index per beginning (an OR of them may be read as one scan)."""
        key = "d.rowid" if self.dialect == "sqlite" else "d.id"
        ranges = self.receipts[1:-1].split(" OR ")
        return " UNION ALL ".join(f"SELECT {key} FROM deliveries d WHERE d.cooperative_id = "
                                  f":coop AND {r}" for r in ranges)


def receipt_runs(session: Session, cooperative_id: str) -> list[tuple[str, str]]:
    """(stem, year) of each run of the cooperative's receipt numbers, read by skipping from run
    to run along the receipt index (one lookup per run, however many receipts)."""
    if session.get_bind().dialect.name != "sqlite":
        found = session.execute(text(
            "SELECT DISTINCT substring(receipt_number from '^(.*?-[0-9]{4}-)') FROM deliveries "
            "WHERE cooperative_id = :coop"), {"coop": cooperative_id}).scalars()
        runs = [_RUN.match(r) for r in found if r]
        return sorted((m.group(1), m.group(2)) for m in runs if m)
    runs, after = [], ""
    for _ in range(MAX_RUNS):
        first = session.execute(text(
            "SELECT min(receipt_number) FROM deliveries WHERE cooperative_id = :coop "
            "AND receipt_number > :after"), {"coop": cooperative_id, "after": after}).scalar()
        if first is None:
            break
        run = _RUN.match(first)
        if run is None:
            after = first
            continue
        runs.append((run.group(1), run.group(2)))
        after = run.group(0) + _PAST_RUN
    return runs


def receipt_prefixes(word: str, runs: list[tuple[str, str]]) -> list[str]:
    """The beginnings of the receipt numbers `word` (folded) stands for."""
    typed = word.upper()
    prefixes = {typed} | {stem + typed for stem, _ in runs}
    if typed.isdigit() and len(typed) <= SEQUENCE_DIGITS:
        prefixes |= {f"{stem}{year}-{typed.zfill(SEQUENCE_DIGITS)}" for stem, year in runs}
    return sorted(prefixes)


def _after(prefix: str) -> str:
    """The first string after every string starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _escaped(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def members_matching(session: Session, word: str, params: dict, key: str = "") -> str:
    """SQL selecting the ids of the members (of the cooperative `:coop`) whose code or family
    (names, DNIs, code) holds `word` (folded), its parameters `:w{key}`, `:m{key}` added to
    `params`.

    On SQLite a word of three letters or more goes through the families' trigram index: when
    it matches fewer families than a quarter of the cooperative's members, from those families
    to their members; otherwise from each member to its family through the families' key index
    alone (it holds the rowid the trigram index gives): either way few table rows are read."""
    dialect = session.get_bind().dialect.name
    params[f"w{key}"] = like_pattern(word)
    code = f"lower(m.member_code) LIKE :w{key} ESCAPE '\\'"
    if dialect != "sqlite" or len(word) < search_index.MIN_WORD:
        return (f"SELECT m.id FROM memberships m JOIN families f ON f.id = m.family_id "
                f"WHERE m.cooperative_id = :coop AND ({code} "
                f"OR f.search_text LIKE :w{key} ESCAPE '\\')")
    params[f"m{key}"] = search_index.match_phrase(word)
    matches = (f"SELECT rowid FROM {search_index.TABLE} "
               f"WHERE {search_index.TABLE} MATCH :m{key}")
    families = session.execute(text(f"SELECT count(*) FROM ({matches})"), params).scalar_one()
    if families * 4 < cooperative_members(session, params["coop"]):
        return (f"SELECT m.id FROM memberships m WHERE m.cooperative_id = :coop AND m.family_id "
                f"IN (SELECT f.id FROM families f WHERE f.rowid IN ({matches})) UNION "
                f"SELECT m.id FROM memberships m WHERE m.cooperative_id = :coop AND {code}")
    return (f"SELECT m.id FROM memberships m CROSS JOIN families f ON f.id = m.family_id "
            f"WHERE m.cooperative_id = :coop AND ({code} OR f.rowid IN ({matches}))")


def families_matching(session: Session, word: str, cap: int) -> int:
    """How many families the trigram index finds for `word` (of three letters or more),
    counted up to `cap` only."""
    return session.execute(text(
        f"SELECT count(*) FROM (SELECT 1 FROM {search_index.TABLE} WHERE {search_index.TABLE} "
        "MATCH :m LIMIT :cap)"), {"m": search_index.match_phrase(word), "cap": cap}).scalar_one()


def all_common(session: Session, cooperative_id: str, words: list[str], share: int) -> bool:
    """Whether every word of three letters or more matches at least 1/`share` as many
    families as the cooperative has members (counted no further): the matches are then met
    often enough that checking rows one by one fills a page sooner than reading every
    matching member first."""
    members = cooperative_members(session, cooperative_id)
    enough = -(-members // share) if share else 1
    return not any(len(word) >= search_index.MIN_WORD
                   and families_matching(session, word, enough) * share < members
                   for word in words)


def member_condition(word: str, params: dict, key: str) -> str:
    """The condition that member `m` matches `word`, checked on its row and its family's (read
    by key): its code, or its family's folded names, DNIs and code (what the trigram index
    holds); the pattern `:w{key}` added to `params`."""
    params[f"w{key}"] = like_pattern(word)
    return (f"(lower(m.member_code) LIKE :w{key} ESCAPE '\\' OR (SELECT f.search_text "
            f"FROM families f WHERE f.id = m.family_id) LIKE :w{key} ESCAPE '\\')")


def row_condition(word: str, runs: list[tuple[str, str]], params: dict, key: str) -> str:
    """The condition that a delivery `d` of member `m` of family `f` matches `word`, checked on
    the row itself (no set of members read first): the member code, the family's folded
    names, DNIs and code (what the trigram index holds), or the receipt number."""
    params[f"w{key}"] = like_pattern(word)
    return (f"(lower(m.member_code) LIKE :w{key} ESCAPE '\\' "
            f"OR f.search_text LIKE :w{key} ESCAPE '\\' "
            f"OR {receipts_condition(word, runs, params, key, 'sqlite')})")


def search_terms(session: Session, cooperative_id: str, query: str,
                 params: dict) -> list[Word]:
    """The words of `query`, their members read once each (their parameters added to
    `params`)."""
    words = search_words(query)
    if not words:
        return []
    dialect = session.get_bind().dialect.name
    runs = receipt_runs(session, cooperative_id)
    terms = []
    for i, word in enumerate(words):
        found = {"coop": cooperative_id}
        ids = list(session.execute(text(members_matching(session, word, found)),
                                   found).scalars())
        params[f"members{i}"] = json.dumps(ids)
        terms.append(Word(f"members{i}", len(ids),
                          receipts_condition(word, runs, params, str(i), dialect), dialect))
    return terms


def receipts_condition(word: str, runs: list[tuple[str, str]], params: dict, key: str,
                       dialect: str) -> str:
    """The condition on d.receipt_number of the receipts `word` stands for (one range of the
    receipt index per beginning), its parameters `:r{key}_…` added to `params`."""
    ranges = []
    for k, prefix in enumerate(receipt_prefixes(word, runs)):
        if dialect == "sqlite":
            params[f"r{key}_{k}"], params[f"s{key}_{k}"] = prefix, _after(prefix)
            ranges.append(f"(d.receipt_number >= :r{key}_{k} AND d.receipt_number < :s{key}_{k})")
        else:  # a prefix LIKE: PostgreSQL's collation may not sort as SQLite's bytes do
            params[f"r{key}_{k}"] = _escaped(prefix)
            ranges.append(f"d.receipt_number LIKE :r{key}_{k} ESCAPE '\\'")
    return "(" + " OR ".join(ranges) + ")"


def cooperative_members(session: Session, cooperative_id: str) -> int:
    return session.execute(text("SELECT count(*) FROM memberships WHERE cooperative_id = :coop"),
                           {"coop": cooperative_id}).scalar_one()


def receipt_index(session: Session) -> str | None:
    """The name SQLite gave the index of the receipt numbers' unique constraint."""
    for row in session.execute(text("PRAGMA index_list(deliveries)")).all():
        if row[3] != "u":  # made for a unique constraint
            continue
        columns = [r[2] for r in session.execute(text(f'PRAGMA index_info("{row[1]}")'))]
        if columns == ["cooperative_id", "receipt_number"]:
            return row[1]
    return None


__all__ = ["Word", "receipt_runs", "receipt_prefixes", "members_matching", "families_matching",
           "all_common", "member_condition", "row_condition", "search_terms", "receipts_condition", "cooperative_members",
           "receipt_index"]

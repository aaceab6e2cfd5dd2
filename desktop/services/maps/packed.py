"""Reading the map's plots on SQLite in a handful of strings instead of 400,000 rows.

The map needs, for some 215,000 plots, two coordinates and a family, and for 100,000
families a status and a community. Fetched row by row, Python builds a tuple and a string
per row, and that (not SQLite) was most of the time before the first paint. Here SQLite
itself joins and packs: each query returns one row whose columns are the whole list, joined
by `group_concat` — the coordinates as fixed-width hexadecimal (eight digits a number, read
back with bytes.fromhex straight into a typed array), the statuses as one digit each, the
families' ids separated by commas. Python then handles a few strings, not a row per plot.

Every query reads a covering index (migration 0009); the families are read on a second
connection at the same time as the plots. A family added or deleted between the two reads
only leaves its plots out until the next reading, as a deleted family's plots are. If anything does not add
up (an id with a comma in it), `read` returns None and the map reads rows the plain way.
"""

from __future__ import annotations

import sys
from array import array
from concurrent.futures import ThreadPoolExecutor
from itertools import chain, repeat

from sqlalchemy.orm import Session

#: One digit per family: its latest agreement's status (the Families list's: latest start).
_STATUS_DIGIT = ("CASE (SELECT a.status FROM agreements a WHERE a.family_id = f.id "
                 "AND a.deleted_at IS NULL ORDER BY a.start_date DESC LIMIT 1) {cases} "
                 "ELSE '{none}' END")
FAMILIES = ("SELECT count(*), group_concat(f.id), "
            "group_concat(printf('%08X', coalesce((SELECT c.rowid FROM communities c "
            "WHERE c.id = f.community_id AND c.deleted_at IS NULL), 0)), ''), "
            "group_concat({status}, '') "
            "FROM (SELECT id, community_id FROM families WHERE deleted_at IS NULL "
            "ORDER BY id) AS f")
#: Per family with located plots: its id, how many, and their (lon, lat) in micro-degrees
#: as 32-bit two's complement.
PLOTS = ("SELECT count(*), group_concat(family_id), group_concat(n), group_concat(h, '') "
         "FROM (SELECT family_id, count(*) AS n, group_concat(printf('%08X%08X', "
         "longitude & 4294967295, latitude & 4294967295), '') AS h FROM plots "
         "WHERE deleted_at IS NULL AND latitude IS NOT NULL AND longitude IS NOT NULL "
         "GROUP BY family_id ORDER BY family_id)")


def _ints(hexadecimal: str | None) -> array:
    """Big-endian 32-bit two's complement numbers written in hexadecimal, as array('i')."""
    numbers = array("i", bytes.fromhex(hexadecimal or ""))
    if sys.byteorder == "little":
        numbers.byteswap()
    return numbers


def _fetch(engine, sql: str) -> tuple:
    """The one row of `sql`, read on a connection of its own."""
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        try:
            return cursor.execute(sql).fetchone()
        finally:
            cursor.close()
    finally:
        connection.close()


def _split(text: str | None) -> list[str]:
    return text.split(",") if text else []


def read(session: Session, communities: list[tuple[str, str]], statuses: tuple[str, ...],
         none: str):
    """(families, family_status, family_community, family, lon, lat) as
    plot_points.load_plot_points wants them, `communities` being its (id, name) list and
    `statuses` its categories (`none` for a family without agreement); or None when the
    packed lists do not add up."""
    cases = " ".join(f"WHEN '{s}' THEN '{i}'" for i, s in enumerate(statuses) if s != none)
    status = _STATUS_DIGIT.format(cases=cases, none=statuses.index(none))
    # The families on a second connection while this one reads the plots: SQLite lets go
    # of Python while it works, so on two cores the two lists take the time of one.
    with ThreadPoolExecutor(1) as pool:
        families_read = pool.submit(_fetch, session.get_bind(),
                                    FAMILIES.format(status=status))
        cursor = session.connection().connection.driver_connection.cursor()
        try:
            rowids = dict(cursor.execute(
                "SELECT id, rowid FROM communities WHERE deleted_at IS NULL").fetchall())
            plot_count, plot_families, plot_counts, coordinates = \
                cursor.execute(PLOTS).fetchone()
        finally:
            cursor.close()
        count, ids, community_hex, digits = families_read.result()
    families = _split(ids)
    plot_families = _split(plot_families)
    if len(families) != count or len(plot_families) != (plot_count or 0):
        return None
    index_of_rowid = {rowids[id_]: i for i, (id_, _) in enumerate(communities) if id_ in rowids}
    family_community = array("i", map(index_of_rowid.get, _ints(community_hex), repeat(-1)))
    family_status = array("b", (digits or "").encode("ascii").translate(_DIGITS))
    family_at = dict(zip(families, range(len(families))))
    located = list(map(family_at.get, plot_families))  # None: a deleted family's plots
    counts = list(map(int, _split(plot_counts)))
    family = list(chain.from_iterable(map(repeat, located, counts)))
    if None not in located:
        family = array("i", family)
    pairs = _ints(coordinates)
    lon, lat = pairs[0::2], pairs[1::2]
    if len(lon) != len(family):
        return None
    return families, family_status, family_community, family, lon, lat


#: '0'…'9' to 0…9: the status digits straight into array('b').
_DIGITS = bytes((i - 48) % 256 for i in range(256))

__all__ = ["FAMILIES", "PLOTS", "read"]

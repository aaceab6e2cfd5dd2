"""Reading the map's plots on SQLite in a handful of strings instead of 400,000 rows.

The map needs, for some 215,000 plots, two coordinates and a family, and for 100,000
families a status and a community. Fetched row by row, Python builds a tuple and a string
per row, and that (not SQLite) was most of the time before the first paint. Here SQLite
packs each column into one string with `group_concat`, and numpy reads them back without a
Python object per row: ids (all of one width: UUIDs) as fixed-width bytes,
numbers with `numpy.fromstring`, statuses as one digit each. Plots find their family by a
binary search in the families' ids (`numpy.searchsorted`), which SQLite hands out sorted.

Three plain scans, each of one covering index (migration 0009), with no correlated
subquery: a lookup per family of its latest agreement cost SQLite more than the rest
together. The latest agreement is SQLite's `max()` with a bare column (the status of the
row with the latest start date: SQLite's "bare columns in an aggregate query"). All three
run on the session's connection, inside its transaction, so they read the same state of the
file. If anything does not add up (ids of different widths, an unknown status), `read`
returns None and the map reads rows the plain way.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from sqlalchemy.orm import Session

#: Living families (in the covering index's order, which is the ids'): how many, their ids
#: and their communities' ids.
FAMILIES = ("SELECT count(*), group_concat(id), group_concat(community_id) FROM families "
            "WHERE deleted_at IS NULL")
#: Per family with a living agreement (sorted by family): the status of the one with the
#: latest start date, as one digit (its place in the statuses; {unknown} for any other).
LATEST = ("SELECT count(*), group_concat(family_id), "
          "group_concat(CASE status {cases} ELSE '{unknown}' END, '') "
          "FROM (SELECT family_id, status, max(start_date) FROM agreements "
          "WHERE deleted_at IS NULL GROUP BY family_id)")
#: Per located plot: its family and (lon, lat) in micro-degrees.
PLOTS = ("SELECT count(*), group_concat(family_id), group_concat(longitude), "
         "group_concat(latitude) FROM plots WHERE deleted_at IS NULL "
         "AND latitude IS NOT NULL AND longitude IS NOT NULL")


class PackedIds(Sequence):
    """Ids held as one numpy array of fixed-width bytes; a str is made only when asked for
    (the map asks for the family of the plot clicked, not for 100,000 of them)."""

    def __init__(self, values):
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [value.decode("ascii") for value in self.values[index]]
        return self.values[index].decode("ascii")


def _fixed(np, count, text):
    """`count` comma-separated ids of one width, as a numpy array of fixed-width bytes; None
    when they are not all of one width (or not ASCII)."""
    if not count:
        return np.array([], dtype="S1")
    if text is None or not text.isascii():
        return None
    data = text.encode("ascii") + b","
    width, left = divmod(len(data), count)
    if left or width < 2:
        return None
    rows = np.frombuffer(data, dtype=np.uint8).reshape(count, width)
    if not (rows[:, -1] == ord(",")).all():  # a comma where each id should end
        return None
    return np.ascontiguousarray(rows[:, :-1]).view(f"S{width - 1}").reshape(count)


def _positions(np, sorted_ids, ids):
    """The place of each of `ids` in `sorted_ids`, or -1 for one not there."""
    if not len(sorted_ids) or not len(ids):
        return np.full(len(ids), -1, dtype=np.int64)
    place = np.minimum(np.searchsorted(sorted_ids, ids), len(sorted_ids) - 1)
    return np.where(sorted_ids[place] == ids, place, -1)


def read(session: Session, communities: list[tuple[str, str]], statuses: tuple[str, ...],
         none: str):
    """(families, family_status, family_community, family, lon, lat) as
    plot_points.load_plot_points wants them, `communities` being its (id, name) list and
    `statuses` its categories (`none` for a family without agreement); or None when the
    packed lists do not add up. Plots of a family not read (deleted) are left out."""
    import numpy as np  # only the map needs it

    unknown = 9
    assert len(statuses) < unknown
    cases = " ".join(f"WHEN '{s}' THEN '{i}'" for i, s in enumerate(statuses) if s != none)
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        family_row = cursor.execute(FAMILIES).fetchone()
        latest_row = cursor.execute(LATEST.format(cases=cases, unknown=unknown)).fetchone()
        plot_row = cursor.execute(PLOTS).fetchone()
    finally:
        cursor.close()
    count = family_row[0]
    families = _fixed(np, count, family_row[1])
    family_communities = _fixed(np, count, family_row[2])
    latest = _fixed(np, *latest_row[:2])
    plot_families = _fixed(np, *plot_row[:2])
    if families is None or family_communities is None or latest is None \
            or plot_families is None:
        return None
    digits = np.frombuffer((latest_row[2] or "").encode("ascii"), dtype=np.uint8) - ord("0")
    if len(digits) != len(latest) or (digits == unknown).any():
        return None
    if len(families) > 1 and not (families[1:] > families[:-1]).all():
        order = np.argsort(families, kind="stable")  # not in the ids' order: sort them
        families, family_communities = families[order], family_communities[order]

    # Each family's community: the few distinct ids first, then their place in the list.
    distinct, inverse = np.unique(family_communities, return_inverse=True)
    community_at = {id_: i for i, (id_, _) in enumerate(communities)}
    known = np.array([community_at.get(c.decode("ascii"), -1) for c in distinct],
                     dtype=np.int32)
    family_community = known[inverse.reshape(-1)] if len(distinct) else \
        np.array([], dtype=np.int32)
    family_status = np.full(len(families), statuses.index(none), dtype=np.int8)
    place = _positions(np, families, latest)
    family_status[place[place >= 0]] = digits[place >= 0]  # deleted families' left out

    family = _positions(np, families, plot_families).astype(np.int32)
    lon = np.fromstring(plot_row[2] or "", dtype=np.int32, sep=",")
    lat = np.fromstring(plot_row[3] or "", dtype=np.int32, sep=",")
    if not len(lon) == len(lat) == len(family):
        return None
    located = family >= 0
    if not located.all():  # a deleted family's plots
        family, lon, lat = family[located], lon[located], lat[located]
    return (PackedIds(families), array("b", family_status.tobytes()),
            array("i", family_community.astype(np.int32).tobytes()),
            array("i", family.tobytes()), array("i", lon.tobytes()), array("i", lat.tobytes()))


__all__ = ["FAMILIES", "LATEST", "PLOTS", "PackedIds", "read"]

"""The deliveries list's search and counts (desktop.services.cooperative.delivery_search): a
word finds a member by code, name or DNI (case and accents ignored) and a receipt by its
beginning, by what follows the cooperative's prefix, or by its own number; every way the list
reads its rows gives the same rows, and the count is the number of rows the list shows."""

from datetime import date

import pytest
from sqlalchemy import text

from desktop.services import cooperative
from desktop.services.cooperative import DeliveryFilter, delivery_list, delivery_search
from tests.services.cooperative.builders import (
    deliver, make_cooperative, make_family, make_member, make_plot,
)

YEAR = date.today().year


@pytest.fixture
def office(session, coop, member, plot, community):
    """Two members (José Núñez Pérez, M-0001; Luz Vela Ríos, M-0002), five deliveries this
    year and one last year, one of them voided; a second cooperative's delivery."""
    other_family = make_family(session, community, given_names="Luz", paternal_surname="Vela",
                               maternal_surname="Ríos", dni="22334455", sex="F")
    other_plot = make_plot(session, other_family, "Alta")
    other = make_member(session, coop, other_family)
    receipts = [deliver(session, coop, member, plot).receipt_number for _ in range(3)]
    receipts += [deliver(session, coop, other, other_plot).receipt_number for _ in range(2)]
    last_year = deliver(session, coop, other, other_plot, delivered_on=date(YEAR - 1, 12, 30))
    voided = deliver(session, coop, member, plot)
    cooperative.void_delivery(session, voided.id, "Balanza mal calibrada")
    second = make_cooperative(session, name="Cooperativa Oro Verde", ruc="20109876543",
                              receipt_prefix="ORO")
    deliver(session, second, make_member(session, second, other_family), other_plot)
    return {"receipts": receipts, "last_year": last_year.receipt_number,
            "voided": voided.receipt_number, "other": other}


def found(session, coop, query="", **filters) -> list[str]:
    return [r.receipt_number for r in cooperative.search_deliveries(
        session, DeliveryFilter(coop.id, query, **filters), "receipt_number", False)]


def test_a_receipt_is_found_by_its_beginning_its_part_after_the_prefix_or_its_number(
        session, coop, office):
    receipts = office["receipts"]
    assert receipts[1] == f"COOPBAM-{YEAR}-000002"
    assert found(session, coop, f"coopbam-{YEAR}-000002") == [receipts[1]]
    assert found(session, coop, f"{YEAR}-000002") == [receipts[1]]
    assert found(session, coop, f"{YEAR}-00000") == sorted(receipts + [office["voided"]])
    assert found(session, coop, "000005") == [receipts[4]]
    assert found(session, coop, f"{YEAR - 1}-") == [office["last_year"]]
    # a number of up to six digits is the receipt's own, of every year; its middle is not
    assert receipts[4] in found(session, coop, "5")
    assert found(session, coop, "-000005") == []
    assert found(session, coop, "ORO-") == []  # another cooperative's receipts


def test_a_member_is_found_by_name_dni_or_code_ignoring_case_and_accents(session, coop,
                                                                         office, member):
    mine = sorted(office["receipts"][:3] + [office["voided"]])
    theirs = sorted(office["receipts"][3:] + [office["last_year"]])
    for query in ("núñez", "NUNEZ", "Nuñez pérez", "jose", "01234567", "m-0001", "M-0001"):
        assert found(session, coop, query) == mine, query
    assert found(session, coop, "ríos luz") == theirs
    assert found(session, coop, "ve") == theirs  # under three letters: no trigram index
    assert found(session, coop, "núñez luz") == []  # every word must match
    assert found(session, coop, f"núñez {YEAR}-000003") == [office["receipts"][2]]
    assert found(session, coop, "nunez", include_voided=False) == office["receipts"][:3]


@pytest.mark.parametrize("way", ["walk", "candidates"])
def test_both_ways_of_reading_a_search_give_the_same_rows(session, coop, office, monkeypatch,
                                                          way):
    monkeypatch.setattr(delivery_list, "SPARSE_SHARE", 0 if way == "walk" else 10**6)
    for query, expected in (("nunez", 4), ("vela", 3), (f"{YEAR}-000001", 1), ("000004", 1),
                            (f"nunez {YEAR}-000003", 1), ("xyz", 0)):
        rows = cooperative.search_deliveries(session, DeliveryFilter(coop.id, query))
        assert len(rows) == expected, query
        assert [r.receipt_number for r in rows] == sorted(
            (r.receipt_number for r in rows), reverse=True)
        assert cooperative.count_deliveries(session, DeliveryFilter(coop.id, query)) == expected


def test_pages_follow_each_other_in_every_sort(session, coop, office):
    for sort in ("receipt_number", "member", "member_code", "plot", "lot", "net_kg", "flags"):
        for descending in (False, True):
            whole = cooperative.search_deliveries(session, DeliveryFilter(coop.id), sort,
                                                  descending, 0, 100)
            pages = [r for start in range(0, 7, 2) for r in cooperative.search_deliveries(
                session, DeliveryFilter(coop.id), sort, descending, start, 2)]
            assert [r.id for r in pages] == [r.id for r in whole], sort
            assert len(whole) == 7


def test_every_count_is_the_number_of_rows_listed(session, coop, office):
    lot = cooperative.save_lot(session, coop.id, {"code": "L-1"})
    cooperative.assign_to_lot(session, lot.id, [
        r.id for r in cooperative.search_deliveries(session, DeliveryFilter(coop.id, "vela"))])
    paid = cooperative.search_deliveries(session, DeliveryFilter(coop.id, "nunez"))[-1]
    cooperative.mark_paid(session, [paid.id], date.today())
    session.execute(text("UPDATE deliveries SET flags = 'plot_not_compliant' "
                         "WHERE receipt_number = :r"), {"r": office["receipts"][0]})
    session.execute(text("UPDATE deliveries SET deleted_at = '2026-01-01' "
                         "WHERE receipt_number = :r"), {"r": office["receipts"][1]})
    session.commit()
    filters = [{}, {"include_voided": False}, {"unpaid_only": True}, {"flagged_only": True},
               {"unassigned": True}, {"lot_id": lot.id}, {"membership_id": office["other"].id},
               {"query": "nunez"}, {"query": "nunez", "unpaid_only": True},
               {"query": "vela", "unassigned": True}, {"query": f"{YEAR}", "lot_id": lot.id}]
    for flt in filters:
        where = DeliveryFilter(coop.id, **flt)
        rows = cooperative.search_deliveries(session, where, limit=100)
        assert cooperative.count_deliveries(session, where) == len(rows), flt
    assert len(cooperative.search_deliveries(session, DeliveryFilter(coop.id))) == 6
    assert cooperative.count_deliveries(session, DeliveryFilter(coop.id, unpaid_only=True)) == 4


def test_receipt_runs_skip_along_the_numbers(session, coop, office):
    assert delivery_search.receipt_runs(session, coop.id) == [
        ("COOPBAM-", str(YEAR - 1)), ("COOPBAM-", str(YEAR))]


def test_hostile_search_text_is_only_text(session, coop, office):
    for query in ("%", "_", "\\", "'", '"', "a' OR 1=1 --", "ñ" * 500, "\x00", "* NEAR"):
        where = DeliveryFilter(coop.id, query)
        assert cooperative.count_deliveries(session, where) == len(
            cooperative.search_deliveries(session, where))


@pytest.mark.parametrize("recent", [1, 3, 5000])
def test_a_common_word_found_among_the_recent_receipts_gives_the_same_pages(
        session, coop, office, monkeypatch, recent):
    """A page of a common word is looked for among the first `recent` receipts, row by row,
    then (when they do not hold it) through its members: the same rows either way, in both
    directions and page after page."""
    queries = ("nunez", "vela", "ríos luz", "m-000", "ve", "jose 000003", f"{YEAR}", "xyz",
               "nunez luz")
    filters = ({}, {"include_voided": False}, {"unpaid_only": True}, {"unassigned": True})

    def pages(query, descending, flt):
        return [r.receipt_number for start in range(0, 8, 2) for r in
                cooperative.search_deliveries(session, DeliveryFilter(coop.id, query, **flt),
                                              "receipt_number", descending, start, 2)]

    expected = {}
    monkeypatch.setattr(delivery_list, "SPARSE_SHARE", 0)  # every word rare: members first
    for query in queries:
        for descending in (False, True):
            for i, flt in enumerate(filters):
                expected[query, descending, i] = pages(query, descending, flt)
    monkeypatch.setattr(delivery_list, "SPARSE_SHARE", 10**6)  # any word found is common
    monkeypatch.setattr(delivery_list, "RECENT", recent)
    among_recent, answered = delivery_list._among_recent, []

    def spy(*args):
        ids = among_recent(*args)
        answered.append(ids is not None)
        return ids

    monkeypatch.setattr(delivery_list, "_among_recent", spy)
    for (query, descending, i), rows in expected.items():
        assert pages(query, descending, filters[i]) == rows, (query, descending, filters[i])
    assert expected["nunez", True, 0] == sorted(office["receipts"][:3] + [office["voided"]],
                                                reverse=True)
    assert any(answered) if recent == 5000 else not all(answered)

"""Advances and their deductions (issue 16 item 4): recording and voiding, the deduction
rules (exact Decimals, never more than the payment, oldest advance first), paying a member
net of advances (all or nothing), and the member's account: its balance is deliveries −
advances − what was paid in cash, to the cent, on random seasons."""

import itertools
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

from desktop.db.advance import Advance, AdvanceDeduction
from desktop.db.cooperative import Delivery
from desktop.services import cooperative, registry
from desktop.services.cooperative.advances import AdvanceRow
from desktop.services.cooperative.deductions import plan_deductions
from desktop.services.cooperative.statement import member_account
from desktop.services.errors import ValidationError
from tests.conftest import head
from tests.services.cooperative.builders import (
    audit, deliver, errors_by_field, make_family, make_member, make_plot,
)

D0 = date(2026, 3, 2)


def give(session, member, amount="300", rule="next_payment", share=None, day=D0, **extra):
    values = {"given_on": day.isoformat(), "kind": "in_kind",
              "description": "2 sacos de fertilizante", "amount_pen": amount, "rule": rule,
              "share_pct": share, **extra}
    return cooperative.record_advance(session, member.id, values)


def test_an_advance_is_recorded_audited_and_outstanding(session, member):
    advance = give(session, member, amount="250.50", notes="Campaña 2026")
    assert advance.amount_pen == Decimal("250.50") and advance.kind == "in_kind"
    assert advance.cooperative_id == member.cooperative_id
    assert [e.action for e in audit(session, advance.id)] == ["create"]
    assert cooperative.outstanding_balance(session, member.id) == Decimal("250.50")


@pytest.mark.parametrize("values, field", [
    ({"amount_pen": "0"}, "amount_pen"),
    ({"amount_pen": "-5"}, "amount_pen"),
    ({"amount_pen": "100000.01"}, "amount_pen"),
    ({"amount_pen": "10.001"}, "amount_pen"),
    ({"amount_pen": "mucho"}, "amount_pen"),
    ({"rule": "share", "share_pct": None}, "share_pct"),
    ({"rule": "share", "share_pct": "120"}, "share_pct"),
    ({"rule": "next_payment", "share_pct": "20"}, "share_pct"),
    ({"description": " "}, "description"),
    ({"given_on": (date.today() + timedelta(days=1)).isoformat()}, "given_on"),
    ({"kind": "bitcoin"}, "kind"),
])
def test_a_bad_advance_is_refused_with_its_field_and_nothing_written(session, member, values,
                                                                     field):
    raw = {"given_on": D0.isoformat(), "kind": "cash", "description": "Efectivo",
           "amount_pen": "100", "rule": "next_payment", "share_pct": None, **values}
    with pytest.raises(ValidationError) as raised:
        cooperative.record_advance(session, member.id, raw)
    assert field in errors_by_field(raised.value)
    assert session.scalar(select(func.count()).select_from(Advance)) == 0


def test_voiding_needs_a_reason_and_an_advance_not_yet_repaid(session, coop, member, plot):
    advance = give(session, member)
    with pytest.raises(ValidationError):
        cooperative.void_advance(session, advance.id, " ")
    cooperative.void_advance(session, advance.id, "Registrado dos veces")
    assert cooperative.outstanding_balance(session, member.id) == 0
    with pytest.raises(ValidationError):
        cooperative.void_advance(session, advance.id, "otra vez")
    repaid = give(session, member, amount="10")
    deliver(session, coop, member, plot, delivered_on=D0.isoformat())
    cooperative.pay_member_up_to(session, member.id, D0, paid_on=D0)
    with pytest.raises(ValidationError) as raised:
        cooperative.void_advance(session, repaid.id, "error")
    assert "already repaid" in raised.value.text("en")


def row(outstanding, rule="next_payment", share=None, n=itertools.count()):
    return AdvanceRow(f"a{next(n)}", D0, "S-1", "cash", "x", Decimal(outstanding), rule,
                      None if share is None else Decimal(share), Decimal(outstanding), "",
                      None, "")


def test_all_at_the_next_payment_takes_what_the_payment_covers_oldest_first():
    first, second = row("300"), row("200")
    plan = plan_deductions([first, second], Decimal("450.00"))
    assert [(a.id, amount) for a, amount in plan] == [(first.id, Decimal("300")),
                                                      (second.id, Decimal("150.00"))]
    assert plan_deductions([first], Decimal("0")) == []


def test_a_share_of_each_payment_rounds_down_to_the_cent_and_stops_at_what_is_owed():
    share = row("100", "share", "33.33")
    assert plan_deductions([share], Decimal("10.00"))[0][1] == Decimal("3.33")  # 3.333
    assert plan_deductions([share], Decimal("1000.00"))[0][1] == Decimal("100")
    assert plan_deductions([share], Decimal("0.02")) == []  # 0.0066 rounds to nothing


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2)


@given(st.lists(st.tuples(amounts, st.sampled_from(["next_payment", "share"]),
                          st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100),
                                      places=2)), max_size=6),
       st.decimals(min_value=Decimal(0), max_value=Decimal("20000"), places=2))
def test_deductions_never_exceed_the_payment_nor_what_is_owed(advances, gross):
    rows = [row(a, rule, pct if rule == "share" else None) for a, rule, pct in advances]
    plan = plan_deductions(rows, gross)
    assert sum((amount for _, amount in plan), Decimal(0)) <= gross
    for advance, amount in plan:
        assert 0 < amount <= advance.outstanding_pen
        assert amount == amount.quantize(Decimal("0.01"))
        if advance.rule == "share":
            assert amount <= gross * advance.share_pct / 100
    taken = [a.id for a, _ in plan]
    assert taken == [r.id for r in rows if r.id in taken]  # oldest first


def test_paying_a_member_keeps_back_the_advances_due_and_reports_gross_net(session, coop, plot,
                                                                           member):
    give(session, member, amount="300")  # all at the next payment
    give(session, member, amount="1000", rule="share", share="10",
         description="Préstamo para la cosecha", kind="cash")
    delivery = deliver(session, coop, member, plot, delivered_on=D0.isoformat(),
                       gross_kg="100", tare_kg="0", price_per_kg_pen="9")  # S/ 900
    result = cooperative.pay_member_up_to(session, member.id, D0, paid_on=D0 + timedelta(1))
    assert (result.gross_pen, result.deducted_pen, result.net_pen) == (
        Decimal("900.00"), Decimal("390.00"), Decimal("510.00"))  # 300 + 10 % of 900
    assert cooperative.outstanding_balance(session, member.id) == Decimal("910.00")
    session.refresh(delivery)
    assert delivery.paid_on == D0 + timedelta(1)
    with pytest.raises(ValidationError):  # undoing it receipt by receipt would lose the 390
        cooperative.mark_unpaid(session, delivery.id)


def test_paying_deliveries_by_hand_keeps_back_the_advances_as_payment_day_does(
        session, coop, plot, member, family, community):
    give(session, member, amount="300.00")  # all at the next payment
    give(session, member, amount="1000.00", rule="share", share="12.5", kind="cash",
         description="Préstamo para la cosecha")
    first = deliver(session, coop, member, plot, delivered_on=D0.isoformat(), gross_kg="100.5",
                    tare_kg="0", price_per_kg_pen="8.73")  # S/ 877.37 (877.365 half up)
    second = deliver(session, coop, member, plot, delivered_on=D0.isoformat(), gross_kg="20",
                     tare_kg="0", price_per_kg_pen="9.99")  # S/ 199.80
    later = deliver(session, coop, member, plot, delivered_on=D0.isoformat(), gross_kg="10",
                    tare_kg="0", price_per_kg_pen="9")
    other_family = make_family(session, community, given_names="Rosa",
                               paternal_surname="Quispe", dni="44556677", sex="F")
    other = make_member(session, coop, other_family)
    make_plot(session, other_family, "Alto")
    theirs = deliver(session, coop, other, cooperative.member_plots(session, other.id)[0],
                     delivered_on=D0.isoformat(), gross_kg="50", tare_kg="0",
                     price_per_kg_pen="10")  # S/ 500.00, no advances
    ids = [first.id, second.id, theirs.id]
    paid_on = D0 + timedelta(days=1)
    # the confirmation's figures, nothing written
    due = cooperative.mark_paid_due(session, ids, paid_on)
    gross = Decimal("877.37") + Decimal("199.80") + Decimal("500.00")
    # the member's payment is 1077.17: 300.00 at once, then 12.5 % of it rounded down
    share = (Decimal("1077.17") * Decimal("0.125")).quantize(Decimal("0.01"), ROUND_DOWN)
    assert share == Decimal("134.64")
    assert (due.deliveries, due.gross_pen, due.deducted_pen, due.net_pen) == (
        3, gross, Decimal("434.64"), gross - Decimal("434.64"))
    assert session.scalar(select(func.count()).select_from(AdvanceDeduction)) == 0
    # the same as payment day's rule for this member's gross
    assert cooperative.deductions_due(session, member.id, Decimal("1077.17"),
                                      paid_on).deducted_pen == due.deducted_pen

    result = cooperative.mark_paid(session, ids, paid_on)
    assert (result.gross_pen, result.deducted_pen, result.net_pen) == (
        due.gross_pen, due.deducted_pen, due.net_pen)
    assert [line.amount_pen for line in result.deductions] == [Decimal("300.00"), share]
    kept = session.execute(select(AdvanceDeduction.membership_id, AdvanceDeduction.paid_on,
                                  AdvanceDeduction.amount_pen)).all()
    assert sorted(kept) == sorted([(member.id, paid_on, Decimal("300.00")),
                                   (member.id, paid_on, share)])
    assert cooperative.outstanding_balance(session, member.id) == Decimal("1000.00") - share
    assert cooperative.outstanding_balance(session, other.id) == 0
    # a share rule takes its share of each payment: the next one by hand keeps 12.5 % of 90
    result = cooperative.mark_paid(session, [later.id], paid_on)
    assert (result.gross_pen, result.deducted_pen) == (Decimal("90.00"), Decimal("11.25"))


def test_paying_by_hand_writes_the_payment_and_its_deductions_all_or_nothing(
        session, coop, member, plot, monkeypatch):
    give(session, member, amount="300")
    delivery = deliver(session, coop, member, plot, delivered_on=D0.isoformat())
    from desktop.services.cooperative import payments

    def broken(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(payments, "add_deductions", broken)
    with pytest.raises(OSError):
        cooperative.mark_paid(session, [delivery.id], D0)
    session.expire_all()
    assert session.get(type(delivery), delivery.id).paid_on is None
    assert session.scalar(select(func.count()).select_from(AdvanceDeduction)) == 0


def test_an_advance_given_after_the_payment_day_is_not_deducted(session, coop, member, plot):
    give(session, member, amount="50", day=D0 + timedelta(days=5))
    deliver(session, coop, member, plot, delivered_on=D0.isoformat())
    result = cooperative.pay_member_up_to(session, member.id, D0, paid_on=D0)
    assert result.deducted_pen == 0 and result.net_pen == result.gross_pen


def test_a_payment_and_its_deductions_are_written_all_or_nothing(session, coop, member, plot,
                                                                 monkeypatch):
    give(session, member, amount="300")
    delivery = deliver(session, coop, member, plot, delivered_on=D0.isoformat())
    from desktop.services.cooperative import payments

    def broken(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(payments, "add_deductions", broken)
    with pytest.raises(OSError):
        cooperative.pay_member_up_to(session, member.id, D0, paid_on=D0)
    session.expire_all()
    assert session.get(type(delivery), delivery.id).paid_on is None
    assert session.scalar(select(func.count()).select_from(AdvanceDeduction)) == 0


def test_the_account_lists_every_movement_with_a_running_balance(session, coop, member, plot):
    give(session, member, amount="300", day=D0)
    deliver(session, coop, member, plot, delivered_on=(D0 + timedelta(1)).isoformat(),
            gross_kg="100", tare_kg="0", price_per_kg_pen="9")
    cooperative.pay_member_up_to(session, member.id, D0 + timedelta(1),
                                 paid_on=D0 + timedelta(2))
    account = member_account(session, member.id)
    assert [(m.kind, m.credit, m.debit, m.balance) for m in account.movements] == [
        ("advance", 0, Decimal("300.00"), Decimal("-300.00")),
        ("delivery", Decimal("900.00"), 0, Decimal("600.00")),
        ("payment", 0, Decimal("900.00"), Decimal("-300.00")),
        ("deduction", Decimal("300.00"), 0, Decimal("0.00")),
    ]
    assert account.movements[0].reference == "2 sacos de fertilizante"
    assert account.paid_in_cash == Decimal("600.00") and account.closing == 0


_dni = itertools.count(10000000)
season_events = st.lists(st.one_of(
    st.tuples(st.just("deliver"), st.decimals(min_value=Decimal("0.5"), max_value=Decimal(400),
                                              places=2),
              st.decimals(min_value=Decimal("0.10"), max_value=Decimal(20), places=2)),
    st.tuples(st.just("advance"), amounts, st.sampled_from(["next_payment", "share"]),
              st.decimals(min_value=Decimal(1), max_value=Decimal(100), places=2)),
    st.tuples(st.just("pay")), st.tuples(st.just("pay_by_hand"))), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(season_events)
def test_on_a_random_season_the_balance_is_deliveries_less_advances_less_cash_paid(
        session, coop, community, events):
    family = registry.create_family(session, {"community_id": community.id,
                                              "inside_forest": True},
                                    head(dni=str(next(_dni))), allow_duplicate=True)
    member = cooperative.save_membership(session, coop.id, {"family_code": family.code})
    delivered = advanced = cash = Decimal(0)
    for number, event in enumerate(events):
        day = D0 + timedelta(days=number)
        if event[0] == "deliver":
            d = deliver(session, coop, member, None, delivered_on=day.isoformat(),
                        gross_kg=str(event[1]), tare_kg="0", price_per_kg_pen=str(event[2]))
            delivered += d.amount_pen
        elif event[0] == "advance":
            _, amount, rule, pct = event
            give(session, member, amount=str(amount), rule=rule,
                 share=str(pct) if rule == "share" else None, day=day)
            advanced += amount
        elif event[0] == "pay_by_hand":  # every other receipt owed, chosen in the list
            owed = session.scalars(select(Delivery.id).where(
                Delivery.membership_id == member.id, Delivery.paid_on.is_(None))
                .order_by(Delivery.sequence)).all()[::2]
            if owed:
                due = cooperative.mark_paid_due(session, owed, paid_on=day)
                result = cooperative.mark_paid(session, owed, paid_on=day)
                assert (result.gross_pen, result.deducted_pen) == (due.gross_pen,
                                                                   due.deducted_pen)
                assert 0 <= result.deducted_pen <= result.gross_pen
                cash += result.net_pen
        else:
            result = cooperative.pay_member_up_to(session, member.id, day, paid_on=day)
            assert 0 <= result.deducted_pen <= result.gross_pen
            cash += result.net_pen
    account = member_account(session, member.id)
    assert account.closing == delivered - advanced - cash
    assert not account.movements or account.movements[-1].balance == account.closing
    assert account.delivered - account.advanced - account.paid_in_cash == account.closing
    assert cooperative.outstanding_balance(session, member.id) == advanced - account.deducted


@pytest.mark.parametrize("lang, words", [
    ("es", ("Adelanto", "Amortización de adelanto", "Pago", "-S/ 300.00",
            "2 sacos de fertilizante", "=cmd", "El socio(a) debe a la cooperativa")),
    ("en", ("Advance", "Advance repaid", "Payment", "-S/ 300.00", "2 sacos de fertilizante",
            "=cmd", "The member owes the cooperative")),
])
def test_the_printed_statement_shows_advances_deductions_and_the_balance(
        database, session, coop, member, plot, tmp_path, lang, words):
    from pypdf import PdfReader

    from desktop.cli import main

    give(session, member, amount="300", day=D0)
    deliver(session, coop, member, plot, delivered_on=(D0 + timedelta(1)).isoformat(),
            gross_kg="10", tare_kg="0", price_per_kg_pen="9")  # S/ 90
    cooperative.pay_member_up_to(session, member.id, D0 + timedelta(1),
                                 paid_on=D0 + timedelta(2))
    give(session, member, amount="5", day=D0 + timedelta(3), description="=cmd", kind="cash")
    out = tmp_path / f"estado-{lang}.pdf"
    code = main(["print", "statement", "--db", str(database.path), "--member",
                 member.member_code, "--lang", lang, "--out", str(out)])
    assert code == 0
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    for word in words:
        assert word in text, word
    assert "215.00" in text  # 300 − 90 + 5: what the member still owes

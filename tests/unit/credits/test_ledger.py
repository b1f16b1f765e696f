"""The credit ledger on a real SQLite file: buckets, order, days, idempotency, never negative."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from l4ydesk.core.credits import CreditsExhausted, Kind, Ledger
from l4ydesk.storage.credit_models import CreditAccount, CreditTransaction
from l4ydesk.storage.db import Store


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _sums(store: Store) -> tuple[int, int, int]:
    with store.session() as session:
        row = session.execute(
            select(
                func.coalesce(func.sum(CreditTransaction.daily), 0),
                func.coalesce(func.sum(CreditTransaction.monthly), 0),
                func.coalesce(func.sum(CreditTransaction.purchased), 0),
            )
        ).one()
        return int(row[0]), int(row[1]), int(row[2])


def test_a_new_account_is_free_with_five_credits_once_a_day(store: Store) -> None:
    berlin = timezone(timedelta(hours=1))
    clock = Clock(datetime(2026, 12, 5, 22, 30, tzinfo=UTC))  # 23:30 in Berlin
    ledger = Ledger(store, clock=clock, time_zone=berlin)
    assert ledger.start_day() == 5
    assert ledger.start_day() == 0  # a second start the same day
    assert ledger.balance().describe() == "5 of 5 today · 0 monthly · 0 purchased"
    ledger.deduct("a", 1, "test")
    clock.now = datetime(2026, 12, 5, 23, 30, tzinfo=UTC)  # past midnight in Berlin, not UTC
    assert ledger.start_day() == 5
    balance = ledger.balance()
    assert (balance.daily, balance.total) == (5, 5)  # yesterday's 4 expired, not added up
    clock.now = datetime(2026, 12, 1, 12, tzinfo=UTC)  # the clock set back
    assert ledger.start_day() == 0
    assert ledger.balance().tier.value == "free"


def test_deductions_take_daily_then_monthly_then_purchased(store: Store) -> None:
    ledger = Ledger(store)
    ledger.start_day()
    ledger.grant_monthly("m1", 10, "month")
    ledger.add_purchased("p1", 100, "pack")
    charge = ledger.deduct("c1", 12, "work")
    assert charge.charged == 12
    balance = ledger.balance()
    assert (balance.daily, balance.monthly, balance.purchased) == (0, 3, 100)
    ledger.deduct("c2", 10, "more")
    balance = ledger.balance()
    assert (balance.daily, balance.monthly, balance.purchased) == (0, 0, 93)


def test_keys_make_each_change_happen_once_and_refunds_give_back(store: Store) -> None:
    ledger = Ledger(store)
    assert ledger.add_purchased("stripe:cs_1", 100, "pack")
    assert not ledger.add_purchased("stripe:cs_1", 100, "pack")
    ledger.deduct("c1", 30, "work")
    assert ledger.deduct("c1", 30, "work").charged == 30  # the same charge, not a second one
    assert ledger.balance().purchased == 70
    assert ledger.refund("c1", "failed")
    assert not ledger.refund("c1", "failed")
    assert ledger.balance().purchased == 100


def test_a_charge_never_makes_the_balance_negative(store: Store) -> None:
    ledger = Ledger(store)
    ledger.start_day()
    charge = ledger.deduct("big", 12, "a long answer")
    assert (charge.requested, charge.charged) == (12, 5)
    assert ledger.balance().total == 0
    assert ledger.history(kinds={Kind.CHARGE})[0].details["uncharged"] == 7
    with pytest.raises(CreditsExhausted) as refused:
        ledger.check(1)
    assert "needs about 1 credit and you have 0" in str(refused.value)


def test_history_filters_by_kind_and_date(store: Store) -> None:
    ledger = Ledger(store)
    ledger.start_day()
    ledger.add_purchased("p", 100, "pack")
    ledger.deduct("c", 2, "work")
    assert [t.kind for t in ledger.history()] == [Kind.CHARGE, Kind.PURCHASE, Kind.DAILY_GRANT]
    assert [t.amount for t in ledger.history(kinds={Kind.PURCHASE})] == [100]
    future = datetime.now(UTC) + timedelta(days=1)
    assert ledger.history(since=future) == []


operations = st.lists(
    st.one_of(
        st.tuples(st.just("deduct"), st.integers(0, 40)),
        st.tuples(st.just("buy"), st.integers(1, 50)),
        st.tuples(st.just("renew"), st.integers(0, 60)),
        st.tuples(st.just("day"), st.integers(-2, 3)),
        st.tuples(st.just("refund"), st.integers(0, 10)),
        st.tuples(st.just("replay"), st.integers(0, 10)),
    ),
    max_size=25,
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    # One migrated database for every example; each example starts from an empty ledger.
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'l.db'}")
    yield store
    store.close()


@settings(max_examples=80, deadline=None)
@given(ops=operations)
def test_any_sequence_keeps_balances_right(shared_store: Store, ops: list[tuple[str, int]]) -> None:
    store = shared_store
    with store.session() as session:
        session.execute(delete(CreditTransaction))
        session.execute(delete(CreditAccount))
    clock = Clock(datetime(2026, 6, 1, 12, tzinfo=UTC))
    ledger = Ledger(store, clock=clock, time_zone=UTC)
    charges: list[str] = []
    grants: list[str] = []
    for step, (op, value) in enumerate(ops):
        before = ledger.balance()
        if op == "deduct":
            charge = ledger.deduct(f"c{step}", value, "work")
            if charge.charged:
                charges.append(f"c{step}")
            after = ledger.balance()
            # Daily first, then monthly, then purchased.
            taken = (
                before.daily - after.daily,
                before.monthly - after.monthly,
                before.purchased - after.purchased,
            )
            assert charge.charged == min(value, before.total) == sum(taken)
            if taken[1]:
                assert after.daily == 0
            if taken[2]:
                assert after.daily == 0 and after.monthly == 0
        elif op == "buy":
            ledger.add_purchased(f"p{step}", value, "pack")
            grants.append(f"p{step}")
        elif op == "renew":
            ledger.grant_monthly(f"m{step}", value, "month")
            grants.append(f"m{step}")
        elif op == "day":
            clock.now += timedelta(days=value)
            ledger.start_day()
        elif op == "refund" and charges:
            ledger.refund(charges[value % len(charges)], "refund")
        elif op == "replay" and (charges or grants):
            # A replayed charge, pack or renewal key changes nothing.
            used = (charges + grants)[value % len(charges + grants)]
            ledger.deduct(used, 5, "again")
            ledger.add_purchased(used, 5, "again")
            ledger.grant_monthly(used, 5, "again")
            assert ledger.balance() == before
        balance = ledger.balance()
        assert min(balance.daily, balance.monthly, balance.purchased) >= 0
        assert _sums(store) == (balance.daily, balance.monthly, balance.purchased)


def spend_in_process(
    url: str, worker: int, attempts: int, results: multiprocessing.Queue[int]
) -> None:
    store = Store(url)
    ledger = Ledger(store)
    spent = 0
    for n in range(attempts):
        spent += ledger.deduct(f"w{worker}-{n}", 1, "race").charged
    store.close()
    results.put(spent)


def race_two_spenders(store: Store, url: str) -> list[int]:
    """Seed 50 credits, then two processes try 40 deductions of 1 each; what each spent."""
    Ledger(store).add_purchased("seed", 50, "pack")
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[int] = context.Queue()
    workers = [
        context.Process(target=spend_in_process, args=(url, w, 40, results)) for w in range(2)
    ]
    for worker in workers:
        worker.start()
    spent = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return spent


def test_two_processes_deducting_at_once_never_overdraw(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    store = Store(url)
    spent = race_two_spenders(store, url)
    assert sum(spent) == 50  # 80 attempts, 50 credits: exactly 50 spent, none twice
    balance = Ledger(store).balance()
    assert balance.total == 0
    with store.session() as session:
        account = session.scalar(select(CreditAccount))
        assert account is not None and account.purchased == 0
    assert _sums(store) == (0, 0, 0)
    store.close()

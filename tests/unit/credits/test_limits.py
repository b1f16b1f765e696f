"""Tier limits where the actions happen: checkouts in Connect, publishing, custom domains; and
what a connect run costs. A refusal names the limit, offers the upgrade and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.connections import ConnectionPlan, Connector, new_item
from l4ydesk.core.credits import (
    ChargeEvents,
    ConnectBilling,
    CreditsExhausted,
    Ledger,
    check_custom_domain,
    check_publish,
)
from l4ydesk.core.tiers import TIERS, Limit, Tier, TierLimitReached
from l4ydesk.storage.connection_models import ConnectionRun
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import AppStatus, BuilderApp, OntologyObject


def _set_tier(ledger: Ledger, tier: Tier) -> None:
    with ledger.locked() as (_session, account):
        account.tier = tier.value


def _counts(store: Store) -> tuple[int, int]:
    with store.session() as session:
        records = session.scalar(select(func.count(OntologyObject.id)))
        runs = session.scalar(select(func.count(ConnectionRun.id)))
        return int(records or 0), int(runs or 0)


@pytest.fixture
def ledger(store: Store) -> Ledger:
    ledger = Ledger(store)
    ledger.start_day()
    return ledger


@pytest.fixture
def billed(store: Store) -> Connector:
    return Connector(store, ConnectBilling(ChargeEvents()))


def test_the_tiers_table_says_what_the_issue_says() -> None:
    assert [t.title for t in TIERS.values()] == ["Free", "Pro", "Agency", "Enterprise"]
    assert [t.limit(Limit.DEPLOYED_APPS) for t in TIERS.values()] == [1, 10, 100, None]
    assert [t.limit(Limit.CHECKOUT_INSTANCES) for t in TIERS.values()] == [1, 5, 100, None]
    assert [t.limit(Limit.CUSTOM_DOMAINS) for t in TIERS.values()] == [0, 0, 5, None]
    assert [t.badge for t in TIERS.values()] == [True, False, False, False]
    assert [t.white_label for t in TIERS.values()] == [False, False, True, True]
    assert [t.monthly_eur for t in TIERS.values()] == [0, 29, 299, None]


def test_a_second_checkout_on_free_is_refused_with_the_upgrade(
    store: Store, ledger: Ledger, billed: Connector, app_id: int
) -> None:
    first = ConnectionPlan(app_id, (new_item("checkout", "Cart"), new_item("product", "Mug")))
    result = billed.execute_plan(first)
    assert len(result.created) == 2 and result.credits_used == 2
    assert "2 credits used" in result.summary()
    before = _counts(store)

    second = ConnectionPlan(app_id, (new_item("product", "Cup"), new_item("checkout", "Quick buy")))
    with pytest.raises(TierLimitReached) as refused:
        billed.execute_plan(second)
    assert refused.value.upgrade_to is Tier.PRO
    assert str(refused.value) == (
        "Your Free plan allows 1 checkout, and that limit is reached, so nothing was changed. "
        "Upgrade to Pro in the store (Settings → Store…) for more."
    )
    assert _counts(store) == before  # not even the product was created
    assert ledger.balance().daily == 3  # and nothing was charged

    _set_tier(ledger, Tier.PRO)
    assert billed.execute_plan(second).credits_used == 2


def test_a_connect_run_needs_its_credits_before_it_starts(
    store: Store, ledger: Ledger, billed: Connector, app_id: int
) -> None:
    ledger.deduct("spent", 4, "earlier")
    plan = ConnectionPlan(app_id, (new_item("product", "Mug"),))
    with pytest.raises(CreditsExhausted):
        billed.execute_plan(plan)
    assert _counts(store) == (0, 0)
    ledger.add_purchased("pack", 100, "pack")
    assert billed.execute_plan(plan).credits_used == 2
    again = billed.execute_plan(plan)  # nothing new is created: nothing is charged
    assert again.credits_used == 0 and ledger.balance().total == 99


def test_publishing_beyond_the_deployed_app_limit_is_refused(
    store: Store, ledger: Ledger, catalog: AppCatalog, app_id: int
) -> None:
    other = catalog.create("Second shop").app_id
    with store.session() as session:
        check_publish(session, app_id)
        app = session.get(BuilderApp, app_id)
        assert app is not None
        app.status = AppStatus.PUBLISHED
    with store.session() as session:
        check_publish(session, app_id)  # republishing the deployed app is fine
    with store.session() as session, pytest.raises(TierLimitReached) as refused:
        check_publish(session, other)
    assert "allows 1 deployed app" in str(refused.value)


def test_custom_domains_need_agency(store: Store, ledger: Ledger) -> None:
    with store.session() as session, pytest.raises(TierLimitReached) as refused:
        check_custom_domain(session, 0)
    assert "allows no custom domains" in str(refused.value)
    assert "Upgrade to Agency" in str(refused.value)
    _set_tier(ledger, Tier.AGENCY)
    with store.session() as session:
        check_custom_domain(session, 4)
    with store.session() as session, pytest.raises(TierLimitReached):
        check_custom_domain(session, 5)

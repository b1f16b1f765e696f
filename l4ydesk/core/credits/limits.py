"""Tier limits where the actions happen, and what a connect run costs.

Connecting checkouts, publishing an app and adding a custom domain each ask here first, inside
the transaction that would do the action, with the account locked: a refusal leaves nothing
half-done, and two processes cannot both take the last free slot. Drafting apps locally is
never limited.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4ydesk.core.credits.charging import Charged, ChargeEvents
from l4ydesk.core.credits.costs import Action, fixed_cost
from l4ydesk.core.credits.ledger import (
    CreditsExhausted,
    balance_of,
    deduct,
    lock_account,
)
from l4ydesk.core.records import USED_IN_APP
from l4ydesk.core.tiers import Limit, Tier, TierLimitReached, check_limit
from l4ydesk.storage.credit_models import CreditAccount
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import AppStatus, BuilderApp, ObjectLink, OntologyObject

CHECKOUT_TYPE = "checkout"


def checkout_instances(session: Session) -> int:
    """Checkouts connected to apps now: each app link of a checkout record is one instance."""
    count = session.scalar(
        select(func.count(ObjectLink.id))
        .join(OntologyObject, OntologyObject.id == ObjectLink.from_object_id)
        .where(ObjectLink.link_type == USED_IN_APP, OntologyObject.type == CHECKOUT_TYPE)
    )
    return int(count or 0)


def deployed_apps(session: Session, *, besides: int | None = None) -> int:
    query = select(func.count(BuilderApp.id)).where(BuilderApp.status == AppStatus.PUBLISHED)
    if besides is not None:
        query = query.where(BuilderApp.id != besides)
    return int(session.scalar(query) or 0)


def check_publish(session: Session, app_id: int) -> CreditAccount:
    """Call inside the publish transaction: refuses an app beyond the tier's deployed apps.

    Republishing an app that is already deployed is always allowed.
    """
    account = lock_account(session)
    app = session.get(BuilderApp, app_id)
    adding = 0 if app is not None and app.status is AppStatus.PUBLISHED else 1
    in_use = deployed_apps(session, besides=app_id)
    check_limit(Tier(account.tier), Limit.DEPLOYED_APPS, in_use, adding)
    return account


def check_custom_domain(session: Session, domains_in_use: int) -> CreditAccount:
    """Call inside the transaction that adds a custom domain."""
    account = lock_account(session)
    check_limit(Tier(account.tier), Limit.CUSTOM_DOMAINS, domains_in_use, 1)
    return account


class ConnectBilling:
    """What Connect asks before a run (limits and credits) and charges after it."""

    def __init__(self, events: ChargeEvents | None = None) -> None:
        self.events = events or ChargeEvents()

    def before_run(self, session: Session, pending: Callable[[], tuple[int, int]]) -> CreditAccount:
        """Lock the account, then count (`pending()`: new checkouts, new records) and check.

        Counting after the lock means no other process can connect in between.
        """
        account = lock_account(session)
        new_checkouts, new_records = pending()
        try:
            check_limit(
                Tier(account.tier),
                Limit.CHECKOUT_INSTANCES,
                checkout_instances(session),
                new_checkouts,
            )
        except TierLimitReached as exc:
            self.events.limited(exc)
            raise
        needed = fixed_cost(Action.CONNECT_RUN, 1 if new_records else 0)
        available = balance_of(account).total
        if needed > available:
            error = CreditsExhausted(needed, available, keeps_draft=False)
            self.events.refused(error)
            raise error
        return account

    def after_run(
        self,
        session: Session,
        account: CreditAccount,
        run_id: int,
        app_id: int,
        created: Collection[str],
    ) -> int:
        credits = fixed_cost(Action.CONNECT_RUN, 1 if created else 0)
        if credits <= 0:
            return 0
        what = f"Connect run {run_id}: {len(created)} record{'s' if len(created) != 1 else ''}"
        charge = deduct(
            session,
            account,
            f"connect:{run_id}",
            credits,
            what,
            {"app_id": app_id, "run_id": run_id},
        )
        self.events.charged(Charged(app_id, charge.charged, what, source="connect"))
        return charge.charged


class TierLimits:
    """Read-only view of the limits in use, for `plan show` and the store window."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def usage(self) -> dict[Limit, int]:
        with self._store.session() as session:
            return {
                Limit.DEPLOYED_APPS: deployed_apps(session),
                Limit.CHECKOUT_INSTANCES: checkout_instances(session),
                Limit.CUSTOM_DOMAINS: 0,  # no custom domains exist before publishing lands
            }

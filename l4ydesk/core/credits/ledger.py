"""The credit ledger: three balance buckets and an append-only transaction log, never negative.

Deductions take daily credits first, then monthly, then purchased. Every change is one row in
`credit_transactions` with a unique idempotency key, written in the same database transaction
as the buckets it changes, so the buckets always equal the sum of the rows. A ledger
transaction locks the account before it reads anything (BEGIN IMMEDIATE on SQLite, a row lock
on PostgreSQL), so two processes deducting at once never both spend the same credit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from l4ydesk.core.apps import local_workspace_id
from l4ydesk.core.chat.usage import ActionRefused
from l4ydesk.core.credits.kinds import Kind as Kind
from l4ydesk.core.tiers import DAILY_CREDITS, Tier
from l4ydesk.storage.credit_models import CreditAccount, CreditTransaction
from l4ydesk.storage.db import Store, insert_ignoring, take_write_lock


class CreditsExhausted(ActionRefused):
    """Not enough credits for an action; nothing was done or charged. Leads to the credit wall."""

    def __init__(self, needed: int, available: int, *, keeps_draft: bool = True) -> None:
        self.needed, self.available = needed, available
        self.keeps_draft = keeps_draft  # a chat message waits as a draft; a connect run does not
        super().__init__(
            f"This needs about {needed} credit{'s' if needed != 1 else ''} and you have "
            f"{available}. Buy a credit pack or upgrade your plan in the store "
            "(Settings → Store…), then try again."
        )


@dataclass(frozen=True)
class Balance:
    tier: Tier
    daily: int
    monthly: int
    purchased: int
    daily_limit: int = DAILY_CREDITS

    @property
    def total(self) -> int:
        return self.daily + self.monthly + self.purchased

    def describe(self) -> str:
        return (
            f"{self.daily} of {self.daily_limit} today · {self.monthly} monthly · "
            f"{self.purchased} purchased"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "tier": self.tier.value,
            "daily": self.daily,
            "daily_limit": self.daily_limit,
            "monthly": self.monthly,
            "purchased": self.purchased,
            "total": self.total,
        }


@dataclass(frozen=True)
class Transaction:
    id: int
    kind: Kind
    description: str
    daily: int
    monthly: int
    purchased: int
    created_at: datetime
    details: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def amount(self) -> int:
        return self.daily + self.monthly + self.purchased

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "description": self.description,
            "amount": self.amount,
            "daily": self.daily,
            "monthly": self.monthly,
            "purchased": self.purchased,
            "created_at": self.created_at.isoformat(),
            "details": self.details,
        }


@dataclass(frozen=True)
class Charge:
    """What a deduction took: `charged` may be less than `requested` (never below zero)."""

    requested: int
    charged: int
    transaction_id: int | None


def _local_tz() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


class Ledger:
    """The workspace's credits. `clock` and `time_zone` are injectable for tests."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        time_zone: tzinfo | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self.time_zone = time_zone or _local_tz()

    # ----- reading ------------------------------------------------------------------------

    def balance(self) -> Balance:
        with self._store.session() as session:
            account = session.scalar(select(CreditAccount).order_by(CreditAccount.id).limit(1))
            return balance_of(account) if account is not None else Balance(Tier.FREE, 0, 0, 0)

    def history(
        self, *, kinds: set[Kind] | None = None, since: datetime | None = None, limit: int = 500
    ) -> list[Transaction]:
        """Newest first, optionally only some kinds or only since a moment."""
        with self._store.session() as session:
            query = select(CreditTransaction).order_by(CreditTransaction.id.desc()).limit(limit)
            if kinds:
                query = query.where(CreditTransaction.kind.in_([k.value for k in kinds]))
            if since is not None:
                query = query.where(CreditTransaction.created_at >= since)
            return [_transaction(row) for row in session.scalars(query)]

    def check(self, needed: int) -> Balance:
        """The pre-flight check: raise CreditsExhausted unless `needed` credits are there."""
        balance = self.balance()
        if needed > balance.total:
            raise CreditsExhausted(needed, balance.total)
        return balance

    # ----- writing ------------------------------------------------------------------------

    @contextmanager
    def locked(self) -> Iterator[tuple[Session, CreditAccount]]:
        """A transaction holding the account's write lock from its first statement."""
        with self._store.session() as session:
            yield session, lock_account(session)

    def start_day(self) -> int:
        """Grant today's daily credits on the first start today; returns what was granted."""
        today = self.today()
        # Every start (each CLI command too) asks; only the first of the day needs the lock.
        with self._store.session() as session:
            last = session.scalar(
                select(CreditAccount.daily_day).order_by(CreditAccount.id).limit(1)
            )
        if last is not None and today <= last:
            return 0
        with self.locked() as (session, account):
            return grant_daily(session, account, today)

    def today(self) -> str:
        return self._clock().astimezone(self.time_zone).date().isoformat()

    def deduct(
        self, key: str, amount: int, description: str, details: dict[str, Any] | None = None
    ) -> Charge:
        with self.locked() as (session, account):
            return deduct(session, account, key, amount, description, details)

    def add_purchased(self, key: str, credits: int, description: str) -> bool:
        with self.locked() as (session, account):
            return add(session, account, key, Kind.PURCHASE, description, purchased=credits)

    def grant_monthly(self, key: str, credits: int, description: str) -> bool:
        with self.locked() as (session, account):
            return renew_monthly(session, account, key, credits, description)

    def refund(self, charge_key: str, description: str) -> bool:
        """Give back what a charge took, to the buckets it came from (once)."""
        with self.locked() as (session, account):
            original = session.scalar(
                select(CreditTransaction).where(CreditTransaction.idempotency_key == charge_key)
            )
            if original is None or original.kind != Kind.CHARGE:
                return False
            return add(
                session,
                account,
                f"refund:{charge_key}",
                Kind.REFUND,
                description,
                daily=-original.daily,
                monthly=-original.monthly,
                purchased=-original.purchased,
            )


# ----- operations inside a locked transaction (also used by Connect and the Stripe events) --


def lock_account(session: Session) -> CreditAccount:
    """The workspace's account, created if missing, with its write lock held."""
    # Before the first read: a deferred transaction that read first could not upgrade once
    # another writer committed.
    take_write_lock(session)
    workspace_id = local_workspace_id(session)
    _create_account_once(session, workspace_id)
    session.execute(
        update(CreditAccount)
        .where(CreditAccount.workspace_id == workspace_id)
        .values(version=CreditAccount.version + 1)
    )
    account = session.scalar(
        select(CreditAccount).where(CreditAccount.workspace_id == workspace_id)
    )
    assert account is not None
    session.refresh(account)
    return account


def _create_account_once(session: Session, workspace_id: int) -> None:
    """Insert-or-ignore: two processes starting for the first time make one account."""
    session.execute(
        insert_ignoring(session, CreditAccount, ["workspace_id"]).values(
            workspace_id=workspace_id, tier=Tier.FREE.value
        )
    )


def balance_of(account: CreditAccount) -> Balance:
    return Balance(Tier(account.tier), account.daily, account.monthly, account.purchased)


def has_key(session: Session, key: str) -> bool:
    found = session.scalar(
        select(CreditTransaction.id).where(CreditTransaction.idempotency_key == key)
    )
    return found is not None


def add(
    session: Session,
    account: CreditAccount,
    key: str,
    kind: Kind,
    description: str,
    *,
    daily: int = 0,
    monthly: int = 0,
    purchased: int = 0,
    details: dict[str, Any] | None = None,
) -> bool:
    """Append one transaction and move the buckets by it; False if `key` was used before."""
    if has_key(session, key):
        return False
    if min(account.daily + daily, account.monthly + monthly, account.purchased + purchased) < 0:
        raise ValueError(f"transaction {key} would make a balance negative")
    row = CreditTransaction(
        account_id=account.id,
        kind=kind.value,
        description=description[:300],
        idempotency_key=key,
        daily=daily,
        monthly=monthly,
        purchased=purchased,
        details=dict(details or {}),
    )
    session.add(row)
    account.daily += daily
    account.monthly += monthly
    account.purchased += purchased
    session.flush()
    return True


def deduct(
    session: Session,
    account: CreditAccount,
    key: str,
    amount: int,
    description: str,
    details: dict[str, Any] | None = None,
) -> Charge:
    """Take up to `amount`: daily first, then monthly, then purchased; never below zero."""
    existing = session.scalar(
        select(CreditTransaction).where(CreditTransaction.idempotency_key == key)
    )
    if existing is not None:
        return Charge(
            amount, -(existing.daily + existing.monthly + existing.purchased), existing.id
        )
    if amount <= 0:
        return Charge(amount, 0, None)
    left = amount
    takes = []
    for have in (account.daily, account.monthly, account.purchased):
        take = min(have, left)
        takes.append(take)
        left -= take
    charged = amount - left
    if charged == 0:
        return Charge(amount, 0, None)
    info = dict(details or {})
    if left:
        info["uncharged"] = left  # the real usage went beyond the balance; never negative
    add(
        session,
        account,
        key,
        Kind.CHARGE,
        description,
        daily=-takes[0],
        monthly=-takes[1],
        purchased=-takes[2],
        details=info,
    )
    row_id = session.scalar(
        select(CreditTransaction.id).where(CreditTransaction.idempotency_key == key)
    )
    return Charge(amount, charged, row_id)


def grant_daily(session: Session, account: CreditAccount, today: str) -> int:
    """Today's credits, once: a day earlier than the last granted one (clock set back) gets none."""
    if account.daily_day is not None and today <= account.daily_day:
        return 0
    if account.daily:
        add(
            session,
            account,
            f"daily-expiry:{today}",
            Kind.EXPIRY,
            "Unused daily credits of an earlier day",
            daily=-account.daily,
        )
    granted = add(
        session,
        account,
        f"daily:{today}",
        Kind.DAILY_GRANT,
        f"Daily credits for {today}",
        daily=DAILY_CREDITS,
    )
    account.daily_day = today
    return DAILY_CREDITS if granted else 0


def renew_monthly(
    session: Session, account: CreditAccount, key: str, credits: int, description: str
) -> bool:
    """A paid month: last month's unused monthly credits end, this month's arrive (once)."""
    if has_key(session, key):
        return False
    if account.monthly:
        add(
            session,
            account,
            f"{key}:expiry",
            Kind.EXPIRY,
            "Unused monthly credits of the last period",
            monthly=-account.monthly,
        )
    return add(session, account, key, Kind.MONTHLY_GRANT, description, monthly=credits)


def _transaction(row: CreditTransaction) -> Transaction:
    return Transaction(
        row.id,
        Kind(row.kind),
        row.description,
        row.daily,
        row.monthly,
        row.purchased,
        row.created_at,
        dict(row.details or {}),
    )

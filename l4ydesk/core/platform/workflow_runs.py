"""Workflow runs paid with credits: each run is charged in the run's own database transaction.

A run is the platform dispatching the workflow's `workflow.run` event to the app's endpoints
(the outbox). It costs what the cost registry says (`Action.WORKFLOW_RUN`), taken through the
ledger (daily, then monthly, then purchased) under an idempotency key per run, in the same
transaction that writes the run: a run that fails rolls back its charge with it, a run that
reaches no endpoint executes nothing and is not charged, and a replayed key charges nothing.
When the balance does not cover a run, the run is not dispatched: a manual run is refused (402),
a form submission is still stored and the run is recorded as unpaid in the ledger (0 credits).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from l4ydesk.core.credits.costs import Action, fixed_cost
from l4ydesk.core.credits.ledger import Kind, add, balance_of, deduct, grant_daily, lock_account
from l4ydesk.core.platform.errors import PaymentRequiredError
from l4ydesk.core.platform.outbox import enqueue
from l4ydesk.storage.credit_models import CreditAccount, CreditTransaction

KEY_PREFIX: Final = "workflow-run:"
SUBMISSION_PREFIX: Final = f"{KEY_PREFIX}submission:"


def submission_run_key(submission_id: int, workflow_id: int) -> str:
    return f"submission:{submission_id}:{workflow_id}"


@dataclass(frozen=True)
class RunOutcome:
    workflow_id: int
    queued: int  # deliveries written for the app's endpoints
    charged: int  # credits this call took (0 for a replay, an unpaid or an empty run)
    paid: bool = True  # False: the balance did not cover it, so it did not run
    replayed: bool = False


def shortfall_sentence(needed: int, available: int) -> str:
    return (
        f"A workflow run needs {needed} credit{'s' if needed != 1 else ''} and the workspace "
        f"has {available}. Buy a credit pack or upgrade the plan in l4ydesk's store "
        "(Settings → Store…), then run it again."
    )


def unpaid_sentence(workflow_ids: Sequence[int]) -> str:
    """What a form submission whose workflows were skipped answers (with 402)."""
    names = ", ".join(str(w) for w in workflow_ids)
    return (
        f"The submission was stored, but the workflow{'s' if len(workflow_ids) != 1 else ''} "
        f"{names} did not run: the workspace has no credits left. Buy a credit pack or upgrade "
        "the plan in l4ydesk's store (Settings → Store…); later submissions run them again."
    )


def unpaid_runs(session: Session, submission_ids: Sequence[int]) -> dict[int, list[int]]:
    """The workflows each submission fired but could not pay for, by submission id."""
    if not submission_ids:
        return {}
    prefixes = [f"{SUBMISSION_PREFIX}{sid}:" for sid in submission_ids]
    keys = session.scalars(
        select(CreditTransaction.idempotency_key).where(
            CreditTransaction.kind == Kind.UNPAID.value,
            or_(
                *[
                    CreditTransaction.idempotency_key.startswith(p, autoescape=True)
                    for p in prefixes
                ]
            ),
        )
    )
    found: dict[int, list[int]] = {}
    for key in keys:
        submission_id, workflow_id = key.removeprefix(SUBMISSION_PREFIX).split(":")[:2]
        found.setdefault(int(submission_id), []).append(int(workflow_id))
    return {sid: sorted(ids) for sid, ids in found.items()}


class WorkflowRuns:
    """Dispatches and charges workflow runs inside a caller's transaction.

    `today` is the ledger's day (the user's time zone): a server running across midnight grants
    the new day's daily credits on its first run that day, as the desktop does on its first start.
    """

    def __init__(self, today: Callable[[], str] | None = None) -> None:
        self._today = today or (lambda: datetime.now(UTC).astimezone().date().isoformat())

    def lock(self, session: Session) -> CreditAccount:
        """Take the credit account's write lock; call it first in the transaction (SQLite)."""
        account = lock_account(session)
        grant_daily(session, account, self._today())
        return account

    def run(
        self,
        session: Session,
        account: CreditAccount,
        app_id: int,
        workflow_id: int,
        run_key: str,
        payload: Mapping[str, Any],
    ) -> RunOutcome:
        """Charge and dispatch one run; an unpaid run is recorded, not dispatched."""
        key = f"{KEY_PREFIX}{run_key}"[:255]
        earlier = session.scalar(
            select(CreditTransaction).where(CreditTransaction.idempotency_key == key)
        )
        if earlier is not None:
            queued = (earlier.details or {}).get("queued", 0)
            paid = earlier.kind != Kind.UNPAID
            return RunOutcome(workflow_id, int(queued), 0, paid=paid, replayed=True)
        needed = fixed_cost(Action.WORKFLOW_RUN)
        details = {"app_id": app_id, "workflow_id": workflow_id, "trigger": payload.get("trigger")}
        if balance_of(account).total < needed:  # the pre-flight check, under the lock
            add(
                session,
                account,
                key,
                Kind.UNPAID,
                f"Workflow {workflow_id} not run: no credits left",
                details={**details, "needed": needed},
            )
            return RunOutcome(workflow_id, 0, 0, paid=False)
        queued = enqueue(session, app_id, "workflow.run", {"workflow_id": workflow_id, **payload})
        if queued == 0:
            return RunOutcome(workflow_id, 0, 0)  # no endpoint takes it: nothing was executed
        charge = deduct(
            session,
            account,
            key,
            needed,
            f"Workflow run (workflow {workflow_id}, {payload.get('trigger')})",
            {**details, "queued": queued},
        )
        return RunOutcome(workflow_id, queued, charge.charged)

    def require_paid(self, outcome: RunOutcome, account: CreditAccount) -> None:
        """Refuse (402) a run the balance did not cover; the caller's transaction rolls back."""
        if not outcome.paid:
            raise PaymentRequiredError(
                shortfall_sentence(fixed_cost(Action.WORKFLOW_RUN), balance_of(account).total)
            )

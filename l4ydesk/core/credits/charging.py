"""Charging what the platform executes: the chat's usage hooks and a listener for the window.

`CreditCharger` is the chat's `UsageHooks`: before an AI request or a writing tool call it checks
that the balance covers the estimate (raising `CreditsExhausted`, which keeps the message as a
draft); afterwards it deducts the real usage from the cost registry, also for a turn cut short
(the tokens really used), and nothing when nothing was used or the action failed. v0 messages
are never charged.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from l4ydesk.core.chat.usage import ActionKind, ChatAction
from l4ydesk.core.chat.values import ActionUsage
from l4ydesk.core.credits.costs import (
    AI_MESSAGE_ESTIMATE,
    Action,
    ai_message_cost,
    fixed_cost,
)
from l4ydesk.core.credits.events import Charged as Charged
from l4ydesk.core.credits.events import ChargeEvents as ChargeEvents
from l4ydesk.core.credits.ledger import CreditsExhausted, Ledger

log = logging.getLogger(__name__)

# Agent tools that only read cost nothing; these change the app.
WRITING_TOOLS = frozenset({"write_file", "edit_file", "delete_file", "rename_file"})


class CreditCharger:
    """The chat's UsageHooks, charging through the ledger and the cost registry.

    The hooks run on the chat's event loop, which is the GUI thread in the window; a deduction
    is a locked write (about 12 ms, up to ~50 ms on a busy disk: bench/credits_ledger.py), so
    `run_later` (the store worker's submit) takes it off that thread. The pre-flight check is a
    plain read and stays inline, since it must answer before the action.
    """

    def __init__(
        self,
        ledger: Ledger,
        events: ChargeEvents | None = None,
        run_later: Callable[[Callable[[], None]], object] | None = None,
    ) -> None:
        self._ledger = ledger
        self.events = events or ChargeEvents()
        self._run_later = run_later

    def estimate(self, action: ChatAction) -> int:
        if action.kind is ActionKind.AI_MESSAGE:
            return AI_MESSAGE_ESTIMATE
        if action.kind is ActionKind.AGENT_TOOL and action.tool in WRITING_TOOLS:
            return fixed_cost(Action.AGENT_WRITE)
        return 0

    def cost(self, action: ChatAction, usage: ActionUsage) -> int:
        if action.kind is ActionKind.AI_MESSAGE:
            return ai_message_cost(action.model, usage.total_tokens)
        if (
            action.kind is ActionKind.AGENT_TOOL
            and action.tool in WRITING_TOOLS
            and usage.completed
            and usage.files_changed > 0
        ):
            return fixed_cost(Action.AGENT_WRITE)
        return 0

    def before_action(self, action: ChatAction) -> None:
        needed = self.estimate(action)
        if needed <= 0:
            return
        try:
            self._ledger.check(needed)
        except CreditsExhausted as exc:
            self.events.refused(exc)
            raise

    def after_action(self, action: ChatAction, usage: ActionUsage) -> None:
        credits = self.cost(action, usage)
        if credits <= 0:
            return
        what = (
            f"AI message ({action.model}, {usage.total_tokens:,} tokens)"
            if action.kind is ActionKind.AI_MESSAGE
            else f"Agent {action.tool} {action.path or ''}".strip()
        )
        key = f"chat:{uuid.uuid4()}"
        details = {"app_id": action.app_id, "model": action.model, "tokens": usage.total_tokens}

        def charge() -> None:
            try:
                done = self._ledger.deduct(key, credits, what, details)
            except Exception:
                log.exception("charging %s credits for %s failed", credits, what)
                return
            self.events.charged(Charged(action.app_id, done.charged, what))

        if self._run_later is None:
            charge()
        else:
            self._run_later(charge)

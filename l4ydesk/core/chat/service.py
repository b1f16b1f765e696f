"""The builder chat's use cases, one object for the chat panel and the command line.

Sending runs a v0 turn or a built-in AI turn; drafts queue messages typed offline and send them
later in order; conflicts from v0 are listed and resolved; an AI step is undone as a whole.
Only one turn runs per app at a time (a second waits), so two turns never interleave changes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from concurrent.futures import Executor
from typing import Any

from l4ydesk.clients.errors import RemoteError
from l4ydesk.clients.v0_agent_models import PendingTask, Preview
from l4ydesk.core.chat.agent import DEFAULT_MAX_STEPS, AgentTurn
from l4ydesk.core.chat.errors import ChatError, sentence_for
from l4ydesk.core.chat.events import EventSink, StatusChanged, TurnFinished, ignore_events
from l4ydesk.core.chat.history import ChatLog, TurnRecord
from l4ydesk.core.chat.ports import ChatModelFactory, V0Factory
from l4ydesk.core.chat.runtime import Offload, TurnContext
from l4ydesk.core.chat.undo import AgentUndo
from l4ydesk.core.chat.usage import NoUsageHooks, UsageHooks
from l4ydesk.core.chat.v0_sync import SyncOutcome, V0Sync
from l4ydesk.core.chat.v0_tasks import TaskAnswers
from l4ydesk.core.chat.v0_turn import DEFAULT_V0_TIMEOUT, V0Turn
from l4ydesk.core.chat.values import (
    ChatMessageView,
    Conflict,
    ConflictChoice,
    FileChanges,
    MessageStatus,
    Provider,
    TurnResult,
)
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store

DEFAULT_AI_MODEL = "openai/gpt-4o-mini"  # cheap, fast, and supports tool calls on OpenRouter


class ChatService:
    """AI builder chat of the apps in one store.

    `v0_client` and `ai_client` build a new client per turn (closed after it), and raise
    `MissingKeyError` when no key is stored. `executor` runs store work off the event loop
    (pass the app's store worker); `hooks` sees every chargeable action.
    """

    def __init__(
        self,
        store: Store,
        vfs: VirtualFileSystem,
        *,
        v0_client: V0Factory,
        ai_client: ChatModelFactory,
        hooks: UsageHooks | None = None,
        executor: Executor | None = None,
        default_ai_model: str = DEFAULT_AI_MODEL,
        max_agent_steps: int = DEFAULT_MAX_STEPS,
        v0_timeout: float = DEFAULT_V0_TIMEOUT,
    ) -> None:
        self._store = store
        self._vfs = vfs
        self._log = ChatLog(store)
        self._sync = V0Sync(store, vfs, self._log)
        self._undo = AgentUndo(store, vfs, self._log)
        self._v0_client = v0_client
        self._ai_client = ai_client
        self._hooks: UsageHooks = hooks or NoUsageHooks()
        self._run = Offload(executor)
        self.default_ai_model = default_ai_model
        self._max_agent_steps = max_agent_steps
        self._v0_timeout = v0_timeout
        self._locks: dict[int, asyncio.Lock] = {}
        self._tasks = TaskAnswers()

    async def ai_credit(self) -> str:
        """A sentence on the OpenRouter key's remaining credit, or why it cannot be said."""
        try:
            client = self._ai_client()
        except ChatError as exc:
            return str(exc)
        try:
            return (await client.key_info()).sentence()
        except RemoteError as exc:
            return f"The remaining OpenRouter credit could not be read: {sentence_for(exc)}"
        finally:
            await client.aclose()

    # ----- sending -------------------------------------------------------------------------

    async def send(
        self,
        app_id: int,
        text: str,
        provider: Provider | str,
        model: str | None = None,
        on_event: EventSink | None = None,
        *,
        interactive: bool = True,
    ) -> TurnResult:
        """Send a message and run the turn. Expected failures come back as the result's
        `error` sentence (never raised); offline and key problems leave the text a draft.
        Without `interactive` (the command line), a v0 request for an answer ends the turn
        with a sentence instead of waiting for `answer_v0_task`."""
        provider = Provider(provider)
        async with self._lock(app_id):
            turn = await self._run(
                self._log.start_turn,
                app_id,
                provider,
                self._model(provider, model),
                text,
                MessageStatus.SENDING,
            )
            emit = on_event if on_event is not None else ignore_events
            return await self._turn(turn, emit, interactive=interactive)

    def queue_draft(
        self, app_id: int, text: str, provider: Provider | str, model: str | None = None
    ) -> int:
        """Keep a message to send later (offline, no key yet); returns its turn id."""
        provider = Provider(provider)
        turn = self._log.start_turn(
            app_id, provider, self._model(provider, model), text, MessageStatus.DRAFT
        )
        return turn.turn_id

    async def send_drafts(self, app_id: int, on_event: EventSink | None = None) -> list[TurnResult]:
        """Send the app's drafts oldest first; stop at the first one that is not answered
        (it stays a draft when the service is still unreachable)."""
        emit = on_event if on_event is not None else ignore_events
        results: list[TurnResult] = []
        async with self._lock(app_id):
            # Inside the lock no turn of this app runs, so "sending" means a crash cut it.
            await self._run(self._log.requeue_stale_sends, app_id)
            for draft in await self._run(self._log.drafts, app_id):
                await self._run(self._log.set_user_status, draft.turn_id, MessageStatus.SENDING)
                result = await self._turn(draft, emit)
                results.append(result)
                if result.status not in (MessageStatus.SENT, MessageStatus.PARTIAL):
                    break
        return results

    def drafts(self, app_id: int) -> list[TurnRecord]:
        return self._log.drafts(app_id)

    def discard_draft(self, turn_id: int) -> None:
        """Delete a draft the user no longer wants to send."""
        self._log.delete_draft(turn_id)

    async def pull_v0_version(self, app_id: int, on_event: EventSink | None = None) -> SyncOutcome:
        """Bring in v0's latest finished version (after a timeout or a stopped wait)."""
        emit = on_event if on_event is not None else ignore_events
        async with self._lock(app_id):
            state = await self._run(self._log.v0_state, app_id)
            if state.remote_chat_id is None:
                raise ChatError("This app has no v0 chat yet; send a message to v0 first.")
            client = self._v0_client()
            try:
                chat = await client.get_chat(state.remote_chat_id)
                version = chat.latest_version
                if version is None or not version.is_done or version.id == state.version_id:
                    return SyncOutcome(FileChanges(), (), ())
                scratch = not await self._run(self._vfs.exists, app_id, "package.json")
                version = await client.wait_for_version(
                    state.remote_chat_id, timeout=self._v0_timeout, include_default_files=scratch
                )
            except RemoteError as exc:
                raise ChatError(sentence_for(exc)) from exc
            finally:
                await client.aclose()
            runner = V0Turn(self._context(emit), self._vfs, self._sync, self._v0_client)
            return await runner.apply(app_id, state.remote_chat_id, version, None)

    # ----- what v0 asks, and its preview -------------------------------------------------

    def v0_task(self, app_id: int) -> PendingTask | None:
        """What v0 is waiting for in this app's running turn, if anything."""
        return self._tasks.pending(app_id)

    def answer_v0_task(self, app_id: int, resolution: Mapping[str, Any]) -> None:
        """Answer v0's request (build `resolution` with the task's methods); the turn goes on."""
        self._tasks.answer(app_id, resolution)

    async def v0_preview(self, app_id: int) -> Preview | None:
        """The app's v0 preview URL and its short-lived token (None until the preview runs)."""
        state = await self._run(self._log.v0_state, app_id)
        if state.remote_chat_id is None:
            return None
        client = self._v0_client()
        try:
            return await client.get_preview(state.remote_chat_id)
        except RemoteError as exc:
            raise ChatError(sentence_for(exc)) from exc
        finally:
            await client.aclose()

    # ----- reading, conflicts, undo ------------------------------------------------------

    def history(self, app_id: int) -> list[ChatMessageView]:
        return self._log.messages(app_id)

    def demo_url(self, app_id: int) -> str | None:
        """The v0 demo URL of the app's latest synced version, for the preview."""
        return self._log.v0_state(app_id).demo_url

    def conflicts(self, app_id: int) -> list[Conflict]:
        """Files v0 changed that were also changed locally, waiting for a choice."""
        return self._sync.open_conflicts(app_id)

    def resolve_conflict(self, app_id: int, path: str, choice: ConflictChoice | str) -> FileChanges:
        """keep_mine leaves the app's file; take_theirs writes v0's; keep_both writes v0's
        beside it as `name.v0.ext` (e.g. `app/page.v0.tsx`). Returns what was written."""
        try:
            chosen = ConflictChoice(choice)
        except ValueError:
            options = ", ".join(c.value for c in ConflictChoice)
            raise ChatError(f"'{choice}' is not a choice; use one of {options}.") from None
        return self._sync.resolve(app_id, path, chosen)

    def agent_steps(self, app_id: int) -> list[TurnRecord]:
        """Built-in AI turns that changed files, newest first (`undone_at` set once undone)."""
        return self._log.agent_steps(app_id)

    def undo_agent_step(
        self, app_id: int, turn_id: int | None = None, *, force: bool = False
    ) -> FileChanges:
        """Undo every file change of one AI or v0 turn (default: the newest not undone)."""
        return self._undo.undo(app_id, turn_id, force=force)

    # ----- helpers -------------------------------------------------------------------------

    async def _turn(
        self, turn: TurnRecord, emit: EventSink, *, interactive: bool = True
    ) -> TurnResult:
        ctx = self._context(emit)
        if turn.provider is Provider.V0:
            tasks = self._tasks if interactive else None
            runner = V0Turn(ctx, self._vfs, self._sync, self._v0_client, self._v0_timeout, tasks)
            result = await runner.run(turn)
        else:
            agent = AgentTurn(ctx, self._vfs, self._ai_client, self._max_agent_steps)
            result = await agent.run(turn)
        if result.error and result.status is not MessageStatus.SENT:
            emit(StatusChanged(result.status.value, result.error))
        emit(TurnFinished(result))
        return result

    def _context(self, emit: EventSink) -> TurnContext:
        return TurnContext(self._log, self._hooks, emit, self._run)

    def _model(self, provider: Provider, model: str | None) -> str:
        if model:
            return model
        return self.default_ai_model if provider is Provider.AI else ""

    def _lock(self, app_id: int) -> asyncio.Lock:
        return self._locks.setdefault(app_id, asyncio.Lock())

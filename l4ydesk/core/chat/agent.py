"""The built-in AI agent's turn: stream the model's answer, run its file tools, feed the results
back, and repeat, up to a bounded number of model requests.

Each model request and each tool call passes the usage hooks. The answer's text streams to the
caller; if the connection drops or the caller cancels, the text that arrived is kept with status
partial, and the file changes already made stay recorded so the step can still be undone.
"""

from __future__ import annotations

import asyncio
import json
from contextlib import aclosing
from typing import Any

from l4ydesk.clients.errors import PlanLimitError, RemoteError, StreamInterrupted
from l4ydesk.clients.openrouter_models import (
    ReasoningComplete,
    TextDelta,
    ToolCall,
    ToolCallsComplete,
    Usage,
)
from l4ydesk.core.chat.errors import keeps_draft, sentence_for
from l4ydesk.core.chat.events import (
    AnswerDelta,
    FilesChanged,
    StatusChanged,
    ToolCallFinished,
    ToolCallStarted,
    UsageReported,
)
from l4ydesk.core.chat.history import TurnRecord
from l4ydesk.core.chat.ports import ChatModelApi, ChatModelFactory
from l4ydesk.core.chat.runtime import TurnContext
from l4ydesk.core.chat.tools import TOOL_SPECS, AgentFileTools, ToolResult, tool_path
from l4ydesk.core.chat.usage import ActionKind, ChatAction
from l4ydesk.core.chat.values import (
    ActionUsage,
    FileChanges,
    MessageStatus,
    Provider,
    TurnResult,
)
from l4ydesk.core.errors import L4yError
from l4ydesk.core.vfs import VirtualFileSystem

DEFAULT_MAX_STEPS = 12
HISTORY_MESSAGES = 20  # earlier messages sent along, enough context at a bounded cost
LISTED_FILES = 200

SYSTEM_PROMPT = """\
You are the built-in AI of l4ydesk, a desktop app builder. You change the files of one web app \
(usually Next.js with React and Tailwind) only through the tools you are given: list_files, \
read_file, write_file, edit_file, delete_file, rename_file. Read a file before you edit it. \
Prefer edit_file for small changes; its old_text must match exactly once. When you are done, \
say in a few sentences what you changed."""

SENDING = "Sending your message to the built-in AI…"
CREDIT_CHECK_TIMEOUT = 5.0  # the credit line is a courtesy: never hold the turn up for it
CANCELLED_NOTE = "You stopped this answer; what arrived before is kept, but it is incomplete."
CANCELLED_DRAFT_NOTE = "You stopped this message before it was sent; it is kept as a draft."


class AgentTurn:
    """Runs one built-in AI turn for a stored user message."""

    def __init__(
        self,
        ctx: TurnContext,
        vfs: VirtualFileSystem,
        client_factory: ChatModelFactory,
        max_steps: int = DEFAULT_MAX_STEPS,
    ) -> None:
        self._ctx = ctx
        self._vfs = vfs
        self._factory = client_factory
        self._max_steps = max_steps

    async def run(self, turn: TurnRecord) -> TurnResult:
        state = _TurnState(turn)
        client: ChatModelApi | None = None
        try:
            client = self._factory()
            messages = await self._ctx.run(self._opening_messages, turn)
            tools = AgentFileTools(
                self._vfs,
                turn.app_id,
                lambda change: self._ctx.log.record_change(turn.turn_id, change),
            )
            self._ctx.emit(StatusChanged("sending", SENDING))
            for _ in range(self._max_steps):
                calls = await self._ask(client, messages, state)
                if not calls:
                    break
                messages.append(_assistant_message(state.current_text, calls, state.reasoning))
                for call in calls:
                    result = await self._call_tool(tools, call, state)
                    messages.append(
                        {"role": "tool", "tool_call_id": call.id, "content": result.content}
                    )
            else:
                state.note = (
                    f"The built-in AI stopped after {self._max_steps} steps; "
                    "ask it to continue if it was not done."
                )
            return await self._finish(state, MessageStatus.SENT)
        except asyncio.CancelledError:
            self._save_cancelled(state)
            raise
        except (RemoteError, L4yError) as exc:
            return await self._fail(state, exc)
        finally:
            if client is not None:
                await client.aclose()

    async def _credit(self, client: ChatModelApi) -> str:
        """The key's remaining credit, said before a run that may take many requests.

        A key with nothing left refuses the turn here (kept as a draft, as a 402 would), so no
        request is spent learning it. A failed look-up says nothing: the run goes on.
        """
        try:
            info = await asyncio.wait_for(client.key_info(), CREDIT_CHECK_TIMEOUT)
        except (RemoteError, TimeoutError):
            return ""
        if info.remaining is not None and info.remaining <= 0:
            raise PlanLimitError(
                "OpenRouter", status=402, detail="no credit left on this key (GET /key)"
            )
        return f" {info.sentence()}"

    # ----- one model request ---------------------------------------------------------------

    async def _ask(
        self, client: ChatModelApi, messages: list[dict[str, Any]], state: _TurnState
    ) -> tuple[ToolCall, ...]:
        turn = state.turn
        action = ChatAction(ActionKind.AI_MESSAGE, turn.app_id, Provider.AI.value, turn.model)
        self._ctx.hooks.before_action(action)
        state.start_step()
        state.reasoning = None
        calls: tuple[ToolCall, ...] = ()
        usage: Usage | None = None
        completed = False
        try:
            if len(state.steps) == 1:
                # After the hooks allowed the request, so a refused turn sends nothing at all.
                credit = await self._credit(client)
                if credit:
                    self._ctx.emit(StatusChanged("sending", f"{SENDING}{credit}"))
            stream = client.stream_chat(messages, turn.model, TOOL_SPECS)
            async with aclosing(stream) as events:
                async for event in events:
                    if not state.accepted:
                        await self._accept(state)
                    match event:
                        case TextDelta(text=piece):
                            state.add_text(piece)
                            self._ctx.emit(AnswerDelta(piece))
                        case ReasoningComplete():
                            state.reasoning = event
                        case ToolCallsComplete(calls=complete):
                            calls += complete
                        case Usage():
                            usage = event
            completed = True
        except StreamInterrupted:
            state.accepted = True  # the service answered, then the connection dropped
            raise
        finally:
            spent = _usage(usage, completed)
            state.usage += spent
            self._ctx.hooks.after_action(action, spent)
            self._ctx.emit(UsageReported(action, spent))
        return calls

    async def _accept(self, state: _TurnState) -> None:
        state.accepted = True
        await self._ctx.run(self._ctx.log.set_user_status, state.turn.turn_id, MessageStatus.SENT)

    # ----- one tool call -------------------------------------------------------------------

    async def _call_tool(
        self, tools: AgentFileTools, call: ToolCall, state: _TurnState
    ) -> ToolResult:
        turn = state.turn
        path = tool_path(call.arguments)
        action = ChatAction(
            ActionKind.AGENT_TOOL, turn.app_id, Provider.AI.value, turn.model, call.name, path
        )
        self._ctx.hooks.before_action(action)
        self._ctx.emit(ToolCallStarted(call.id, call.name, path))
        result = await self._ctx.run(tools.run, call.name, call.arguments)
        state.changes += result.changes
        spent = ActionUsage(files_changed=result.changes.count, completed=result.ok)
        self._ctx.hooks.after_action(action, spent)
        self._ctx.emit(UsageReported(action, spent))
        self._ctx.emit(ToolCallFinished(call.id, call.name, path, result.ok, result.summary))
        return result

    # ----- endings -------------------------------------------------------------------------

    async def _finish(self, state: _TurnState, status: MessageStatus) -> TurnResult:
        turn = state.turn
        await self._ctx.run(
            self._ctx.log.finish_turn,
            turn.turn_id,
            user_status=MessageStatus.SENT,
            answer=state.text,
            answer_status=status,
            usage=state.usage_json(),
            note=state.note,
        )
        if state.changes:
            self._ctx.emit(FilesChanged(state.changes))
        return state.result(status)

    async def _fail(self, state: _TurnState, exc: BaseException) -> TurnResult:
        state.note = sentence_for(exc)
        turn = state.turn
        if state.accepted:
            kept = bool(state.text or state.changes)
            return await self._finish(
                state, MessageStatus.PARTIAL if kept else MessageStatus.FAILED
            )
        status = MessageStatus.DRAFT if keeps_draft(exc) else MessageStatus.FAILED
        await self._ctx.run(self._ctx.log.set_user_status, turn.turn_id, status, state.note)
        return state.result(status)

    def _save_cancelled(self, state: _TurnState) -> None:
        # Synchronous on purpose: the task is being cancelled, so no more awaiting.
        log = self._ctx.log
        if state.accepted:
            log.finish_turn(
                state.turn.turn_id,
                user_status=MessageStatus.SENT,
                answer=state.text,
                answer_status=MessageStatus.PARTIAL,
                usage=state.usage_json(),
                note=CANCELLED_NOTE,
            )
        else:
            log.set_user_status(state.turn.turn_id, MessageStatus.DRAFT, CANCELLED_DRAFT_NOTE)

    # ----- the conversation ----------------------------------------------------------------

    def _opening_messages(self, turn: TurnRecord) -> list[dict[str, Any]]:
        files = [f.path for f in self._vfs.list_files(turn.app_id)]
        listing = "\n".join(files[:LISTED_FILES]) or "(no files yet)"
        if len(files) > LISTED_FILES:
            listing += f"\n… and {len(files) - LISTED_FILES} more (use list_files)"
        system = f"{SYSTEM_PROMPT}\n\nThe app's files now:\n{listing}"
        earlier = [
            {"role": m.role, "content": m.content}
            for m in self._ctx.log.messages(turn.app_id)
            if m.provider is Provider.AI
            and m.turn_id != turn.turn_id
            and m.role in ("user", "assistant")
            and m.status in (MessageStatus.SENT, MessageStatus.PARTIAL)
            and m.content.strip()
        ]
        return [
            {"role": "system", "content": system},
            *earlier[-HISTORY_MESSAGES:],
            {"role": "user", "content": turn.text},
        ]


class _TurnState:
    """What the turn has produced so far, kept whole for a cut or cancelled answer."""

    def __init__(self, turn: TurnRecord) -> None:
        self.turn = turn
        self.accepted = False
        self.steps: list[list[str]] = []
        self.usage = ActionUsage()
        self.changes = FileChanges()
        self.note = ""
        self.reasoning: ReasoningComplete | None = None  # of the latest model request

    def start_step(self) -> None:
        self.steps.append([])

    def add_text(self, piece: str) -> None:
        self.steps[-1].append(piece)

    @property
    def current_text(self) -> str:
        return "".join(self.steps[-1]) if self.steps else ""

    @property
    def text(self) -> str:
        return "\n\n".join(t for t in ("".join(s).strip() for s in self.steps) if t)

    def usage_json(self) -> dict[str, Any]:
        return {**self.usage.as_json(), "model": self.turn.model, "requests": len(self.steps)}

    def result(self, status: MessageStatus) -> TurnResult:
        return TurnResult(
            turn_id=self.turn.turn_id,
            app_id=self.turn.app_id,
            provider=Provider.AI,
            status=status,
            answer=self.text,
            error=self.note or None,
            changes=self.changes,
            usage=self.usage,
        )


def _usage(usage: Usage | None, completed: bool) -> ActionUsage:
    if usage is None:
        return ActionUsage(completed=completed)
    return ActionUsage(
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        total_tokens=usage.total_tokens,
        cost=usage.cost,
        completed=completed,
    )


def _assistant_message(
    text: str, calls: tuple[ToolCall, ...], reasoning: ReasoningComplete | None
) -> dict[str, Any]:
    # Reasoning models need their reasoning blocks back, unchanged, beside the calls they led
    # to (OpenRouter docs, "Preserving reasoning blocks"); others ignore the fields.
    return {
        "role": "assistant",
        "content": text or None,
        **(reasoning.message_fields() if reasoning is not None else {}),
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.name, "arguments": _arguments(call)},
            }
            for call in calls
        ],
    }


def _arguments(call: ToolCall) -> str:
    # Echo valid arguments canonically; keep invalid ones as sent so the model sees its error.
    return json.dumps(call.arguments) if call.arguments is not None else call.raw_arguments

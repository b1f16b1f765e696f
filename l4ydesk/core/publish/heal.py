"""Self-heal after a failed build: rules first, then a surgical AI edit, then v0 as a last resort.

Each attempt answers the first error of the build log. The deterministic fix (a compatibility
rule, free) comes first; else the built-in AI sees the error and the named lines and may only
call `edit_file` (never a whole-file rewrite), charged `Action.PUBLISH_SELF_HEAL` per attempt.
At most `MAX_ATTEMPTS`; an attempt whose build ends on the same error stops the loop (no credits
burnt on a fix that does not converge), and v0 gets the error once, in the app's v0 chat. Every
fix lands in the app's local files as revisions (the user keeps it and can undo it).
"""

from __future__ import annotations

import asyncio
import difflib
import json
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from l4ydesk.clients.openrouter_models import ToolCall, ToolCallsComplete
from l4ydesk.core.chat.ports import ChatModelFactory
from l4ydesk.core.chat.tools import TOOL_SPECS, AgentFileTools
from l4ydesk.core.credits.costs import Action, fixed_cost
from l4ydesk.core.credits.events import Charged
from l4ydesk.core.credits.ledger import CreditsExhausted, Ledger
from l4ydesk.core.publish.build_errors import BuildError, fix_for, parse_build_errors
from l4ydesk.core.publish.events import HealAttempt
from l4ydesk.core.publish.line_map import source_line
from l4ydesk.core.vfs import VirtualFileSystem, looks_binary
from l4ydesk.storage.models import RevisionSource

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
CONTEXT_LINES = 6  # lines shown around the named line
MAX_TOOL_ROUNDS = 3  # a failed edit (old_text not found) gets its answer and another try
EDIT_TOOL = next(spec for spec in TOOL_SPECS if spec["function"]["name"] == "edit_file")
SYSTEM_PROMPT = (
    "You fix one build error in a Next.js app. Change only the lines needed, with the edit_file "
    "tool (old_text must be copied exactly from the lines shown). Never rewrite a whole file, "
    "never change unrelated code. Answer with tool calls only."
)


class V0Fallback(Protocol):
    """Sends a message to the app's v0 chat and writes v0's new version (ChatService.send)."""

    async def __call__(self, app_id: int, text: str) -> tuple[str, ...]:
        """The paths v0's version changed (empty when it changed nothing)."""
        ...


@dataclass(frozen=True)
class FoundError:
    """The build error an attempt answers (the first one of the log)."""

    error: BuildError

    @property
    def file(self) -> str:
        return self.error.file or ""

    @property
    def line(self) -> int:
        return self.error.line or 0

    @property
    def key(self) -> str:
        # Without the line: a fix that moves the error by a line is still the same error.
        return f"{self.error.file or '(no file)'}: {self.error.message}"

    @property
    def text(self) -> str:
        return f"{self.error.location()}: {self.error.message}"


class SelfHealer:
    def __init__(
        self,
        vfs: VirtualFileSystem,
        ledger: Ledger,
        *,
        model: ChatModelFactory | None = None,
        model_name: str = "",
        v0: V0Fallback | None = None,
        charged: Callable[[Charged], None] | None = None,
    ) -> None:
        self._vfs = vfs
        self._ledger = ledger
        self._model = model
        self._model_name = model_name
        self._v0 = v0
        self._charged = charged or (lambda _event: None)

    async def heal(
        self,
        app_id: int,
        log_text: str,
        previous: Sequence[HealAttempt],
        built: Mapping[str, bytes] | None = None,
    ) -> HealAttempt | None:
        """One attempt at the build's first error; None when there is nothing more to try.

        `built` holds the files as committed (wired by the scaffold), which the log's line
        numbers count; the attempt names the lines of the app's own files.
        """
        if any(a.source == "v0" for a in previous):
            return None  # v0 was the last resort
        error = first_error(log_text)
        repeated = error is not None and any(a.error == error.key for a in previous)
        number = len(previous) + 1
        if error is not None and not repeated and len(previous) < MAX_ATTEMPTS:
            before = await asyncio.to_thread(self._vfs.read_all, app_id)
            error = in_source(error, built or {}, before)
            attempt = await self._by_rules(app_id, error, before, number)
            if attempt is None:
                attempt = await self._by_ai(app_id, error, before, number)
            if attempt is not None:
                return attempt
        return await self._by_v0(app_id, error, log_text, number)

    async def _by_rules(
        self, app_id: int, error: FoundError, before: Mapping[str, bytes], number: int
    ) -> HealAttempt | None:
        found = fix_for(error.error, before)
        if found is None:
            return None
        changed = {p: d for p, d in found.files.items() if before.get(p) != d}
        if not changed:
            return None
        what = "; ".join(c.description for c in found.changes) or "a compatibility rule"
        return await self._record(app_id, number, error, "rules", what, before, changed, 0)

    async def _by_ai(
        self, app_id: int, error: FoundError, before: Mapping[str, bytes], number: int
    ) -> HealAttempt | None:
        if self._model is None:
            return None
        cost = fixed_cost(Action.PUBLISH_SELF_HEAL)
        try:
            await asyncio.to_thread(self._ledger.check, cost)
        except CreditsExhausted as exc:
            log.info("self-heal skips the AI: %s", exc)
            return None
        changed = await self._ask_model(app_id, error, before)
        if not changed:
            return None
        key = f"publish-heal:{app_id}:{uuid.uuid4().hex}"
        what = f"Self-heal attempt {number} while publishing: {error.text[:120]}"
        await asyncio.to_thread(
            self._ledger.deduct, key, cost, what, {"app_id": app_id, "attempt": number}
        )
        self._charged(Charged(app_id, cost, what, source="publish"))
        after = await asyncio.to_thread(self._vfs.read_all, app_id)
        summary = f"The built-in AI edited {', '.join(sorted(changed))}."
        diff = unified_diff(before, {p: after[p] for p in changed if p in after})
        ids = await asyncio.to_thread(self._revision_ids, app_id, sorted(changed))
        return HealAttempt(number, error.key, "ai", summary, diff, cost, ids)

    async def _ask_model(
        self, app_id: int, error: FoundError, before: Mapping[str, bytes]
    ) -> set[str]:
        assert self._model is not None
        changed: set[str] = set()
        tools = AgentFileTools(
            self._vfs, app_id, lambda change: changed.add(str(change.get("path", "")))
        )
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": describe_error(error, before)},
        ]
        client = self._model()
        try:
            for _round in range(MAX_TOOL_ROUNDS):
                calls: list[ToolCall] = []
                async for event in client.stream_chat(messages, self._model_name, [EDIT_TOOL]):
                    if isinstance(event, ToolCallsComplete):
                        calls.extend(event.calls)
                if not calls:
                    break
                messages.append(
                    {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": c.id,
                                "type": "function",
                                "function": {"name": c.name, "arguments": c.raw_arguments},
                            }
                            for c in calls
                        ],
                    }
                )
                failed = False
                for call in calls:
                    if call.name != "edit_file":  # surgical only: never write_file
                        answer = "Error: only edit_file may be used here; change only the lines."
                        failed = True
                    else:
                        result = await asyncio.to_thread(tools.run, call.name, call.arguments)
                        answer, failed = result.content, failed or not result.ok
                    messages.append({"role": "tool", "tool_call_id": call.id, "content": answer})
                if not failed:
                    break
        finally:
            await client.aclose()
        return {path for path in changed if path}

    async def _by_v0(
        self, app_id: int, error: FoundError | None, log_text: str, number: int
    ) -> HealAttempt | None:
        if self._v0 is None:
            return None
        what = error.text if error is not None else "\n".join(log_text.splitlines()[-30:])
        before = await asyncio.to_thread(self._vfs.read_all, app_id)
        prompt = (
            "Publishing this app failed: the production build (next build) stopped on this "
            f"error. Fix it with as small a change as possible.\n\n{what}"
        )
        paths = await self._v0(app_id, prompt)
        if not paths:
            return None
        after = await asyncio.to_thread(self._vfs.read_all, app_id)
        diff = unified_diff(before, {p: after.get(p, b"") for p in paths})
        ids = await asyncio.to_thread(self._revision_ids, app_id, [p for p in paths if p in after])
        key = error.key if error is not None else "unparsed build error"
        summary = f"v0 sent a new version changing {', '.join(sorted(paths))}."
        return HealAttempt(number, key, "v0", summary, diff, 0, ids)

    async def _record(
        self,
        app_id: int,
        number: int,
        error: FoundError,
        source: str,
        summary: str,
        before: Mapping[str, bytes],
        changed: Mapping[str, bytes],
        credits: int,
    ) -> HealAttempt:
        message = f"self-heal ({source}): {error.text[:150]}"
        await asyncio.to_thread(
            self._vfs.write_many, app_id, dict(changed), RevisionSource.AI, message
        )
        ids = await asyncio.to_thread(self._revision_ids, app_id, sorted(changed))
        diff = unified_diff(before, changed)
        return HealAttempt(number, error.key, source, summary, diff, credits, ids)

    def _revision_ids(self, app_id: int, paths: Sequence[str]) -> tuple[int, ...]:
        # history() is newest first: the revision this attempt just wrote.
        return tuple(self._vfs.history(app_id, path)[0].revision_id for path in paths)


def first_error(log_text: str) -> FoundError | None:
    """The first error the build log names; a file-less one only when there is no other."""
    errors = parse_build_errors(log_text)
    located = [e for e in errors if e.file]
    chosen = located[0] if located else (errors[0] if errors else None)
    return FoundError(chosen) if chosen is not None else None


def in_source(
    error: FoundError, built: Mapping[str, bytes], source: Mapping[str, bytes]
) -> FoundError:
    """The error with its line counted in the app's own file rather than the built one."""
    built_data, source_data = built.get(error.file), source.get(error.file)
    if not error.line or built_data is None or source_data is None or built_data == source_data:
        return error
    return FoundError(replace(error.error, line=source_line(built_data, source_data, error.line)))


def describe_error(error: FoundError, files: Mapping[str, bytes]) -> str:
    """The error and the lines it names (numbered), which is all the model gets to see."""
    data = files.get(error.file)
    if data is None or looks_binary(data):
        return f"The build failed with:\n{error.text}\n(The file is not in the app.)"
    lines = data.decode("utf-8", "replace").splitlines()
    first = max(1, error.line - CONTEXT_LINES)
    last = min(len(lines), error.line + CONTEXT_LINES)
    shown = "\n".join(f"{n:>5}  {lines[n - 1]}" for n in range(first, last + 1))
    return (
        f"The build failed with:\n{error.text}\n\nLines {first}-{last} of {error.file}:\n"
        f"{shown}\n\nFix it with edit_file on {error.file}. Arguments as JSON: "
        f"{json.dumps({'path': error.file, 'old_text': '…', 'new_text': '…'})}"
    )


def unified_diff(before: Mapping[str, bytes], after: Mapping[str, bytes]) -> str:
    parts: list[str] = []
    for path in sorted(after):
        old = before.get(path, b"").decode("utf-8", "replace").splitlines(keepends=True)
        new = after[path].decode("utf-8", "replace").splitlines(keepends=True)
        parts.extend(difflib.unified_diff(old, new, f"a/{path}", f"b/{path}"))
    return "".join(parts)

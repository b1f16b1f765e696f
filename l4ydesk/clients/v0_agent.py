"""The v0 Platform API v2 routes l4ydesk uses: streamed turns, tasks that wait for the user,
Stop, and the preview URL with its token.

Pinned: **v0 Platform API v2** (vercel/v0-sdk ``packages/v0-sdk/openapi.json``, info.version
2.0.0, the SDK's move to v2 on 2026-07-30, commit f0c88f6), base ``https://api.v0.dev/v2``.

- ``POST /chats/stream`` (chats.createStream), ``POST /chats/{id}/messages/stream``
  (messages.sendStream) and ``POST /chats/{id}/messages/resolve/stream``
  (messages.resolveStream) answer Server-Sent Events, ``data: <JSON>`` each: message or chat
  snapshots, ``message.parts.chunk`` (a jsondiffpatch delta of ``parts``; its ``id`` is the
  assistant message), ``message.usage`` and ``error``. We read the ids and the closing
  snapshot from them; the parts themselves come from the final Message, so no delta needs
  applying. A chat stream closes with the chat, not the message: the message is read then
  (``GET /chats/{id}/messages/{messageId}``, messages.get; ``finishReason`` null = not done).
- A message waits for the user when a part asks (see `pending_task`); the answer goes back as a
  ``task`` to the resolve route, and the agent goes on in a new streamed message.
- ``POST /chats/{id}/messages/{messageId}/stop`` (messages.stop) aborts a generation at its next
  safe point; 409 means it had already finished.
- ``GET /chats/{id}/preview`` (chats.getPreview): null until the preview runs, else ``{url,
  token, expiresAt}``; the token goes in an ``x-v0-preview-token`` header and is short-lived.
- Errors are ``{"message"}`` with 401/403/404/409/422/500.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from urllib.parse import quote

import httpx

from l4ydesk.clients.errors import InvalidRequestError, ProtocolError, ServerError
from l4ydesk.clients.sse import sse_data
from l4ydesk.clients.transport import Transport

SERVICE = "v0"
PREVIEW_TOKEN_HEADER = "x-v0-preview-token"

__all__ = [
    "PREVIEW_TOKEN_HEADER",
    "PendingTask",
    "Preview",
    "Question",
    "TaskKind",
    "V0AgentRoutes",
    "V0Message",
]


class TaskKind(StrEnum):
    """What the agent waits for; the value is the task ``type`` that resolves it."""

    QUESTIONS = "answered-questions"
    PLAN = "plan-exit-response"
    INTEGRATION = "confirmed-steps"
    PERMISSION = "confirmed-permissions"
    CONNECT = "vercel-connect-setup"


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    header: str
    multi: bool
    options: tuple[tuple[str, str], ...]  # (label, description)


@dataclass(frozen=True, slots=True)
class PendingTask:
    """A request of the agent that only the user can answer, and how to answer it."""

    kind: TaskKind
    summary: str
    questions: tuple[Question, ...] = ()
    plan: str = ""
    integrations: tuple[str, ...] = ()
    presets: tuple[str, ...] = ()
    permissions: tuple[dict[str, Any], ...] = ()  # passed back unchanged
    tool: str = ""
    setup_url: str = ""

    def answer_questions(
        self, chosen: Mapping[str, Sequence[str]], other: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """The task for the options chosen per question id (and free text, "Other")."""
        answers: list[dict[str, Any]] = []
        for question in self.questions:
            answer: dict[str, Any] = {
                "questionId": question.id,
                "questionText": question.text,
                "selectedLabels": list(chosen.get(question.id, ())),
            }
            extra = (other or {}).get(question.id, "").strip()
            if extra:
                answer["customText"] = extra
            answers.append(answer)
        return {"type": TaskKind.QUESTIONS.value, "answers": answers}

    def review_plan(self, approved: bool, feedback: str = "") -> dict[str, Any]:
        status = "approved" if approved else "request-changes"
        content = feedback.strip() or ("Approved." if approved else "Please change the plan.")
        return {"type": TaskKind.PLAN.value, "status": status, "content": content}

    def confirm_steps(self, done: bool, env_vars: Sequence[str] = ()) -> dict[str, Any]:
        """Integrations connected (or, with `done` False, skipped: empty lists)."""
        return {
            "type": TaskKind.INTEGRATION.value,
            "connectedIntegrationNames": list(self.integrations) if done else [],
            "connectedMcpPresetNames": list(self.presets) if done else [],
            "addedEnvVars": list(env_vars),
        }

    def grant(self, note: str = "") -> dict[str, Any]:
        task: dict[str, Any] = {
            "type": TaskKind.PERMISSION.value,
            "permissions": [dict(p) for p in self.permissions],
        }
        if note.strip():
            task["userMessage"] = note.strip()
        return task

    def connected(self) -> dict[str, Any]:
        return {"type": TaskKind.CONNECT.value}


@dataclass(frozen=True, slots=True)
class V0Message:
    """A v2 Message: ``finish_reason`` None while generating; ``parts`` as the API gave them."""

    id: str
    chat_id: str
    content: str
    finish_reason: str | None
    parts: tuple[Mapping[str, Any], ...]
    credits: float | None = None

    def pending_task(self) -> PendingTask | None:
        """The request the agent waits on, if any (the last asking part wins)."""
        for part in reversed(self.parts):
            task = _task_of(part)
            if task is not None:
                return task
        return None

    def deleted_paths(self) -> tuple[str, ...]:
        """Files the agent deleted, or renamed away from, in this message."""
        return tuple(
            part["path"]
            for part in self.parts
            if part.get("type") == "file-edit"
            and isinstance(part.get("path"), str)
            and (
                part.get("operation") == "delete"
                or (part.get("operation") == "rename" and part.get("toPath"))
            )
        )

    @property
    def text(self) -> str:
        if self.content:
            return self.content
        texts = [p["text"] for p in self.parts if p.get("type") == "text" and p.get("text")]
        return "\n\n".join(str(t) for t in texts)


@dataclass(frozen=True, slots=True)
class Preview:
    url: str
    token: str
    expires_at: datetime


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _task_of(part: Mapping[str, Any]) -> PendingTask | None:
    kind, name = part.get("type"), part.get("name")
    data = part.get("data")
    if kind == "tool-call" and isinstance(part.get("suggestedPermissions"), list):
        permissions = tuple(p for p in part["suggestedPermissions"] if isinstance(p, Mapping))
        tool = str(name or "a tool")
        return PendingTask(
            TaskKind.PERMISSION,
            f"v0 asks to run {tool}.",
            permissions=tuple(dict(p) for p in permissions),
            tool=tool,
        )
    if kind != "agent-action" or not isinstance(data, Mapping):
        return None
    summary = str(part.get("summary") or "")
    if name == "ask_user_questions":
        questions = tuple(
            Question(
                id=str(q.get("id")),
                text=str(q.get("question", "")),
                header=str(q.get("header", "")),
                multi=q.get("multiSelect") is True,
                options=tuple(
                    (str(o.get("label")), str(o.get("description") or ""))
                    for o in q.get("options") or []
                    if isinstance(o, Mapping) and o.get("label")
                ),
            )
            for q in data.get("questions") or []
            if isinstance(q, Mapping) and q.get("id")
        )
        return PendingTask(TaskKind.QUESTIONS, summary or "v0 has questions.", questions)
    if name == "exit_plan_mode":
        return PendingTask(
            TaskKind.PLAN,
            str(data.get("summary") or summary or "v0 proposes a plan."),
            plan=str(data.get("plan", "")),
        )
    if name == "get_or_request_integration":
        return PendingTask(
            TaskKind.INTEGRATION,
            summary or "v0 asks to connect integrations.",
            integrations=_strings(data.get("requestedIntegrations")),
            presets=_strings(data.get("requestedMcpPresets")),
        )
    if name == "configure_vercel_connect" and data.get("status") == "setup-required":
        return PendingTask(
            TaskKind.CONNECT,
            summary or f"v0 asks to connect {data.get('service', 'a service')}.",
            setup_url=str(data.get("setupUrl", "")),
        )
    return None


def parse_message(data: Any) -> V0Message:
    if not isinstance(data, Mapping) or not isinstance(data.get("id"), str):
        raise ProtocolError(SERVICE, detail="message without an id")
    parts = data.get("parts")
    usage = data.get("usage")
    credits = usage.get("credits") if isinstance(usage, Mapping) else None
    finish = data.get("finishReason")
    return V0Message(
        id=data["id"],
        chat_id=str(data.get("chatId", "")),
        content=data["content"] if isinstance(data.get("content"), str) else "",
        finish_reason=finish if isinstance(finish, str) else None,
        parts=tuple(p for p in parts if isinstance(p, Mapping)) if isinstance(parts, list) else (),
        credits=float(credits) if isinstance(credits, int | float) else None,
    )


# Called once the ids are known, before the generation ends: the caller can then stop it.
Started = Callable[[str, str], None]


class V0AgentRoutes:
    """The v2 methods of `V0Client` (mixed in; `_v2` is the client's v2 transport)."""

    _v2: Transport

    async def create_chat_stream(
        self, prompt: str, *, model_id: str | None = None, on_started: Started | None = None
    ) -> V0Message:
        body = _with_model({"message": prompt}, model_id)
        return await self._turn_stream("/chats/stream", body, None, on_started)

    async def send_message_stream(
        self,
        chat_id: str,
        text: str,
        *,
        model_id: str | None = None,
        on_started: Started | None = None,
    ) -> V0Message:
        body = _with_model({"message": text}, model_id)
        path = f"/chats/{segment(chat_id)}/messages/stream"
        return await self._turn_stream(path, body, chat_id, on_started)

    async def resolve_task_stream(
        self, chat_id: str, task: Mapping[str, Any], *, on_started: Started | None = None
    ) -> V0Message:
        path = f"/chats/{segment(chat_id)}/messages/resolve/stream"
        return await self._turn_stream(path, {"task": dict(task)}, chat_id, on_started)

    async def get_message(self, chat_id: str, message_id: str) -> V0Message:
        path = f"/chats/{segment(chat_id)}/messages/{segment(message_id)}"
        return parse_message(await self._v2.request_json("GET", path))

    async def stop_message(self, chat_id: str, message_id: str) -> bool:
        """Stop a generation; False when it had already finished (409)."""
        path = f"/chats/{segment(chat_id)}/messages/{segment(message_id)}/stop"
        try:
            await self._v2.request_json("POST", path)
        except InvalidRequestError as exc:
            if exc.status == 409:
                return False
            raise
        return True

    async def get_preview(self, chat_id: str) -> Preview | None:
        data = await self._v2.request_json("GET", f"/chats/{segment(chat_id)}/preview")
        if data is None:
            return None
        try:
            expires = datetime.fromisoformat(str(data["expiresAt"]).replace("Z", "+00:00"))
            return Preview(url=str(data["url"]), token=str(data["token"]), expires_at=expires)
        except (KeyError, TypeError, ValueError):
            raise ProtocolError(SERVICE, detail="preview without url, token or expiry") from None

    async def _turn_stream(
        self,
        path: str,
        body: dict[str, Any],
        chat_id: str | None,
        on_started: Started | None,
    ) -> V0Message:
        """Read a turn's event stream to its end; returns the finished assistant message."""
        message_id: str | None = None
        closing: V0Message | None = None
        headers = {"Accept": "text/event-stream"}
        async with self._v2.stream("POST", path, json=body, headers=headers) as response:
            try:
                async with aclosing(sse_data(response.aiter_lines())) as payloads:
                    async for payload in payloads:
                        event = _event(payload)
                        kind = event.get("object")
                        if kind == "error":
                            raise ServerError(SERVICE, detail=str(event.get("message", "")))
                        if kind == "chat" and chat_id is None:
                            chat_id = str(event.get("id"))
                        elif kind == "message" and event.get("role") == "assistant":
                            message = parse_message(event)
                            chat_id = chat_id or message.chat_id
                            closing = message if message.finish_reason else closing
                        elif kind in ("message.parts.chunk", "message.usage"):
                            pass
                        else:
                            continue
                        new_id = event.get("id") if kind != "chat" else None
                        if message_id is None and isinstance(new_id, str) and chat_id:
                            message_id = new_id
                            if on_started is not None:
                                on_started(chat_id, message_id)
            except httpx.TransportError as exc:
                raise self._v2.network_error(exc) from exc
        if chat_id is None or message_id is None:
            raise ProtocolError(SERVICE, detail="the stream ended before naming its message")
        if closing is not None:
            return closing
        return await self.get_message(chat_id, message_id)


def _event(payload: str) -> Mapping[str, Any]:
    try:
        event = json.loads(payload)
    except ValueError:
        raise ProtocolError(SERVICE, detail="a stream event was not JSON") from None
    if not isinstance(event, Mapping):
        raise ProtocolError(SERVICE, detail="a stream event was not an object")
    return event


def _with_model(body: dict[str, Any], model_id: str | None) -> dict[str, Any]:
    if model_id is not None:
        body["modelConfiguration"] = {"modelId": model_id}
    return body


def segment(value: str) -> str:
    """A path segment, quoted so an id can never reach another endpoint."""
    if not value:
        raise ValueError("an id must not be empty")
    return quote(value, safe="")

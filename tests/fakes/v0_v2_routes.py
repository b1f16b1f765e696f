"""The v2 routes of the fake v0 Platform API (vercel/v0-sdk openapi.json, version 2.0.0).

- ``POST /v2/chats/stream`` (chats.createStream) and ``POST /v2/chats/{id}/messages/stream``
  (messages.sendStream): ``text/event-stream``, each event ``data: <JSON>``. A message stream
  opens with the assistant message's snapshot (empty ``parts``, ``finishReason`` null), then
  ``message.parts.chunk`` events whose ``delta`` is a jsondiffpatch delta against ``parts``,
  one ``message.usage``, and the closing snapshot. A chat stream opens and closes with chat
  snapshots (``object: "chat"``) instead; its chunks carry the assistant message's id.
  MessageStreamEvent ``message.parts.chunk``: "jsondiffpatch delta to apply against the
  running public `Message.parts` array. Apply each delta in order to reconstruct the complete
  current parts snapshot." With `PlannedVersion.reply_pieces` the text part grows as the
  SDK's differ (``jsondiffpatch.create({})``, no text diffs, src/stream/diffpatch.ts) writes
  it: first the part added (``{"_t": "a", "N": [part]}``), then its ``text`` replaced old for
  new (``{"_t": "a", "N": {"text": [old, new]}}``), piece by piece.
- ``GET /v2/chats/{id}/messages/{messageId}`` (messages.get): the Message, ``finishReason``
  null while the agent is still generating.
- A turn that waits for the user (Message.parts): an ``agent-action`` part named
  ``ask_user_questions`` / ``exit_plan_mode`` / ``get_or_request_integration`` /
  ``configure_vercel_connect`` carries ``data`` "when the agent is waiting on you", or a
  ``tool-call`` part carries ``suggestedPermissions`` ("Present when the agent is blocked
  waiting for you to approve this tool call ... Omitted once the tool has run").
- ``POST /v2/chats/{id}/messages/resolve/stream`` (messages.resolveStream) with ``{"task":
  {...}}`` (answered-questions, plan-exit-response, confirmed-steps, confirmed-permissions,
  vercel-connect-setup): 409 unless the chat waits on a task of that type, 422 for a task
  that does not answer what was asked; otherwise the agent goes on, streamed like a send.
- ``POST /v2/chats/{id}/messages/{messageId}/stop`` (messages.stop): "The agent aborts at the
  next safe point and the message is marked finished" -> ``{"messageId"}``; the version it was
  making is dropped. 409 when the message is not generating.
- ``GET /v2/chats/{id}/preview`` (chats.getPreview): null until a version exists, then
  ``{"url", "token", "expiresAt"}``; the token is "short-lived" (`preview_ttl` seconds here)
  and each call hands out a fresh one, recorded in `preview_tokens`.
- Errors are ``{"message": ...}`` (components.schemas.Error).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tests.fakes.http_server import Pause, RecordedRequest, Reply, Response, Stream, json_reply

if TYPE_CHECKING:
    from tests.fakes.v0_server import PlannedVersion, _Chat, _Version

_SEND = re.compile(r"^/v2/chats/(?P<chat>[^/]+)/messages/stream$")
_RESOLVE = re.compile(r"^/v2/chats/(?P<chat>[^/]+)/messages/resolve/stream$")
_MESSAGE = re.compile(r"^/v2/chats/(?P<chat>[^/]+)/messages/(?P<message>[^/]+)$")
_STOP = re.compile(r"^/v2/chats/(?P<chat>[^/]+)/messages/(?P<message>[^/]+)/stop$")
_PREVIEW = re.compile(r"^/v2/chats/(?P<chat>[^/]+)/preview$")
_NOW = "2026-01-02T10:00:00.000Z"
USAGE = {"tokens": {"input": 1200, "output": 800, "total": 2000}, "credits": 0.12}


def v2_error(status: int, message: str) -> Reply:
    return json_reply(status, {"message": message})


def sse(data: Any) -> bytes:
    return b"data: " + json.dumps(data).encode() + b"\n\n"


class V2Routes:
    """Mixed into FakeV0Server, whose chats, plans and versions it shares."""

    chats: dict[str, _Chat]
    preview_ttl: float = 600.0

    def _v2_init(self) -> None:
        if not hasattr(self, "stopped"):
            self.stopped: list[str] = []
            self.preview_tokens: list[str] = []
            self._message_versions: dict[str, _Version] = {}

    def route_v2(self, request: RecordedRequest) -> Response:
        self._v2_init()
        method, path = request.method, request.path
        if method == "POST" and path == "/v2/chats/stream":
            return self._create_stream(request)
        if method == "POST" and (match := _RESOLVE.match(path)):
            return self._resolve(request, match["chat"])
        if method == "POST" and (match := _SEND.match(path)):
            return self._send_stream(request, match["chat"])
        if method == "POST" and (match := _STOP.match(path)):
            return self._stop(match["chat"], match["message"])
        if method == "GET" and (match := _PREVIEW.match(path)):
            return self._preview(match["chat"])
        if method == "GET" and (match := _MESSAGE.match(path)):
            return self._get_message(match["chat"], match["message"])
        return v2_error(404, f"No route for {method} {path}")

    # endpoints ------------------------------------------------------------------------------

    def _create_stream(self, request: RecordedRequest) -> Response:
        body = request.json() or {}
        message = body.get("message")
        if not isinstance(message, str) or not message:
            return v2_error(422, "message is required")
        from tests.fakes.v0_server import DEFAULT_FILES

        chat = self._new_chat(
            name=message[:40], privacy=body.get("privacy", "private"), project_id=None
        )  # type: ignore[attr-defined]
        chat.defaults = dict(DEFAULT_FILES)
        plan = self.next_plan(message)  # type: ignore[attr-defined]
        assistant = self._run(chat, message, plan)
        summary = {"id": chat.id, "object": "chat", "privacy": chat.privacy, "createdAt": _NOW}
        return self._stream(assistant, plan, opening=summary, closing=summary)

    def _send_stream(self, request: RecordedRequest, chat_id: str) -> Response:
        chat = self.chats.get(chat_id)
        if chat is None:
            return v2_error(404, "Chat not found")
        if chat.waiting is not None:
            return v2_error(409, "The chat is waiting for a task to be resolved")
        body = request.json() or {}
        message = body.get("message")
        if not isinstance(message, str) or not message:
            return v2_error(422, "message is required")
        plan = self.next_plan(message)  # type: ignore[attr-defined]
        return self._stream(self._run(chat, message, plan), plan)

    def _resolve(self, request: RecordedRequest, chat_id: str) -> Response:
        chat = self.chats.get(chat_id)
        if chat is None:
            return v2_error(404, "Chat not found")
        task = (request.json() or {}).get("task")
        if chat.waiting is None or not isinstance(task, dict):
            return v2_error(409, "The latest message is not blocked on a task")
        message_id, plan, prompt = chat.waiting
        if task.get("type") != plan.resolves_with:
            return v2_error(409, f"The chat waits for a {plan.resolves_with} task")
        problem = _check_resolution(task, plan.asks or {})
        if problem:
            return v2_error(422, problem)
        chat.resolutions.append(task)
        chat.waiting = None
        for part in chat.v2_messages[message_id]["parts"]:
            part.pop("data", None)  # answered: no longer waiting on the user
            part.pop("suggestedPermissions", None)
        go_on = replace(plan, asks=None)
        return self._stream(self._run(chat, prompt, go_on, user=False), go_on)

    def _get_message(self, chat_id: str, message_id: str) -> Response:
        chat = self.chats.get(chat_id)
        message = chat.v2_messages.get(message_id) if chat else None
        if message is None:
            return v2_error(404, "Message not found")
        version = self._message_versions.get(message_id)
        if version is not None and version.status == "pending":
            version.settle()  # the stream has ended: the generation is done
        return json_reply(200, message)

    def _stop(self, chat_id: str, message_id: str) -> Response:
        chat = self.chats.get(chat_id)
        message = chat.v2_messages.get(message_id) if chat else None
        if chat is None or message is None:
            return v2_error(404, "Message not found")
        version = self._message_versions.get(message_id)
        if version is None or version.status != "pending":
            return v2_error(409, "The message is not generating")
        version.outcome = version.status = "failed"
        chat.versions.remove(version)
        message["finishReason"] = "stop"
        self.stopped.append(message_id)
        return json_reply(200, {"messageId": message_id})

    def _preview(self, chat_id: str) -> Response:
        chat = self.chats.get(chat_id)
        if chat is None:
            return v2_error(404, "Chat not found")
        if not any(v.status == "completed" for v in chat.versions):
            return json_reply(200, None)
        token = f"pvt-{chat.id}-{len(self.preview_tokens) + 1}"
        self.preview_tokens.append(token)
        expires = datetime.now(UTC) + timedelta(seconds=self.preview_ttl)
        return json_reply(
            200,
            {
                "url": f"https://{chat.id}.preview.vusercontent.net/",
                "token": token,
                "expiresAt": expires.isoformat().replace("+00:00", "Z"),
            },
        )

    # the agent ------------------------------------------------------------------------------

    def _run(
        self, chat: _Chat, prompt: str, plan: PlannedVersion, *, user: bool = True
    ) -> dict[str, Any]:
        """One assistant message: it waits on the user, or makes a version."""
        if user:
            self._v2_message(chat, "user", prompt, [], "stop")
        if plan.asks is not None:
            parts = [_text("Before I build this I need a decision from you."), dict(plan.asks)]
            assistant = self._v2_message(chat, "assistant", "", parts, "tool-calls")
            chat.waiting = (assistant["id"], plan, prompt)
            return assistant
        before = dict(chat.latest.files) if chat.latest else {}
        version = self._generate(chat, prompt, sync=False, plan=replace(plan, pending_polls=0))  # type: ignore[attr-defined]
        assert version is not None  # a plan that asks was handled above
        parts = [
            {
                "type": "file-edit",
                "operation": "modify" if name in before else "create",
                "path": name,
            }
            for name in plan.files
        ]
        parts += [{"type": "file-edit", "operation": "delete", "path": n} for n in plan.delete]
        reply = "".join(plan.reply_pieces) or plan.reply
        parts.append(_text(reply))
        finish = "error" if plan.fail else "stop"
        assistant = self._v2_message(chat, "assistant", reply, parts, finish)
        self._message_versions[assistant["id"]] = version
        return assistant

    def _v2_message(
        self, chat: _Chat, role: str, content: str, parts: list[dict[str, Any]], finish: str
    ) -> dict[str, Any]:
        message = {
            "id": self._next_id("msg_"),  # type: ignore[attr-defined]
            "chatId": chat.id,
            "role": role,
            "createdAt": _NOW,
            "updatedAt": _NOW,
            "content": content,
            "parts": parts,
            "finishReason": finish,
            "restorable": False,
            "attachments": [],
            "authorId": "user_fake" if role == "user" else None,
            "usage": USAGE if role == "assistant" else {"tokens": {}, "credits": 0},
        }
        chat.v2_messages[message["id"]] = message
        return message

    def _stream(
        self,
        assistant: dict[str, Any],
        plan: PlannedVersion,
        *,
        opening: dict[str, Any] | None = None,
        closing: dict[str, Any] | None = None,
    ) -> Stream:
        mid = assistant["id"]
        chunks: list[bytes | Pause] = []
        if opening is not None:
            chunks.append(sse(opening))
        else:
            chunks.append(
                sse({**assistant, "parts": [], "finishReason": None, "object": "message"})
            )
        for index, part in enumerate(assistant["parts"]):
            if part.get("type") == "text" and plan.reply_pieces:
                chunks += _growing_text(mid, index, part, plan)
                continue
            delta = {"_t": "a", str(index): [part]}
            chunks.append(sse({"id": mid, "object": "message.parts.chunk", "delta": delta}))
        if plan.stream_pause:
            chunks.append(Pause(plan.stream_pause))
        chunks.append(sse({"id": mid, "object": "message.usage", "usage": USAGE}))
        chunks.append(sse(closing if closing is not None else {**assistant, "object": "message"}))
        return Stream(
            200, chunks, headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )


def _growing_text(
    mid: str, index: int, part: dict[str, Any], plan: PlannedVersion
) -> list[bytes | Pause]:
    """The text part streamed piece by piece, as jsondiffpatch deltas against ``parts``."""
    chunks: list[bytes | Pause] = []
    shown = ""
    for piece in plan.reply_pieces:
        grown = shown + piece
        if not shown:
            delta: dict[str, Any] = {"_t": "a", str(index): [{**part, "text": grown}]}
        else:
            chunks.append(Pause(plan.piece_pause))
            delta = {"_t": "a", str(index): {"text": [shown, grown]}}
        chunks.append(sse({"id": mid, "object": "message.parts.chunk", "delta": delta}))
        shown = grown
    return chunks


def _text(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text, "startedAt": _NOW, "finishedAt": _NOW}


def _check_resolution(task: dict[str, Any], asked: dict[str, Any]) -> str:
    """Why `task` does not answer the part that asked (empty when it does)."""
    kind = task["type"]
    data = asked.get("data") or {}
    if kind == "answered-questions":
        answers = task.get("answers")
        if not isinstance(answers, list) or not answers:
            return "answers: at least one answer is required"
        questions = {q["id"]: q for q in data.get("questions", [])}
        for answer in answers:
            question = questions.get(answer.get("questionId"))
            if question is None or not answer.get("questionText"):
                return "answers: questionId and questionText must match an asked question"
            labels = {o["label"] for o in question["options"]}
            chosen = answer.get("selectedLabels")
            if not isinstance(chosen, list) or not set(chosen) <= labels:
                return "answers: selectedLabels must be labels of the question's options"
            if not chosen and not answer.get("customText"):
                return "answers: choose an option or give customText"
    elif kind == "plan-exit-response":
        if task.get("status") not in ("approved", "rejected", "request-changes"):
            return "status must be approved, rejected or request-changes"
        if not isinstance(task.get("content"), str) or not task["content"]:
            return "content is required"
    elif kind == "confirmed-permissions":
        if task.get("permissions") != asked.get("suggestedPermissions"):
            return "permissions: pass the suggestedPermissions of the stopped task unchanged"
    elif kind == "confirmed-steps":
        names = task.get("connectedIntegrationNames", [])
        if not isinstance(names, list):
            return "connectedIntegrationNames must be a list"
    return ""

"""A fake v0 Platform API (v1 and v2) that behaves as documented, for client tests over real HTTP.

The specs: vercel/v0-sdk ``packages/v0-sdk/openapi.json``, the last v1 document (commit 13faa09,
2026-07-30, "v0 Platform API (beta)" version 1) and the v2 document (version 2.0.0, from
commit f0c88f6 on). The v2 routes live in `tests/fakes/v0_v2_routes.py`.

What it implements of v1:
- Bearer-key auth: a wrong or missing key gets 401 ``{"error": {"message", "type":
  "unauthorized_error"}}``.
- ``POST /v1/chats``, ``POST /v1/chats/init`` (type "files"), ``POST /v1/chats/{id}/messages``,
  ``GET /v1/chats/{id}``, ``GET /v1/chats/{id}/versions/{vid}``, ``GET /v1/chats?limit&offset``.
- ``GET /v1/chats/{id}/versions`` (chats.findVersions: VersionSummary items, newest first, no
  files) and ``GET /v1/rate-limits`` (rateLimits.find: {remaining, reset (ms epoch), limit}).
- Which files a version holds (chats.getVersion, ``includeDefaultFiles``: "When false or
  omitted, returns only the generated source files"): the deployment files (package.json,
  configs) of a chat are kept apart and appear only with ``includeDefaultFiles=true``. A chat
  v0 starts from a prompt gets v0's defaults; uploaded files with those names count as
  deployment files too.
- `not_ready_reads`: a chat just created answers 404 to that many reads first, as the real
  service does while the chat is still being written (the issue's "404 right after creating").
- Chats live in memory. A generation makes a new version holding the whole file set; with
  ``responseMode: "async"`` it stays ``pending`` for `pending_polls` reads, then turns
  ``completed`` (or ``failed``) with a ``demoUrl``. ``"sync"`` answers with it finished.
- What each generation does is scripted with `plan(PlannedVersion(...))`: files to write,
  files to delete, how long it stays pending, whether it fails. Without a plan, the first
  generation writes ``app/page.tsx`` quoting the prompt.
- Faults (429 with Retry-After, 402/403 plan limits, 5xx) are enqueued with `v0_error()`.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response, json_reply
from tests.fakes.v0_v2_routes import V2Routes

__all__ = ["DEFAULT_FILES", "FakeV0Server", "PlannedVersion", "v0_error"]

# What v0 adds around the generated source of an app it starts from a prompt (the files a
# ZIP download or a deployment holds besides the source).
DEFAULT_FILES = {
    "package.json": '{"name": "my-v0-project", "private": true, "scripts": {"dev": "next dev"},'
    ' "dependencies": {"next": "15.2.4", "react": "19.0.0", "react-dom": "19.0.0"}}\n',
    "next.config.mjs": "/** @type {import('next').NextConfig} */\nexport default {}\n",
    "tsconfig.json": '{"compilerOptions": {"jsx": "preserve", "strict": true}}\n',
    "postcss.config.mjs": "export default { plugins: { '@tailwindcss/postcss': {} } }\n",
}
_DEFAULT_NAMES = {
    "package.json",
    "tsconfig.json",
    "next.config.mjs",
    "next.config.js",
    "next.config.ts",
    "postcss.config.mjs",
    "tailwind.config.ts",
    "pnpm-lock.yaml",
    "package-lock.json",
    "next-env.d.ts",
    "components.json",
}


def is_default_file(name: str) -> bool:
    return name in _DEFAULT_NAMES


_ERROR_TYPES = {
    400: "bad_request_error",
    401: "unauthorized_error",
    402: "payment_required_error",
    403: "forbidden_error",
    404: "not_found_error",
    409: "conflict_error",
    413: "payload_too_large_error",
    422: "unprocessable_entity_error",
    429: "too_many_requests_error",
    500: "internal_server_error",
    502: "bad_gateway_error",
    503: "service_unavailable_error",
}
_CHAT = re.compile(r"^/v1/chats/(?P<chat>[^/]+)$")
_VERSIONS = re.compile(r"^/v1/chats/(?P<chat>[^/]+)/versions$")
_MESSAGES = re.compile(r"^/v1/chats/(?P<chat>[^/]+)/messages$")
_VERSION = re.compile(r"^/v1/chats/(?P<chat>[^/]+)/versions/(?P<version>[^/]+)$")
_TIMESTAMP = "2026-01-{day:02d}T10:00:00.000Z"


def v0_error(status: int, message: str, *, retry_after: str | None = None) -> Reply:
    """An error response in v0's documented shape."""
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    body = {"error": {"message": message, "type": _ERROR_TYPES.get(status, "error")}}
    return json_reply(status, body, headers)


@dataclass(frozen=True)
class PlannedVersion:
    """What the next generation does to the chat's files."""

    files: Mapping[str, str] = field(default_factory=dict)
    delete: Sequence[str] = ()
    pending_polls: int | None = None  # None: the server's default
    fail: bool = False
    reply: str = "Here is your app."
    # v2: the agent stops and waits for the user with this part (an ``agent-action`` with
    # ``data``, or a ``tool-call`` with ``suggestedPermissions``) and goes on once the task of
    # type `resolves_with` is resolved (POST /v2/chats/{id}/messages/resolve[/stream]).
    asks: Mapping[str, Any] | None = None
    resolves_with: str = ""
    stream_pause: float = 0.0  # v2 streams: a pause before the last events (to press Stop)
    # v2 streams: the answer's text part arrives in these pieces (joined, they replace
    # `reply`), each a ``message.parts.chunk`` delta, `piece_pause` seconds apart.
    reply_pieces: Sequence[str] = ()
    piece_pause: float = 0.0


@dataclass
class _Version:
    id: str
    files: dict[str, str]
    outcome: str  # what it becomes: "completed" or "failed"
    polls_left: int
    created_at: str
    status: str = "pending"
    defaults: dict[str, str] = field(default_factory=dict)  # shown with includeDefaultFiles

    def settle(self) -> None:
        self.status = self.outcome


@dataclass
class _Chat:
    id: str
    name: str | None
    privacy: str
    project_id: str | None
    created_at: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    versions: list[_Version] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)  # deployment files, kept apart
    not_ready: int = 0  # reads answered 404 while the new chat is still being written
    v2_messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    waiting: tuple[str, PlannedVersion, str] | None = None  # message id, plan, prompt
    resolutions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def latest(self) -> _Version | None:
        return self.versions[-1] if self.versions else None


class FakeV0Server(V2Routes, FakeHTTPServer):
    """In-memory v0 Platform API v1 and v2. `chats` is inspectable by tests."""

    def __init__(self, api_key: str = "v0-test-key-0123456789", *, pending_polls: int = 2) -> None:
        super().__init__()
        self.api_key = api_key
        self.pending_polls = pending_polls
        self.not_ready_reads = 0
        self.rate_limit_reset_in = 20.0  # seconds until `GET /v1/rate-limits` says it resets
        self.chats: dict[str, _Chat] = {}
        self._plans: list[PlannedVersion] = []
        self._ids = itertools.count(1)

    def plan(self, *versions: PlannedVersion) -> None:
        """Script the next generations, in order."""
        self._plans.extend(versions)

    # auth and routing -----------------------------------------------------------------------

    def authorize(self, request: RecordedRequest) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            if request.path.startswith("/v2/"):
                return json_reply(401, {"message": "Invalid API key provided."})
            return v0_error(401, "Invalid API key provided.")
        return None

    def route(self, request: RecordedRequest) -> Response:
        method, path = request.method, request.path
        if path.startswith("/v2/"):
            return self.route_v2(request)
        if method == "GET" and path == "/v1/rate-limits":
            reset = int((time.time() + self.rate_limit_reset_in) * 1000)
            return json_reply(200, {"remaining": 0, "reset": reset, "limit": 100})
        if method == "GET" and (match := _VERSIONS.match(path)):
            return self._list_versions(request, match["chat"])
        if method == "POST" and path == "/v1/chats":
            return self._create(request)
        if method == "POST" and path == "/v1/chats/init":
            return self._init(request)
        if method == "GET" and path == "/v1/chats":
            return self._list(request)
        if method == "POST" and (match := _MESSAGES.match(path)):
            return self._send(request, match["chat"])
        if method == "GET" and (match := _VERSION.match(path)):
            defaults = request.query.get("includeDefaultFiles") == "true"
            return self._get_version(match["chat"], match["version"], defaults)
        if method == "GET" and (match := _CHAT.match(path)):
            chat = self.chats.get(match["chat"])
            if chat is None or self._still_being_written(chat):
                return v0_error(404, "Chat not found")
            return json_reply(200, self._chat_detail(chat, poll=True))
        return v0_error(404, f"No route for {method} {path}")

    # endpoints ------------------------------------------------------------------------------

    def _create(self, request: RecordedRequest) -> Response:
        body = request.json() or {}
        message = body.get("message")
        if not isinstance(message, str) or not message:
            return v0_error(422, "message is required")
        chat = self._new_chat(
            name=message[:40],
            privacy=body.get("chatPrivacy", "private"),
            project_id=body.get("projectId"),
        )
        chat.defaults = dict(DEFAULT_FILES)  # v0 scaffolds the app it starts from a prompt
        self._generate(chat, message, sync=body.get("responseMode") == "sync")
        return json_reply(200, self._chat_detail(chat, poll=False))

    def _init(self, request: RecordedRequest) -> Response:
        body = request.json() or {}
        if body.get("type") != "files" or not isinstance(body.get("files"), list):
            return v0_error(422, "only type 'files' is supported by this fake")
        files: dict[str, str] = {}
        for item in body["files"]:
            if not isinstance(item.get("name"), str) or not isinstance(item.get("content"), str):
                return v0_error(422, "each file needs a name and content")
            files[item["name"]] = item["content"]
        chat = self._new_chat(
            name=body.get("name"),
            privacy=body.get("chatPrivacy", "private"),
            project_id=body.get("projectId"),
        )
        # Uploaded deployment files (package.json, configs) become the chat's defaults.
        chat.defaults = {n: c for n, c in files.items() if is_default_file(n)}
        files = {n: c for n, c in files.items() if not is_default_file(n)}
        # Initialising from files runs no model: the version is complete at once.
        version = self._new_version(files, outcome="completed", polls=0)
        version.defaults = dict(chat.defaults)
        version.settle()
        chat.versions.append(version)
        return json_reply(200, self._chat_detail(chat, poll=False))

    def _send(self, request: RecordedRequest, chat_id: str) -> Response:
        chat = self.chats.get(chat_id)
        if chat is None:
            return v0_error(404, "Chat not found")
        body = request.json() or {}
        message = body.get("message")
        if not isinstance(message, str) or not message:
            return v0_error(422, "message is required")
        self._generate(chat, message, sync=body.get("responseMode") == "sync")
        return json_reply(200, self._chat_detail(chat, poll=False))

    def _get_version(self, chat_id: str, version_id: str, defaults: bool) -> Response:
        chat = self.chats.get(chat_id)
        version = next((v for v in chat.versions if v.id == version_id), None) if chat else None
        if version is None:
            return v0_error(404, "Version not found")
        detail = self._version_detail(version, files=True, poll=True, defaults=defaults)
        return json_reply(200, detail)

    def _list_versions(self, request: RecordedRequest, chat_id: str) -> Response:
        chat = self.chats.get(chat_id)
        if chat is None or self._still_being_written(chat):
            return v0_error(404, "Chat not found")
        limit = int(request.query.get("limit", "20"))
        newest = list(reversed(chat.versions))[:limit]
        return json_reply(
            200,
            {
                "object": "list",
                "data": [self._version_detail(v, files=False, poll=True) for v in newest],
                "pagination": {"hasMore": len(chat.versions) > limit},
                "meta": {"totalCount": len(chat.versions)},
            },
        )

    def _still_being_written(self, chat: _Chat) -> bool:
        if chat.not_ready > 0:
            chat.not_ready -= 1
            return True
        return False

    def _list(self, request: RecordedRequest) -> Response:
        limit = int(request.query.get("limit", "60"))
        offset = int(request.query.get("offset", "0"))
        if not 1 <= limit <= 60:
            return v0_error(422, "limit must be between 1 and 60")
        newest_first = list(reversed(self.chats.values()))
        page = newest_first[offset : offset + limit]
        return json_reply(200, {"object": "list", "data": [self._summary(c) for c in page]})

    # state ----------------------------------------------------------------------------------

    def _next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):04d}"

    def _new_chat(self, *, name: str | None, privacy: str, project_id: str | None) -> _Chat:
        chat = _Chat(
            id=self._next_id("chat_"),
            name=name,
            privacy=privacy,
            project_id=project_id,
            created_at=_TIMESTAMP.format(day=1 + len(self.chats) % 28),
            not_ready=self.not_ready_reads,
        )
        self.chats[chat.id] = chat
        return chat

    def _new_version(self, files: dict[str, str], *, outcome: str, polls: int) -> _Version:
        return _Version(
            id=self._next_id("ver_"),
            files=files,
            outcome=outcome,
            polls_left=polls,
            created_at=_TIMESTAMP.format(day=2),
        )

    def next_plan(self, prompt: str) -> PlannedVersion:
        if self._plans:
            return self._plans.pop(0)
        return PlannedVersion(files={"app/page.tsx": f"// {prompt}\nexport default Page"})

    def _generate(
        self, chat: _Chat, prompt: str, *, sync: bool, plan: PlannedVersion | None = None
    ) -> _Version | None:
        plan = plan or self.next_plan(prompt)
        if plan.asks is not None:
            # v1 (chats.resolveTask): the assistant message is "blocked on a matching task";
            # no version is made until the task is resolved, so the latest version stays.
            created = _TIMESTAMP.format(day=2)
            chat.messages.append(self._message(chat, "user", prompt, created))
            chat.messages.append(self._message(chat, "assistant", "", created))
            chat.waiting = (chat.messages[-1]["id"], plan, prompt)
            return None
        previous = chat.latest.files if chat.latest else {}
        files = {**previous, **plan.files}
        for name in plan.delete:
            files.pop(name, None)
        polls = self.pending_polls if plan.pending_polls is None else plan.pending_polls
        version = self._new_version(
            files, outcome="failed" if plan.fail else "completed", polls=0 if sync else polls
        )
        version.defaults = dict(chat.defaults)
        if sync:
            version.settle()
        chat.versions.append(version)
        created = version.created_at
        chat.messages.append(self._message(chat, "user", prompt, created))
        chat.messages.append(self._message(chat, "assistant", plan.reply, created))
        return version

    def _message(self, chat: _Chat, role: str, content: str, created: str) -> dict[str, Any]:
        message_id = self._next_id("msg_")
        return {
            "id": message_id,
            "object": "message",
            "content": content,
            "createdAt": created,
            "type": "message",
            "role": role,
            "finishReason": "stop",
            "apiUrl": f"https://api.v0.dev/v1/chats/{chat.id}/messages/{message_id}",
        }

    # rendering ------------------------------------------------------------------------------

    def _version_detail(
        self, version: _Version, *, files: bool, poll: bool, defaults: bool = False
    ) -> dict[str, Any]:
        if poll and version.status == "pending":
            if version.polls_left <= 0:
                version.settle()
            else:
                version.polls_left -= 1
        data: dict[str, Any] = {
            "id": version.id,
            "object": "version",
            "status": version.status,
            "createdAt": version.created_at,
        }
        if version.status == "completed":
            data["demoUrl"] = f"https://demo-{version.id}.vusercontent.net"
        if files:
            shown = version.files if version.status == "completed" else {}
            if defaults and shown:
                shown = {**version.defaults, **shown}
            data["files"] = [
                {"object": "file", "name": name, "content": content, "locked": False}
                for name, content in shown.items()
            ]
        return data

    def _summary(self, chat: _Chat) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": chat.id,
            "object": "chat",
            "shareable": False,
            "privacy": chat.privacy,
            "name": chat.name,
            "createdAt": chat.created_at,
            "favorite": False,
            "authorId": "user_fake",
            "webUrl": f"https://v0.app/chat/{chat.id}",
            "apiUrl": f"https://api.v0.dev/v1/chats/{chat.id}",
        }
        if chat.project_id is not None:
            data["projectId"] = chat.project_id
        if chat.latest is not None:
            data["latestVersion"] = self._version_detail(chat.latest, files=False, poll=False)
        return data

    def _chat_detail(self, chat: _Chat, *, poll: bool) -> dict[str, Any]:
        data = self._summary(chat)
        if chat.latest is not None:
            data["latestVersion"] = self._version_detail(chat.latest, files=True, poll=poll)
        data["messages"] = list(chat.messages)
        data["text"] = chat.messages[-1]["content"] if chat.messages else ""
        return data

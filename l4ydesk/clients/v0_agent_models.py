"""The v0 Platform API v2 message and task types (no HTTP here, so core/ may use them).

A message waits for the user when one of its parts asks: an ``agent-action`` with ``data``
(questions, plan approval, env vars, integrations) or a ``tool-call`` with
``suggestedPermissions``; see `clients/v0_agent.py` for the routes and the spec it pins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from l4ydesk.clients.errors import ProtocolError

SERVICE = "v0"


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
        return self.content or parts_text(self.parts)


@dataclass(frozen=True, slots=True)
class Preview:
    url: str
    token: str
    expires_at: datetime


def parts_text(parts: Sequence[Any]) -> str:
    """The prose of a message's ``text`` parts, a blank line between them."""
    texts = [
        str(p["text"])
        for p in parts
        if isinstance(p, Mapping) and p.get("type") == "text" and p.get("text")
    ]
    return "\n\n".join(texts)


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
# Called with each piece of the answer's text as it streams in (appended to what came before).
TextArrived = Callable[[str], None]

"""What following handlers finds, as plain data the analysis cache keeps: imported calls, a
function's actions, API routes and workflow drafts (split out of handlers.py, which finds them)."""

from __future__ import annotations

from dataclasses import dataclass

from l4ydesk.core.analyzer.model import Evidence
from l4ydesk.core.analyzer.steps import HttpCall, Step


@dataclass(frozen=True)
class ImportRef:
    """A call to a function imported from another file of the project."""

    path: str
    spec: str
    name: str
    evidence: Evidence


Action = Step | HttpCall | ImportRef


@dataclass(frozen=True)
class FunctionFacts:
    """What a top-level function does, for callers in other files."""

    path: str
    name: str
    actions: tuple[Action, ...]
    evidence: Evidence
    server_action: bool
    webhook: str | None = None
    # it compares what it is given with a configured secret: another service calls it
    guarded: bool = False


@dataclass(frozen=True)
class RouteFacts:
    """An API route handler and the endpoint it serves."""

    endpoint: str
    method: str
    facts: FunctionFacts


@dataclass(frozen=True)
class WorkflowDraft:
    """An entry point (a form submit, a click) and the actions it starts, before linking."""

    name: str
    trigger: str | None
    actions: tuple[Action, ...]
    evidence: tuple[Evidence, ...]
    component: str
    rename_from: str | None = None
    identity: tuple[str, str] = ("", "")

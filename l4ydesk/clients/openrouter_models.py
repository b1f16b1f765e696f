"""OpenRouter's answers as typed values (no HTTP here, so core/ may use them); the client that
produces them is `clients/openrouter.py`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of the answer's text, in order."""

    text: str


@dataclass(frozen=True, slots=True)
class ToolCallDelta:
    """A raw piece of a tool call, for live display; `ToolCallsComplete` has the whole calls."""

    index: int
    id: str | None
    name: str | None
    arguments: str


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A complete function call. `arguments` is None when the model sent invalid JSON."""

    id: str
    name: str
    raw_arguments: str
    arguments: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class ToolCallsComplete:
    calls: tuple[ToolCall, ...]


@dataclass(frozen=True, slots=True)
class ReasoningComplete:
    """The model's reasoning for this answer: its text, and the blocks to send back as-is."""

    text: str
    details: tuple[dict[str, Any], ...]

    def message_fields(self) -> dict[str, Any]:
        """The fields to add to the assistant message when it goes back to the model."""
        fields: dict[str, Any] = {}
        if self.text:
            fields["reasoning"] = self.text
        if self.details:
            fields["reasoning_details"] = [dict(d) for d in self.details]
        return fields


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What OpenRouter says about the key; money is in USD credits, None when unknown."""

    label: str | None
    limit: float | None  # None: the key has no spending cap
    remaining: float | None
    usage: float | None
    free_tier: bool = False

    def sentence(self) -> str:
        if self.remaining is not None and self.limit is not None:
            return (
                f"OpenRouter credit left on this key: ${self.remaining:,.2f} of ${self.limit:,.2f}."
            )
        spent = f" (${self.usage:,.2f} used so far)" if self.usage is not None else ""
        return f"This OpenRouter key has no spending cap{spent}."


@dataclass(frozen=True, slots=True)
class Usage:
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cost: float | None = None


@dataclass(frozen=True, slots=True)
class Finish:
    """The end of a complete answer: why the model stopped, and which model answered."""

    reason: str | None
    model: str | None = None
    generation_id: str | None = None


StreamEvent = TextDelta | ToolCallDelta | ToolCallsComplete | ReasoningComplete | Usage | Finish


@dataclass(frozen=True, slots=True)
class ChatAnswer:
    text: str
    tool_calls: tuple[ToolCall, ...] = ()
    usage: Usage | None = None
    finish_reason: str | None = None
    model: str | None = None


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """A model OpenRouter offers; prices are USD per token, when listed."""

    id: str
    name: str
    context_length: int | None = None
    prompt_price: float | None = None
    completion_price: float | None = None
    supports_tools: bool = False


def function_tool(name: str, description: str, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """A tool definition in the OpenAI/OpenRouter format; `parameters` is a JSON Schema."""
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": dict(parameters)},
    }

"""The cost registry: what each chargeable action costs in credits, in one table.

Built-in AI messages cost by tokens (1 credit for about 5,000 tokens, rounded up, priced per
model: a model that costs more per token gives fewer tokens per credit). Agent tool calls that
write, connect runs that create records (per run), workflow runs and a publish self-heal
attempt cost a fixed amount each. v0 generation costs nothing: v0 is always the user's own key.
"""

from __future__ import annotations

import enum
import fnmatch
import math
from dataclasses import dataclass

TOKENS_PER_CREDIT = 5_000

# Models priced above the default, matched in order by OpenRouter model id (glob patterns).
MODEL_TOKENS_PER_CREDIT: tuple[tuple[str, int], ...] = (
    ("anthropic/claude-*opus*", 1_000),
    ("openai/o1*", 1_000),
    ("openai/gpt-4.5*", 1_000),
    ("anthropic/claude-*sonnet*", 2_500),
    ("openai/gpt-4o", 2_500),
    ("openai/gpt-5", 2_500),
)


class Action(enum.StrEnum):
    AI_MESSAGE = "ai_message"
    AGENT_WRITE = "agent_write"
    CONNECT_RUN = "connect_run"
    WORKFLOW_RUN = "workflow_run"
    PUBLISH_SELF_HEAL = "publish_self_heal"
    V0_MESSAGE = "v0_message"


@dataclass(frozen=True)
class FixedCost:
    credits: int
    description: str


FIXED_COSTS: dict[Action, FixedCost] = {
    Action.AGENT_WRITE: FixedCost(1, "an agent tool call that writes a file or record"),
    Action.CONNECT_RUN: FixedCost(2, "a connect run that creates records"),
    Action.WORKFLOW_RUN: FixedCost(2, "a workflow run"),
    Action.PUBLISH_SELF_HEAL: FixedCost(5, "a self-heal attempt while publishing"),
    Action.V0_MESSAGE: FixedCost(0, "a v0 message (your own v0 key pays for it)"),
}

# The pre-flight estimate of one AI message, before its tokens are known.
AI_MESSAGE_ESTIMATE = 1


def tokens_per_credit(model: str) -> int:
    for pattern, tokens in MODEL_TOKENS_PER_CREDIT:
        if fnmatch.fnmatchcase(model, pattern):
            return tokens
    return TOKENS_PER_CREDIT


def ai_message_cost(model: str, total_tokens: int) -> int:
    """Credits for one model request: tokens over the model's tokens-per-credit, rounded up."""
    if total_tokens <= 0:
        return 0
    return math.ceil(total_tokens / tokens_per_credit(model))


def fixed_cost(action: Action, count: int = 1) -> int:
    return FIXED_COSTS[action].credits * max(count, 0)


def price_list() -> list[tuple[str, str]]:
    """What costs what, as lines for the store window and the README."""
    lines = [
        (
            "Built-in AI message",
            f"1 credit per {TOKENS_PER_CREDIT:,} tokens (rounded up); "
            "stronger models: 1 per 1,000-2,500",
        )
    ]
    for cost in FIXED_COSTS.values():
        lines.append((cost.description[0].upper() + cost.description[1:], f"{cost.credits}"))
    return lines

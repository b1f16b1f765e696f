"""Small, comment-aware helpers for editing stylesheets at the level of at-rules and blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """An at-rule with a `{ … }` body: its prelude (`@theme inline`) and byte offsets."""

    name: str
    prelude: str
    start: int  # at the `@`
    body_start: int  # just after `{`
    body_end: int  # at the matching `}`
    end: int  # just after the matching `}` (and a trailing newline, if any)

    def body(self, text: str) -> str:
        return text[self.body_start : self.body_end]


def _skip_comment_or_string(text: str, i: int) -> int:
    """Index after a comment or string starting at `i`, or `i` when none starts there."""
    if text.startswith("/*", i):
        end = text.find("*/", i + 2)
        return len(text) if end < 0 else end + 2
    if text[i] in "\"'":
        quote = text[i]
        j = i + 1
        while j < len(text) and text[j] != quote:
            j += 2 if text[j] == "\\" else 1
        return j + 1
    return i


def at_rule_blocks(text: str, name: str) -> list[Block]:
    """Top-level and nested `@name … { … }` blocks, outermost first, in source order."""
    blocks: list[Block] = []
    pattern = re.compile(rf"@{re.escape(name)}\b([^;{{}}]*)\{{")
    i = 0
    while i < len(text):
        skipped = _skip_comment_or_string(text, i)
        if skipped != i:
            i = skipped
            continue
        if text[i] == "@":
            match = pattern.match(text, i)
            if match:
                close = matching_brace(text, match.end() - 1)
                end = close + 1
                if text.startswith("\n", end):
                    end += 1
                blocks.append(Block(name, match.group(1).strip(), i, match.end(), close, end))
                i = end
                continue
        i += 1
    return blocks


def matching_brace(text: str, open_at: int) -> int:
    depth = 0
    i = open_at
    while i < len(text):
        skipped = _skip_comment_or_string(text, i)
        if skipped != i:
            i = skipped
            continue
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(text) - 1


def declarations(body: str) -> list[tuple[str, str]]:
    """`--name: value;` pairs of a block body (nested blocks and comments skipped)."""
    cleaned = re.sub(r"/\*.*?\*/", "", body, flags=re.DOTALL)
    pairs = []
    depth = 0
    current: list[str] = []
    for ch in cleaned:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            current = []
            continue
        if depth:
            continue
        if ch == ";":
            item = "".join(current).strip()
            current = []
            if ":" in item:
                key, value = item.split(":", 1)
                pairs.append((key.strip(), value.strip()))
        else:
            current.append(ch)
    item = "".join(current).strip()
    if ":" in item:
        key, value = item.split(":", 1)
        pairs.append((key.strip(), value.strip()))
    return pairs


def remove_span(text: str, start: int, end: int) -> str:
    """Cut [start, end) and tidy the blank lines the cut leaves."""
    before, after = text[:start], text[end:]
    if before.endswith("\n\n") and after.startswith("\n"):
        after = after[1:]
    return before + after

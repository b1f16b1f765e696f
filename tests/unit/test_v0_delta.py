"""The jsondiffpatch deltas of v0's ``message.parts.chunk`` events, applied as the SDK does.

Each expected delta below is what ``jsondiffpatch.create({}).diff(left, right)`` gives (the
format of jsondiffpatch's docs/deltas.md), or v0's own ``[[...indexes, text], 9, 9]`` from the
SDK's ``src/stream/diffpatch.ts``.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from l4ydesk.clients.v0_delta import DeltaError, patch


def _text(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text}


@pytest.mark.parametrize(
    ("left", "delta", "right"),
    [
        # a part added to the empty parts of the opening snapshot
        ([], {"_t": "a", "0": [_text("Hel")]}, [_text("Hel")]),
        # the text of a part replaced (no text-diff plug-in: old and new in full)
        ([_text("Hel")], {"_t": "a", "0": {"text": ["Hel", "Hello"]}}, [_text("Hello")]),
        # a key added to a part, and one deleted
        (
            [{"type": "text", "text": "a", "startedAt": "t0"}],
            {"_t": "a", "0": {"finishedAt": ["t1"], "startedAt": ["t0", 0, 0]}},
            [{"type": "text", "text": "a", "finishedAt": "t1"}],
        ),
        # a part deleted
        ([_text("a"), _text("b")], {"_t": "a", "_0": [_text("a"), 0, 0]}, [_text("b")]),
        # a part moved from the end to the front (jsondiffpatch's ["", to, 3])
        (
            [_text("a"), _text("b"), _text("c")],
            {"_t": "a", "_2": ["", 0, 3]},
            [_text("c"), _text("a"), _text("b")],
        ),
        # delete and insert at once: removals first (by old index), then inserts (new index)
        (
            [_text("a"), _text("b"), _text("c")],
            {"_t": "a", "_0": [_text("a"), 0, 0], "2": [_text("d")], "0": {"text": ["b", "B"]}},
            [_text("B"), _text("c"), _text("d")],
        ),
        # v0's string append: index path, then the text
        ([["Hel"]], [[0, 0, "lo"], 9, 9], [["Hello"]]),
        ("Hel", [["lo"], 9, 9], "Hello"),
        # nothing changed
        ([_text("a")], None, [_text("a")]),
    ],
)
def test_patch_gives_the_right_side(left: Any, delta: Any, right: Any) -> None:
    assert patch(copy.deepcopy(left), delta) == right


def test_a_stream_of_deltas_rebuilds_the_parts() -> None:
    parts: list[Any] = []
    stream = [
        {"_t": "a", "0": [{"type": "file-edit", "operation": "create", "path": "app/page.tsx"}]},
        {"_t": "a", "1": [_text("I made")]},
        {"_t": "a", "1": {"text": ["I made", "I made the page"]}},
        {"_t": "a", "1": {"text": ["I made the page", "I made the page."]}},
    ]
    for delta in stream:
        parts = patch(parts, delta)
    assert parts == [
        {"type": "file-edit", "operation": "create", "path": "app/page.tsx"},
        _text("I made the page."),
    ]


@pytest.mark.parametrize(
    ("value", "delta"),
    [
        ([], {"_t": "a", "0": {"text": ["a", "b"]}}),  # changing a part that is not there
        ([], {"_t": "a", "_3": [_text("a"), 0, 0]}),  # deleting one that is not there
        ([], {"_t": "a", "5": [_text("a")]}),  # inserting past the end
        ({}, {"_t": "a", "0": [1]}),  # an array delta for an object
        ([], {"text": ["a"]}),  # an object delta for an array
        ([_text("a")], {"_t": "a", "0": {"text": ["@@ -1 +1 @@", 0, 2]}}),  # a text diff
        ([_text("a")], {"_t": "a", "x": [1]}),  # not an index
        ([_text("a")], [[0, 5, "x"], 9, 9]),  # an append whose path leaves the value
        ([_text("a")], [[0], 9, 9]),  # an append without its text
        ("a", "b"),  # not a delta at all
    ],
)
def test_a_delta_that_does_not_fit_is_refused(value: Any, delta: Any) -> None:
    with pytest.raises(DeltaError):
        patch(value, delta)

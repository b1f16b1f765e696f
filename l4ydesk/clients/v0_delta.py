"""Applying the deltas of v0's streamed ``message.parts.chunk`` events to the running parts.

The v2 spec (vercel/v0-sdk ``packages/v0-sdk/openapi.json``, MessageStreamEvent
``message.parts.chunk``): "jsondiffpatch delta to apply against the running public
`Message.parts` array. Apply each delta in order to reconstruct the complete current parts
snapshot." The SDK (``src/stream/diffpatch.ts``) patches with ``jsondiffpatch.create({})``,
which has no text-diff plug-in, plus one delta of v0's own, ``[[...indexes, text], 9, 9]``:
append ``text`` to the string found by walking ``indexes``.

The jsondiffpatch delta format (its docs/deltas.md), the subset a patch without text diffs
meets: ``[new]`` added, ``[old, new]`` replaced, ``[old, 0, 0]`` deleted, ``{key: delta}`` an
object changed inside, ``{"_t": "a", "N": delta, "_N": [old, 0, 0] | ["", to, 3]}`` an array
changed inside (``N`` indexes after the change, ``_N`` before it; ``3`` is a move). A text
diff (``[patch, 0, 2]``) needs diff-match-patch, which the SDK does not load either, so it is
refused like any delta that does not fit the value: `DeltaError`, and the caller keeps its
last good snapshot (as the SDK does).

No PyPI package was used: the maintained Python ports of jsondiffpatch do not exist (the
``jsondiffpatch`` name on PyPI is a one-release 0.1.0), and this subset is small.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DeltaError", "patch"]

_DELETED = 0
_TEXT_DIFF = 2
_MOVED = 3
_APPEND = 9  # v0's own string-append delta: [[...indexes, text], 9, 9]


class DeltaError(ValueError):
    """A delta that cannot be applied to the value it was sent for."""


def patch(value: Any, delta: Any) -> Any:
    """`value` with `delta` applied; lists and dicts inside `value` are changed in place.

    Returns the new value (a replaced or appended-to string is a new object). Raises
    `DeltaError` when the delta is malformed or does not fit `value`; `value` may then be
    partly changed, so callers patch a copy they can throw away or keep the old snapshot.
    """
    if delta is None:
        return value
    if isinstance(delta, list):
        return _patch_leaf(value, delta)
    if not isinstance(delta, dict):
        raise DeltaError(f"a delta must be a list or an object, not {type(delta).__name__}")
    if delta.get("_t") == "a":
        if not isinstance(value, list):
            raise DeltaError("an array delta for a value that is not an array")
        _patch_array(value, delta)
        return value
    if not isinstance(value, dict):
        raise DeltaError("an object delta for a value that is not an object")
    for key, inner in delta.items():
        if isinstance(inner, list) and len(inner) == 3 and inner[1:] == [0, _DELETED]:
            value.pop(key, None)
        elif isinstance(inner, list) and len(inner) == 1:
            value[key] = inner[0]
        elif key in value:
            value[key] = patch(value[key], inner)
        else:
            raise DeltaError(f"a change to {key!r}, which the value does not have")
    return value


def _patch_leaf(value: Any, delta: list[Any]) -> Any:
    if len(delta) == 1:
        return delta[0]
    if len(delta) == 2:
        return delta[1]
    if len(delta) == 3:
        if delta[1:] == [_APPEND, _APPEND]:
            return _append(value, delta[0])
        if delta[1:] == [0, _DELETED]:
            return None  # deleting the whole value; inside containers the caller removes it
        if delta[1:] == [0, _TEXT_DIFF]:
            raise DeltaError("a text diff (diff-match-patch), which v0's stream does not use")
    raise DeltaError(f"an unknown delta {delta[1:]!r}")


def _append(value: Any, path: Any) -> Any:
    if not isinstance(path, list) or not path or not isinstance(path[-1], str):
        raise DeltaError("a string append without its text")
    *indexes, text = path
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in indexes):
        raise DeltaError("a string append whose path is not indexes")
    if not indexes:
        if not isinstance(value, str):
            raise DeltaError("a string append to a value that is not a string")
        return value + text
    current = value
    # As the SDK walks it: the first string on the way takes the text.
    for index in indexes:
        container = current
        key: int | str = index
        if isinstance(container, dict):
            key = str(index)  # JavaScript reads obj[0] as obj["0"]
            if key not in container:
                raise DeltaError("a string append whose path leaves the value")
        elif not isinstance(container, list) or not 0 <= index < len(container):
            raise DeltaError("a string append whose path leaves the value")
        current = container[key]
        if isinstance(current, str):
            container[key] = current + text
            return value
    raise DeltaError("a string append whose path ends without a string")


def _patch_array(array: list[Any], delta: dict[str, Any]) -> None:
    removals: list[tuple[int, list[Any]]] = []
    inserts: list[tuple[int, Any]] = []
    changes: list[tuple[int, Any]] = []
    for key, inner in delta.items():
        if key == "_t":
            continue
        if key.startswith("_"):
            if not isinstance(inner, list) or len(inner) != 3 or inner[2] not in (0, _MOVED):
                raise DeltaError(f"array key {key!r} must be a delete or a move")
            removals.append((_index(key[1:]), inner))
        elif isinstance(inner, list) and len(inner) == 1:
            inserts.append((_index(key), inner[0]))
        else:
            changes.append((_index(key), inner))
    # jsondiffpatch's order: remove (highest index first), then insert (lowest first), then
    # change in place, so every index means what the sender's diff meant.
    for index, inner in sorted(removals, key=lambda r: r[0], reverse=True):
        if index >= len(array):
            raise DeltaError(f"removing item {index} of an array of {len(array)}")
        removed = array.pop(index)
        if inner[2] == _MOVED:
            inserts.append((_index(inner[1]), removed))
    for index, item in sorted(inserts, key=lambda i: i[0]):
        if index > len(array):
            raise DeltaError(f"inserting at {index} in an array of {len(array)}")
        array.insert(index, item)
    for index, inner in changes:
        if index >= len(array):
            raise DeltaError(f"changing item {index} of an array of {len(array)}")
        array[index] = patch(array[index], inner)


def _index(text: Any) -> int:
    try:
        index = int(text)
    except (TypeError, ValueError):
        raise DeltaError(f"{text!r} is not an array index") from None
    if index < 0:
        raise DeltaError(f"{text!r} is not an array index")
    return index

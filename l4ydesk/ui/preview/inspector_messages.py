"""The preview inspector's wire format: what a page may tell Python, checked before it is used.

Everything here is plain Python (no Qt) so the schema can be tested on its own. Messages come
from page content, which is untrusted: a page can forge any message the inspector could send.
`parse_message` therefore checks size, JSON and a strict schema (known types and fields only,
strings and lists bounded, numbers finite) and raises `InvalidMessage` for anything else;
`rate_limit.RateLimiter` caps how many messages are even looked at.

Page → Python (each a JSON object with `type` and `version`):
    ready              {url}                    the top frame's bridge is connected
    select_mode        {active, reason}         the page left select mode (Esc)
    element_selected   {element}                the user clicked an element in select mode

Python → page (built here, sent by the inspector):
    set_select_mode    {active}
    show_badges        {badges: [{label, selector, src}]}
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any, Final, TypeAlias

PROTOCOL_VERSION: Final = 1
MAX_MESSAGE_BYTES: Final = 64 * 1024
MAX_MESSAGES_PER_SECOND: Final = 30
# The local preview's files tag JSX elements with this (l4ydesk.core.preview.source_tags).
SOURCE_ATTRIBUTE: Final = "data-l4y-src"


class Limits:
    """Bounds on every field; the page script gets the same numbers and cuts rather than fails."""

    TAG: Final = 64
    ID: Final = 256
    CLASSES: Final = 32
    CLASS: Final = 128
    TEXT: Final = 500
    ROLE: Final = 64
    LABEL: Final = 300
    COMPONENT: Final = 128
    SELECTOR: Final = 1024
    DATA_ITEMS: Final = 32
    DATA_NAME: Final = 128
    DATA_VALUE: Final = 512
    URL: Final = 2048
    FIELDS: Final = 64
    FIELD_NAME: Final = 256
    FIELD_TYPE: Final = 32
    MATCHES: Final = 10
    MATCH: Final = 64
    SOURCE: Final = 1024
    DEPTH: Final = 16
    COORDINATE: Final = 1e7
    BADGES: Final = 200
    BADGE_LABEL: Final = 64


def js_limits() -> dict[str, float]:
    """The limits as the page script reads them (`CONFIG.limits.TEXT`, ...)."""
    return {
        name: value
        for name, value in vars(Limits).items()
        if name.isupper() and isinstance(value, int | float)
    }


# ----- what Python gets ----------------------------------------------------------------------


@dataclass(frozen=True)
class Rect:
    """A box in CSS pixels, relative to the top frame's viewport when `FrameInfo` says so."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class SourceLocation:
    """Where an element comes from in the app's files: `path:line:col`, 1-based."""

    path: str
    line: int
    column: int

    @classmethod
    def parse(cls, text: str) -> SourceLocation | None:
        """The location in a `data-l4y-src` value, or None when it is not one."""
        # From the right: the numbers are the last two parts, and a path may hold colons too.
        rest, sep1, column = text.rpartition(":")
        path, sep2, line = rest.rpartition(":")
        if not (sep1 and sep2 and path) or not (line.isdecimal() and column.isdecimal()):
            return None
        if len(line) > 9 or len(column) > 9 or "\x00" in path:
            return None
        location = cls(path, int(line), int(column))
        return location if location.line >= 1 and location.column >= 1 else None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class FormField:
    """One field of a form, as the user sees it (never its value)."""

    tag: str
    name: str
    type: str
    required: bool
    label: str
    aria_label: str
    placeholder: str


@dataclass(frozen=True)
class FormInfo:
    """The form an element belongs to: where it sends, and what it asks for."""

    action: str
    method: str
    fields: tuple[FormField, ...]


@dataclass(frozen=True)
class ActionTarget:
    """What activating a link or button does: follow `href`, or submit to `form_action`."""

    kind: str  # "link" | "button"
    href: str | None
    button_type: str | None  # "submit" | "button" | "reset" for buttons
    form_action: str | None
    opens_in: str | None  # a link's target attribute (e.g. "_blank")


@dataclass(frozen=True)
class FrameInfo:
    """The frame the element lives in; depth 0 is the top frame."""

    url: str
    depth: int
    in_top_coordinates: bool  # False when a frame's offset could not be found on the way up


@dataclass(frozen=True)
class ElementInfo:
    """What the inspector reports about a selected element."""

    tag: str
    element_id: str
    classes: tuple[str, ...]
    text: str
    role: str
    aria_label: str
    component: str | None
    rect: Rect
    selector: str
    data: Mapping[str, str] = field(hash=False)
    heading: str | None
    form: FormInfo | None
    target: ActionTarget | None
    prices: tuple[str, ...]
    dates: tuple[str, ...]
    source: SourceLocation | None
    frame: FrameInfo


@dataclass(frozen=True)
class Ready:
    url: str


@dataclass(frozen=True)
class SelectModeChanged:
    active: bool
    reason: str


@dataclass(frozen=True)
class ElementSelected:
    element: ElementInfo


Message: TypeAlias = Ready | SelectModeChanged | ElementSelected


# ----- what Python sends ---------------------------------------------------------------------


@dataclass(frozen=True)
class Badge:
    """A mark on the elements `selector` or `source` finds, e.g. those already connected."""

    label: str
    selector: str | None = None
    source: SourceLocation | None = None

    def __post_init__(self) -> None:
        if self.selector is None and self.source is None:
            raise ValueError("a badge needs a selector or a source location")
        if not self.label.strip() or len(self.label) > Limits.BADGE_LABEL:
            raise ValueError(f"a badge label has 1 to {Limits.BADGE_LABEL} characters")
        if self.selector is not None and not 0 < len(self.selector) <= Limits.SELECTOR:
            raise ValueError(f"a badge selector has 1 to {Limits.SELECTOR} characters")


def set_select_mode_command(active: bool) -> dict[str, Any]:
    return {"type": "set_select_mode", "version": PROTOCOL_VERSION, "active": active}


def show_badges_command(badges: Sequence[Badge]) -> dict[str, Any]:
    if len(badges) > Limits.BADGES:
        raise ValueError(f"at most {Limits.BADGES} badges")
    return {
        "type": "show_badges",
        "version": PROTOCOL_VERSION,
        "badges": [
            {
                "label": badge.label,
                "selector": badge.selector,
                "src": str(badge.source) if badge.source is not None else None,
            }
            for badge in badges
        ],
    }


# ----- checking what the page sent -----------------------------------------------------------


class Rejection(Enum):
    """Why `parse_message` refused a message; the inspector counts each kind."""

    SIZE = "size"  # larger than MAX_MESSAGE_BYTES
    JSON = "json"  # not JSON (or NaN/Infinity, or nested absurdly deep)
    SCHEMA = "schema"  # JSON, but not a message of this protocol


class InvalidMessage(ValueError):
    def __init__(self, rejection: Rejection, reason: str) -> None:
        super().__init__(f"{rejection.value}: {reason}")
        self.rejection = rejection


def parse_message(raw: str) -> Message:
    """The message in `raw`, or InvalidMessage; never anything else, whatever `raw` holds."""
    # Characters first: cheap, and a str longer than the limit is longer in bytes too.
    if len(raw) > MAX_MESSAGE_BYTES or len(raw.encode("utf-8", "surrogatepass")) > (
        MAX_MESSAGE_BYTES
    ):
        raise InvalidMessage(Rejection.SIZE, f"larger than {MAX_MESSAGE_BYTES} bytes")
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise InvalidMessage(Rejection.JSON, type(error).__name__) from None
    try:
        return _message(data)
    except _SchemaError as error:
        raise InvalidMessage(Rejection.SCHEMA, str(error)) from None


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


class _SchemaError(Exception):
    pass


_TYPES = {"ready", "select_mode", "element_selected"}
_TAG = re.compile(r"[a-z][a-z0-9._-]*\Z")
_DATA_NAME = re.compile(r"data-[^\s\"'>/=\x00-\x1f]+\Z")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _message(data: object) -> Message:
    if not isinstance(data, dict):
        raise _SchemaError("not an object")
    kind = data.get("type")
    if kind not in _TYPES:
        raise _SchemaError(f"unknown type {str(kind)[:40]!r}")
    if data.get("version") != PROTOCOL_VERSION or isinstance(data.get("version"), bool):
        raise _SchemaError("unsupported version")
    if kind == "ready":
        msg = _object(data, "message", {"type", "version", "url"})
        return Ready(url=_str(msg, "url", Limits.URL))
    if kind == "select_mode":
        msg = _object(data, "message", {"type", "version", "active", "reason"})
        return SelectModeChanged(
            active=_bool(msg, "active"), reason=_choice(msg, "reason", {"escape", "command"})
        )
    msg = _object(data, "message", {"type", "version", "element"})
    return ElementSelected(element=_element(msg["element"]))


_ELEMENT_FIELDS = {
    "tag", "id", "classes", "text", "role", "aria_label", "component", "rect", "selector",
    "data", "heading", "form", "target", "prices", "dates", "src", "frame",
}  # fmt: skip


def _element(value: object) -> ElementInfo:
    el = _object(value, "element", _ELEMENT_FIELDS)
    tag = _str(el, "tag", Limits.TAG)
    if not _TAG.match(tag):
        raise _SchemaError("element.tag is not a tag name")
    src = _optional_str(el, "src", Limits.SOURCE)
    return ElementInfo(
        tag=tag,
        element_id=_str(el, "id", Limits.ID),
        classes=_str_list(el, "classes", Limits.CLASSES, Limits.CLASS),
        text=_str(el, "text", Limits.TEXT),
        role=_str(el, "role", Limits.ROLE),
        aria_label=_str(el, "aria_label", Limits.LABEL),
        component=_optional_str(el, "component", Limits.COMPONENT),
        rect=_rect(el["rect"]),
        selector=_str(el, "selector", Limits.SELECTOR),
        data=_data_attributes(el["data"]),
        heading=_optional_str(el, "heading", Limits.LABEL),
        form=None if el["form"] is None else _form(el["form"]),
        target=None if el["target"] is None else _target(el["target"]),
        prices=_str_list(el, "prices", Limits.MATCHES, Limits.MATCH),
        dates=_str_list(el, "dates", Limits.MATCHES, Limits.MATCH),
        # A malformed location is page content like any other: no location, not a bad message.
        source=SourceLocation.parse(src) if src is not None else None,
        frame=_frame(el["frame"]),
    )


def _rect(value: object) -> Rect:
    rect = _object(value, "rect", {"x", "y", "width", "height"})
    width, height = _number(rect, "width"), _number(rect, "height")
    if width < 0 or height < 0:
        raise _SchemaError("rect has a negative size")
    return Rect(_number(rect, "x"), _number(rect, "y"), width, height)


def _data_attributes(value: object) -> Mapping[str, str]:
    if not isinstance(value, dict) or len(value) > Limits.DATA_ITEMS:
        raise _SchemaError(f"data is not an object of at most {Limits.DATA_ITEMS} entries")
    found: dict[str, str] = {}
    for name in value:
        if len(name) > Limits.DATA_NAME or not _DATA_NAME.match(name):
            raise _SchemaError("data has a name that is not a data-* attribute")
        found[name] = _str(value, name, Limits.DATA_VALUE)
    return MappingProxyType(found)


def _form(value: object) -> FormInfo:
    form = _object(value, "form", {"action", "method", "fields"})
    fields = form["fields"]
    if not isinstance(fields, list) or len(fields) > Limits.FIELDS:
        raise _SchemaError(f"form.fields is not a list of at most {Limits.FIELDS}")
    return FormInfo(
        action=_str(form, "action", Limits.URL),
        method=_str(form, "method", Limits.FIELD_TYPE),
        fields=tuple(_form_field(item) for item in fields),
    )


_FIELD_KEYS = {"tag", "name", "type", "required", "label", "aria_label", "placeholder"}


def _form_field(value: object) -> FormField:
    item = _object(value, "form field", _FIELD_KEYS)
    tag = _str(item, "tag", Limits.TAG)
    if not _TAG.match(tag):
        raise _SchemaError("form field tag is not a tag name")
    return FormField(
        tag=tag,
        name=_str(item, "name", Limits.FIELD_NAME),
        type=_str(item, "type", Limits.FIELD_TYPE),
        required=_bool(item, "required"),
        label=_str(item, "label", Limits.LABEL),
        aria_label=_str(item, "aria_label", Limits.LABEL),
        placeholder=_str(item, "placeholder", Limits.LABEL),
    )


def _target(value: object) -> ActionTarget:
    target = _object(value, "target", {"kind", "href", "type", "form_action", "opens_in"})
    return ActionTarget(
        kind=_choice(target, "kind", {"link", "button"}),
        href=_optional_str(target, "href", Limits.URL),
        button_type=_optional_str(target, "type", Limits.FIELD_TYPE),
        form_action=_optional_str(target, "form_action", Limits.URL),
        opens_in=_optional_str(target, "opens_in", Limits.FIELD_NAME),
    )


def _frame(value: object) -> FrameInfo:
    frame = _object(value, "frame", {"url", "depth", "top_coords"})
    depth = frame["depth"]
    if not isinstance(depth, int) or isinstance(depth, bool) or not 0 <= depth <= Limits.DEPTH:
        raise _SchemaError(f"frame.depth is not an integer from 0 to {Limits.DEPTH}")
    return FrameInfo(
        url=_str(frame, "url", Limits.URL),
        depth=depth,
        in_top_coordinates=_bool(frame, "top_coords"),
    )


# ----- field checks --------------------------------------------------------------------------


def _object(value: object, what: str, keys: set[str]) -> dict[str, Any]:
    """`value` as a dict with exactly `keys`: a missing or unknown field is an error."""
    if not isinstance(value, dict):
        raise _SchemaError(f"{what} is not an object")
    if value.keys() != keys:
        wrong = sorted(set(value) ^ keys)[:5]
        raise _SchemaError(f"{what} has missing or unknown fields {wrong}")
    return value


def _str(data: dict[str, Any], key: str, limit: int) -> str:
    value = data[key]
    if not isinstance(value, str) or len(value) > limit:
        raise _SchemaError(f"{key} is not a string of at most {limit} characters")
    # JSON may carry half of a surrogate pair ("\\ud83d"): such a str cannot be encoded later.
    return _LONE_SURROGATE.sub("\ufffd", value)


def _optional_str(data: dict[str, Any], key: str, limit: int) -> str | None:
    return None if data[key] is None else _str(data, key, limit)


def _str_list(data: dict[str, Any], key: str, items: int, limit: int) -> tuple[str, ...]:
    value = data[key]
    if not isinstance(value, list) or len(value) > items:
        raise _SchemaError(f"{key} is not a list of at most {items} strings")
    return tuple(_str({key: item}, key, limit) for item in value)


def _bool(data: dict[str, Any], key: str) -> bool:
    value = data[key]
    if not isinstance(value, bool):
        raise _SchemaError(f"{key} is not true or false")
    return value


def _number(data: dict[str, Any], key: str) -> float:
    value = data[key]
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not math.isfinite(value)
        or abs(value) > Limits.COORDINATE
    ):
        raise _SchemaError(f"{key} is not a finite number")
    return float(value)


def _choice(data: dict[str, Any], key: str, allowed: set[str]) -> str:
    value = data[key]
    if value not in allowed:
        raise _SchemaError(f"{key} is not one of {sorted(allowed)}")
    return str(value)

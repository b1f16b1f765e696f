"""The inspector's message schema: what a page sends is parsed strictly, anything else refused."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from l4ydesk.ui.preview.inspector_messages import (
    MAX_MESSAGE_BYTES,
    MAX_MESSAGES_PER_SECOND,
    PROTOCOL_VERSION,
    Badge,
    ElementSelected,
    InvalidMessage,
    Limits,
    Ready,
    Rejection,
    SelectModeChanged,
    SourceLocation,
    js_limits,
    parse_message,
    set_select_mode_command,
    show_badges_command,
)
from l4ydesk.ui.preview.rate_limit import RateLimiter

ELEMENT: dict[str, Any] = {
    "tag": "button",
    "id": "buy",
    "classes": ["btn", "primary"],
    "text": "Buy now",
    "role": "button",
    "aria_label": "Buy the blue mug",
    "component": "BuyButton",
    "rect": {"x": 10.5, "y": 20, "width": 80, "height": 32},
    "selector": "#buy",
    "data": {"data-sku": "mug-blue"},
    "heading": "Blue mug",
    "form": {
        "action": "https://shop.example/subscribe",
        "method": "post",
        "fields": [
            {
                "tag": "input",
                "name": "email",
                "type": "email",
                "required": True,
                "label": "Email address",
                "aria_label": "",
                "placeholder": "you@example.com",
            }
        ],
    },
    "target": {
        "kind": "button",
        "href": None,
        "type": "submit",
        "form_action": "https://shop.example/subscribe",
        "opens_in": None,
    },
    "prices": ["$12", "€9,50"],
    "dates": ["2025-03-14"],
    "src": "app/page.tsx:20:7",
    "frame": {"url": "https://shop.example/", "depth": 0, "top_coords": True},
}


def selected(**changes: Any) -> dict[str, Any]:
    element = copy.deepcopy(ELEMENT)
    element.update(changes)
    return {"type": "element_selected", "version": PROTOCOL_VERSION, "element": element}


def rejection(data: object) -> Rejection:
    raw = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(InvalidMessage) as caught:
        parse_message(raw)
    return caught.value.rejection


# ----- valid messages -------------------------------------------------------------------------


def test_a_selection_parses_into_typed_metadata() -> None:
    message = parse_message(json.dumps(selected()))
    assert isinstance(message, ElementSelected)
    info = message.element
    assert (info.tag, info.element_id, info.classes) == ("button", "buy", ("btn", "primary"))
    assert (info.text, info.role, info.aria_label) == ("Buy now", "button", "Buy the blue mug")
    assert info.component == "BuyButton"
    assert (info.rect.x, info.rect.y, info.rect.width, info.rect.height) == (10.5, 20, 80, 32)
    assert dict(info.data) == {"data-sku": "mug-blue"}
    assert info.form is not None and info.form.method == "post"
    field = info.form.fields[0]
    assert (field.name, field.label, field.required) == ("email", "Email address", True)
    assert info.target is not None and info.target.button_type == "submit"
    assert info.prices == ("$12", "€9,50")
    assert info.source == SourceLocation("app/page.tsx", 20, 7)
    assert info.frame.depth == 0 and info.frame.in_top_coordinates
    with pytest.raises(TypeError):
        info.data["data-sku"] = "changed"  # type: ignore[index]


def test_optional_parts_may_be_null() -> None:
    message = parse_message(
        json.dumps(selected(component=None, heading=None, form=None, target=None, src=None))
    )
    assert isinstance(message, ElementSelected)
    assert message.element.form is None and message.element.source is None


def test_ready_and_leaving_select_mode() -> None:
    ready = {"type": "ready", "version": 1, "url": "https://shop.example/"}
    assert parse_message(json.dumps(ready)) == Ready("https://shop.example/")
    left = {"type": "select_mode", "version": 1, "active": False, "reason": "escape"}
    assert parse_message(json.dumps(left)) == SelectModeChanged(active=False, reason="escape")


def test_half_a_surrogate_pair_becomes_a_replacement_character() -> None:
    message = parse_message(json.dumps(selected(text="mug \ud83d")))
    assert isinstance(message, ElementSelected)
    assert message.element.text == "mug \ufffd"
    message.element.text.encode("utf-8")  # usable anywhere now


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("app/page.tsx:20:7", SourceLocation("app/page.tsx", 20, 7)),
        ("C:/work/app/page.tsx:1:1", SourceLocation("C:/work/app/page.tsx", 1, 1)),
        ("app/page.tsx:20", None),
        ("app/page.tsx:0:7", None),
        ("app/page.tsx:x:7", None),
        (":20:7", None),
        ("app/page.tsx:1:99999999999", None),
        ("", None),
    ],
)
def test_source_locations(text: str, expected: SourceLocation | None) -> None:
    assert SourceLocation.parse(text) == expected
    if expected is not None:
        assert str(expected) == text


def test_an_unparseable_source_location_is_no_location_not_a_bad_message() -> None:
    message = parse_message(json.dumps(selected(src="somewhere")))
    assert isinstance(message, ElementSelected) and message.element.source is None


# ----- refused messages -----------------------------------------------------------------------


def test_size_is_checked_in_bytes_before_parsing() -> None:
    assert rejection("x" * (MAX_MESSAGE_BYTES + 1)) is Rejection.SIZE
    # Under the limit in characters, over it in UTF-8.
    assert rejection(json.dumps(selected(text="€" * 30_000), ensure_ascii=False)) is Rejection.SIZE


@pytest.mark.parametrize(
    "raw",
    ["{not json", "", '{"type": "ready", "version": 1, "url": NaN}', "[" * 50_000, "Infinity"],
)
def test_what_is_not_json_is_malformed(raw: str) -> None:
    assert rejection(raw) is Rejection.JSON


@pytest.mark.parametrize(
    "data",
    [
        [1, 2],
        None,
        {"type": "run_shell", "version": 1},
        {"type": "ready", "version": 2, "url": ""},
        {"type": "ready", "version": True, "url": ""},
        {"type": "ready", "url": ""},
        {"type": "ready", "version": 1, "url": "", "extra": 1},
        {"type": "ready", "version": 1, "url": 5},
        {"type": "select_mode", "version": 1, "active": "no", "reason": "escape"},
        {"type": "select_mode", "version": 1, "active": False, "reason": "bored"},
        {"type": "element_selected", "version": 1, "element": []},
        selected(tag="<script>"),
        selected(tag=7),
        selected(text="x" * (Limits.TEXT + 1)),
        selected(classes=["c"] * (Limits.CLASSES + 1)),
        selected(classes=[1]),
        selected(rect={"x": 1, "y": 2, "width": 3}),
        selected(rect={"x": 1e308, "y": 2, "width": 3, "height": 4}),
        selected(rect={"x": True, "y": 2, "width": 3, "height": 4}),
        selected(rect={"x": 1, "y": 2, "width": -3, "height": 4}),
        selected(data={"onclick": "x"}),
        selected(data={f"data-{i}": "" for i in range(Limits.DATA_ITEMS + 1)}),
        selected(form={"action": "", "method": "get", "fields": [{}]}),
        selected(form={"action": "", "method": "get", "fields": [None] * (Limits.FIELDS + 1)}),
        selected(target={"kind": "script", "href": None, "type": None, "form_action": None,
                         "opens_in": None}),
        selected(frame={"url": "", "depth": Limits.DEPTH + 1, "top_coords": True}),
        selected(frame={"url": "", "depth": False, "top_coords": True}),
        selected(frame={"url": "", "depth": 1.5, "top_coords": True}),
        selected(unexpected="field"),
    ],
)  # fmt: skip
def test_what_is_not_a_message_of_the_protocol_is_invalid(data: object) -> None:
    assert rejection(data) is Rejection.SCHEMA


def test_invalid_message_says_why_without_echoing_the_content() -> None:
    with pytest.raises(InvalidMessage) as caught:
        parse_message(json.dumps({"type": "x" * 10_000, "version": 1}))
    assert len(str(caught.value)) < 200


# ----- commands and badges --------------------------------------------------------------------


def test_commands_carry_the_protocol_version() -> None:
    assert set_select_mode_command(True) == {
        "type": "set_select_mode",
        "version": PROTOCOL_VERSION,
        "active": True,
    }
    command = show_badges_command(
        [Badge("Stripe", selector="#buy"), Badge("Form", source=SourceLocation("a.tsx", 1, 2))]
    )
    assert command["badges"] == [
        {"label": "Stripe", "selector": "#buy", "src": None},
        {"label": "Form", "selector": None, "src": "a.tsx:1:2"},
    ]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Badge("Stripe"),
        lambda: Badge("", selector="#buy"),
        lambda: Badge("x" * (Limits.BADGE_LABEL + 1), selector="#buy"),
        lambda: Badge("Stripe", selector=""),
    ],
)
def test_badges_are_checked_when_made(make: Any) -> None:
    with pytest.raises(ValueError):
        make()


def test_too_many_badges_are_refused() -> None:
    with pytest.raises(ValueError, match="at most"):
        show_badges_command([Badge("b", selector="p")] * (Limits.BADGES + 1))


def test_the_page_script_gets_the_same_limits() -> None:
    limits = js_limits()
    assert limits["TEXT"] == Limits.TEXT and limits["BADGES"] == Limits.BADGES
    assert all(name.isupper() for name in limits)


# ----- rate limit -----------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_allows_a_burst_then_the_rate() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock)
    assert sum(limiter.allow() for _ in range(100)) == MAX_MESSAGES_PER_SECOND
    assert limiter.available() == 0
    clock.now += 0.5
    assert sum(limiter.allow() for _ in range(100)) == MAX_MESSAGES_PER_SECOND // 2
    clock.now += 60  # a long pause refills the bucket, no more
    assert limiter.available() == MAX_MESSAGES_PER_SECOND
    clock.now -= 30  # a clock stepping back neither fails nor drains
    assert limiter.available() == MAX_MESSAGES_PER_SECOND

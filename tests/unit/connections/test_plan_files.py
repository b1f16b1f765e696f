"""Plan files for `l4ydesk connect APP --plan plan.json`: round trip and clear refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l4ydesk.core.connection_plans import (
    Action,
    ConnectionPlan,
    InvalidPlanError,
    item_for_detection,
    item_key,
    new_item,
    plan_from_json,
    plan_to_json,
    read_plan_file,
)


def _plan() -> ConnectionPlan:
    return ConnectionPlan(
        7,
        (
            new_item("product", "Café Crème", {"price": "4.50", "tags": ["hot"]}, "app/page.tsx"),
            new_item("contact", "Newsletter signup", {"source": "newsletter"}).link(12),
            new_item("checkout", "Cart", {}, "components/cart.tsx").skip(),
        ),
    )


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    plan = _plan()
    text = plan_to_json(plan)
    assert plan_from_json(text, 7) == plan
    document = json.loads(text)
    assert document["version"] == 1
    assert document["items"][1] == {
        "item_key": plan.items[1].item_key,
        "type": "contact",
        "name": "Newsletter signup",
        "action": "link",
        "target_id": 12,
        "fields": {"source": "newsletter"},
    }
    assert "Café Crème" in text  # written as text people can read and edit
    path = tmp_path / "plan.json"
    path.write_text(text, encoding="utf-8")
    assert read_plan_file(path, 7) == plan


def test_a_hand_written_plan_needs_only_type_and_name() -> None:
    plan = plan_from_json(
        '{"items": [{"type": "event", "name": "Gala", "evidence_file": "app/page.tsx"}]}', 3
    )
    [item] = plan.items
    assert (item.action, item.fields, item.target_id) == (Action.CREATE, {}, None)
    assert item.item_key == item_key("event", "Gala", "app/page.tsx")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"items": [', r"not valid JSON \(line 1, column 12"),
        ("[]", 'a JSON object with an "items" list'),
        ('{"items": {}}', 'a JSON object with an "items" list'),
        ('{"version": 2, "items": []}', "format version 2; this l4ydesk reads version 1"),
        ('{"items": ["tee"]}', "Plan item 1 is not a JSON object"),
        ('{"items": [{"name": "Tee"}]}', 'Plan item 1 needs a "type" text'),
        ('{"items": [{"type": "product"}]}', 'Plan item 1 needs a "name" text'),
        (
            '{"items": [{"type": "product", "name": "Tee"}, {"type": "prodcut", "name": "Mug"}]}',
            r"Plan item 2 \('Mug'\): 'prodcut' is not a record type; use one of: product,",
        ),
        (
            '{"items": [{"type": "product", "name": "Tee", "action": "merge"}]}',
            r"Plan item 1: 'merge' is not an action; use one of: create, link, skip",
        ),
        (
            '{"items": [{"type": "product", "name": "Tee", "action": "link"}]}',
            r"Plan item 1 \('Tee'\): A link needs a target_id",
        ),
        (
            '{"items": [{"type": "product", "name": "Tee", "action": "link", "target_id": "12"}]}',
            r"positive whole number\), not '12'",
        ),
        (
            '{"items": [{"type": "product", "name": "Tee", "target_id": 12}]}',
            "Only a link has a target_id, not a create",
        ),
        (
            '{"items": [{"type": "product", "name": "Tee", "taget_id": 12}]}',
            "unknown key\\(s\\) taget_id; known keys are: action, evidence_file",
        ),
        ('{"items": [{"type": "product", "name": "Tee", "fields": [1]}]}', "must be a JSON object"),
        ('{"items": [{"type": "product", "name": "Tee", "item_key": 5}]}', '"item_key" must be'),
        (
            '{"items": [{"type": "product", "name": "Tee"}, {"type": "product", "name": " tee "}]}',
            "Two items share the item_key",
        ),
    ],
)
def test_malformed_plans_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(InvalidPlanError, match=message):
        plan_from_json(text, 1)


def test_unreadable_plan_files(tmp_path: Path) -> None:
    with pytest.raises(InvalidPlanError, match="There is no plan file at"):
        read_plan_file(tmp_path / "missing.json", 1)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"items": [{"type": "product", "name": "Café"}]}'.encode("latin-1"))
    with pytest.raises(InvalidPlanError, match="not UTF-8 text"):
        read_plan_file(latin, 1)
    with pytest.raises(InvalidPlanError, match="could not be read"):
        read_plan_file(tmp_path, 1)  # a folder


def test_a_plan_from_analyzer_detections_round_trips() -> None:
    from l4ydesk.core.analyzer.model import Detection, Evidence

    detection = Detection(
        type_key="product",
        name="Camera kit",
        fields={"price": "$49.00", "tags": ("rental", "gear"), "sizes": frozenset({"M"})},
        confidence=0.9,
        evidence=(
            Evidence("app/rentals/page.tsx", 10, 14, "<Card>Camera kit</Card>"),
            Evidence("lib/data.ts", 3, 3, "name: 'Camera kit'"),
        ),
    )
    item = item_for_detection(detection)
    assert item.item_key == item_key("product", "Camera kit", "app/rentals/page.tsx")
    assert item.evidence_file == "app/rentals/page.tsx"
    assert item.fields == {"price": "$49.00", "tags": ["rental", "gear"], "sizes": ["M"]}
    with pytest.raises(InvalidPlanError, match="share the item_key"):
        # The same detection twice is one element of the app.
        ConnectionPlan(1, (item, item_for_detection(detection, Action.LINK, 5)))
    plan = ConnectionPlan(1, (item,))
    assert plan_from_json(plan_to_json(plan), 1) == plan

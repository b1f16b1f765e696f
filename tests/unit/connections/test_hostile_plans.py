"""Hostile plans: each is refused with a sentence naming the item and field, writing nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from l4ydesk.core import connection_items
from l4ydesk.core import connections as connections_module
from l4ydesk.core.connections import (
    ConnectionPlan,
    Connector,
    InvalidPlanError,
    Outcome,
    new_item,
    plan_from_json,
)
from l4ydesk.core.records import RecordBook
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject


def _plan_text(**item: object) -> str:
    base: dict[str, object] = {"type": "product", "name": "Mug", "fields": {}}
    base.update(item)
    return json.dumps({"version": 1, "items": [base]})


def _count(store: Store, model: type) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        (_plan_text(action="link", target_id=10**29), ["Mug", "target_id"]),
        (_plan_text(fields={"price": int("9" * 30)}), ["Mug", "price"]),
        (_plan_text(fields={"price": "9" * 30}), ["Mug", "price"]),
        (_plan_text(fields={"price": "-1e308"}), ["Mug", "price"]),
        (_plan_text(fields={"price": "1e400"}), ["Mug", "price"]),
        (_plan_text(name="Mug\u0000 evil"), ["Plan item 1", "name"]),
        (_plan_text(name="Mug \u202eevil"), ["Plan item 1", "name"]),
    ],
)
def test_hostile_values_are_refused_naming_item_and_field(text: str, fragments: list[str]) -> None:
    with pytest.raises(InvalidPlanError) as caught:
        plan_from_json(text, 1)
    for fragment in fragments:
        assert fragment in str(caught.value)


def test_a_5000_digit_number_and_deep_nesting_are_sentences() -> None:
    digits = (
        '{"version": 1, "items": [{"type": "product", "name": "Mug", "fields": {"n": '
        + ("1" * 5000)
        + "}}]}"
    )
    with pytest.raises(InvalidPlanError, match="number"):
        plan_from_json(digits, 1)
    nested = (
        '{"version": 1, "items": [{"type": "product", "name": "Mug", "fields": {"n": '
        + ("[" * 100_000)
        + "]" * 100_000
        + "}}]}"
    )
    with pytest.raises(InvalidPlanError, match="nest"):
        plan_from_json(nested, 1)
    deep = (
        '{"version": 1, "items": [{"type": "product", "name": "Mug", "fields": {"n": '
        + ("[" * 100)
        + "]" * 100
        + "}}]}"
    )
    with pytest.raises(InvalidPlanError, match=r"Mug.*nest"):
        plan_from_json(deep, 1)


def test_exponent_prices_are_read_as_numbers(
    connector: Connector, book: RecordBook, app_id: int
) -> None:
    plan = plan_from_json(_plan_text(fields={"price": "1e3"}), app_id)
    result = connector.execute_plan(plan)
    record = book.get(result.created[0].record_id or 0)
    assert record.properties["price"] == "1000.00"


def test_relinking_a_connected_item_links_the_new_record_and_undo_restores(
    connector: Connector, book: RecordBook, app_id: int, store: Store
) -> None:
    first = book.create("product", "Mug A", {})
    second = book.create("product", "Mug B", {})
    item = new_item("product", "Mug", {}, "app/page.tsx")
    connector.execute_plan(ConnectionPlan(app_id, (item.link(first.id),)))
    result = connector.execute_plan(ConnectionPlan(app_id, (item.link(second.id),)))
    assert [o.outcome for o in result.outcomes] == [Outcome.RELINKED]
    assert connector.connected_items(app_id) == {item.item_key: second.id}
    connector.undo(result)
    assert connector.connected_items(app_id) == {item.item_key: first.id}


def test_a_huge_plan_commits_in_batches_and_a_failure_keeps_nothing(
    connector: Connector, app_id: int, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connections_module, "CONNECT_BATCH", 10)
    items = tuple(new_item("product", f"Mug {n}", {"price": "3"}) for n in range(35))
    seen: list[tuple[int, int]] = []
    result = connector.execute_plan(
        ConnectionPlan(app_id, items), progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(10, 35), (20, 35), (30, 35), (35, 35)]
    assert len(result.created) == 35
    connector.undo(result)
    assert _count(store, OntologyObject) == 0

    original = connection_items._execute_item
    calls = {"n": 0}

    def failing(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 25:
            raise OSError("disk vanished")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(connection_items, "_execute_item", failing)
    with pytest.raises(OSError):
        connector.execute_plan(ConnectionPlan(app_id, items))
    assert _count(store, OntologyObject) == 0
    assert _count(store, ObjectLink) == 0


def test_names_read_from_code_lose_hidden_characters_but_keep_their_spelling() -> None:
    from dataclasses import dataclass, field

    from l4ydesk.core.connections import item_for_detection

    @dataclass
    class Found:
        type_key: str
        name: str
        fields: dict[str, object] = field(default_factory=dict)
        evidence: tuple[object, ...] = ()

    # A Persian print size (a joiner inside the word) is a name as it is written ...
    size = "\u06f1\u06f0\u00d7\u06f1\u06f5 \u0633\u0627\u0646\u062a\u06cc\u200c\u0645\u062a\u0631"
    assert item_for_detection(Found("product", size)).name == size
    # ... and a bidi override in the app's code costs the item nothing but the mark
    assert item_for_detection(Found("product", "Mug \u202eevil")).name == "Mug evil"

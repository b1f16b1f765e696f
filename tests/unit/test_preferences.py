"""Typed preferences in their own JSON file: round trip, damaged or old files, env override."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l4ydesk.preferences import (
    DEFAULT_AI_MODEL,
    Preferences,
    PreferencesStore,
    PreviewDevice,
    effective_node_path,
)


def test_preferences_round_trip_through_their_file(tmp_path: Path) -> None:
    store = PreferencesStore.in_config_dir(tmp_path)
    assert not store.exists and store.get() == Preferences()
    chosen = Preferences(
        node_path=tmp_path / "node",
        ai_model="openai/gpt-4o",
        v0_model="v0-1.5-lg",
        preview_device=PreviewDevice.PHONE,
        calendar_sync_minutes=0,
    )
    store.save(chosen)
    assert json.loads((tmp_path / "preferences.json").read_text())["preview_device"] == "phone"
    assert PreferencesStore.in_config_dir(tmp_path).get() == chosen
    assert not list(tmp_path.glob(".preferences-*"))  # the temporary file was renamed


def test_a_damaged_file_gives_defaults_and_is_left_as_it_is(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "preferences.json"
    path.write_text('{"ai_model": "openai/gpt-4o",')  # cut off mid-write by another tool
    store = PreferencesStore(path)
    assert store.get() == Preferences()
    assert "unreadable" in caplog.text
    assert path.read_text() == '{"ai_model": "openai/gpt-4o",'


def test_unknown_values_keep_their_defaults() -> None:
    found = Preferences.from_json(
        {"preview_device": "watch", "ai_model": 42, "v0_model": " v0-1.5-md ", "extra": 1}
    )
    assert found == Preferences(v0_model="v0-1.5-md")
    for minutes in (-5, 10**6, "15", 2.5, True, None):  # out of range or not a whole number
        assert Preferences.from_json({"calendar_sync_minutes": minutes}) == Preferences()
    assert Preferences.from_json({"calendar_sync_minutes": 60}).calendar_sync_minutes == 60
    assert Preferences.from_json(["not", "an", "object"]) == Preferences()


def test_the_environment_wins_over_the_chosen_node(tmp_path: Path) -> None:
    chosen = Preferences(node_path=tmp_path / "mine")
    assert effective_node_path(None, chosen) == tmp_path / "mine"
    assert effective_node_path(tmp_path / "ci", chosen) == tmp_path / "ci"
    assert effective_node_path(None, Preferences()) is None
    assert Preferences().effective_ai_model == DEFAULT_AI_MODEL
    assert Preferences(ai_model="  ").effective_ai_model == DEFAULT_AI_MODEL

"""Every command ends with a sentence, never a traceback, whatever goes wrong underneath."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l4ydesk", *args], env=env, capture_output=True, text=True
    )


def test_a_store_that_cannot_be_made_is_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    env = dict(
        os.environ,
        L4YDESK_DATA_DIR=str(tmp_path / "data"),
        L4YDESK_DB_URL=f"sqlite:///{blocker}/l4ydesk.db",
    )
    result = _cli(env, "apps", "list")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("l4ydesk: ")
    assert "log" in result.stderr


def test_hostile_plans_through_the_command_line_are_sentences(tmp_path: Path) -> None:
    env = dict(os.environ, L4YDESK_DATA_DIR=str(tmp_path / "data"))
    assert _cli(env, "apps", "create", "Shop").returncode == 0
    plan = tmp_path / "plan.json"
    hostile = {
        "huge id": {"type": "product", "name": "Mug", "action": "link", "target_id": 10**29},
        "30-digit price": {"type": "product", "name": "Mug", "fields": {"price": 10**30}},
    }
    for label, item in hostile.items():
        plan.write_text(json.dumps({"version": 1, "items": [item]}))
        result = _cli(env, "connect", "shop", "--plan", str(plan))
        assert result.returncode == 1, label
        assert "Traceback" not in result.stderr, label
        assert "Mug" in result.stderr, label
    plan.write_text(
        '{"version": 1, "items": [{"type": "product", "name": "Mug", "fields": {"n": '
        + "1" * 5000
        + "}}]}"
    )
    result = _cli(env, "connect", "shop", "--plan", str(plan))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    listed = _cli(env, "apps", "list", "--json")
    assert json.loads(listed.stdout)[0]["files"] == 0

"""`l4ydesk analyze` and `l4ydesk connect` headless, as a script or CI job would use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from l4ydesk.app import SAMPLE_APP_DIR


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l4ydesk", *args], env=env, capture_output=True, text=True
    )


def test_analyze_then_connect_is_idempotent(tmp_path: Path) -> None:
    env = dict(os.environ, L4YDESK_DATA_DIR=str(tmp_path / "data"))
    folder = _cli(env, "analyze", str(SAMPLE_APP_DIR), "--json")
    assert folder.returncode == 0, folder.stderr
    types = {d["type"] for d in json.loads(folder.stdout)["detections"]}
    assert {"product", "form", "contact", "booking"} <= types

    assert _cli(env, "apps", "create", "Sample").returncode == 0
    assert _cli(env, "files", "import", "sample", str(SAMPLE_APP_DIR)).returncode == 0
    plan = tmp_path / "plan.json"
    analyzed = _cli(env, "analyze", "sample", "--plan-out", str(plan))
    assert analyzed.returncode == 0, analyzed.stderr
    items = json.loads(plan.read_text())["items"]
    # "Sure" items are created, "Maybe" items (below the calibrated threshold) skipped.
    creates = [item for item in items if item["action"] == "create"]
    skips = [item for item in items if item["action"] == "skip"]
    assert creates and len(creates) + len(skips) == len(items)

    first = _cli(env, "connect", "sample", "--plan", str(plan))
    assert first.returncode == 0, first.stderr
    assert f"{len(creates)} created, 0 linked, {len(skips)} skipped" in first.stdout
    again = _cli(env, "connect", "sample", "--plan", str(plan))
    assert (
        f"0 created, 0 linked, {len(skips)} skipped, {len(creates)} already connected"
        in again.stdout
    )

    # A second analysis now suggests linking to the records just made.
    _cli(env, "analyze", "sample", "--plan-out", str(plan))
    again_items = json.loads(plan.read_text())["items"]
    created = {(item["type"], item["name"]) for item in creates}
    assert all(
        item["action"] == "link" for item in again_items if (item["type"], item["name"]) in created
    )


def test_connect_refuses_a_malformed_plan_with_a_sentence(tmp_path: Path) -> None:
    env = dict(os.environ, L4YDESK_DATA_DIR=str(tmp_path / "data"))
    _cli(env, "apps", "create", "Sample")
    plan = tmp_path / "plan.json"
    plan.write_text('{"version": 1, "items": [{"type": "prodcut", "name": "Mug"}]}')
    result = _cli(env, "connect", "sample", "--plan", str(plan))
    assert result.returncode == 1
    assert "'prodcut' is not a record type" in result.stderr
    assert "Traceback" not in result.stderr


def test_chat_without_a_key_keeps_the_message_as_a_draft(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        L4YDESK_DATA_DIR=str(tmp_path / "data"),
        PYTHON_KEYRING_BACKEND="l4ydesk.secrets.MemoryKeyring",
    )
    _cli(env, "apps", "create", "Sample")
    result = _cli(env, "chat", "sample", "Add a pricing page", "--provider", "v0")
    assert result.returncode == 1
    said = result.stdout + result.stderr
    assert "No v0 API key is set" in said and "Settings → Keys" in said
    assert "Traceback" not in said

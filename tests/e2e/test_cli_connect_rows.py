"""`l4ydesk connect` with a list element: the rows become records once, and the run says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.list_rows_support import CRM


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l4ydesk", *args], env=env, capture_output=True, text=True
    )


def test_connect_creates_a_lists_rows_once(tmp_path: Path) -> None:
    env = dict(os.environ, L4YDESK_DATA_DIR=str(tmp_path / "data"))
    assert _cli(env, "apps", "create", "CRM").returncode == 0
    assert _cli(env, "files", "import", "crm", str(CRM)).returncode == 0
    plan = tmp_path / "plan.json"
    assert _cli(env, "analyze", "crm", "--plan-out", str(plan)).returncode == 0
    document = json.loads(plan.read_text(encoding="utf-8"))
    [clients] = [i for i in document["items"] if i["fields"].get("list")]
    assert clients["name"] == "Clients"
    clients["action"] = "create"  # a "Maybe" list is skipped until someone says yes
    plan.write_text(json.dumps(document), encoding="utf-8")

    first = _cli(env, "connect", "crm", "--plan", str(plan))
    assert first.returncode == 0, first.stderr
    assert "Clients: Creates 6 contacts from the list's rows." in first.stderr
    assert "6 created, 0 linked" in first.stdout
    assert "Grace Hopper" in first.stdout and "Clients" not in first.stdout
    again = _cli(env, "connect", "crm", "--plan", str(plan))
    assert "0 created, 0 linked, 0 skipped, 6 already connected" in again.stdout

"""What `l4ydesk analyze FOLDER` imports: no feature verb module, no parser for an empty folder.

Issue 12 item 5 asks the command to start in under 0.3 s on an empty folder. The feature verbs
(compat, github, publish, calendar...) cost about 0.15 s of imports that a built-in verb never
uses; this test names the culprit if one comes back on that path (the time itself is measured
with `time l4ydesk analyze /tmp/empty`, not asserted here).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FEATURE_MODULES = (
    "l4ydesk.commands.compat",
    "l4ydesk.commands.github",
    "l4ydesk.commands.publish",
    "l4ydesk.commands.calendar",
    "l4ydesk.app",
    "tree_sitter",
    "sqlalchemy",
)


def test_analyzing_an_empty_folder_loads_no_feature_verbs_nor_the_parser(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    check = (
        "import sys\n"
        "from l4ydesk.cli import main\n"
        f"code = main(['analyze', {str(empty)!r}])\n"
        f"print('LOADED', ' '.join(m for m in {FEATURE_MODULES!r} if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "L4YDESK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, env=env, check=True
    )
    assert "No business records found." in done.stdout
    loaded = done.stdout.split("LOADED", 1)[1].strip()
    assert loaded == ""

"""The layer rules of docs/architecture.md, as import-linter contracts in pyproject.toml.

The contracts hold on the code, and they bite: a copy of the package with a Qt import in
storage/ and an httpx import reached from core/ through another module breaks them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / (
    "lint-imports.exe" if os.name == "nt" else "lint-imports"
)


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}  # the package found first is cwd's
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_the_layer_contracts_hold() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_qt_below_ui_and_httpx_reached_from_core_break_the_contracts(tmp_path: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    package = tmp_path / "l4ydesk"
    shutil.copytree(ROOT / "l4ydesk", package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / "storage" / "qt_leak.py").write_text("from PySide6.QtCore import QObject\n")
    # Indirect: core imports a top-level helper, which imports httpx.
    (package / "net_helper.py").write_text("import httpx\n")
    (package / "core" / "indirect.py").write_text("import l4ydesk.net_helper\n")
    (package / "clients" / "reach_up.py").write_text("from l4ydesk.storage import db\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    out = " ".join(result.stdout.split())
    assert "No Qt below ui/ BROKEN" in out
    assert "No httpx in core/ or storage/, even through other modules BROKEN" in out
    assert "l4ydesk.core.indirect -> l4ydesk.net_helper" in out
    assert "clients/ never import storage/, core/, ui/ or the composition root BROKEN" in out

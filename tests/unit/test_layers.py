"""The layer rules of docs/architecture.md, checked on the source: Qt stays in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "l4ydesk"
FORBIDDEN = {
    "core": {"PySide6", "qasync", "httpx", "l4ydesk.ui"},
    "storage": {"PySide6", "qasync", "httpx", "l4ydesk.ui", "l4ydesk.core", "l4ydesk.clients"},
    "clients": {"PySide6", "qasync", "l4ydesk.ui", "l4ydesk.core", "l4ydesk.storage"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_sits_below_it(layer: str) -> None:
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offences, "\n".join(offences)

"""Every shadcn-style template, and a generated component, type-checks with `tsc` in the sample
app, with the package versions the dependency rule would pin. Slow: installs with npm."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from l4ydesk.core.preview.installer import package_cache_dir
from l4ydesk.core.preview.node import child_env, find_node
from l4ydesk.core.publish.compat.manifest import pinned_version
from l4ydesk.core.publish.compat.shadcn import generic_module, template_exports
from l4ydesk.resource_paths import resource

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample-app"


@pytest.mark.timeout(1200)
def test_templates_type_check(tmp_path: Path) -> None:
    app = tmp_path / "app"
    shutil.copytree(SAMPLE, app, ignore=shutil.ignore_patterns("node_modules", ".next"))
    folder = app / "components" / "templates"
    folder.mkdir()
    uses: list[str] = []
    packages: dict[str, str] = {}
    for path in sorted(resource("compat", "shadcn").glob("*.tsx")):
        text = path.read_text(encoding="utf-8")
        (folder / path.name).write_text(text, encoding="utf-8")
        names = sorted(n for n in template_exports(text) if n[:1].isupper() and "Props" not in n)
        uses.append(f'import {{ {", ".join(names)} }} from "@/components/templates/{path.stem}";')
        uses.append(f"export const ui_{path.stem.replace('-', '_')} = [{', '.join(names)}];")
        for spec in set(part.split('"')[1] for part in text.split(" from ")[1:]):
            pinned = pinned_version(spec)
            if pinned is not None:
                packages[spec] = pinned[1]
    generic = generic_module(
        ["Timeline", "TimelineItem", "TimelineTitle", "useTimeline"], typescript=True
    )
    (folder / "timeline.tsx").write_text(generic, encoding="utf-8")
    uses.append('import { Timeline, TimelineItem } from "@/components/templates/timeline";')
    uses.append(
        'export const timeline = <Timeline className="x" asChild><TimelineItem /></Timeline>;'
    )
    (app / "lib" / "all-templates.tsx").write_text("\n".join(uses) + "\n", encoding="utf-8")
    package = json.loads((app / "package.json").read_text())
    package["dependencies"].update(packages)
    (app / "package.json").write_text(json.dumps(package, indent=2) + "\n")

    runtime = asyncio.run(find_node())
    # The run's shared package cache (tests/conftest.py), so the sample's packages the other
    # slow tests downloaded are not downloaded again into ~/.npm.
    cache = package_cache_dir(tmp_path) / "npm-cache"
    env = child_env(runtime, {"NO_COLOR": "1", "npm_config_cache": str(cache)})
    install = subprocess.run(
        [
            str(runtime.node),
            str(runtime.npm_cli),
            "install",
            "--prefer-offline",
            "--no-audit",
            "--no-fund",
        ],
        cwd=app,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    tsc = subprocess.run(
        [str(runtime.node), "node_modules/typescript/bin/tsc", "--noEmit", "-p", "."],
        cwd=app,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert tsc.returncode == 0, tsc.stdout[-4000:]

"""The compatibility rules against a real `next build`: the sample app broken in three ways v0
really breaks apps fails to build, and builds after `apply_rules`.

Slow: installs the sample's packages with npm (from the run's shared cache when it has them)
and runs `next build` twice. The sample uses Tailwind v3, so it is broken with v4 syntax.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import pytest

from l4ydesk.core.preview.installer import package_cache_dir
from l4ydesk.core.preview.node import child_env, find_node
from l4ydesk.core.publish.build_errors import fix_for, parse_build_errors
from l4ydesk.core.publish.compat import apply_rules

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample-app"
V4_HEADER = """@import "tailwindcss";

@custom-variant dark (&:is(.dark *));

@theme inline {
  --color-brand: var(--primary);
}
"""
ALERT_IMPORT = 'import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";\n'
ALERT = (
    "<Alert><AlertTitle>Workshops fill fast</AlertTitle>"
    "<AlertDescription>Book a week ahead.</AlertDescription></Alert>"
)


def _read(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not {"node_modules", ".next"} & set(p.relative_to(root).parts)
    }


def _write(root: Path, files: dict[str, bytes]) -> None:
    for path, data in files.items():
        target = root / path
        if not target.exists() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


def _break(root: Path) -> None:
    """Three breakages from real v0 output: a missing shadcn component, Tailwind v4 syntax in
    a v3 app, and a hook in a component without "use client" (rendered by a server page)."""
    page = root / "app" / "contact" / "page.tsx"
    text = page.read_text()
    head, body = text.split("\n\n", 1)
    page.write_text(
        head
        + "\n"
        + ALERT_IMPORT
        + "\n"
        + body.replace("<ContactForm />", ALERT + "<ContactForm />", 1)
    )
    assert ALERT in page.read_text()
    css = root / "app" / "globals.css"
    v3 = "@tailwind base;\n@tailwind components;\n@tailwind utilities;\n"
    assert css.read_text().startswith(v3)
    css.write_text(V4_HEADER + css.read_text()[len(v3) :])
    form = root / "components" / "booking-form.tsx"
    assert form.read_text().startswith('"use client";\n\n')
    form.write_text(form.read_text().removeprefix('"use client";\n\n'))


def _run(
    args: list[str], cwd: Path, env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.mark.timeout(1800)
def test_broken_sample_fails_to_build_and_builds_after_the_rules(tmp_path: Path) -> None:
    app = tmp_path / "app"
    shutil.copytree(SAMPLE, app, ignore=shutil.ignore_patterns("node_modules", ".next"))
    runtime = asyncio.run(find_node())
    # npm's cache: the run's shared one (tests/conftest.py), as the installer's, not ~/.npm.
    cache = str(package_cache_dir(tmp_path) / "npm-cache")
    env = child_env(
        runtime,
        {"NEXT_TELEMETRY_DISABLED": "1", "NO_COLOR": "1", "CI": "1", "npm_config_cache": cache},
    )
    npm = [str(runtime.node), str(runtime.npm_cli)]
    install = _run([*npm, "ci", "--prefer-offline", "--no-audit", "--no-fund"], app, env, 600)
    assert install.returncode == 0, install.stderr[-2000:]
    build = [str(runtime.node), "node_modules/next/dist/bin/next", "build"]

    _break(app)
    broken = _read(app)
    before = _run(build, app, env, 900)
    assert before.returncode != 0, "the broken sample must not build"
    errors = parse_build_errors(before.stdout + before.stderr, root=str(app))
    kinds = {e.kind for e in errors}
    assert kinds & {"tailwind", "module-not-found"}, errors
    # Each error the log names has a deterministic fix.
    assert all(fix_for(error, broken) is not None for error in errors), errors

    result = apply_rules(broken)
    assert {c.rule for c in result.changes} == {
        "tailwind-version",
        "shadcn-components",
        "use-client",
    }
    assert result.changed_paths(broken) == [
        "app/globals.css",
        "components/booking-form.tsx",
        "components/ui/alert.tsx",
    ]
    _write(app, result.files)
    after = _run(build, app, env, 900)
    assert after.returncode == 0, (after.stdout + after.stderr)[-4000:]
    assert parse_build_errors(after.stdout + after.stderr, root=str(app)) == []
    assert apply_rules(_read(app)).changes == []

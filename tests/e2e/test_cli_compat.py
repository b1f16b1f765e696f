"""`l4ydesk compat FOLDER`: what it says, what it writes, and its exit codes (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.unit.publish.v0_files import V4_GLOBALS, v0_app

PAGE = (
    'import { Separator } from "@/components/ui/separator"\n\n'
    "export default function Home() {\n  return <main><Separator /></main>\n}\n"
)


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, L4YDESK_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "-m", "l4ydesk", "compat", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _write(folder: Path, files: dict[str, bytes]) -> None:
    for path, data in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_check_reports_then_apply_writes_then_check_is_clean(tmp_path: Path) -> None:
    app = tmp_path / "cafe"
    _write(app, v0_app("^3.4.17", **{"app/globals.css": V4_GLOBALS, "app/page.tsx": PAGE}))
    before = _snapshot(app)

    check = _cli(tmp_path, str(app), "--check")
    assert check.returncode == 1, check.stderr
    assert "tailwind-version: app/globals.css: Tailwind v4 syntax in a v3 app" in check.stdout
    assert "  + components/ui/separator.tsx" in check.stdout
    assert "  ~ package.json" in check.stdout
    assert "Run without --check to write them." in check.stdout
    assert _snapshot(app) == before, "--check writes nothing"

    applied = _cli(tmp_path, str(app), "--json")
    assert applied.returncode == 0, applied.stderr
    report = json.loads(applied.stdout)
    assert report["applied"] is True
    rules = [c["rule"] for c in report["changes"]]
    assert rules == ["tailwind-version", "shadcn-components", "missing-dependencies"]
    statuses = {f["path"]: f["status"] for f in report["files"]}
    assert statuses["components/ui/separator.tsx"] == "added"
    assert statuses["app/globals.css"] == "modified"
    assert (app / "app/globals.css").read_text().startswith("@tailwind base;")
    assert '"@radix-ui/react-separator": "1.1.1"' in (app / "package.json").read_text()
    assert not list(app.rglob("*.l4y-tmp"))

    again = _cli(tmp_path, str(app), "--check")
    assert again.returncode == 0
    assert again.stdout.strip() == (
        "Nothing to change: the app already follows the compatibility rules."
    )


def test_a_renamed_file_leaves_no_old_copy_behind(tmp_path: Path) -> None:
    app = tmp_path / "hostel"
    provider = (
        b"export function AuthProvider({ children }: { children: any }) {\n"
        b"  return <Ctx.Provider value={null}>{children}</Ctx.Provider>\n}\n"
    )
    _write(app, v0_app(**{"lib/auth.ts": provider}))
    check = _cli(tmp_path, str(app), "--check")
    assert check.returncode == 1, check.stderr
    assert "  - lib/auth.ts\n  + lib/auth.tsx\n" in check.stdout
    applied = _cli(tmp_path, str(app), "--json")
    assert applied.returncode == 0, applied.stderr
    statuses = {f["path"]: f["status"] for f in json.loads(applied.stdout)["files"]}
    assert statuses == {"lib/auth.tsx": "added", "lib/auth.ts": "removed"}
    assert (app / "lib/auth.tsx").read_bytes() == provider
    assert not (app / "lib/auth.ts").exists()
    assert _cli(tmp_path, str(app), "--check").returncode == 0


def test_a_folder_that_is_not_an_app_is_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<p>hello</p>")
    for target, phrase in (
        (tmp_path / "site", "There is no package.json at the top of the app"),
        (tmp_path / "missing", "does not exist; give the app's folder"),
        (tmp_path / "site" / "index.html", "is a file, not a folder"),
    ):
        result = _cli(tmp_path, str(target), "--check")
        assert result.returncode == 2
        assert result.stderr.startswith("l4ydesk: ")
        assert phrase in result.stderr
        assert "Traceback" not in result.stderr
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "package.json").write_text('{"name": "x",')
    result = _cli(tmp_path, str(broken))
    assert result.returncode == 2
    assert "package.json is not valid JSON (line 1" in result.stderr


def test_an_app_kept_in_a_subfolder_is_named(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    _write(repo / "web", v0_app())
    (repo / "README.md").write_text("# the app is in web/")
    result = _cli(tmp_path, str(repo), "--check")
    assert result.returncode == 2
    assert "Its package.json is in web/: that folder is the app; use it instead." in result.stderr
    assert _cli(tmp_path, str(repo / "web"), "--check").returncode == 0

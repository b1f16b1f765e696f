"""A stable server key across starts (Next.js's compile cache stays valid), and npm's EOVERRIDE
met in the preview's copy of package.json (Bun apps, installed with npm)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import INSTALL_NEXT, MakeFakeNode, run_preview, serve_recording

from l4ydesk.core.preview.local_server import LocalPreview, OutputLine
from l4ydesk.core.preview.overrides import aligned_overrides
from l4ydesk.core.preview.workspace import SERVER_KEY_NAME, PreviewWorkspace, workspace_dir

APP = {
    "package.json": b'{"name": "shop", "dependencies": {"next": "15.5.29"}}\n',
    "app/page.tsx": b"export default function Page() { return <main>Hi</main>; }\n",
}


def serve_recording_key(log: Path) -> str:
    return serve_recording(log, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY")


def test_every_start_gives_next_the_same_server_key(
    fake_node: MakeFakeNode, tmp_path: Path
) -> None:
    keys = tmp_path / "keys.log"
    fake = fake_node(server=serve_recording_key(keys))
    data_dir = tmp_path / "data"
    for _ in range(2):
        preview, _lines = run_preview(fake, data_dir, "shop", APP)
    assert isinstance(preview, LocalPreview)
    first, second = keys.read_text().split()
    assert first == second and len(first) == 44  # base64 of 32 random bytes
    # An app cannot ship its own key file over l4ydesk's.
    preview.workspace.sync({**APP, SERVER_KEY_NAME: b"x" * 44})
    assert preview.workspace.server_key() == first


def test_server_keys_differ_between_apps(tmp_path: Path) -> None:
    one = PreviewWorkspace(workspace_dir(tmp_path, "one")).server_key()
    two = PreviewWorkspace(workspace_dir(tmp_path, "two")).server_key()
    assert one != two


def test_overrides_of_direct_dependencies_are_copied_to_them() -> None:
    package = {
        "dependencies": {"next": "16.2.12", "sharp": "0.35.3"},
        "devDependencies": {"postcss": "^8.5.25"},
        "overrides": {
            "postcss": "8.5.25",
            "sharp": "0.35.3",  # already the same
            "js-yaml": "4.3.1",  # not a direct dependency
            "next": {"react": "19.2.8"},  # nested: npm takes it as it is
        },
    }
    updated, changes = aligned_overrides(json.dumps(package).encode())
    assert changes == ["postcss: ^8.5.25 → 8.5.25"]
    data = json.loads(updated)
    assert data["devDependencies"]["postcss"] == "8.5.25"
    assert data["overrides"] == package["overrides"]
    assert aligned_overrides(b"{not json")[1] == []
    assert aligned_overrides(b'{"overrides": {"a": "1"}}')[1] == []


EOVERRIDE_NPM = (
    "if grep -q '\"\\^8.5.25\"' package.json; then "
    'echo "npm error code EOVERRIDE" >&2; '
    'echo "npm error Override for postcss@^8.5.25 conflicts with direct dependency" >&2; '
    f"exit 1; fi; {INSTALL_NEXT}"
)


def test_a_bun_app_whose_overrides_npm_refuses_still_installs(
    fake_node: MakeFakeNode, tmp_path: Path
) -> None:
    package = {
        "name": "bun-app",
        "packageManager": "bun@1.3.14",
        "dependencies": {"next": "16.2.12"},
        "devDependencies": {"postcss": "^8.5.25"},
        "overrides": {"postcss": "8.5.25"},
    }
    files = {**APP, "package.json": json.dumps(package).encode(), "bun.lock": b"{}\n"}
    fake = fake_node(npm=EOVERRIDE_NPM, server=serve_recording_key(tmp_path / "k"))
    preview, lines = run_preview(fake, tmp_path / "data", "bun-app", files)
    assert isinstance(preview, LocalPreview)
    notes = [
        line.text for line in lines if isinstance(line, OutputLine) and line.source == "l4ydesk"
    ]
    assert any("Bun" in note and "postcss: ^8.5.25 → 8.5.25" in note for note in notes), notes
    assert fake.npm_calls() == ["install", "install"]
    copy = json.loads((preview.workspace.root / "package.json").read_bytes())
    assert copy["devDependencies"]["postcss"] == "8.5.25"
    # The copy is the preview's own: a later sync of unchanged files leaves it as it is.
    assert not preview.workspace.sync(files).written

"""The preview workspace: tagged copies, incremental writes, tool-made files left alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l4ydesk.core.preview.workspace import (
    MANIFEST_NAME,
    PreviewWorkspace,
    WorkspacePathError,
    workspace_dir,
)
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.models import RevisionSource

PAGE = b"export default function Page() {\n  return <main><h1>Hi</h1></main>;\n}\n"
FILES = {
    "package.json": b'{"name": "shop"}\n',
    "app/page.tsx": PAGE,
    "app/layout.tsx": b"export default ({ children }) => <html><body>{children}</body></html>;\n",
    "lib/data.ts": b"export const x = 1;\n",
    "public/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00binary<div>",
}


@pytest.fixture
def workspace(tmp_path: Path) -> PreviewWorkspace:
    return PreviewWorkspace(workspace_dir(tmp_path, "Harbor & Pine"))


def mtimes(root: Path) -> dict[str, int]:
    return {
        p.relative_to(root).as_posix(): p.stat().st_mtime_ns
        for p in root.rglob("*")
        if p.is_file() and p.name != MANIFEST_NAME
    }


def test_workspace_dir_is_per_app_under_previews(tmp_path: Path) -> None:
    assert workspace_dir(tmp_path, "harbor-and-pine") == tmp_path / "previews" / "harbor-and-pine"
    assert workspace_dir(tmp_path, "../../etc") == tmp_path / "previews" / "etc"
    assert workspace_dir(tmp_path, "///") == tmp_path / "previews" / "app"


def test_first_sync_writes_tagged_copies_and_leaves_the_input_alone(
    workspace: PreviewWorkspace,
) -> None:
    files = dict(FILES)
    report = workspace.sync(files)
    assert sorted(report.written) == sorted(FILES)
    assert report.removed == [] and report.unchanged == 0
    assert report.tagged_elements == 4
    page = (workspace.root / "app/page.tsx").read_text()
    assert '<main data-l4y-src="app/page.tsx:2:10"><h1 data-l4y-src="app/page.tsx:2:16">' in page
    assert (workspace.root / "public/logo.png").read_bytes() == FILES["public/logo.png"]
    assert (workspace.root / "lib/data.ts").read_bytes() == FILES["lib/data.ts"]
    assert files == FILES  # the app's own bytes are never tagged
    assert not list(workspace.root.rglob("*.l4y-tmp"))


def test_files_get_the_usual_permissions(workspace: PreviewWorkspace) -> None:
    workspace.sync(FILES)
    mode = (workspace.root / "app/page.tsx").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_second_sync_of_the_same_files_writes_nothing(workspace: PreviewWorkspace) -> None:
    workspace.sync(FILES)
    before = mtimes(workspace.root)
    report = workspace.sync(FILES)
    assert report.written == [] and report.removed == []
    assert report.unchanged == len(FILES)
    assert not report.changed
    assert mtimes(workspace.root) == before


def test_only_changed_files_are_rewritten(workspace: PreviewWorkspace) -> None:
    workspace.sync(FILES)
    before = mtimes(workspace.root)
    changed = {**FILES, "app/page.tsx": PAGE.replace(b"Hi", b"Hello")}
    report = workspace.sync(changed)
    assert report.written == ["app/page.tsx"]
    after = mtimes(workspace.root)
    assert {p for p in after if after[p] != before[p]} == {"app/page.tsx"}
    assert b"Hello" in (workspace.root / "app/page.tsx").read_bytes()
    assert not report.dependencies_changed


def test_deleted_files_are_removed_with_their_empty_folders(workspace: PreviewWorkspace) -> None:
    workspace.sync({**FILES, "components/ui/button.tsx": b"export const B = 1;\n"})
    report = workspace.sync(FILES)
    assert report.removed == ["components/ui/button.tsx"]
    assert not (workspace.root / "components").exists()
    assert (workspace.root / "app").is_dir()


def test_npm_next_and_foreign_files_survive(workspace: PreviewWorkspace) -> None:
    workspace.sync(FILES)
    made_by_tools = [
        workspace.root / "node_modules/next/package.json",
        workspace.root / ".next/cache/x",
        workspace.root / "next-env.d.ts",
        workspace.root / "app/generated.txt",
    ]
    for path in made_by_tools:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("tool output")
    workspace.sync({"package.json": FILES["package.json"]})
    for path in made_by_tools:
        assert path.read_text() == "tool output"
    assert not (workspace.root / "app/page.tsx").exists()
    assert (workspace.root / "app").is_dir()  # still holds a file l4ydesk did not write


def test_app_files_cannot_claim_reserved_names(workspace: PreviewWorkspace) -> None:
    report = workspace.sync(
        {**FILES, "node_modules/evil/index.js": b"x", ".next/x": b"y", MANIFEST_NAME: b"{}"}
    )
    assert report.skipped == [".l4y-manifest.json", ".next/x", "node_modules/evil/index.js"]
    assert not (workspace.root / "node_modules").exists()
    assert workspace.written_paths() == set(FILES)


def test_a_file_may_become_a_folder_and_back(workspace: PreviewWorkspace) -> None:
    workspace.sync({"docs": b"a file"})
    workspace.sync({"docs/readme.md": b"now a folder"})
    assert (workspace.root / "docs/readme.md").read_bytes() == b"now a folder"
    workspace.sync({"docs": b"a file again"})
    assert (workspace.root / "docs").read_bytes() == b"a file again"


def test_a_file_deleted_behind_our_back_is_written_again(workspace: PreviewWorkspace) -> None:
    workspace.sync(FILES)
    (workspace.root / "lib/data.ts").unlink()
    report = workspace.sync(FILES)
    assert report.written == ["lib/data.ts"]
    assert (workspace.root / "lib/data.ts").exists()


def test_a_lost_manifest_means_a_full_rewrite(workspace: PreviewWorkspace) -> None:
    workspace.sync(FILES)
    (workspace.root / MANIFEST_NAME).write_text("not json")
    report = workspace.sync(FILES)
    assert sorted(report.written) == sorted(FILES)


def test_dependency_changes_are_reported(workspace: PreviewWorkspace) -> None:
    workspace.sync(FILES)
    report = workspace.sync({**FILES, "package.json": b'{"name": "shop", "version": "2"}'})
    assert report.dependencies_changed
    report = workspace.sync({**FILES, "package-lock.json": b"{}"})
    assert report.dependencies_changed
    assert workspace.source_hash("package-lock.json") is not None


def test_syntax_errors_are_reported_and_the_file_written_as_is(
    workspace: PreviewWorkspace,
) -> None:
    broken = b"export default () => <div><span></div>;\n"
    report = workspace.sync({**FILES, "app/broken.tsx": broken})
    assert list(report.tag_problems) == ["app/broken.tsx"]
    assert "syntax error" in report.tag_problems["app/broken.tsx"]
    assert (workspace.root / "app/broken.tsx").read_bytes() == broken


def test_paths_that_escape_the_workspace_are_refused(
    workspace: PreviewWorkspace, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    workspace.root.mkdir(parents=True)
    (workspace.root / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(WorkspacePathError, match="outside the preview folder"):
        workspace.sync({"link/x.txt": b"nope"})
    with pytest.raises(WorkspacePathError):
        workspace.sync({"../escape.txt": b"nope"})
    assert list(outside.iterdir()) == []
    assert not (tmp_path / "previews" / "escape.txt").exists()


def test_a_failed_sync_keeps_the_manifest_true_to_the_disk(
    workspace: PreviewWorkspace, tmp_path: Path
) -> None:
    workspace.sync(FILES)
    (workspace.root / "zz").symlink_to(tmp_path, target_is_directory=True)
    changed = {**FILES, "app/page.tsx": PAGE.replace(b"Hi", b"Yo"), "zz/x": b"escape"}
    with pytest.raises(WorkspacePathError):
        workspace.sync(changed)
    (workspace.root / "zz").unlink()
    report = workspace.sync({**FILES, "app/page.tsx": PAGE.replace(b"Hi", b"Yo")})
    # the page was written before the failure and is recorded, so it is not written again
    assert report.written == []


def test_the_apps_own_files_in_the_store_are_never_tagged(
    vfs: VirtualFileSystem, app_id: int, workspace: PreviewWorkspace
) -> None:
    vfs.write_many(app_id, FILES, RevisionSource.USER)
    before = vfs.read_all(app_id)
    report = workspace.sync(vfs.read_all(app_id))
    assert report.tagged_elements == 4
    assert vfs.read_all(app_id) == before
    assert [r.number for r in vfs.history(app_id, "app/page.tsx")] == [1]
    assert b"data-l4y-src" not in vfs.read(app_id, "app/page.tsx")

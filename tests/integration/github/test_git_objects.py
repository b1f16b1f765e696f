"""The locally computed tree SHA is git's own, and what the fake stores is a repository that
the real `git` reads (so the Vercel fake can clone it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from l4ydesk.clients.github import GitHubClient
from l4ydesk.core.publish.git_commit import commit_files, ensure_repository, tree_sha
from tests.fakes.github_server import FakeGitHub
from tests.integration.github.conftest import TOKEN

FILES = {
    "package.json": b'{"name": "shop"}\n',
    "app/page.tsx": b"export default () => <main>\xc3\xa9t\xc3\xa9</main>\n",  # UTF-8 text
    "app/layout.tsx": b"export default ({ children }) => children\n",
    "app-extra.txt": b"sorts between app/ and package.json as git sorts trees\n",
    "components/ui/button.tsx": b"export const Button = () => null\n",
    "public/logo.png": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe",
}

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git command")


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout.strip()


@needs_git
def test_tree_sha_is_the_one_git_computes(tmp_path: Path) -> None:
    work = tmp_path / "work"
    for path, content in FILES.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_bytes(content)
    git("init", "-q", cwd=work)
    git("add", "-A", cwd=work)
    assert tree_sha(FILES) == git("write-tree", cwd=work)
    assert tree_sha(FILES) == tree_sha(dict(reversed(list(FILES.items()))))
    assert tree_sha(FILES) != tree_sha({**FILES, "package.json": b"{}\n"})


@needs_git
async def test_real_git_clones_what_was_published(github: FakeGitHub, tmp_path: Path) -> None:
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo, _ = await ensure_repository(client, "", "shop", create=True)
        outcome = await commit_files(
            client, repo, "main", FILES, "Publish", expected_head=None, last_tree_sha=None
        )
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", str(github.repo_path("octo", "shop")), str(clone)],
        check=True,
        capture_output=True,
    )
    assert git("rev-parse", "HEAD", cwd=clone) == outcome.commit_sha
    assert git("rev-parse", "HEAD^{tree}", cwd=clone) == outcome.tree_sha
    assert git("fsck", "--strict", cwd=clone) == ""
    for path, content in FILES.items():
        assert (clone / path).read_bytes() == content
    assert not (clone / "README.md").exists()  # the auto-init file is not in the full tree

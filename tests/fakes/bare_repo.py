"""Real bare git repositories laid out as the GitHub fake keeps them: `<root>/<owner>/<name>.git`.

Written with dulwich (blobs, nested trees, a commit on a branch), so the Vercel fake checks out
exactly what a push to GitHub would hold.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path

from dulwich.objects import Blob, Commit, Tree
from dulwich.repo import Repo


def bare_repo(root: Path, owner: str, name: str) -> Path:
    path = root / owner / f"{name}.git"
    if not path.exists():
        path.mkdir(parents=True)
        Repo.init_bare(str(path)).close()
    return path


def commit_files(
    repo_path: Path, files: Mapping[str, bytes], message: str = "Publish", branch: str = "main"
) -> str:
    """Commit `files` as the whole tree on `branch` (parent: its head, if any); returns the sha."""
    with Repo(str(repo_path)) as repo:
        store = repo.object_store
        trees: dict[str, Tree] = {"": Tree()}
        for path in sorted(files):
            blob = Blob.from_string(files[path])
            store.add_object(blob)
            parts = path.split("/")
            for depth in range(1, len(parts)):
                trees.setdefault("/".join(parts[:depth]), Tree())
            parent = "/".join(parts[:-1])
            trees[parent].add(parts[-1].encode(), 0o100644, blob.id)
        # Deepest folders first, so each parent gets its children's final ids.
        for folder in sorted((f for f in trees if f), key=lambda f: f.count("/"), reverse=True):
            store.add_object(trees[folder])
            parent, _, leaf = folder.rpartition("/")
            trees[parent].add(leaf.encode(), 0o040000, trees[folder].id)
        store.add_object(trees[""])
        ref = f"refs/heads/{branch}".encode()
        commit = Commit()
        commit.tree = trees[""].id
        commit.parents = [repo.refs[ref]] if ref in repo.refs else []
        commit.author = commit.committer = b"l4ydesk test <test@example.com>"
        commit.author_time = commit.commit_time = int(time.time())
        commit.author_timezone = commit.commit_timezone = 0
        commit.message = message.encode()
        store.add_object(commit)
        repo.refs[ref] = commit.id
        return commit.id.decode()


def folder_files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (no node_modules or .next), by its posix path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not {"node_modules", ".next"} & set(p.parts)
    }

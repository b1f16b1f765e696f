"""One atomic GitHub commit of an app's files through the Git Data API, never a force-push.

A publish is: read the branch head, a blob for each binary file, ONE tree holding every text
file inline (the whole tree, so a file the app no longer has disappears), one commit, one
fast-forward ref update: 4 requests plus one per binary file, whatever the number of text files.
The tree's git SHA is computed here first (dulwich objects, no I/O), so a re-publish whose tree
equals the last published one writes nothing at all.

If the branch moved since the caller read it (`expected_head`), nothing is written and
`BranchMovedError` offers the two ways on: `commit_on_new_head` (the files as a new commit on
top of the new head; the other commits stay in the history) or `commit_to_new_branch`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from dulwich.objects import Blob, Tree

from l4ydesk.clients.github_models import GitRepo, NotFastForwardError, TreeEntry
from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.ports import GitHubApi

__all__ = [
    "BranchMovedError",
    "CommitOutcome",
    "RepositoryMissingError",
    "commit_files",
    "commit_on_new_head",
    "commit_to_new_branch",
    "ensure_repository",
    "is_binary",
    "new_branch_name",
    "tree_sha",
]

log = logging.getLogger(__name__)

FILE_MODE = 0o100644
DIR_MODE = 0o040000


@dataclass(frozen=True)
class CommitOutcome:
    """What a publish left on GitHub. `committed` is False when nothing had changed."""

    branch: str
    commit_sha: str  # the new commit, or the unchanged head
    tree_sha: str
    committed: bool
    binary_files: int = 0  # blobs uploaded (the only per-file requests)


class BranchMovedError(L4yError):
    """The branch has commits the publish did not see; the caller must choose how to go on."""

    REBASE = "rebase"  # commit_on_new_head
    NEW_BRANCH = "new_branch"  # commit_to_new_branch
    choices = (REBASE, NEW_BRANCH)

    def __init__(self, branch: str, expected: str | None, actual: str | None) -> None:
        self.branch = branch
        self.expected = expected
        self.actual = actual
        moved = f" ({_short(expected)} → {_short(actual)})" if expected and actual else ""
        super().__init__(
            f"The branch {branch} on GitHub changed since this publish was prepared{moved}, "
            "so nothing was pushed. Choose: publish on top of its new head (your files become "
            "a new commit after the others, which stay in the history), or publish to a new "
            "branch and merge it on GitHub yourself."
        )


class RepositoryMissingError(L4yError):
    def __init__(self, full_name: str) -> None:
        super().__init__(
            f"The GitHub repository {full_name} does not exist or your token cannot see it. "
            "Check the name and the token's repository access, or let l4ydesk create it."
        )


def _short(sha: str | None) -> str:
    return (sha or "")[:7]


def is_binary(content: bytes) -> bool:
    """Whether a file must go up as a blob: a NUL byte, or not UTF-8 (inline content is text)."""
    if b"\0" in content:
        return True
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def tree_sha(files: Mapping[str, bytes]) -> str:
    """The git SHA of the tree holding exactly `files` (regular files, mode 100644)."""
    return _tree(files).id.decode()


def _tree(files: Mapping[str, bytes]) -> Tree:
    tree = Tree()
    folders: dict[str, dict[str, bytes]] = {}
    for path, content in files.items():
        head, _, rest = path.strip("/").partition("/")
        if rest:
            folders.setdefault(head, {})[rest] = content
        else:
            tree.add(head.encode(), FILE_MODE, Blob.from_string(content).id)
    for name, sub in folders.items():
        tree.add(name.encode(), DIR_MODE, _tree(sub).id)
    return tree


async def _tree_sha_off_loop(files: Mapping[str, bytes]) -> str:
    # Hashing 1,000 files takes ~25 ms: too long for the loop the window may share.
    return await asyncio.to_thread(tree_sha, files)


async def commit_files(
    api: GitHubApi,
    repo: GitRepo,
    branch: str,
    files: Mapping[str, bytes],
    message: str,
    *,
    expected_head: str | None,
    last_tree_sha: str | None,
) -> CommitOutcome:
    """Publish `files` as the whole content of `branch`, in one commit (or none if unchanged).

    `expected_head` is the head the publish was prepared against (None: whatever the branch
    holds, e.g. the first commit of a repository just created). `last_tree_sha` is the tree
    of the last publish: equal to this one and the head unmoved means nothing to commit.
    A head that moved to a commit holding exactly these files is no conflict (one more read):
    a run killed after its ref update, resumed with the same `expected_head`, commits nothing.
    """
    wanted = await _tree_sha_off_loop(files)
    head = await api.branch_head(repo, branch)
    if expected_head is not None and head != expected_head:
        if head is not None and await api.commit_tree_sha(repo, head) == wanted:
            # The branch already holds exactly these files: a resumed publish whose commit
            # went through before it was killed, or the same content pushed by someone else.
            log.info("publish to %s: the new head %s already holds this tree", branch, head[:7])
            return CommitOutcome(branch, head, wanted, committed=False)
        raise BranchMovedError(branch, expected_head, head)
    if head is not None and last_tree_sha == wanted:
        log.info("publish to %s: tree %s unchanged, nothing committed", branch, wanted[:7])
        return CommitOutcome(branch, head, wanted, committed=False)
    commit, tree, binaries = await _write_commit(
        api, repo, files, wanted, message, [head] if head else []
    )
    try:
        if head is None:
            await api.create_branch(repo, branch, commit)
        else:
            await api.update_branch(repo, branch, commit)
    except NotFastForwardError:
        # Someone pushed between our read and our update: same choice, nothing overwritten.
        raise BranchMovedError(branch, head, None) from None
    return CommitOutcome(branch, commit, tree, committed=True, binary_files=binaries)


async def commit_on_new_head(
    api: GitHubApi, repo: GitRepo, branch: str, files: Mapping[str, bytes], message: str
) -> CommitOutcome:
    """Choice "rebase": the files as a new commit on top of the branch's current head.

    Nothing of the other commits is lost (they stay as parents); nothing is committed when the
    new head already holds exactly these files. Still a fast-forward: never forced.
    """
    head = await api.branch_head(repo, branch)
    head_tree = await api.commit_tree_sha(repo, head) if head is not None else None
    return await commit_files(
        api, repo, branch, files, message, expected_head=head, last_tree_sha=head_tree
    )


async def commit_to_new_branch(
    api: GitHubApi,
    repo: GitRepo,
    new_branch: str,
    files: Mapping[str, bytes],
    message: str,
    *,
    base: str | None,
) -> CommitOutcome:
    """Choice "new branch": the commit on top of `base` (the head the publish was prepared
    against), on a branch created for it; the moved branch is left as it is."""
    wanted = await _tree_sha_off_loop(files)
    commit, tree, binaries = await _write_commit(
        api, repo, files, wanted, message, [base] if base else []
    )
    await api.create_branch(repo, new_branch, commit)
    return CommitOutcome(new_branch, commit, tree, committed=True, binary_files=binaries)


def new_branch_name(branch: str, now: datetime) -> str:
    """A branch name for the "new branch" choice: `main-l4ydesk-20261206-0315`."""
    return f"{branch}-l4ydesk-{now.strftime('%Y%m%d-%H%M')}"


async def _write_commit(
    api: GitHubApi,
    repo: GitRepo,
    files: Mapping[str, bytes],
    wanted: str,
    message: str,
    parents: list[str],
) -> tuple[str, str, int]:
    """Blobs for binaries, one tree with the text inline, one commit: (commit, tree, blobs)."""
    entries: list[TreeEntry] = []
    binaries = 0
    for path in sorted(files):
        content = files[path]
        if is_binary(content):
            entries.append(TreeEntry(path, sha=await api.create_blob(repo, content)))
            binaries += 1
        else:
            entries.append(TreeEntry(path, content=content.decode("utf-8")))
    tree = await api.create_tree(repo, entries)
    if tree != wanted:
        # Not fatal (GitHub's tree is what was committed), but the next publish will not
        # recognise an unchanged app; worth a line in the log.
        log.warning("GitHub built tree %s where %s was computed locally", tree[:7], wanted[:7])
    commit = await api.create_commit(repo, message, tree, parents)
    log.info(
        "committed %d files (%d binary) to %s as %s", len(files), binaries, repo.full_name, commit
    )
    return commit, tree, binaries


async def ensure_repository(
    api: GitHubApi,
    owner: str,
    name: str,
    *,
    create: bool,
    private: bool = True,
    description: str = "",
) -> tuple[GitRepo, bool]:
    """The repository, created (with a first commit, so the Git Data API works) only when asked
    and missing: a resumed publish finds the one it made. Returns (repository, created)."""
    found = await api.find_repo(owner, name) if owner else None
    if found is None and not owner:
        login = (await api.viewer()).login
        found = await api.find_repo(login, name)
    if found is not None:
        return found, False
    if not create:
        raise RepositoryMissingError(f"{owner}/{name}" if owner else name)
    created = await api.create_repo(name, owner=owner, private=private, description=description)
    return created, True

"""Push the prepared files as one commit on a branch (the pipeline's side of git_commit).

Delegates to pgit's `commit_files` (one tree with text inline, blobs for binaries, one commit,
a fast-forward ref update); this module only adapts its outcome to a commit SHA.
"""

from __future__ import annotations

from collections.abc import Mapping

from l4ydesk.clients.github_models import GitRepo
from l4ydesk.core.publish.ports import GitHubApi


async def push_files(
    api: GitHubApi,
    repo: GitRepo,
    branch: str,
    files: Mapping[str, bytes],
    message: str,
    *,
    expected_head: str | None,
) -> str:
    from l4ydesk.core.publish.git_commit import commit_files

    outcome = await commit_files(
        api, repo, branch, files, message, expected_head=expected_head, last_tree_sha=None
    )
    return str(outcome.commit_sha)

"""The pipeline's commit step: against the head the app's last publish left, never forced.

The step passes `commit_files` the commit the previous publish of this app left on the branch
(and its tree), so a publish costs 4 requests plus one per binary file (1 when nothing
changed), and a branch someone pushed to since is noticed: `BranchMovedError` stops the run
(resumable) with its sentence. The user's choice comes with the resume (`BranchChoice`, noted
in the step's progress so a kill during it keeps it): on top of the new head, or to a new
branch, which later publishes of the app then continue on.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.events import Step
from l4ydesk.core.publish.git_commit import (
    BranchMovedError,
    CommitOutcome,
    commit_files,
    commit_on_new_head,
    commit_to_new_branch,
    tree_sha,
)

if TYPE_CHECKING:
    from l4ydesk.core.publish.runs import RunStore
    from l4ydesk.core.publish.steps import StepContext

__all__ = ["BranchChoice", "commit_step", "note_choice"]

# git check-ref-format, the part a person can get wrong in a text field.
_BRANCH = re.compile(r"^(?!/|-|.*(?:\.\.|//|@\{|\.lock$|/$|\.$))[A-Za-z0-9._/-]+$")


@dataclass(frozen=True)
class BranchChoice:
    """How to go on after `BranchMovedError`: on top of the new head, or to `new_branch`."""

    kind: str  # BranchMovedError.REBASE or BranchMovedError.NEW_BRANCH
    new_branch: str = ""

    @classmethod
    def onto_head(cls) -> BranchChoice:
        return cls(BranchMovedError.REBASE)

    @classmethod
    def to_branch(cls, name: str) -> BranchChoice:
        name = name.strip()
        if not _BRANCH.match(name):
            raise L4yError(
                f"“{name}” cannot be a git branch name. Use letters, digits, '.', '_', '-' and "
                "'/' (e.g. main-l4ydesk), without spaces or '..'."
            )
        return cls(BranchMovedError.NEW_BRANCH, name)


def note_choice(runs: RunStore, run_id: int, choice: BranchChoice) -> None:
    """Record the choice in the stopped run, which must have stopped on a moved branch."""
    run = runs.get(run_id)
    progress = run.state.get("progress", {}).get(Step.COMMIT.value, {})
    if "moved" not in progress or run.done(Step.COMMIT):
        raise L4yError(
            "The last publish did not stop because the GitHub branch moved, so there is nothing "
            "to choose: resume it as it is."
        )
    runs.note(run_id, Step.COMMIT, choice=choice.kind, new_branch=choice.new_branch)


async def commit_step(ctx: StepContext) -> dict[str, Any]:
    repo, files = ctx.repo(), await ctx.files()
    configured = ctx.config.github.branch
    base = _base(ctx)
    branch, expected, last_tree = base["branch"], base["expected_head"], base["last_tree"]
    message = f"Publish {ctx.config.name or repo.name} (l4ydesk run {ctx.run_id})"
    choice = base.get("choice")
    try:
        if choice == BranchMovedError.REBASE:
            outcome = await commit_on_new_head(ctx.github, repo, branch, files, message)
        elif choice == BranchMovedError.NEW_BRANCH:
            outcome = await _to_new_branch(ctx, str(base["new_branch"]), files, message, base)
        else:
            if base["resumed"] and expected is None:
                # A first publish killed midway may have moved the branch already: see what
                # it holds now, so its commit is recognised rather than made twice.
                expected = await ctx.github.branch_head(repo, branch)
                if expected is not None:
                    last_tree = await ctx.github.commit_tree_sha(repo, expected)
            outcome = await commit_files(
                ctx.github, repo, branch, files, message,
                expected_head=expected, last_tree_sha=last_tree,
            )  # fmt: skip
    except BranchMovedError as exc:
        moved = {"expected": exc.expected, "actual": exc.actual}
        ctx.runs.note(ctx.run_id, Step.COMMIT, moved=moved)
        raise
    # A head that moved to exactly our tree is this run's commit made before a kill.
    committed = outcome.committed or (expected is not None and outcome.commit_sha != expected)
    return _result(outcome, committed, repo.full_name, configured)


def _base(ctx: StepContext) -> dict[str, Any]:
    """What this commit builds on: this run's earlier commit (a self-heal's new commit), the
    one noted before a kill, or the one the app's previous publish left."""
    own = ctx.result(Step.COMMIT)
    progress = ctx.runs.progress(ctx.runs.get(ctx.run_id), Step.COMMIT)
    if own:
        return {
            "branch": own.get("branch", ctx.config.github.branch),
            "expected_head": own["sha"],
            "last_tree": own.get("tree"),
            "resumed": True,
        }
    if "expected_head" in progress:
        return {**progress, "resumed": True}
    previous = _previous_commit(ctx)
    base = {
        "branch": previous.get("branch", ctx.config.github.branch),
        "expected_head": previous.get("sha"),
        "last_tree": previous.get("tree"),
    }
    # Before any request: a run killed during the commit resumes against the same head.
    ctx.runs.note(ctx.run_id, Step.COMMIT, **base)
    return {**base, "resumed": False}


def _previous_commit(ctx: StepContext) -> dict[str, Any]:
    """The COMMIT result of the app's newest earlier run that committed to this repository and
    configured branch ({} for the first publish there)."""
    full_name, configured = ctx.repo().full_name, ctx.config.github.branch
    for run in reversed(ctx.runs.runs(ctx.app_id)):
        if run.run_id == ctx.run_id or not run.done(Step.COMMIT):
            continue
        result = run.result(Step.COMMIT)
        if result.get("repo", full_name) != full_name:
            continue
        if result.get("configured_branch", configured) != configured:
            continue
        return result
    return {}


async def _to_new_branch(
    ctx: StepContext, name: str, files: dict[str, bytes], message: str, base: dict[str, Any]
) -> CommitOutcome:
    repo = ctx.repo()
    wanted = await asyncio.to_thread(tree_sha, files)
    head = await ctx.github.branch_head(repo, name)
    if head is not None and await ctx.github.commit_tree_sha(repo, head) == wanted:
        # Created by this run before a kill (or it already holds exactly these files).
        return CommitOutcome(name, head, wanted, committed=True)
    moved = base.get("moved") or {}
    start = moved.get("expected") or base.get("expected_head")
    return await commit_to_new_branch(ctx.github, repo, name, files, message, base=start)


def _result(outcome: CommitOutcome, committed: bool, repo: str, configured: str) -> dict[str, Any]:
    sha = outcome.commit_sha
    if not committed:
        summary = f"No changes since {sha[:7]}."
    elif outcome.branch != configured:
        summary = f"Committed {sha[:7]} to the branch {outcome.branch}."
    else:
        summary = f"Committed {sha[:7]}."
    return {
        "sha": sha,
        "tree": outcome.tree_sha,
        "committed": committed,
        "branch": outcome.branch,
        "configured_branch": configured,
        "repo": repo,
        "summary": summary,
    }

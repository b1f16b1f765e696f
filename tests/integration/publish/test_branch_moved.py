"""The commit step against the GitHub fake: requests per publish, and a branch someone moved."""

from __future__ import annotations

import pytest

from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.commit_step import BranchChoice
from l4ydesk.core.publish.events import Step
from l4ydesk.core.publish.pipeline import PublishFailed
from l4ydesk.core.publish.runs import RunStore
from tests.integration.publish.conftest import APP_FILES, Recorder, World

THEIRS = {"README.md": b"edited on github by a colleague\n"}


class CommitCounter(Recorder):
    """Counts the GitHub requests sent while the commit step ran."""

    def __init__(self, world: World) -> None:
        super().__init__()
        self.world = world
        self.at_start = 0
        self.commit_requests: int | None = None

    def step_started(self, step: Step, description: str) -> None:
        super().step_started(step, description)
        if step is Step.COMMIT:
            self.at_start = len(self.world.github.requests)

    def step_finished(self, step: Step, summary: str) -> None:
        super().step_finished(step, summary)
        if step is Step.COMMIT and step in self.started:
            self.commit_requests = len(self.world.github.requests) - self.at_start


def edit(world: World, text: bytes) -> None:
    world.vfs.write(world.app_id, "app/page.tsx", text)


async def test_a_publish_costs_four_requests_plus_binaries_and_one_when_unchanged(
    world: World,
) -> None:
    pipeline = world.pipeline()
    binaries = 1  # public/logo.png
    for label, expected in (("first", 4 + binaries), ("same", 1), ("edited", 4 + binaries)):
        if label == "edited":
            edit(world, b"export default () => <main>New</main>\n")
        events = CommitCounter(world)
        await pipeline.publish(world.app_id, world.config, events)
        assert events.commit_requests == expected, label


async def moved_branch(world: World) -> tuple[str, str, PublishFailed]:
    """Publish, someone pushes to main, publish an edit: the run stops on the moved branch."""
    pipeline = world.pipeline()
    first = await pipeline.publish(world.app_id, world.config, Recorder())
    assert first.commit_sha is not None
    theirs = world.github.push("octo", "harbor-shop", "main", THEIRS)
    edit(world, b"export default () => <main>Mine</main>\n")
    events = Recorder()
    writes_before = world.github_writes()
    with pytest.raises(PublishFailed) as caught:
        await pipeline.publish(world.app_id, world.config, events)
    assert caught.value.branch_moved
    assert world.github_writes() == writes_before  # nothing was pushed
    [sentence] = events.failures
    assert "changed since" in sentence and "new branch" in sentence and "on top" in sentence
    assert world.repo_commits()[0] == theirs
    pending = pipeline.unfinished(world.app_id)
    assert pending is not None and pending.run_id == caught.value.run_id
    return first.commit_sha, theirs, caught.value


async def test_a_moved_branch_stops_then_publishing_on_top_keeps_their_commit(
    world: World,
) -> None:
    first, theirs, _failed = await moved_branch(world)
    pipeline = world.pipeline()
    # A plain resume stops again with the same sentence: the choice is the user's.
    with pytest.raises(PublishFailed) as again:
        await pipeline.publish(world.app_id, world.config, Recorder(), resume=True)
    assert again.value.branch_moved

    result = await pipeline.publish(
        world.app_id, world.config, Recorder(), resume=True, branch_choice=BranchChoice.onto_head()
    )
    commits = world.repo_commits()
    assert result.committed and commits[:3] == [result.commit_sha, theirs, first]
    files = world.github.files_at("octo", "harbor-shop", "main")
    # The publish is the app's whole tree; their commit stays in the history, an ancestor.
    assert files["app/page.tsx"] == b"export default () => <main>Mine</main>\n"
    # The next publish builds on that commit: nothing moved, nothing new.
    same = await pipeline.publish(world.app_id, world.config, Recorder())
    assert not same.committed and world.repo_commits() == commits
    patches = [r.json() for r in world.github.requests if r.method == "PATCH"]
    assert patches and all(body["force"] is False for body in patches)


async def test_a_moved_branch_then_a_new_branch_leaves_theirs_and_later_publishes_follow(
    world: World,
) -> None:
    first, theirs, failed = await moved_branch(world)
    pipeline = world.pipeline()
    result = await pipeline.publish(
        world.app_id,
        world.config,
        Recorder(),
        resume=True,
        branch_choice=BranchChoice.to_branch("main-mine"),
    )
    assert result.run_id == failed.run_id
    side = world.github.commits_on("octo", "harbor-shop", "main-mine")
    assert result.committed and side[:2] == [result.commit_sha, first]
    assert world.repo_commits()[0] == theirs  # main untouched
    deployed = [d for d in world.vercel.deployments.values() if d["meta"]["l4ydeskSha"] == side[0]]
    assert len(deployed) == 1
    assert RunStore(world.store).get(result.run_id).result(Step.COMMIT)["branch"] == "main-mine"

    # A later publish continues on main-mine, on top of that commit.
    edit(world, b"export default () => <main>Mine again</main>\n")
    later = await pipeline.publish(world.app_id, world.config, Recorder())
    assert later.committed
    assert world.github.commits_on("octo", "harbor-shop", "main-mine")[:2] == [
        later.commit_sha,
        result.commit_sha,
    ]
    assert world.repo_commits()[0] == theirs
    assert world.github.files_at("octo", "harbor-shop", "main-mine")["app/page.tsx"] == (
        b"export default () => <main>Mine again</main>\n"
    )
    assert (
        APP_FILES["package.json"]
        == world.github.files_at("octo", "harbor-shop", "main-mine")["package.json"]
    )


async def test_a_choice_without_a_moved_branch_or_with_a_bad_name_is_a_sentence(
    world: World,
) -> None:
    with pytest.raises(L4yError, match="git branch name"):
        BranchChoice.to_branch("my branch")
    pipeline = world.pipeline()
    with pytest.raises(L4yError, match="no stopped publish"):
        await pipeline.publish(
            world.app_id, world.config, Recorder(), resume=True,
            branch_choice=BranchChoice.onto_head(),
        )  # fmt: skip


async def test_a_new_branch_made_before_a_kill_is_found_not_made_again(world: World) -> None:
    from l4ydesk.clients.github import GitHubClient
    from l4ydesk.core.publish.commit_step import note_choice
    from l4ydesk.core.publish.git_commit import commit_to_new_branch
    from tests.integration.publish.conftest import GITHUB_TOKEN

    first, _theirs, failed = await moved_branch(world)
    runs = RunStore(world.store)
    note_choice(runs, failed.run_id, BranchChoice.to_branch("main-mine"))
    # The killed run had created the branch with exactly these files, then died.
    files = world.vfs.read_all(world.app_id)
    async with GitHubClient(GITHUB_TOKEN, base_url=world.github.base_url) as client:
        repo = await client.find_repo("octo", "harbor-shop")
        assert repo is not None
        made = await commit_to_new_branch(client, repo, "main-mine", files, "x", base=first)
    result = await world.pipeline().publish(world.app_id, world.config, Recorder(), resume=True)
    assert result.commit_sha == made.commit_sha and result.committed
    assert world.github.commits_on("octo", "harbor-shop", "main-mine")[:2] == [
        made.commit_sha,
        first,
    ]

"""One atomic commit through the Git Data API, against the fake over real bare repositories."""

from __future__ import annotations

import pytest

from l4ydesk.clients.github import GitHubClient
from l4ydesk.clients.github_models import BranchExistsError, GitRepo
from l4ydesk.core.publish.git_commit import (
    BranchMovedError,
    commit_files,
    commit_on_new_head,
    commit_to_new_branch,
    ensure_repository,
    tree_sha,
)
from tests.fakes.github_server import FakeGitHub
from tests.integration.github.conftest import TOKEN

PNG = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256))
ICO = b"\0\0\1\0" + bytes(range(200, 256))


def app_files(text_files: int) -> dict[str, bytes]:
    files = {
        f"app/page{i}/page.tsx": f"export default () => <p>{i}</p>\n".encode()
        for i in range(text_files)
    }
    files["package.json"] = b'{"name": "shop", "dependencies": {"next": "15.0.0"}}\n'
    files["public/logo.png"] = PNG
    files["app/favicon.ico"] = ICO
    return files


async def new_repo(client: GitHubClient, name: str = "shop") -> GitRepo:
    repo, created = await ensure_repository(client, "", name, create=True)
    assert created
    return repo


def writes(github: FakeGitHub) -> list[str]:
    return [f"{r.method} {r.path}" for r in github.requests if r.method != "GET"]


@pytest.mark.parametrize("text_files", [10, 100])
async def test_calls_per_publish_are_four_plus_binaries(
    github: FakeGitHub, text_files: int
) -> None:
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo = await new_repo(client)
        files = app_files(text_files - 1)  # + package.json = text_files text files, 2 binaries
        before = client.calls
        outcome = await commit_files(
            client, repo, "main", files, "Publish", expected_head=None, last_tree_sha=None
        )
        assert client.calls - before == 4 + 2
    assert outcome.committed and outcome.binary_files == 2
    assert outcome.tree_sha == tree_sha(files)  # GitHub's tree is the one computed locally
    # The branch holds exactly the published files (the auto-init README is gone).
    assert github.files_at("octo", "shop", "main") == files
    assert github.commits_on("octo", "shop", "main")[0] == outcome.commit_sha
    assert len(github.requests_to("/repos/octo/shop/git/blobs", "POST")) == 2
    assert len(github.requests_to("/repos/octo/shop/git/trees", "POST")) == 1


async def test_republish_without_change_writes_nothing(github: FakeGitHub) -> None:
    files = app_files(20)
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo = await new_repo(client)
        first = await commit_files(
            client, repo, "main", files, "Publish", expected_head=None, last_tree_sha=None
        )
        writes_before, calls_before = len(writes(github)), client.calls
        again = await commit_files(
            client,
            repo,
            "main",
            dict(reversed(list(files.items()))),  # same files, any order
            "Publish",
            expected_head=first.commit_sha,
            last_tree_sha=first.tree_sha,
        )
        assert not again.committed and again.commit_sha == first.commit_sha
        assert len(writes(github)) == writes_before  # 0 writes
        assert client.calls - calls_before == 1  # only the head was read

        # An edit and a deleted file: one new commit on top, and the file is gone.
        edited = dict(files)
        edited["package.json"] = b'{"name": "shop2"}\n'
        del edited["app/page3/page.tsx"]
        second = await commit_files(
            client,
            repo,
            "main",
            edited,
            "Publish 2",
            expected_head=first.commit_sha,
            last_tree_sha=first.tree_sha,
        )
    assert second.committed
    history = github.commits_on("octo", "shop", "main")
    assert history[:2] == [second.commit_sha, first.commit_sha]
    assert github.files_at("octo", "shop", "main") == edited


async def test_branch_moved_stops_then_both_choices_work_without_force(
    github: FakeGitHub,
) -> None:
    files = app_files(5)
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo = await new_repo(client)
        first = await commit_files(
            client, repo, "main", files, "Publish", expected_head=None, last_tree_sha=None
        )
        theirs = github.push("octo", "shop", "main", {"README.md": b"edited on github\n"})
        writes_before = len(writes(github))
        mine = {**files, "app/page0/page.tsx": b"export default () => null\n"}
        with pytest.raises(BranchMovedError) as caught:
            await commit_files(
                client,
                repo,
                "main",
                mine,
                "Publish 2",
                expected_head=first.commit_sha,
                last_tree_sha=first.tree_sha,
            )
        error = caught.value
        assert len(writes(github)) == writes_before  # nothing was pushed
        assert error.actual == theirs and error.expected == first.commit_sha
        assert "main" in str(error) and "new branch" in str(error) and "on top" in str(error)
        assert set(error.choices) == {"rebase", "new_branch"}

        # Choice 2: a new branch from the head the publish was prepared against.
        side = await commit_to_new_branch(
            client, repo, "main-l4ydesk", mine, "Publish 2", base=error.expected
        )
        assert github.commits_on("octo", "shop", "main-l4ydesk")[:2] == [
            side.commit_sha,
            first.commit_sha,
        ]
        assert github.files_at("octo", "shop", "main-l4ydesk") == mine
        assert github.commits_on("octo", "shop", "main")[0] == theirs  # untouched
        with pytest.raises(BranchExistsError) as exists:
            await commit_to_new_branch(client, repo, "main-l4ydesk", mine, "x", base=theirs)
        assert "already exists" in exists.value.user_message

        # Choice 1: on top of the new head; their commit stays in the history.
        rebased = await commit_on_new_head(client, repo, "main", mine, "Publish 2")
        assert rebased.committed
        assert github.commits_on("octo", "shop", "main")[:3] == [
            rebased.commit_sha,
            theirs,
            first.commit_sha,
        ]
        assert github.files_at("octo", "shop", "main") == mine
        # Again with nothing new: nothing is committed.
        same = await commit_on_new_head(client, repo, "main", mine, "Publish 2")
        assert not same.committed and same.commit_sha == rebased.commit_sha

    patches = [r.json() for r in github.requests if r.method == "PATCH"]
    assert patches and all(body["force"] is False for body in patches)


async def test_resumed_publish_whose_commit_went_through_commits_nothing(
    github: FakeGitHub,
) -> None:
    """Killed after the ref update: the same call again finds its own commit, writes nothing."""
    files = app_files(3)
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo = await new_repo(client)
        before = await client.branch_head(repo, "main")
        done = await commit_files(
            client, repo, "main", files, "Publish", expected_head=before, last_tree_sha=None
        )
        writes_before = len(writes(github))
        resumed = await commit_files(
            client, repo, "main", files, "Publish", expected_head=before, last_tree_sha=None
        )
    assert not resumed.committed and resumed.commit_sha == done.commit_sha
    assert len(writes(github)) == writes_before
    assert len(github.commits_on("octo", "shop", "main")) == 2  # auto-init + one publish


async def test_ref_update_race_is_a_branch_moved_error(github: FakeGitHub) -> None:
    """The branch moves between our read and our update: GitHub's 422 non-fast-forward."""
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo = await new_repo(client)
        head = await client.branch_head(repo, "main")
        assert head is not None
        github.push("octo", "shop", "main", {"x.txt": b"x\n"})
        tree = await client.create_tree(repo, [])
        commit = await client.create_commit(repo, "mine", tree, [head])
        from l4ydesk.clients.github_models import NotFastForwardError

        with pytest.raises(NotFastForwardError) as caught:
            await client.update_branch(repo, "main", commit)
    assert "moved" in caught.value.user_message


async def test_repository_is_created_once(github: FakeGitHub) -> None:
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo, created = await ensure_repository(client, "", "shop", create=True)
        again, created_again = await ensure_repository(client, "", "shop", create=True)
        org_repo, org_created = await ensure_repository(client, "acme", "site", create=True)
    assert created and not created_again and again == repo
    assert org_created and org_repo.owner == "acme"
    assert github.repo_names() == ["acme/site", "octo/shop"]
    assert len(github.requests_to("/user/repos", "POST")) == 1
    assert github.requests_to("/user/repos")[0].json()["auto_init"] is True
    # auto_init gave it a first commit, so the Git Data API works on it at once.
    assert github.files_at("acme", "site", "main") == {"README.md": b"# site\n"}


async def test_empty_repository_gives_a_sentence(github: FakeGitHub) -> None:
    github.add_repo("octo", "bare", auto_init=False)
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo, _ = await ensure_repository(client, "octo", "bare", create=False)
        assert await client.branch_head(repo, "main") is None  # 409 "Git Repository is empty."
        from l4ydesk.clients.github_models import EmptyRepositoryError

        with pytest.raises(EmptyRepositoryError) as caught:
            await commit_files(
                client, repo, "main", {"a.txt": b"a"}, "x", expected_head=None, last_tree_sha=None
            )
    assert "empty" in caught.value.user_message and "README" in caught.value.user_message


async def test_publish_to_a_missing_branch_creates_it(github: FakeGitHub) -> None:
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        repo = await new_repo(client)
        outcome = await commit_files(
            client,
            repo,
            "site",
            {"index.html": b"<p>hi</p>\n"},
            "x",
            expected_head=None,
            last_tree_sha=None,
        )
    assert github.commits_on("octo", "shop", "site") == [outcome.commit_sha]
    assert github.files_at("octo", "shop", "site") == {"index.html": b"<p>hi</p>\n"}

"""The GitHub and Vercel interfaces the publish pipeline needs, filled in by the clients.

The composition root passes factories that build a client with the token from the keyring and
the base URL from settings; tests pass factories pointed at the fake servers (real HTTP on
127.0.0.1). The caller owns each client it gets and closes it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Protocol

from l4ydesk.clients.github_models import GitHubUser, GitRepo, TreeEntry
from l4ydesk.clients.vercel_models import BuildEvent, Deployment, ProjectDomain, VercelProject


class GitHubApi(Protocol):
    @property
    def calls(self) -> int:
        """API requests made by this client so far (the bench and tests count them)."""
        ...

    async def viewer(self) -> GitHubUser: ...

    async def find_repo(self, owner: str, name: str) -> GitRepo | None: ...

    async def create_repo(
        self, name: str, *, owner: str = "", private: bool = True, description: str = ""
    ) -> GitRepo: ...

    async def branch_head(self, repo: GitRepo, branch: str) -> str | None:
        """The branch's head commit; None when the branch does not exist or the repo is empty."""
        ...

    async def commit_tree_sha(self, repo: GitRepo, commit_sha: str) -> str: ...

    async def create_blob(self, repo: GitRepo, content: bytes) -> str: ...

    async def create_tree(self, repo: GitRepo, entries: Sequence[TreeEntry]) -> str: ...

    async def create_commit(
        self, repo: GitRepo, message: str, tree_sha: str, parents: Sequence[str]
    ) -> str: ...

    async def update_branch(self, repo: GitRepo, branch: str, commit_sha: str) -> None:
        """Fast-forward only (never force); raises NotFastForwardError when the branch moved."""
        ...

    async def create_branch(self, repo: GitRepo, branch: str, commit_sha: str) -> None: ...

    async def aclose(self) -> None: ...


class VercelApi(Protocol):
    async def find_project(self, name: str) -> VercelProject | None: ...

    async def create_project(
        self, name: str, *, repo: str, root_directory: str = ""
    ) -> VercelProject: ...

    async def set_root_directory(self, project: VercelProject, folder: str) -> VercelProject:
        """Build from this folder of the repository from now on ("" for its top)."""
        ...

    async def set_env(self, project: VercelProject, variables: Mapping[str, str]) -> None:
        """Upsert encrypted variables for production and preview (server-side only)."""
        ...

    async def create_deployment(
        self,
        project: VercelProject,
        repo: GitRepo,
        *,
        ref: str,
        sha: str,
        meta: Mapping[str, str],
    ) -> Deployment: ...

    async def find_deployments(
        self, project: VercelProject, meta: Mapping[str, str]
    ) -> list[Deployment]:
        """Deployments of the project whose meta has these values (a resumed run finds its own)."""
        ...

    async def get_deployment(self, deployment_id: str) -> Deployment: ...

    def build_events(self, deployment_id: str) -> AsyncIterator[BuildEvent]:
        """The build log, following it until the build finishes."""
        ...

    async def cancel_deployment(self, deployment_id: str) -> Deployment: ...

    async def add_domain(self, project: VercelProject, name: str) -> ProjectDomain: ...

    async def get_domain(self, project: VercelProject, name: str) -> ProjectDomain: ...

    async def verify_domain(self, project: VercelProject, name: str) -> ProjectDomain: ...

    async def aclose(self) -> None: ...


GitHubFactory = Callable[[], GitHubApi]
VercelFactory = Callable[[], VercelApi]

"""Async client for the GitHub REST API routes publishing needs: the user, repositories, and the
Git Data API (refs, blobs, trees, commits). Implements `core.publish.ports.GitHubApi`.

Routes and status codes follow docs.github.com/en/rest (API version 2022-11-28):
- ``GET /user`` ("Get the authenticated user").
- ``GET /repos/{owner}/{repo}``; ``POST /user/repos`` and ``POST /orgs/{org}/repos``
  ("Create a repository for the authenticated user" / "... in an organization"), 422 when the
  name exists. ``auto_init: true`` makes a first commit: the Git Data API answers
  409 "Git Repository is empty." on a repository without one.
- ``GET /repos/{o}/{r}/git/ref/heads/{branch}`` ("Get a reference"): 404 when missing,
  409 on an empty repository.
- ``POST .../git/blobs`` {content, encoding: base64}, ``POST .../git/trees`` {tree: [{path,
  mode, type, content | sha}]} ("Create a tree"), ``POST .../git/commits`` {message, tree,
  parents}, ``GET .../git/commits/{sha}``.
- ``PATCH .../git/refs/heads/{branch}`` {sha, force: false} ("Update a reference"): 422
  "Update is not a fast forward" when the branch moved; we never send force: true.
- ``POST .../git/refs`` {ref, sha} ("Create a reference"): 422 when it exists.

Errors (Troubleshooting the REST API, "Rate limit errors"): 401 is a refused token; 403 or
429 with ``x-ratelimit-remaining: 0`` is the primary rate limit, which resets at
``x-ratelimit-reset`` (UTC epoch seconds); 403/429 with ``retry-after`` is a secondary one.
`calls` counts every HTTP request sent (retries included): publishing promises 4 + one per
binary file, and the tests and bench hold it to that.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from l4ydesk.clients.errors import (
    AuthError,
    InvalidRequestError,
    NotFoundError,
    PlanLimitError,
    ProtocolError,
    RemoteError,
)
from l4ydesk.clients.github_models import (
    BranchExistsError,
    EmptyRepositoryError,
    GitHubPermissionError,
    GitHubRateLimitError,
    GitHubUser,
    GitRepo,
    NotFastForwardError,
    RepositoryExistsError,
    TreeEntry,
)
from l4ydesk.clients.transport import (
    ApiKey,
    AsyncClosing,
    RetryPolicy,
    SleepFn,
    Transport,
    parse_retry_after,
    shared_ssl_context,
)

__all__ = ["API_VERSION", "DEFAULT_BASE_URL", "CountingTransport", "GitHubClient"]

API_VERSION = "2022-11-28"
DEFAULT_BASE_URL = "https://api.github.com"
SERVICE = "GitHub"
HEADERS = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": API_VERSION}


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts the requests that go out through it (a retry is a request too)."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport(verify=shared_ssl_context())
        self.count = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class _GitHubTransport(Transport):
    """The shared transport, with GitHub's way of saying "rate limited" and "no permission"."""

    def _status_error(self, response: httpx.Response) -> RemoteError:
        status = response.status_code
        headers = response.headers
        if status in (403, 429):
            limited = rate_limit_error(status, headers, self._now)
            if limited is not None:
                return limited
        error = super()._status_error(response)
        if isinstance(error, AuthError):
            error.credential = "token"
        if isinstance(error, PlanLimitError) and status == 403:
            return GitHubPermissionError(SERVICE, status=403, detail=error.detail)
        return error


def rate_limit_error(
    status: int, headers: httpx.Headers, now: Callable[[], float] = time.time
) -> GitHubRateLimitError | None:
    """The rate-limit error a 403/429 stands for, or None when it is about something else."""
    retry_after = parse_retry_after(headers.get("retry-after"), now)
    if headers.get("x-ratelimit-remaining") == "0":
        try:
            reset = float(headers.get("x-ratelimit-reset", ""))
        except ValueError:
            return GitHubRateLimitError(status=status, retry_after=retry_after)
        wait = max(0.0, reset - now())
        return GitHubRateLimitError(
            status=status,
            retry_after=retry_after if retry_after is not None else wait,
            reset_at=datetime.fromtimestamp(reset, UTC),
        )
    if retry_after is not None:
        return GitHubRateLimitError(status=status, retry_after=retry_after)
    return None


def _segment(text: str) -> str:
    return quote(text, safe="")


def _branch_path(branch: str) -> str:
    # Branch names may hold slashes ("feature/x"), which stay separators in the ref path.
    return "/".join(_segment(part) for part in branch.split("/"))


def parse_repo(data: Any) -> GitRepo:
    try:
        return GitRepo(
            id=int(data["id"]),
            owner=str(data["owner"]["login"]),
            name=str(data["name"]),
            default_branch=str(data.get("default_branch") or "main"),
            private=bool(data.get("private", False)),
            html_url=str(data.get("html_url", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError(SERVICE, detail="a repository without its fields") from exc


def _sha(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("sha"), str):
        return str(data["sha"])
    raise ProtocolError(SERVICE, detail="an answer without a sha")


class GitHubClient(AsyncClosing):
    """GitHub REST client with a user's token. Close it with `aclose()` or `async with`."""

    def __init__(
        self,
        token: ApiKey,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        sleep: SleepFn | None = None,
        now: Callable[[], float] = time.time,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._counter = CountingTransport(http_transport)
        extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self._transport = _GitHubTransport(
            SERVICE,
            base_url,
            api_key=token,
            credential="token",
            headers=HEADERS,
            timeout=timeout if timeout is not None else httpx.Timeout(60.0, connect=10.0),
            retry=retry,
            now=now,
            http_transport=self._counter,
            **extra,
        )
        self._login: str | None = None

    @property
    def calls(self) -> int:
        """HTTP requests sent so far (the GitHubApi contract's counter)."""
        return self._counter.count

    @calls.setter
    def calls(self, value: int) -> None:  # e.g. 0 before a publish, to count just its requests
        self._counter.count = value

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def _json(self, method: str, path: str, body: Any = None) -> Any:
        return await self._transport.request_json(method, path, json=body)

    async def _git(self, repo: GitRepo, method: str, path: str, body: Any = None) -> Any:
        """A Git Data call; 409 on an empty repository becomes its own sentence."""
        try:
            return await self._json(method, f"{_repo_path(repo)}/git/{path}", body)
        except InvalidRequestError as exc:
            if exc.status == 409:
                raise EmptyRepositoryError(repo.full_name, exc.detail) from None
            raise

    # account and repositories -------------------------------------------------------------

    async def viewer(self) -> GitHubUser:
        data = await self._json("GET", "/user")
        if not isinstance(data, dict) or not isinstance(data.get("login"), str):
            raise ProtocolError(SERVICE, detail="GET /user without a login")
        self._login = str(data["login"])
        return GitHubUser(login=self._login)

    async def find_repo(self, owner: str, name: str) -> GitRepo | None:
        try:
            data = await self._json("GET", f"/repos/{_segment(owner)}/{_segment(name)}")
        except NotFoundError:
            return None
        return parse_repo(data)

    async def create_repo(
        self, name: str, *, owner: str = "", private: bool = True, description: str = ""
    ) -> GitRepo:
        """A new repository with a first commit (auto_init), under the user or an organization."""
        body = {"name": name, "private": private, "description": description, "auto_init": True}
        if owner and owner.lower() != (self._login or (await self.viewer()).login).lower():
            path = f"/orgs/{_segment(owner)}/repos"
        else:
            path = "/user/repos"
        try:
            data = await self._json("POST", path, body)
        except InvalidRequestError as exc:
            if exc.status == 422:
                raise RepositoryExistsError(owner or self._login or "", name, exc.detail) from None
            raise
        return parse_repo(data)

    # the Git Data API ---------------------------------------------------------------------

    async def branch_head(self, repo: GitRepo, branch: str) -> str | None:
        try:
            data = await self._git(repo, "GET", f"ref/heads/{_branch_path(branch)}")
        except (NotFoundError, EmptyRepositoryError):
            return None
        obj = data.get("object") if isinstance(data, dict) else None
        if not isinstance(obj, dict) or not isinstance(obj.get("sha"), str):
            raise ProtocolError(SERVICE, detail="a reference without its object")
        return str(obj["sha"])

    async def commit_tree_sha(self, repo: GitRepo, commit_sha: str) -> str:
        data = await self._git(repo, "GET", f"commits/{_segment(commit_sha)}")
        tree = data.get("tree") if isinstance(data, dict) else None
        return _sha(tree)

    async def create_blob(self, repo: GitRepo, content: bytes) -> str:
        body = {"content": base64.b64encode(content).decode("ascii"), "encoding": "base64"}
        return _sha(await self._git(repo, "POST", "blobs", body))

    async def create_tree(self, repo: GitRepo, entries: Sequence[TreeEntry]) -> str:
        """A whole tree (no base_tree): a file left out is a file deleted."""
        tree: list[dict[str, Any]] = []
        for entry in entries:
            item: dict[str, Any] = {"path": entry.path, "mode": entry.mode, "type": "blob"}
            if entry.content is not None:
                item["content"] = entry.content
            else:
                item["sha"] = entry.sha
            tree.append(item)
        return _sha(await self._git(repo, "POST", "trees", {"tree": tree}))

    async def create_commit(
        self, repo: GitRepo, message: str, tree_sha: str, parents: Sequence[str]
    ) -> str:
        body = {"message": message, "tree": tree_sha, "parents": list(parents)}
        return _sha(await self._git(repo, "POST", "commits", body))

    async def update_branch(self, repo: GitRepo, branch: str, commit_sha: str) -> None:
        """Fast-forward only: `force` is always false, so GitHub refuses to drop commits."""
        body = {"sha": commit_sha, "force": False}
        try:
            await self._git(repo, "PATCH", f"refs/heads/{_branch_path(branch)}", body)
        except InvalidRequestError as exc:
            if exc.status == 422:
                raise NotFastForwardError(branch, exc.detail) from None
            raise

    async def create_branch(self, repo: GitRepo, branch: str, commit_sha: str) -> None:
        body = {"ref": f"refs/heads/{branch}", "sha": commit_sha}
        try:
            await self._git(repo, "POST", "refs", body)
        except InvalidRequestError as exc:
            if exc.status == 422:
                raise BranchExistsError(branch, exc.detail) from None
            raise


def _repo_path(repo: GitRepo) -> str:
    return f"/repos/{_segment(repo.owner)}/{_segment(repo.name)}"

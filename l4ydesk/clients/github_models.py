"""What the GitHub client returns and raises (no httpx here, so core/ may import it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from l4ydesk.clients.errors import (
    InvalidRequestError,
    PlanLimitError,
    RateLimitError,
    RemoteError,
)


@dataclass(frozen=True)
class GitHubUser:
    login: str


@dataclass(frozen=True)
class GitRepo:
    id: int
    owner: str
    name: str
    default_branch: str
    private: bool
    html_url: str

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"


@dataclass(frozen=True)
class TreeEntry:
    """One file of a tree: text goes inline as `content`, binary by the `sha` of its blob."""

    path: str
    mode: Literal["100644", "100755"] = "100644"
    content: str | None = None
    sha: str | None = None


class NotFastForwardError(RemoteError):
    """422 from a ref update: the branch moved since its head was read."""

    def __init__(self, branch: str, detail: str = "") -> None:
        self.branch = branch  # before super(): the message names it
        super().__init__("GitHub", status=422, detail=detail)

    @property
    def user_message(self) -> str:
        return (
            f"The branch {self.branch} on GitHub moved while publishing. "
            "Publish onto its new head, or publish to a new branch."
        )


class EmptyRepositoryError(RemoteError):
    """409 "Git Repository is empty": the Git Data API writes nothing before a first commit."""

    def __init__(self, repo: str, detail: str = "") -> None:
        self.repo = repo
        super().__init__("GitHub", status=409, detail=detail)

    @property
    def user_message(self) -> str:
        return (
            f"The GitHub repository {self.repo} is empty, and GitHub accepts no files through "
            "its API before a first commit. Add a README on GitHub (or let l4ydesk create a "
            "new repository), then publish again."
        )


class GitHubRateLimitError(RateLimitError):
    """403/429 with x-ratelimit-remaining: 0 (primary limit) or retry-after (secondary)."""

    def __init__(
        self,
        *,
        status: int,
        detail: str = "",
        retry_after: float | None = None,
        reset_at: datetime | None = None,
    ) -> None:
        self.reset_at = reset_at
        super().__init__("GitHub", status=status, detail=detail, retry_after=retry_after)

    @property
    def user_message(self) -> str:
        if self.reset_at is not None:
            at = self.reset_at.astimezone(UTC).strftime("%H:%M UTC")
            minutes = max(1, round((self.retry_after or 0) / 60))
            return (
                f"Your GitHub token has used up its API rate limit; it resets at {at} "
                f"(in about {minutes} minute{'s' if minutes != 1 else ''}). "
                "Publish again after that."
            )
        return super().user_message


@dataclass(frozen=True)
class DeviceCode:
    """GitHub's answer to POST /login/device/code: the code the user types, and how to poll."""

    device_code: str
    user_code: str
    verification_uri: str
    expires_in: int  # seconds
    interval: int  # the least seconds between two polls


@dataclass(frozen=True)
class TokenPoll:
    """One poll of POST /login/oauth/access_token: a token, or the documented error code."""

    access_token: str | None = None
    error: str | None = None  # authorization_pending, slow_down, expired_token, access_denied...
    interval: int | None = None  # the new interval that slow_down gives
    scope: str = ""

    def __repr__(self) -> str:  # the token must never reach a log through a repr
        return f"TokenPoll(error={self.error!r}, has_token={self.access_token is not None})"


class GitHubPermissionError(PlanLimitError):
    """403 without rate-limit headers: the token may not do this on this repository."""

    @property
    def user_message(self) -> str:
        return (
            "Your GitHub token is not allowed to do this. Give it the Contents (read and "
            "write) and Administration (to create repositories) permissions on the "
            f"repository, or sign in with GitHub again.{self._detail_suffix()}"
        )


class RepositoryExistsError(InvalidRequestError):
    """422 from creating a repository: the name is taken on that account."""

    def __init__(self, owner: str, name: str, detail: str = "") -> None:
        self.full_name = f"{owner}/{name}" if owner else name
        super().__init__("GitHub", status=422, detail=detail)

    @property
    def user_message(self) -> str:
        return (
            f"A GitHub repository named {self.full_name} already exists. Choose it as an "
            "existing repository, or pick another name."
        )


class BranchExistsError(InvalidRequestError):
    """422 from creating a reference: the branch already exists."""

    def __init__(self, branch: str, detail: str = "") -> None:
        self.branch = branch
        super().__init__("GitHub", status=422, detail=detail)

    @property
    def user_message(self) -> str:
        return f"A branch named {self.branch} already exists on GitHub. Pick another name."

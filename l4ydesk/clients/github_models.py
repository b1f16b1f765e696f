"""What the GitHub client returns and raises (no httpx here, so core/ may import it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from l4ydesk.clients.errors import RemoteError


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

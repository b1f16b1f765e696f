"""Why a local preview could not start or stopped, each as a sentence the user can act on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from l4ydesk.core.errors import L4yError


class PreviewError(L4yError):
    """Base of every local-preview failure; `str(error)` is shown to the user as is.

    `command` is the command line that failed (shown on the failure page), `tail` the last
    lines it printed.
    """

    command: str | None = None
    tail: tuple[str, ...] = ()


class NodeMissingError(PreviewError):
    """No usable Node.js (or npm) where l4ydesk looked."""


class NodeTooOldError(PreviewError):
    """Node.js was found but is older than the preview needs."""

    def __init__(self, message: str, version: tuple[int, int, int]) -> None:
        super().__init__(message)
        self.version = version


class NotRunnableError(PreviewError):
    """The app's files are not something `next dev` can run (no package.json, no Next.js)."""


class InstallFailedError(PreviewError):
    """The package manager could not install the app's packages; `tail` holds its last lines."""

    def __init__(
        self, message: str, tail: Sequence[str] = (), *, command: str | None = None
    ) -> None:
        super().__init__(message)
        self.tail = tuple(tail)
        self.command = command


class PortTakenError(PreviewError):
    """Another program already listens on the preview's port."""

    def __init__(self, port: int) -> None:
        super().__init__(
            f"Port {port} on this computer is already in use by another program, so the "
            "preview cannot start there. Close that program or choose another port."
        )
        self.port = port


class ServerExitedError(PreviewError):
    """The dev server stopped before it was ready; `tail` holds its last output lines."""

    def __init__(
        self,
        message: str,
        returncode: int | None,
        tail: Sequence[str] = (),
        *,
        command: str | None = None,
    ) -> None:
        super().__init__(message)
        self.returncode = returncode
        self.tail = tuple(tail)
        self.command = command


class NotReadyError(PreviewError):
    """The dev server ran but did not answer within the time allowed."""

    def __init__(
        self, message: str, tail: Sequence[str] = (), *, command: str | None = None
    ) -> None:
        super().__init__(message)
        self.tail = tuple(tail)
        self.command = command


class PreviewStoppedError(PreviewError):
    """The preview was stopped (app switch, quit) while it was starting."""

    def __init__(self) -> None:
        super().__init__("The local preview was stopped before it finished starting.")


def tail_text(lines: Iterable[str]) -> str:
    """The last lines a child process printed, as the end of an error sentence."""
    shown = [line for line in list(lines)[-12:] if line.strip()]
    return (" The last lines it printed:\n" + "\n".join(shown)) if shown else ""

"""What the preview can show (its sources), how it is framed (device sizes) and its load state."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from l4ydesk.preferences import PreviewDevice


class PreviewSource(Enum):
    """Where the previewed app comes from; each source is available once it has a URL."""

    V0 = "v0"
    LOCAL = "local"
    LIVE = "live"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def unavailable_hint(self) -> str:
        """Why the source cannot be chosen yet, as a tooltip sentence."""
        return _HINTS[self]


_LABELS = {
    PreviewSource.V0: "v0 Demo",
    PreviewSource.LOCAL: "Local",
    PreviewSource.LIVE: "Live",
}

_HINTS = {
    PreviewSource.V0: "Send a message in the chat to get a v0 demo of the app.",
    PreviewSource.LOCAL: "Start the local preview to see the app's files as they are now.",
    PreviewSource.LIVE: "Publish the app to see its production site here.",
}


@dataclass(frozen=True)
class DeviceSize:
    """A viewport to preview at; `None` width and height mean "fill the panel"."""

    name: str
    width: int | None = None
    height: int | None = None

    @property
    def fills(self) -> bool:
        return self.width is None or self.height is None

    @property
    def description(self) -> str:
        if self.fills:
            return f"{self.name}: fill the panel"
        return f"{self.name}: {self.width} × {self.height}"


DESKTOP = DeviceSize("Desktop")
TABLET = DeviceSize("Tablet", 768, 1024)  # iPad portrait, the common tablet breakpoint
PHONE = DeviceSize("Phone", 390, 844)  # iPhone 12–15 CSS viewport
DEVICE_SIZES: tuple[DeviceSize, ...] = (DESKTOP, TABLET, PHONE)


def device_size(device: PreviewDevice) -> DeviceSize:
    """The viewport of a `PreviewDevice` preference."""
    return {
        PreviewDevice.DESKTOP: DESKTOP,
        PreviewDevice.TABLET: TABLET,
        PreviewDevice.PHONE: PHONE,
    }[device]


class LoadState(Enum):
    """What the panel is showing."""

    EMPTY = "empty"  # no URL for the current source: the "No preview yet" page
    LOADING = "loading"
    LOADED = "loaded"
    FAILED = "failed"  # the error page, with a way to try again

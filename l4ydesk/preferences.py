"""The user's preferences (Settings → Preferences…): typed, in a JSON file of their own.

Kept apart from the window layout (window.ini) and from the environment: a preference is what
the user chose in the dialog. An environment variable still wins where one exists
(`L4YDESK_NODE`), so tests and CI can point l4ydesk elsewhere without touching the file.
A damaged file is reported in the log and left as it is; defaults apply until the next save.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

log = logging.getLogger(__name__)

# OpenRouter's auto router picks a suitable model per request: a safe default for any account.
DEFAULT_AI_MODEL: Final = "openrouter/auto"
# The v0 Platform API's modelConfiguration.modelId values; "" lets v0 choose.
V0_MODELS: Final = ("v0-1.5-md", "v0-1.5-lg")
FILE_NAME: Final = "preferences.json"
# Linked calendars are synced this often while the window is open; 0 means only on demand.
DEFAULT_CALENDAR_SYNC_MINUTES: Final = 15
MAX_CALENDAR_SYNC_MINUTES: Final = 24 * 60


class PreviewDevice(StrEnum):
    """The viewport the preview opens at."""

    DESKTOP = "desktop"
    TABLET = "tablet"
    PHONE = "phone"


@dataclass(frozen=True)
class Preferences:
    node_path: Path | None = None  # a Node.js of the user's own; None: the bundled one
    ai_model: str = ""  # the built-in AI's default model; "": DEFAULT_AI_MODEL
    v0_model: str = ""  # v0's model for new turns; "": v0's own default
    preview_device: PreviewDevice = PreviewDevice.DESKTOP
    calendar_sync_minutes: int = DEFAULT_CALENDAR_SYNC_MINUTES

    @property
    def effective_ai_model(self) -> str:
        return self.ai_model.strip() or DEFAULT_AI_MODEL

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["node_path"] = str(self.node_path) if self.node_path else None
        data["preview_device"] = self.preview_device.value
        return data

    @classmethod
    def from_json(cls, data: object) -> Preferences:
        """Read what is valid and keep defaults for the rest (an old or hand-edited file)."""
        if not isinstance(data, dict):
            return cls()
        found = cls()
        node = data.get("node_path")
        if isinstance(node, str) and node.strip():
            found = replace(found, node_path=Path(node.strip()))
        ai_model, v0_model = data.get("ai_model"), data.get("v0_model")
        if isinstance(ai_model, str):
            found = replace(found, ai_model=ai_model.strip())
        if isinstance(v0_model, str):
            found = replace(found, v0_model=v0_model.strip())
        device = str(data.get("preview_device"))
        if device in set(PreviewDevice):
            found = replace(found, preview_device=PreviewDevice(device))
        minutes = data.get("calendar_sync_minutes")
        if type(minutes) is int and 0 <= minutes <= MAX_CALENDAR_SYNC_MINUTES:
            found = replace(found, calendar_sync_minutes=minutes)
        return found


class PreferencesStore:
    """Loads and saves `Preferences`; `path=None` keeps them in memory (tests, benches)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._current = self._read()

    @classmethod
    def in_config_dir(cls, config_dir: Path) -> PreferencesStore:
        return cls(config_dir / FILE_NAME)

    @property
    def exists(self) -> bool:
        return self.path is not None and self.path.exists()

    def get(self) -> Preferences:
        return self._current

    def save(self, preferences: Preferences) -> None:
        """Write atomically (a crash leaves the old file or the new one, never half)."""
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(preferences.to_json(), indent=2, sort_keys=True)
            handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".preferences-")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text + "\n")
                os.replace(temp, self.path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        self._current = preferences

    def _read(self) -> Preferences:
        if self.path is None or not self.path.exists():
            return Preferences()
        try:
            return Preferences.from_json(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            log.warning("preferences file %s unreadable (%s); using defaults", self.path, exc)
            return Preferences()


def effective_node_path(env_node: Path | None, preferences: Preferences) -> Path | None:
    """`L4YDESK_NODE` wins (tests, CI), then the user's choice, then None (the bundled one)."""
    return env_node or preferences.node_path

"""Where l4ydesk keeps its data and which remote services it talks to.

Defaults come from platformdirs; every value can be overridden by an environment variable so
tests, CI and self-hosted setups can point l4ydesk elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "l4ydesk"

DEFAULT_SERVICE_URLS: dict[str, str] = {
    "v0": "https://api.v0.dev/v1",
    "openrouter": "https://openrouter.ai/api/v1",
    "github": "https://api.github.com",
    # The OAuth device flow lives on github.com itself, not on the API host.
    "github_oauth": "https://github.com",
    "vercel": "https://api.vercel.com",
    "stripe": "https://api.stripe.com",
    "google": "https://www.googleapis.com",
    # Google sign-in for desktop apps: the authorization and token endpoints.
    "google_auth": "https://accounts.google.com/o/oauth2/v2/auth",
    "google_token": "https://oauth2.googleapis.com/token",
    "msgraph": "https://graph.microsoft.com/v1.0",
    # Microsoft sign-in (device authorization grant) for personal, work and school accounts.
    "msgraph_login": "https://login.microsoftonline.com/common/oauth2/v2.0",
}

# 5 MiB: larger than any hand-written source file, small enough to keep the store snappy.
DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Resolved paths and endpoints for one run of l4ydesk."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    db_url: str
    service_urls: Mapping[str, str] = field(default_factory=dict)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    # A Node.js of the user's own for the local preview; None uses the bundled one.
    node_path: Path | None = None

    @property
    def uses_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    def service_url(self, service: str) -> str:
        return self.service_urls[service]

    def ensure_dirs(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Build settings from platform defaults, overridden by `L4YDESK_*` environment variables."""
    env = os.environ if env is None else env
    data_dir = Path(env.get("L4YDESK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME))
    config_dir = Path(env.get("L4YDESK_CONFIG_DIR") or _default_config_dir(env, data_dir))
    log_dir = Path(env.get("L4YDESK_LOG_DIR") or _default_log_dir(env, data_dir))
    db_url = env.get("L4YDESK_DB_URL") or f"sqlite:///{data_dir / 'l4ydesk.db'}"
    urls = {
        name: env.get(f"L4YDESK_{name.upper()}_URL", default).rstrip("/")
        for name, default in DEFAULT_SERVICE_URLS.items()
    }
    max_bytes = int(env.get("L4YDESK_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES))
    node = env.get("L4YDESK_NODE")
    return Settings(
        data_dir, config_dir, log_dir, db_url, urls, max_bytes, Path(node) if node else None
    )


def _default_config_dir(env: Mapping[str, str], data_dir: Path) -> str:
    # A custom data dir keeps everything together (tests, portable installs).
    if env.get("L4YDESK_DATA_DIR"):
        return str(data_dir / "config")
    return platformdirs.user_config_dir(APP_NAME)


def _default_log_dir(env: Mapping[str, str], data_dir: Path) -> str:
    if env.get("L4YDESK_DATA_DIR"):
        return str(data_dir / "logs")
    return platformdirs.user_log_dir(APP_NAME)

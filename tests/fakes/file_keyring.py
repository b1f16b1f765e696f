"""A keyring kept in a JSON file, for tests whose l4ydesk runs as a subprocess.

The in-memory keyring (l4ydesk.secrets.MemoryKeyring) lives and dies with one process; a test
that kills `l4ydesk publish` with SIGKILL and resumes it in a new process needs the tokens and
the app's platform key to persist between them. Chosen on purpose with
PYTHON_KEYRING_BACKEND=tests.fakes.file_keyring.FileKeyring and L4Y_TEST_KEYRING_FILE; never
used outside tests (it is plaintext).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import keyring.backend
import keyring.errors

ENV = "L4Y_TEST_KEYRING_FILE"
# Names starting with this are written, then the process waits (to be killed) after touching
# `<keyring file>.held`: a kill -9 test's moment right after a secret was stored.
HOLD_ENV = "L4Y_TEST_KEYRING_HOLD"


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return dict(json.loads(path.read_text())) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        path = self._path()
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data))
        temporary.replace(path)  # whole or not at all, even under kill -9
        hold = os.environ.get(HOLD_ENV)
        if hold and username.startswith(hold):
            path.with_suffix(".held").touch()
            time.sleep(120)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))

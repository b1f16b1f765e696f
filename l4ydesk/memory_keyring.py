"""An in-process keyring for tests, apart from `secrets.py` so that module loads without keyring."""

from __future__ import annotations

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-process keyring for tests (PYTHON_KEYRING_BACKEND=l4ydesk.secrets.MemoryKeyring, which
    loads it from here).

    Chosen only on purpose: it is taken out of keyring's automatic choice below, since merely
    importing this module once made it the machine's keyring when no Secret Service ran.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self._values:
            raise keyring.errors.PasswordDeleteError(username)
        del self._values[(service, username)]


# Subclasses of KeyringBackend register themselves as candidates for keyring's automatic choice.
keyring.backend.KeyringBackend._classes.discard(MemoryKeyring)  # type: ignore[attr-defined]

"""Secrets (API keys, tokens) kept only in the OS keyring, under the service name `l4ydesk`.

There is deliberately no plaintext fallback: when no usable keyring backend exists the user is
told so and how to fix it.
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

SERVICE = "l4ydesk"

NO_BACKEND_MESSAGE = (
    "No secure password store is available, so l4ydesk cannot keep API keys. "
    "On Linux, install and unlock a Secret Service provider (GNOME Keyring or KWallet) "
    "or install the 'keyrings.alt' package for an encrypted file store; on macOS and Windows "
    "the system keychain is used automatically."
)


class SecretStoreUnavailable(RuntimeError):
    """No keyring backend can store secrets on this machine."""

    def __init__(self) -> None:
        super().__init__(NO_BACKEND_MESSAGE)


class SecretStore:
    """Reads and writes named secrets (e.g. `v0_api_key`) in the OS keyring."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._chosen = backend

    @property
    def _backend(self) -> keyring.backend.KeyringBackend:
        # Found on first use: keyring's backend discovery imports D-Bus and platform modules,
        # which start-up does not need.
        if self._chosen is None:
            self._chosen = keyring.get_keyring()
        return self._chosen

    @property
    def available(self) -> bool:
        return not isinstance(self._backend, fail.Keyring) and self._backend.priority > 0

    def get(self, name: str) -> str | None:
        self._require()
        try:
            return self._backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable() from exc

    def set(self, name: str, value: str) -> None:
        self._require()
        try:
            self._backend.set_password(SERVICE, name, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable() from exc

    def delete(self, name: str) -> None:
        self._require()
        try:
            self._backend.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: deleting is idempotent
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable() from exc

    def _require(self) -> None:
        if not self.available:
            raise SecretStoreUnavailable()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-process keyring for tests (PYTHON_KEYRING_BACKEND=l4ydesk.secrets.MemoryKeyring)."""

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

"""Secrets (API keys, tokens) kept only in the OS keyring, under the service name `l4ydesk`.

There is deliberately no plaintext fallback, and no memory-only one either: a key that seems
stored but is gone at the next start is worse than a clear "no keyring". A backend keyring
picks by itself is used only when it is one of the OS keyrings; any other (an encrypted file
keyring, a test backend) must be chosen on purpose (`PYTHON_KEYRING_BACKEND` or keyring's own
config file). When none is usable the user is told so and how to fix it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l4ydesk.redaction import remember_secret

if TYPE_CHECKING:
    import keyring.backend

    from l4ydesk.memory_keyring import MemoryKeyring as MemoryKeyring

# keyring is imported on first use, not with this module: importing it costs tens of
# milliseconds (jaraco, urllib, email) that the window's first paint does not need.

SERVICE = "l4ydesk"

NO_BACKEND_MESSAGE = (
    "No keyring that keeps keys across restarts is available, so l4ydesk cannot store API "
    "keys. On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet; or "
    "choose an encrypted file keyring protected by a passphrase you type: "
    "pip install keyrings.cryptfile, then start l4ydesk with "
    "PYTHON_KEYRING_BACKEND=keyrings.cryptfile.cryptfile.CryptFileKeyring. "
    "On macOS and Windows the system keychain is used automatically."
)
# Keyrings that persist by themselves and need nothing typed: the only ones used unasked.
_OS_KEYRING_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)


def _might_be_configured() -> bool:
    """False only when no keyring is configured for certain, told without importing keyring:
    no PYTHON_KEYRING_BACKEND and no keyringrc.cfg where keyring looks for it (outside Windows,
    keyring.util.platform_.config_root: $XDG_CONFIG_HOME or ~/.config, then python_keyring)."""
    if os.environ.get("PYTHON_KEYRING_BACKEND") or sys.platform == "win32":
        return True
    root = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(root, "python_keyring", "keyringrc.cfg").exists()


def _configured() -> bool:
    import keyring.core

    return bool(keyring.core.load_env() or keyring.core.load_config())


def choose_backend() -> keyring.backend.KeyringBackend:
    """The configured keyring, else the automatic choice if it is an OS keyring, else none."""
    import keyring
    from keyring.backends import chainer, fail

    configured = _might_be_configured() and _configured()
    if configured:
        # keyring's process-wide instance of it: one unlocked keyring, one in-process store.
        return keyring.get_keyring()
    automatic = keyring.get_keyring()
    first = (
        automatic.backends[0]
        if isinstance(automatic, chainer.ChainerBackend) and automatic.backends
        else automatic
    )
    if type(first).__module__.startswith(_OS_KEYRING_MODULES):
        return automatic
    return fail.Keyring()


class SecretStoreUnavailable(RuntimeError):
    """No keyring backend can store secrets on this machine."""

    def __init__(self) -> None:
        super().__init__(NO_BACKEND_MESSAGE)

    @property
    def user_message(self) -> str:
        return NO_BACKEND_MESSAGE


class SecretStoreLocked(SecretStoreUnavailable):
    """The chosen encrypted file keyring waits for its passphrase."""

    def __init__(self) -> None:
        RuntimeError.__init__(self, LOCKED_MESSAGE)

    @property
    def user_message(self) -> str:
        return LOCKED_MESSAGE


LOCKED_MESSAGE = (
    "Your encrypted keyring is locked, so l4ydesk cannot read or store API keys yet. "
    "Type its passphrase when l4ydesk asks at start (restart l4ydesk to be asked again)."
)


class SecretStore:
    """Reads and writes named secrets (e.g. `v0_api_key`) in the OS keyring."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._chosen = backend

    @property
    def _backend(self) -> keyring.backend.KeyringBackend:
        # Chosen on first use: keyring's backend discovery imports D-Bus and platform modules,
        # which start-up does not need.
        if self._chosen is None:
            self._chosen = choose_backend()
        return self._chosen

    @property
    def available(self) -> bool:
        from keyring.backends import fail

        return not isinstance(self._backend, fail.Keyring) and self._backend.priority > 0

    @property
    def needs_passphrase(self) -> bool:
        """An encrypted file keyring that waits for the passphrase the user types."""
        if self._chosen is None and not (_might_be_configured() and _configured()):
            # Nothing configured: the automatic choice is an OS keyring (or none), which never
            # asks for a passphrase, and discovering it (D-Bus) is left to the first key read.
            return False
        return getattr(self._backend, "_keyring_key", "set") is None

    def unlock(self, passphrase: str) -> None:
        """Give an encrypted file keyring (keyrings.cryptfile) the passphrase the user typed."""
        if not hasattr(type(self._backend), "keyring_key"):
            return
        import keyring.errors

        try:
            self._backend.keyring_key = passphrase  # type: ignore[attr-defined]
        except (ValueError, keyring.errors.KeyringError) as exc:
            del self._backend.keyring_key  # type: ignore[attr-defined]  # locked again
            raise SecretStoreLocked() from exc

    def get(self, name: str) -> str | None:
        self._require()
        import keyring.errors

        try:
            value = self._backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable() from exc
        remember_secret(value)  # a key in use is redacted by value everywhere
        return value

    def set(self, name: str, value: str) -> None:
        self._require()
        remember_secret(value)
        import keyring.errors

        try:
            self._backend.set_password(SERVICE, name, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable() from exc

    def delete(self, name: str) -> None:
        self._require()
        import keyring.errors

        try:
            self._backend.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: deleting is idempotent
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable() from exc

    def _require(self) -> None:
        if not self.available:
            raise SecretStoreUnavailable()
        # The keyring would ask on the terminal itself; without one (the window) it would
        # wait forever for an answer nobody can type.
        if self.needs_passphrase and not sys.stdin.isatty():
            raise SecretStoreLocked()


def __getattr__(name: str) -> Any:
    # `l4ydesk.secrets.MemoryKeyring` (PYTHON_KEYRING_BACKEND in tests) without importing
    # keyring with this module.
    if name == "MemoryKeyring":
        from l4ydesk.memory_keyring import MemoryKeyring

        return MemoryKeyring
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

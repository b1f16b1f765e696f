"""Whether the key a provider needs is stored, and the banner that says what to do if not.

Asking the keyring can block (a Secret Service round trip over D-Bus), so the panel calls
`key_state` in the worker, never on the GUI thread.
"""

from __future__ import annotations

import enum

from l4ydesk.core.chat import Provider
from l4ydesk.secrets import SecretStore, SecretStoreUnavailable
from l4ydesk.ui.settings_dialog import OPENROUTER_API_KEY, V0_API_KEY

SECRET_NAMES = {Provider.V0: V0_API_KEY, Provider.AI: OPENROUTER_API_KEY}
_SERVICE = {Provider.V0: "v0", Provider.AI: "OpenRouter"}


class KeyState(enum.Enum):
    STORED = "stored"
    MISSING = "missing"
    UNAVAILABLE = "unavailable"  # no usable keyring: the key cannot be read at all


def key_state(secrets: SecretStore, provider: Provider) -> KeyState:
    try:
        value = secrets.get(SECRET_NAMES[provider])
    except SecretStoreUnavailable:
        return KeyState.UNAVAILABLE
    return KeyState.STORED if value else KeyState.MISSING


def banner_text(provider: Provider, state: KeyState) -> str | None:
    """The banner over the input box, or None when the key is there."""
    service = _SERVICE[provider]
    if state is KeyState.STORED:
        return None
    if state is KeyState.UNAVAILABLE:
        return (
            f"l4ydesk cannot read your {service} key because no secure password store is "
            "available (see Settings → Keys); messages you write now are kept as drafts"
        )
    target = "" if provider is Provider.V0 else " to the built-in AI"
    return (
        f"Add your {service} key in Settings → Keys to send{target}; messages you write now "
        "are kept as drafts"
    )

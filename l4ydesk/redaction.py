"""The one place that knows what a credential looks like, for logs and for error details.

Logs (`logging_setup`), remote-service errors (`clients.errors`), stored chat notes and
exports all pass text through `redact()` so a key or token never reaches a log file, the
database or a message on screen. Redaction is by value (every secret this process has read
from or written to the keyring is remembered here) as well as by shape, since some keys (v0's
`v1:team:secret`) look like nothing in particular.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

REDACTED = "***"

# Shapes of credentials: bearer tokens, key=value pairs, and the prefixed keys providers issue.
# Patterns with a group keep group 1 (the label) and hide only the value.
_SECRET_PATTERNS = [
    re.compile(r"(?i)(authorization\s*[:=]\s*)(?:bearer\s+)?[^\s,;'\"]+"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-~+/=:]{3,}"),
    re.compile(
        r"(?i)((?:api[_-]?key|key|token|secret|password|x-v0-preview-token)\"?\s*[:=]\s*\"?)"
        r"[^\s,;'\"]+"
    ),
    re.compile(r"\b(?:sk|pk|rk|whsec|ghp|gho|ghs|github_pat|v1)[-_][A-Za-z0-9_\-]{8,}\b"),
    # v0 Platform API keys: v1:<team or user id>:<secret>
    re.compile(r"\bv\d:[A-Za-z0-9_\-]+:[A-Za-z0-9_\-]{6,}"),
]
# Shorter values would redact ordinary words; every real key is far longer.
MIN_SECRET_LENGTH = 8

_known: set[str] = set()
_known_lock = threading.Lock()


def remember_secret(value: str | None) -> None:
    """Redact `value` wherever it appears from now on (called by the secret store)."""
    if value and len(value) >= MIN_SECRET_LENGTH:
        with _known_lock:
            _known.add(value)


def forget_secret(value: str | None) -> None:
    with _known_lock:
        _known.discard(value or "")


def remembered_secrets() -> tuple[str, ...]:
    """Every remembered secret, longest first (so no part of one survives a shorter one)."""
    with _known_lock:
        return tuple(sorted(_known, key=len, reverse=True))


def redact(text: str, known_secrets: Iterable[str] = ()) -> str:
    """Replace every known secret value, and anything shaped like a credential, by ***."""
    for secret in (*known_secrets, *remembered_secrets()):
        if secret:
            text = text.replace(secret, REDACTED)
    for pattern in _SECRET_PATTERNS:
        if pattern.groups:
            text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
        else:
            text = pattern.sub(REDACTED, text)
    return text


def redact_values(text: str) -> str:
    """`text` with every remembered secret replaced, and nothing else (for prose and code,
    where a credential-shaped pattern like `token: string` is ordinary content)."""
    for secret in remembered_secrets():
        text = text.replace(secret, REDACTED)
    return text


def redact_bytes(data: bytes) -> bytes:
    """`data` with every remembered secret replaced (for exported files; shapes are left)."""
    for secret in remembered_secrets():
        data = data.replace(secret.encode(), REDACTED.encode())
    return data

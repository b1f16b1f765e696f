"""The one place that knows what a credential looks like, for logs and for error details.

Logs (`logging_setup`) and remote-service errors (`clients.errors`) both pass text through
`redact()` so a key or token never reaches a log file, the database or a message on screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REDACTED = "***"

# Shapes of credentials: bearer tokens, key=value pairs, and the prefixed keys providers issue.
# Patterns with a group keep group 1 (the label) and hide only the value.
_SECRET_PATTERNS = [
    re.compile(r"(?i)(authorization\s*[:=]\s*)(?:bearer\s+)?[^\s,;'\"]+"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-~+/=]{3,}"),
    re.compile(
        r"(?i)((?:api[_-]?key|key|token|secret|password|x-v0-preview-token)\"?\s*[:=]\s*\"?)"
        r"[^\s,;'\"]+"
    ),
    re.compile(r"\b(?:sk|pk|rk|whsec|ghp|gho|ghs|github_pat|v1)[-_][A-Za-z0-9_\-]{8,}\b"),
]


def redact(text: str, known_secrets: Iterable[str] = ()) -> str:
    """Replace every known secret value, and anything shaped like a credential, by ***."""
    for secret in known_secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    for pattern in _SECRET_PATTERNS:
        if pattern.groups:
            text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
        else:
            text = pattern.sub(REDACTED, text)
    return text

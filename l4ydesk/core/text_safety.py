"""Characters that must not reach a file name or a record name: controls and hidden ones.

Bidirectional overrides and zero-width characters make text look like other text
("invoice\u202egpj.exe" reads as "invoiceexe.jpg"); C0/C1 controls and DEL break terminals,
logs and other tools. Both the path rules and the record rules refuse them with a sentence.
"""

from __future__ import annotations

import unicodedata

# Bidi embeddings, overrides and isolates, marks, zero-width and other invisible formatters.
_HIDDEN = frozenset(
    "\u061c\u115f\u1160\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d"
    "\u206e\u206f\u3164\ufeff\uffa0"
)


def control_character(text: str, allow: str = "") -> str | None:
    """The first C0/C1 control or DEL in `text` (as U+XXXX), unless listed in `allow`."""
    for ch in text:
        if ch not in allow and unicodedata.category(ch) == "Cc":
            return f"U+{ord(ch):04X}"
    return None


def hidden_character(text: str) -> str | None:
    """The first invisible or direction-changing character in `text` (as U+XXXX), if any."""
    for ch in text:
        if ch in _HIDDEN or unicodedata.category(ch) in ("Cf", "Cs"):
            # Cf covers every format character (the list above names the blank-looking rest).
            return f"U+{ord(ch):04X}"
    return None

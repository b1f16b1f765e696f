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
    """The first invisible or direction-changing character in `text` (as U+XXXX), if any.

    The zero-width (non-)joiner is spelling, not a trick, between two letters of a script that
    writes with it (Persian "سانتی‌متر", Hindi, Malayalam) or inside an emoji sequence: allowed
    there, and nowhere else (between Latin letters it only makes look-alikes).
    """
    at = next((at for at in range(len(text)) if _hidden_at(text, at)), None)
    return None if at is None else f"U+{ord(text[at]):04X}"


def without_hidden(text: str) -> str:
    """`text` without its invisible, direction-changing and control characters (joiners where
    they spell are kept): for names read from code, which nobody typed in the app."""
    return "".join(
        ch
        for at, ch in enumerate(text)
        if not _hidden_at(text, at) and unicodedata.category(ch) != "Cc"
    )


def _hidden_at(text: str, at: int) -> bool:
    ch = text[at]
    if ch in _JOINERS and _joins(text, at):
        return False
    # Cf covers every format character (the list above names the blank-looking rest).
    return ch in _HIDDEN or unicodedata.category(ch) in ("Cf", "Cs")


_JOINERS = frozenset("\u200c\u200d")


def _joins(text: str, at: int) -> bool:
    if at == 0 or at == len(text) - 1:
        return False
    return _spells(text[at - 1]) and _spells(text[at + 1])


def _spells(ch: str) -> bool:
    # a non-Latin letter or mark, or an emoji (symbol) of a ZWJ sequence
    return ord(ch) > 0x24F and unicodedata.category(ch)[0] in "LMS"

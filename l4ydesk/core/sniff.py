"""Telling text from binary content (no storage imports, so the window can use it early)."""

from __future__ import annotations


def looks_binary(data: bytes) -> bool:
    """Binary when it has a NUL byte early on or is not valid UTF-8 text."""
    if b"\x00" in data[:8192]:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False

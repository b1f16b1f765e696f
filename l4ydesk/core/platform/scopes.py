"""The Platform API's key scopes: category × read/write (no storage, so the window's keys page
can build its grid before the first paint without importing the database layers)."""

from __future__ import annotations

from typing import Final

from l4ydesk.core.ontology import ONTOLOGY

ACTIONS: Final = ("read", "write")

# Scope categories beyond the ontology's record categories: visitor sign-in (`/api/v1/auth/…`).
EXTRA_CATEGORIES: Final = ("auth",)


def scope_categories() -> tuple[str, ...]:
    return (*(t.api_category for t in ONTOLOGY), *EXTRA_CATEGORIES)


def all_scopes() -> tuple[str, ...]:
    return tuple(f"{category}:{action}" for category in scope_categories() for action in ACTIONS)

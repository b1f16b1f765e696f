"""Packages whose names are imported on first use (PEP 562), so start-up pays for none of them.

__getattr__ = lazy_exports(__name__, globals(), {"Ledger": "ledger", ...})
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(
    package: str, namespace: dict[str, Any], homes: Mapping[str, str]
) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `name` from `package.<homes[name]>` when first used
    and keeps it in the package's namespace."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    return __getattr__

"""Context providers: a module whose only markup is `<Store.Provider value={...}>{children}`
shows nothing itself. Rows it holds in state reach a page only through what the page takes
from it (its `useStore` hook, its context), never through the provider component a layout
wraps the app in.
"""

from __future__ import annotations

from collections.abc import Iterable

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.syntax import SourceFile


def renders_rows(src: SourceFile) -> bool:
    """True when the file draws markup of its own, not only a context's `.Provider` around
    what it is given."""
    roots: list[Node] = []
    for el in src.jsx:
        if roots and el.start_byte < roots[-1].end_byte:
            continue
        roots.append(el)
    return any(not jsx.name(el, src).endswith(".Provider") for el in roots)


def only_providers(names: Iterable[str]) -> bool:
    """True when an import takes nothing but provider components (`{ CartProvider }`)."""
    taken = list(names)
    return bool(taken) and all(n.endswith("Provider") for n in taken)

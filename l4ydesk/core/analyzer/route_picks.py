"""A record's page (`[slug]`, `[id]`) that writes the whole catalogue out and picks the one it
shows with `.find()` by the route's id or slug.

`const products = [...]` on `app/product/[slug]/page.tsx`, then `products.find((p) => p.slug
=== slug)`: the page's own lookup map of goods, written with their own data, so its goods are
products at that file (LABELLING round 21, "a product page's own lookup map"), as when it
indexes them by `params.id`.
"""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.record_kinds import DataSet
from l4ydesk.core.analyzer.syntax import SourceFile

_MIN_ROWS = 3  # one or two rows are one record's own details, not a catalogue


def picked_by_route(src: SourceFile, ds: DataSet) -> bool:
    """True on a dynamic route's page whose rows are searched by their id or slug."""
    if "[" not in src.path or len(ds.items) < _MIN_ROWS or "." in ds.var_name:
        return False
    var = re.escape(ds.var_name.encode())
    # `rows.find((p) => p.slug === slug)`, `rows.find(r => r.id === Number(params.id))`: the
    # value compared is the route's own (a row picked by a selection made on the page is not)
    finder = re.compile(
        rb"\b" + var + rb"\s*\.\s*find\(\s*\(?\s*(\w+)\s*(?::\s*\w+)?\)?\s*=>\s*"
        rb"(?:\w+\(\s*)?\1\s*\.\s*(?:id|slug|handle|key)\b\s*\)?\s*===?\s*"
        rb"(?:(?:Number|parseInt|String|decodeURIComponent)\(\s*)?"
        rb"(?:params\??\.\w+|slug|id|handle|productId|productSlug)\b"
    )
    return finder.search(src.source) is not None

"""Which sample sets of a page are the choices of a configurator (size, paper, finish, frame):
each set is looked up by a choice the visitor made, and the prices of two or more such sets
make up one price. Its rows are options of the configured product, not products (round-11
settled point); a wizard that picks one priced service (and a stylist) stays a catalog."""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.record_keys import find_price_key
from l4ydesk.core.analyzer.record_kinds import DataSet

# `const [size, setSize] = useState(...)`: a value the visitor chooses on the page
_STATE = re.compile(rb"\[\s*(\w+)\s*,\s*set\w+\s*\]\s*=\s*(?:React\.)?useState\b")
# `sizes.find((s) => s.id === size)`: the row of a set the chosen value points at
_PICK = re.compile(
    rb"(?<![\w.$])(\w+)\s*\.\s*find\s*\(\s*\(?\s*(\w+)\s*(?::\s*\w+\s*)?\)?\s*=>\s*"
    rb"(?:\2\s*\.\s*\w+\s*===?\s*(\w+)|(\w+)\s*===?\s*\2\s*\.\s*\w+)\s*\)"
)


def configured_choices(code: bytes, sets: list[DataSet]) -> frozenset[str]:
    """Names of the priced sets the page picks rows of by a chosen value, when there are two or
    more of them (one priced pick is a catalog item chosen, not a product configured)."""
    chosen = {m.group(1) for m in _STATE.finditer(code)}
    if not chosen:
        return frozenset()
    picked = {
        m.group(1).decode() for m in _PICK.finditer(code) if (m.group(3) or m.group(4)) in chosen
    }
    priced = {
        ds.var_name
        for ds in sets
        if ds.var_name in picked and (find_price_key(ds.keys, ds.items) or _adjusts_price(ds))
    }
    return frozenset(priced) if len(priced) >= 2 else frozenset()


def _adjusts_price(ds: DataSet) -> bool:
    """`priceMultiplier`, `priceAdjustment`, `extraCost`: a choice that changes a price."""
    return any(re.search(r"price|cost|surcharge", k) for k in ds.keys)

"""Tells rows that are figures about the business from records: statistic tiles, work followed
over time (progress, budgets, stock levels) and notices the app raised; split from
`record_kinds`, which asks this module before it calls rows goods or happenings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l4ydesk.core.analyzer.record_keys import get, text_of
from l4ydesk.core.ontology import currency_code

if TYPE_CHECKING:
    from l4ydesk.core.analyzer.record_kinds import DataSet

# keys saying how far along a thing is or how much of it is left (projects, budgets, stock
# levels), and keys of a notice the app raised (its message, how severe, whether it was seen)
_PROGRESS = re.compile(r"progress|completion|percentcomplete|budget|spent")
_TRACKED = re.compile(r"stock|remaining|^message$|^severity$|^resolved$|^read$|^unread$")


def progressing(ds: DataSet) -> bool:
    """Rows saying how far along they are: work followed over time, neither sold nor held."""
    return any(_PROGRESS.search(k) for k in ds.keys)


def tracked(ds: DataSet) -> bool:
    """Rows followed over time (progress, a stock level) or notices the app raised (a message
    with a severity, read or resolved): what happened to the business, not a happening to attend."""
    return progressing(ds) or any(_TRACKED.search(k) for k in ds.keys)


# keys only a measured figure has: how it moved since the last period, what it is aimed at
_MEASURE_KEYS = frozenset(
    {"change", "changetype", "trend", "delta", "growth", "increase", "percentchange"}
)
_MEASURE_TOKENS = frozenset({"stats", "statistics", "metrics", "kpis", "kpi", "figures"})


def measures(ds: DataSet) -> bool:
    """Statistic tiles and unit tables: a value with how it changed, a share of a market or
    of rooms filled, a set named for figures, or currencies (each item its own ISO code) with
    an exchange rate."""
    if ds.keys & _MEASURE_KEYS or ds.tokens & _MEASURE_TOKENS:
        return True
    if any(k.endswith(("marketshare", "occupancyrate")) for k in ds.keys):
        return True  # how much of a market or of its rooms a business fills: a rival's figures
    codes = [text_of(get(i, "code", "currency", "iso")) or "" for i in ds.items]
    own = {c.upper() for c in codes if currency_code(c)}
    rated = bool(ds.keys & {"rate", "symbol", "exchangerate"})
    return rated and len(own) >= 2 and len(own) * 2 > len(ds.items)

"""Priced rows written inside the markup and drawn each as a tick box are choices, not goods.

A booking dialog's "optional extras" (`{[{ label: "Child seat", price: 8 }, …].map(item =>
<label><Checkbox checked={extras[item.key]} … />…</label>)}`) lists what the visitor may add
to the car or room being booked: options of that booking (round 8, add-ons), whatever they are
called. The structure says so in any language: the rows exist only where they are ticked.
"""

from __future__ import annotations

from l4ydesk.core.analyzer.record_kinds import DataSet
from l4ydesk.core.analyzer.shown_rows import offered_as_choices
from l4ydesk.core.analyzer.syntax import SourceFile


def ticked_inline_rows(src: SourceFile, ds: DataSet) -> bool:
    """True when the set is an array written in the markup and mapped straight into rows that
    are options to pick or tick."""
    decl = ds.decl
    if decl.type != "jsx_expression":
        return False
    inside = [(s, e) for s, e in src.map_callbacks if decl.start_byte <= s and e <= decl.end_byte]
    if not inside:
        return False
    start, end = min(inside, key=lambda r: (r[0], -r[1]))
    return offered_as_choices(src, start, end)

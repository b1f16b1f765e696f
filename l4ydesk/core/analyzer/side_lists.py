"""Tells a second list of one kind drawn by a component under its own heading ("Today's
appointments" and "Upcoming appointments" on one dashboard) from the same rows drawn again.

LABELLING: a list of records is one label named by its heading, one per list (round 9; round 21,
"one label per list"). A component that maps two different row sets of one kind, each under a
heading of its own, shows two lists; the same rows mapped twice (a table and its mobile cards),
or rows under a heading already used, stay one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

# (type, component): where lists of one kind are drawn
ListPlace = tuple[str, str]


@dataclass
class _Place:
    rows: set[str] = field(default_factory=set)
    lines: set[int] = field(default_factory=set)  # heading lines used by a list
    named: list[int] = field(default_factory=list)  # lines of lists named before, unclaimed


class SideBySide:
    """The row sets and headings met so far in each component of a file, in source order."""

    def __init__(self, named_before: dict[ListPlace, list[int]]) -> None:
        self._places: dict[ListPlace, _Place] = {
            place: _Place(named=sorted(lines)) for place, lines in named_before.items()
        }

    def _place(self, place: ListPlace) -> _Place:
        return self._places.setdefault(place, _Place())

    def note(self, place: ListPlace, rows: str, heading: Node | None) -> None:
        """Remembers rows drawn at `place` under `heading` (a list named there)."""
        here = self._place(place)
        here.rows.add(rows)
        if heading is not None:
            here.lines.add(heading.start_point[0] + 1)

    def second(self, place: ListPlace, rows: str, heading: Node | None) -> bool:
        """True for rows of their own under a heading of their own where a list is named
        already: a list beside it. Rows under a list's own heading, or the first rows below a
        title named before (a page's title over its list), are that list."""
        here = self._place(place)
        line = heading.start_point[0] + 1 if heading is not None else None
        if line is None or not rows or rows in here.rows or line in here.lines:
            here.rows.add(rows)
            return False
        here.rows.add(rows)
        here.lines.add(line)
        if line in here.named:
            here.named.remove(line)
            return False
        above = [n for n in here.named if n < line]
        if above:
            here.named.remove(above[-1])  # the title over the page names these rows
            return False
        return True

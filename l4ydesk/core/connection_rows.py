"""A list element's rows as records: what Create does with a list of contacts, bookings, ….

The analyzer reports a list (an admin table of clients) as one element named by its heading,
with `fields["list"] = True` and the rows it read in `fields["rows"]` (or only their names in
`fields["items"]`, for a list read from a page's markup). Nobody wants a record
called "Clients", so Create on such an element makes one record per row instead. Each row is
planned like a detected record of its own (its name cleaned, its prices checked) and keyed as
that record would be (`item_key(type, row name, file)`), so a second run and a re-analysis find
the rows already connected, and the publish step's sample loader finds each row's record by
the sample item's name. Each row's link also names the list element (`list_key`), which is how
the list itself reads as connected. Rows without a usable name are skipped and counted.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from l4ydesk.core.connection_plans import (
    Action,
    ConnectionPlan,
    InvalidPlanError,
    PlanItem,
    check_prices,
    item_key,
)
from l4ydesk.core.ontology import record_type
from l4ydesk.core.records import RecordError, clean_name
from l4ydesk.storage.models import ObjectLink

LIST_KEY_FIELD: Final = "list_key"  # in a row's ObjectLink.properties: the list element's key
# Rows one list may create: a sample list is tens of rows; a list of thousands is data to import.
MAX_LIST_ROWS: Final = 5000


@dataclass(frozen=True)
class ListRows:
    """What Create on one list element makes: a Create item per good row, and what it skips."""

    items: tuple[PlanItem, ...]
    nameless: int = 0  # rows without a name l4ydesk can keep
    unreadable: int = 0  # rows that are not objects, or hold a price no record can keep
    over_limit: int = 0  # rows beyond MAX_LIST_ROWS

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(item.name for item in self.items)

    @property
    def skipped(self) -> int:
        return self.nameless + self.unreadable + self.over_limit


def is_list(item: PlanItem) -> bool:
    """True for a list element (its rows are the records Create makes)."""
    return item.fields.get("list") is True


def list_rows(item: PlanItem) -> ListRows:
    """One Create item per row of a list element, keyed as a detected record of its own."""
    rows = item.fields.get("rows")
    if not isinstance(rows, list):
        # a list read from a page's markup has only its rows' names ("items"), no fields
        names = item.fields.get("items")
        rows = [{"name": n} for n in names] if isinstance(names, list) else []
    made: list[PlanItem] = []
    seen: dict[str, int] = {}
    nameless = unreadable = 0
    for row in rows:
        if len(made) >= MAX_LIST_ROWS:
            break
        if not isinstance(row, Mapping):
            unreadable += 1
            continue
        name = _name(row.get("name"))
        if name is None:
            nameless += 1
            continue
        fields = row_fields(row)
        key = item_key(item.type, name, item.evidence_file)
        # two rows of one name are two records: the second gets a key of its own
        repeats = seen[key] = seen.get(key, 0) + 1
        if repeats > 1:
            key = f"{key}~{repeats}"
        try:
            check_prices("A row", {"type": item.type, "name": name, "fields": fields})
            made.append(
                PlanItem(key, item.type, name, fields, Action.CREATE, None, item.evidence_file)
            )
        except InvalidPlanError:
            unreadable += 1
    over = max(0, len(rows) - len(made) - nameless - unreadable)
    return ListRows(tuple(made), nameless, unreadable, over)


def _name(value: Any) -> str | None:
    """The row's name as a record would have it, or None when no record can have it."""
    try:
        return clean_name(value) if isinstance(value, str) else None
    except RecordError:
        return None


@dataclass(frozen=True)
class ExpandedPlan:
    """A plan with each list Create replaced by its rows (what the executor runs)."""

    app_id: int
    items: tuple[PlanItem, ...]
    list_of: dict[str, str] = field(default_factory=dict)  # row item_key → list item_key


def expand_plan(plan: ConnectionPlan, linked: Collection[str] = ()) -> ExpandedPlan:
    """The items to execute: list elements set to Create become their rows.

    A list with no usable row becomes a Skip, so the run says it made nothing from it. Link and
    Skip on a list element stay as they are: Link ties the element to one existing record.
    A list already linked to one record (its key in `linked`) stays whole: the executor reports
    it connected, and its rows are not created beside the link (undo the link's run first).
    """
    items: list[PlanItem] = []
    list_of: dict[str, str] = {}
    for item in plan.items:
        if item.action is not Action.CREATE or not is_list(item) or item.item_key in linked:
            items.append(item)
            continue
        rows = list_rows(item).items
        if not rows:
            items.append(item.skip())
        for row in rows:
            items.append(row)
            list_of[row.item_key] = item.item_key
    return ExpandedPlan(plan.app_id, tuple(items), list_of)


def connected_lists(links: Iterable[ObjectLink]) -> dict[str, int]:
    """list item_key → the record of its first row, for lists whose rows are connected."""
    found: dict[str, int] = {}
    for link in sorted(links, key=lambda link: link.id):
        key = (link.properties or {}).get(LIST_KEY_FIELD)
        if isinstance(key, str):
            found.setdefault(key, link.from_object_id)
    return found


def list_notes(plan: ConnectionPlan) -> list[str]:
    """What each list set to Create will make, for the command line ("Clients: Creates 3 …")."""
    return [
        f"{item.name}: {rows_sentence(record_type(item.type).label, list_rows(item))}"
        for item in plan.items
        if item.action is Action.CREATE and is_list(item)
    ]


def rows_sentence(type_label: str, rows: ListRows) -> str:
    """ "Creates 6 contacts from the list's rows; 1 row without a name is skipped." """
    count = len(rows.items)
    noun = type_label.lower() + ("" if count == 1 else "s")
    text = (
        f"Creates {count:,} {noun} from the list's rows"
        if count
        else f"Creates nothing: the list has no row with a name to make a {type_label.lower()} of"
    )
    parts: list[str] = []
    if rows.nameless:
        parts.append(f"{_rows(rows.nameless)} without a name")
    if rows.unreadable:
        parts.append(f"{_rows(rows.unreadable)} with a value no record can keep")
    if rows.over_limit:
        parts.append(
            f"{_rows(rows.over_limit)} beyond the first {MAX_LIST_ROWS:,} (import the rest "
            "as a file)"
        )
    if parts:
        verb = "is" if rows.skipped == 1 else "are"
        text += f"; {_join(parts)} {verb} skipped"
    return text + "."


def _rows(count: int) -> str:
    return f"{count:,} row{'' if count == 1 else 's'}"


def _join(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def row_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row's fields without its name (what the record's properties are built from)."""
    return {k: v for k, v in row.items() if k != "name"}

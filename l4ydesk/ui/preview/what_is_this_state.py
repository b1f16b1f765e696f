"""What "What is this?" shows and decides, without Qt; computed in the worker.

`load_selection` runs off the GUI thread: it matches the picked element against the app's
detections and reads the records to compare with and what is connected. `Choice` is what the
user has chosen so far (type, match, name, whether they edited the fields); the functions below
turn a `Selection` and a `Choice` into the plan item, the blocker sentence and the reason line.
`find_like` (the candidate records) also runs in the worker, once per burst of keystrokes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from l4ydesk.core.analyzer import Detection
from l4ydesk.core.connections import (
    Action,
    ConnectionResult,
    Connector,
    PlanItem,
    build_properties,
    item_for_detection,
    new_item,
)
from l4ydesk.core.errors import L4yError
from l4ydesk.core.matching import MatchCandidate, RecordSummary, find_candidates
from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.records import RecordBook
from l4ydesk.core.selection_match import (
    OTHER,
    SelectedElement,
    SelectedField,
    SelectionMatch,
    SourcePoint,
    element_name,
    fields_from_element,
    guess_type,
    match_selection,
)
from l4ydesk.ui.preview.inspector_messages import ElementInfo

OTHER_SENTENCE: Final = (
    "“Other” is not a kind of record l4ydesk keeps. Choose one of the nine types to create or "
    "link a record, or press Cancel."
)
NO_APP_SENTENCE: Final = "Open an app first: elements are connected to the app being previewed."


@dataclass(frozen=True)
class RecordsContext:
    """The records to match against and what the app has connected (item_key → record id)."""

    records: tuple[RecordSummary, ...]
    connected: Mapping[str, int]
    names: Mapping[int, str]


@dataclass(frozen=True)
class Selection:
    """One picked element of one app: its matches in the code and, with an app, the records."""

    element: SelectedElement
    app_id: int | None
    matches: tuple[SelectionMatch, ...]
    context: RecordsContext | None
    error: str = ""  # why the records could not be read, as a sentence


@dataclass(frozen=True)
class Choice:
    """What the user chose: the type, the match picked in "Found in code", the name shown."""

    type_key: str
    picked: SelectionMatch | None
    no_match: bool  # the user said the element is none of the matches
    name: str
    name_edited: bool = False
    fields_edited: bool = False


def load_context(records: RecordBook, connector: Connector, app_id: int) -> RecordsContext:
    found = records.list_records()
    return RecordsContext(
        records=tuple(RecordSummary(r.id, r.type, r.name, r.properties) for r in found),
        connected=connector.connected_items(app_id),
        names={r.id: r.name for r in found},
    )


def load_selection(
    records: RecordBook,
    connector: Connector,
    element: SelectedElement,
    app_id: int | None,
    detections: Sequence[Detection],
) -> Selection:
    """Worker: match the element against the detections and read the records (with an app)."""
    matches = tuple(match_selection(element, detections))
    if app_id is None:
        return Selection(element, app_id, matches, None)
    try:
        return Selection(element, app_id, matches, load_context(records, connector, app_id))
    except L4yError as exc:
        return Selection(element, app_id, matches, None, error=str(exc))


def selected_element(info: ElementInfo) -> SelectedElement:
    """The inspector's report in the terms of `l4ydesk.core.selection_match`."""
    source = info.source
    form = info.form
    return SelectedElement(
        tag=info.tag,
        text=info.text,
        heading=info.heading,
        aria_label=info.aria_label,
        component=info.component,
        source=SourcePoint(source.path, source.line, source.column) if source else None,
        in_form=form is not None,
        form_fields=tuple(
            SelectedField(f.name, f.type, f.label or f.aria_label or f.placeholder, f.required)
            for f in (form.fields if form is not None else ())
        ),
        target_kind=info.target.kind if info.target else None,
        href=info.target.href if info.target else None,
        prices=info.prices,
        dates=info.dates,
    )


# ----- choices ---------------------------------------------------------------------------------


def first_choice(selection: Selection) -> Choice:
    """The best guess: the guessed type with its best match."""
    start = Choice(type_key=OTHER, picked=None, no_match=False, name="")
    return choose_type(selection, start, guess_type(selection.element, list(selection.matches)))


def match_of(
    selection: Selection, choice: Choice, type_key: str | None = None
) -> SelectionMatch | None:
    """The picked match when it has the type, else the best match that does."""
    type_key = choice.type_key if type_key is None else type_key
    if choice.no_match:
        return None
    if choice.picked is not None and choice.picked.detection.type_key == type_key:
        return choice.picked
    return next((m for m in selection.matches if m.detection.type_key == type_key), None)


def choose_type(selection: Selection, choice: Choice, type_key: str) -> Choice:
    """Show `type_key` with the fields of its match, or of the element; keep an edited name."""
    match = match_of(selection, choice, type_key)
    name = choice.name
    if not choice.name_edited:
        name = match.detection.name if match else element_name(selection.element)
    return replace(choice, type_key=type_key, picked=match, name=name, fields_edited=False)


def choose_match(selection: Selection, choice: Choice, match: SelectionMatch | None) -> Choice:
    """The user picked a match (taking its type and name) or "None of these"."""
    if match is None:
        return choose_type(selection, replace(choice, no_match=True, picked=None), choice.type_key)
    picked = replace(choice, no_match=False, picked=match, name_edited=False)
    return choose_type(selection, picked, match.detection.type_key)


def edit_name(choice: Choice, name: str) -> Choice:
    return replace(choice, name=name, name_edited=True)


# ----- decisions -------------------------------------------------------------------------------


def reason(selection: Selection, choice: Choice) -> str:
    match = match_of(selection, choice)
    if match is not None:
        return match.reason[0].upper() + match.reason[1:] + "."
    if choice.type_key == OTHER:
        return ""
    if selection.matches:
        return "Filled in from the page, not from a match in the code."
    return "Nothing in the app's code matched it; filled in from the page."


def item_fields(selection: Selection, choice: Choice) -> dict[str, Any]:
    """The new record's fields as detected (analyzer vocabulary), before any edit."""
    match = match_of(selection, choice)
    if match is not None:
        return dict(item_for_detection(match.detection).fields)
    return fields_from_element(selection.element, choice.type_key)


def properties(selection: Selection, choice: Choice) -> dict[str, Any]:
    """The properties table's values for the choice (empty for Other)."""
    if choice.type_key == OTHER:
        return {}
    name = choice.name.strip() or "?"
    return build_properties(choice.type_key, name, item_fields(selection, choice))


def plan_item(
    selection: Selection,
    choice: Choice,
    edited: Mapping[str, Any] | None,
    action: Action,
    target: int | None,
) -> PlanItem:
    """The one item to run: the matched detection's identity with the user's edits.

    `edited` is the properties table's values when the user edited them, else None."""
    name = choice.name.strip()
    fields = dict(edited) if choice.fields_edited and edited is not None else None
    fields = fields if fields is not None else item_fields(selection, choice)
    match = match_of(selection, choice)
    if match is not None:
        # The detection's item_key: connect mode and the badges know the element by it.
        item = replace(item_for_detection(match.detection), name=name, fields=fields)
    else:
        source = selection.element.source
        item = new_item(choice.type_key, name, fields, source.path if source else None)
    return item.link(target) if action is Action.LINK and target else item.create()


def connected_to(
    selection: Selection, choice: Choice, edited: Mapping[str, Any] | None
) -> int | None:
    """The record this element is connected to already, if any."""
    context = selection.context
    if context is None or choice.type_key == OTHER or not choice.name.strip():
        return None
    try:
        key = plan_item(selection, choice, edited, Action.CREATE, None).item_key
    except L4yError:
        return None
    return context.connected.get(key)


def blocker(
    selection: Selection, choice: Choice, edited: Mapping[str, Any] | None, fields_valid: bool
) -> str:
    """Why Create and Link cannot run now, as a sentence ("" when they can)."""
    if selection.app_id is None:
        return NO_APP_SENTENCE
    if choice.type_key == OTHER:
        return OTHER_SENTENCE
    if not choice.name.strip():
        return "A record needs a name."
    if not fields_valid:
        return "Fix the properties marked in red first."
    connected = connected_to(selection, choice, edited)
    if connected is not None and selection.context is not None:
        name = selection.context.names.get(connected, f"record #{connected}")
        return f"Already connected to “{name}” (record #{connected}) in this app."
    return ""


@dataclass(frozen=True)
class _Probe:
    """What `find_candidates` compares records with: the type, name and fields shown."""

    type_key: str
    name: str
    fields: Mapping[str, Any]


def find_like(selection: Selection, choice: Choice) -> tuple[MatchCandidate, ...]:
    """Worker: the existing records that look like the element as chosen, best first."""
    if selection.context is None or choice.type_key == OTHER:
        return ()
    match = match_of(selection, choice)
    probe = _Probe(
        choice.type_key,
        choice.name.strip() or element_name(selection.element),
        match.detection.fields if match else item_fields(selection, choice),
    )
    return tuple(find_candidates(probe, selection.context.records))


def type_label(type_key: str) -> str:
    return ONTOLOGY.get(type_key).label.lower()


def run_sentence(result: ConnectionResult) -> tuple[str, bool]:
    """What a Create or Link on the picked element did, and whether Undo can take it back.

    One element is usually one outcome, but Create on a list makes a record per row.
    """
    created, linked, relinked = result.created, result.linked, result.relinked
    if len(created) > 1:
        label = type_label(created[0].type)
        text = f"Created {len(created):,} {label}s from the list's rows, linked to this app."
        if result.already_connected:
            text += f" {len(result.already_connected):,} were connected already."
        return text, True
    if created:
        one = created[0]
        return f"Created “{one.name}” (record #{one.record_id}) and linked it to this app.", True
    if linked:
        return f"Linked “{linked[0].name}” (record #{linked[0].record_id}) to this app.", True
    if relinked:
        one = relinked[0]
        return f"Linked this element to record #{one.record_id} in place of its old record.", True
    if result.skipped:
        return "Nothing was created: the list has no row with a name to make a record of.", False
    known = [o.record_id for o in result.already_connected if o.record_id is not None]
    if known:
        return f"Already connected to record #{known[0]}; nothing changed.", False
    return "Nothing changed.", False

""" "What is this?" decisions without Qt: matching the picked element, the choice, the blocker
and the look-alike records, as the worker computes them for the popover."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from l4ydesk.app import sample_app_dir
from l4ydesk.core.analyzer import Detection, IncrementalAnalyzer, load_project
from l4ydesk.core.connections import Action, item_for_detection
from l4ydesk.core.matching import LINK_THRESHOLD, RecordSummary
from l4ydesk.core.selection_match import OTHER, SelectedElement, SourcePoint
from l4ydesk.ui.preview import what_is_this_state as state

FORM_SRC = "components/booking-form.tsx"


@pytest.fixture(scope="module")
def detections() -> Sequence[Detection]:
    return IncrementalAnalyzer().analyze(load_project(sample_app_dir())).detections


def _picked(
    detections: Sequence[Detection], context: state.RecordsContext | None
) -> state.Selection:
    element = SelectedElement(
        tag="form", text="Book a session", source=SourcePoint(FORM_SRC, 147, 11), in_form=True
    )
    matches = tuple(state.match_selection(element, detections))
    return state.Selection(element, 1 if context else None, matches, context)


def _context(
    records: tuple[RecordSummary, ...] = (), connected: dict[str, int] | None = None
) -> state.RecordsContext:
    return state.RecordsContext(records, connected or {}, {r.id: r.name for r in records})


def test_the_best_guess_and_why_create_cannot_run_without_an_app(
    detections: Sequence[Detection],
) -> None:
    selection = _picked(detections, None)
    choice = state.first_choice(selection)
    assert choice.type_key == "booking"
    assert choice.name == "Book a session"
    assert state.reason(selection, choice).startswith("Source tag")
    assert state.blocker(selection, choice, None, True) == state.NO_APP_SENTENCE
    assert state.find_like(selection, choice) == ()  # nothing to look in


def test_choices_keep_an_edited_name_and_none_of_these_fills_from_the_page(
    detections: Sequence[Detection],
) -> None:
    selection = _picked(detections, _context())
    choice = state.edit_name(state.first_choice(selection), "Wheel class")
    assert state.blocker(selection, choice, None, True) == ""
    as_form = state.choose_type(selection, choice, "form")
    assert as_form.name == "Wheel class" and as_form.picked is not None
    none = state.choose_match(selection, as_form, None)
    assert none.no_match and state.match_of(selection, none) is None
    assert state.reason(selection, none) == "Filled in from the page, not from a match in the code."
    other = state.choose_type(selection, none, OTHER)
    assert state.blocker(selection, other, None, True) == state.OTHER_SENTENCE
    assert state.properties(selection, other) == {}


def test_look_alike_records_and_an_element_already_connected(
    detections: Sequence[Detection],
) -> None:
    same = RecordSummary(7, "booking", "Book a Session", {})
    kiln = RecordSummary(8, "booking", "Kiln rental", {})
    selection = _picked(detections, _context((same, kiln)))
    choice = state.first_choice(selection)
    found = state.find_like(selection, choice)
    assert found[0].record.id == 7 and found[0].score >= LINK_THRESHOLD
    assert all(c.record.id != 8 for c in found)
    item = state.plan_item(selection, choice, None, Action.LINK, 7)
    assert item.action is Action.LINK and item.target_id == 7
    match = state.match_of(selection, choice)
    assert match is not None
    key = item_for_detection(match.detection).item_key
    connected = _picked(detections, _context((same,), {key: 7}))
    assert state.blocker(connected, state.first_choice(connected), None, True) == (
        "Already connected to “Book a Session” (record #7) in this app."
    )
    assert state.blocker(selection, choice, None, fields_valid=False) == (
        "Fix the properties marked in red first."
    )

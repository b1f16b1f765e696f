"""Tells whether a form's inputs belong to a booking wizard: the state they fill also holds a
day or a time picked on an earlier step (split out of intents.py)."""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.fields import looks_like_time_field
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import humanize

# `value={booking.name}`: the inputs write into one state object...
_STATE_FIELD = re.compile(rb"value=\{\s*(\w+)\.\w+")
# ...whose first value has a day or a time among its keys (picked on an earlier step)
_WHEN_KEY = re.compile(
    rb"[{,]\s*[\"']?(date|time|day|slot|start\w*|check_?in\w*|fecha|hora|datum|dato|tid|"
    rb"heure|jour|uhrzeit|ora|giorno|ngay|gio)[\"']?\s*:",
    re.I,
)


# a state of its own for the picked day or hour: `[selectedDate, setSelectedDate] = useState`
_WHEN_STATE = re.compile(
    rb"\[\s*\w*(date|time|slot|day|hour|fecha|hora|datum|uhrzeit|heure|jour|tid|dato)\w*\s*,\s*set\w*"
    rb"\s*\]\s*=\s*(React\.)?useState",
    re.I,
)


def state_holds_when(form: FoundForm) -> bool:
    """True when the form's inputs fill a state object that also holds a chosen day or time.

    A booking wizard asks for the service, then the day, then the name: the last step's inputs
    are the visible form, and the day lives in the same `useState({...})` object.
    """
    if form.component.node is None:
        return False
    body = form.component.node.text or b""
    if _WHEN_STATE.search(body):
        return True  # `const [selectedSlot, setSelectedSlot] = useState(...)` beside the form
    container = form.container.text or b""
    objects = set(_STATE_FIELD.findall(container))
    if not objects:
        return False
    for obj in objects:
        decl = re.search(
            rb"\[\s*" + re.escape(obj) + rb"\s*,\s*\w+\s*\]\s*=\s*useState\s*(<[^>]*>)?\s*\(\s*\{",
            body,
        )
        if decl is None:
            continue
        initial = body[decl.end() - 1 : decl.end() + 600].split(b"})", 1)[0]
        if _WHEN_KEY.search(initial):
            return True
    return False


def asks_an_hour(form: FoundForm) -> bool:
    """An hour or a slot among the form's own inputs: a time input, a list of times."""
    return any(
        f.type in ("time", "datetime-local")
        or (f.type in ("select", "radio") and looks_like_time_field(f))
        for f in form.fields
    )


def own_words(form: FoundForm) -> str:
    """What the form calls itself (its name, title, button, component), not its fields' labels."""
    return " ".join(
        [form.name, form.title or "", form.submit_label or "", humanize(form.component.name)]
    )

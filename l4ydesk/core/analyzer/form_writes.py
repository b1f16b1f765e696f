"""Says whether a form's own button stores what it asks: its handler writes a record (a
database insert or update, a POST to the app's API) rather than only changing the view."""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.form_roles import in_overlay
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.literals import Evaluator, unwrap
from l4ydesk.core.analyzer.steps import HttpCall, Step, classify
from l4ydesk.core.analyzer.syntax import SourceFile

_WRITES = frozenset({"create_record", "update_record", "create_contact"})
_SENDS = frozenset({"POST", "PUT", "PATCH"})


def saves_from_overlay(src: SourceFile, form: FoundForm) -> bool:
    """Days or pickers alone in a dialog whose button writes a record (check-in and check-out
    then "Confirm booking", a class then "Enroll"): the dialog asks for a new record's values;
    the same inputs on the page itself pick what a list shows."""
    return in_overlay(src, form.container) and handler_writes(src, form)


def handler_writes(src: SourceFile, form: FoundForm) -> bool:
    """A handler of the form's buttons, defined in this file, stores a record."""
    evaluator: Evaluator | None = None
    for handler in form.handlers:
        expr = unwrap(handler)
        body = src.function_named(src.text(expr), expr) if expr.type == "identifier" else expr
        if body is None:
            continue
        for call in src.calls_within(body):
            evaluator = evaluator or Evaluator(src)
            step = classify(call, src, evaluator)
            if isinstance(step, Step) and step.kind in _WRITES:
                return True
            if isinstance(step, HttpCall) and step.method in _SENDS:
                return True
    return False


_PICKERS = frozenset({"select", "radio", "checkbox", "date", "datetime-local", "month", "week"})


def filters_rows(src: SourceFile, form: FoundForm) -> bool:
    """One box typed into, outside a `<form>`, whose value the file only reads inside a list's
    `.filter(...)` (`rows.filter((r) => r.email.includes(query))`): a search bar over the rows,
    whatever its placeholder asks for (a "name or e-mail" search is no e-mail field)."""
    typed = [f for f in form.fields if f.type not in _PICKERS]
    if form.explicit or len(typed) != 1 or not typed[0].name.isidentifier():
        return False
    used = re.compile(rf"\b{re.escape(typed[0].name)}\b")
    return any(used.search(text) for text in _filter_arguments(src))


def _filter_arguments(src: SourceFile) -> list[str]:
    def build() -> list[str]:
        found: list[str] = []
        for call in src.calls:
            fn = call.child_by_field_name("function")
            args = call.child_by_field_name("arguments")
            if fn is None or args is None or fn.type != "member_expression":
                continue
            prop = fn.child_by_field_name("property")
            if prop is not None and src.text(prop) == "filter":
                found.append(src.text(args))
        return found

    result: list[str] = src.cached("filter_arguments", build)
    return result

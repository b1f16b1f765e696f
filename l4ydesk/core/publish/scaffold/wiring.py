"""Rewires the app's own forms and cart to the platform in the prepared publish tree.

Connect's links say which form record and which checkout record an element is (`item_key`,
`evidence_file`); analyzing the user's files again finds the same detections, whose evidence
gives the line of the `<form>` (or of the inputs' group) or of the checkout button. `wire_edits`
then wraps the form's handler (`wire_loose` the saving button's) or sets the button's `onClick`.
Runs on what is published only, never on the store, and like the compat rules it is
deterministic and idempotent, and reports each change with the files it changed, or "not wired:
<reason>" where it left a file as it was.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.datasets import find_datasets
from l4ydesk.core.analyzer.incremental import analyze_files
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.screening import dialect_for
from l4ydesk.core.analyzer.syntax import parse
from l4ydesk.core.connection_plans import item_for_detection
from l4ydesk.core.publish.compat.model import RuleChange
from l4ydesk.core.publish.scaffold import datasets, merge, pay_button, wire_edits, wire_loose
from l4ydesk.core.publish.scaffold.links import LinkedRecord
from l4ydesk.resource_paths import resource

FORMS_RULE = "wire-forms"
CHECKOUT_RULE = "wire-checkout"
NOT_WIRED = "not wired"


@dataclass(frozen=True)
class Wiring:
    files: dict[str, bytes]
    changes: tuple[RuleChange, ...]  # wired ones name their file; "not wired" ones name none
    wired: int
    not_wired: int

    @property
    def edited(self) -> tuple[str, ...]:
        return tuple(sorted({p for c in self.changes for p in c.paths}))

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(c.description for c in self.changes if not c.paths)


def wire_app(
    files: Mapping[str, bytes],
    links: Sequence[LinkedRecord],
    categories: Sequence[str],
    checkout_ids: Sequence[int] = (),
    key_root: str = "",
) -> Wiring:
    """`files` (the prepared tree) with linked forms and checkout buttons wired.

    `key_root`: the repository folder `files` come from, whose paths Connect's item keys name."""
    out = dict(files)
    wanted = _wanted(links, categories, checkout_ids)
    changes: list[RuleChange] = []
    if not wanted:
        return Wiring(out, (), 0, 0)
    found = _located(files, wanted, key_root)
    # a handler already posting another linked form is that form's (wire_edits.already_wired)
    form_ids = frozenset(r.record_id for r in wanted.values() if r.type == "form")
    wired = not_wired = 0
    for link in sorted(wanted.values(), key=lambda r: (r.type, r.record_id, r.item_key or "")):
        rule = FORMS_RULE if link.type == "form" else CHECKOUT_RULE
        what = f"the {link.type} '{link.name}' (#{link.record_id})"
        place = found.get(link.item_key or "")
        if place is None:
            outcome: bytes | str = (
                f"Connect linked it in {link.evidence_file or 'a file'}, which no longer shows it"
            )
            path = link.evidence_file or ""
        elif link.type == "checkout" and _started_elsewhere(out, place[0], link.record_id):
            wired += 1  # a run before wired its button in another file: one place starts it
            continue
        else:
            path, line = place
            # the lines were counted in the file as analyzed; an earlier edit of the same file
            # added an import line, or replaced a handler of several lines with one call
            line = moved_line(files[path], out[path], line)
            outcome = _wire(link, path, out[path], line, form_ids - {link.record_id})
            if isinstance(outcome, bytes) and wire_edits.breaks_syntax(path, out[path], outcome):
                outcome = "the edit would break the file's syntax"
        if isinstance(outcome, str):
            not_wired += 1
            shown = f"{key_root}/{path}" if key_root and path else path  # as the review lists it
            changes.append(RuleChange(rule, f"{shown}: {what} {NOT_WIRED}: {outcome}.", ()))
            continue
        wired += 1
        if outcome != out[path]:
            out[path] = outcome
            action = "posts to the platform" if rule == FORMS_RULE else "starts a checkout"
            shown = f"{key_root}/{path}" if key_root else path
            changes.append(RuleChange(rule, f"{shown}: {what} {action} now.", (path,)))
    return Wiring(out, tuple(changes), wired, not_wired)


def _wanted(
    links: Sequence[LinkedRecord], categories: Sequence[str], checkout_ids: Sequence[int]
) -> dict[str, LinkedRecord]:
    # a form posts through the forms route and a button through the checkout route: only
    # when their category is published do those routes exist
    types = {"form"} if "forms" in categories else set()
    if "checkout" in categories:
        types.add("checkout")
    chosen = set(checkout_ids)
    return {
        link.item_key: link
        for link in links
        if link.item_key
        and link.type in types
        and (link.type != "checkout" or not chosen or link.record_id in chosen)
    }


def _located(
    files: Mapping[str, bytes], wanted: Mapping[str, LinkedRecord], key_root: str = ""
) -> dict[str, tuple[str, int]]:
    """item_key → (file, line of the element) for the linked forms and checkout buttons."""
    paths = {link.evidence_file for link in wanted.values() if link.evidence_file}
    user = {
        p: d
        for p, d in files.items()
        if p.endswith(datasets.SOURCE_SUFFIXES)
        and not (merge.is_owned(p) and merge.is_generated(d))
    }
    if not paths & set(user):
        return {}
    # analyzed under the paths Connect saw, so the detections' item keys are the links' keys
    prefix = f"{key_root}/" if key_root else ""
    seen = {prefix + p: d for p, d in files.items()} if prefix else files
    # the whole app: a checkout is made of cues from several files (the cart and its button)
    report = analyze_files({prefix + p: d for p, d in user.items()})
    located: dict[str, tuple[str, int]] = {}
    for detection in report.detections:
        if detection.type_key not in ("form", "checkout") or not detection.evidence:
            continue
        key = item_for_detection(detection).item_key
        if key in wanted and key not in located:
            path, line = _place(detection, seen)
            located[key] = (path[len(prefix) :], line)
    return located


def _place(detection: Detection, files: Mapping[str, bytes]) -> tuple[str, int]:
    """The form's own element, or for a checkout the first evidence that is a button, else
    the button that pays in the files the evidence names (a page's heading or card fields)."""
    first = detection.evidence[0]
    if detection.type_key != "checkout":
        return first.path, first.start_line
    sources = {
        e.path: wire_edits.parsed(e.path, files[e.path])
        for e in detection.evidence
        if e.path in files
    }
    buttons = [
        (evidence.path, el, pay_button.pays(el, src))
        for evidence in detection.evidence
        if (src := sources.get(evidence.path)) is not None
        for el in src.jsx
        if el.start_point.row + 1 == evidence.start_line
        and jsx.name(el, src) in pay_button.BUTTON_TAGS
    ]
    for path, el, pays in buttons:
        if pays:
            return path, el.start_point.row + 1
    # then the button that pays on the page the checkout was found on (its evidence may be the
    # heading, or a "Connect wallet" beside it), then any button among the evidence
    src = sources.get(first.path)
    button = pay_button.paying_button(src) if src is not None else None
    if button is not None:
        return first.path, button.start_point.row + 1
    for path, el, _ in buttons:
        return path, el.start_point.row + 1
    return first.path, first.start_line


def moved_line(before: bytes, after: bytes, line: int) -> int:
    """Where line `line` of `before` is in `after` (1-based), the edits between them being few."""
    if before == after:
        return line
    old, new = before.split(b"\n"), after.split(b"\n")
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i1 <= line - 1 < i2:
            # an edited line keeps its place when the edit kept the number of lines
            return j1 + (line - 1 - i1) + 1 if tag == "equal" or i2 - i1 == j2 - j1 else j1 + 1
    return line + len(new) - len(old)


def _started_elsewhere(files: Mapping[str, bytes], path: str, checkout_id: int) -> bool:
    call = f"{wire_edits.START_CHECKOUT}({checkout_id}, ".encode()
    return any(call in data for other, data in files.items() if other != path)


def _wire(
    link: LinkedRecord, path: str, data: bytes, line: int, others: frozenset[int]
) -> bytes | str:
    try:
        if link.type == "form":
            return wire_loose.wire_form_at(path, data, line, link.record_id, others)
        return wire_edits.wire_checkout(path, data, line, link.record_id)
    except UnicodeDecodeError:
        return "the file is not UTF-8 text"


def cart_lines_module(
    files: Mapping[str, bytes], links: Sequence[LinkedRecord], key_root: str = ""
) -> str:
    """`lib/l4y/cart-lines.ts`: the app's product ids and names → product record ids."""
    refs: dict[str, int] = {}
    linked, _notes = datasets.find_linked_datasets(files, links, ["products"], key_root)
    for ds in linked:
        dialect = dialect_for(ds.path)
        src = parse(ds.path, files[ds.path], dialect) if dialect is not None else None
        found = find_datasets(src) if src is not None else []
        sample = next((d for d in found if d.var_name == ds.var_name), None)
        if sample is None:
            continue
        for record_id, index in sorted(ds.linked.items()):
            ref = sample.items[index].get("id") if index < len(sample.items) else None
            if isinstance(ref, str | int) and not isinstance(ref, bool):
                refs.setdefault(str(ref), record_id)
    names: dict[str, int] = {}
    for link in sorted(links, key=lambda r: r.record_id):
        if link.type == "product":
            names.setdefault(" ".join(link.name.lower().split()), link.record_id)
    template = resource("scaffold", "cart-lines.ts").read_text(encoding="utf-8")
    template = template.replace("__PRODUCT_REFS__", _json(refs))
    return template.replace("__PRODUCT_NAMES__", _json(names))


def _json(mapping: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(mapping.items())), indent=2, ensure_ascii=False)

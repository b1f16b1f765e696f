"""Merges detections that describe the same thing (same type, same name, compatible fields)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from l4ydesk.core.analyzer.model import Detection, Evidence
from l4ydesk.core.analyzer.vocabulary import phrases

MAX_EVIDENCE = 8


def normalized(name: str) -> str:
    return " ".join(re.findall(r"[\w']+", name.lower()))


def _compatible(a: Detection, b: Detection) -> bool:
    fa, fb = a.fields, b.fields
    if a.type_key in ("product", "event"):
        if a.type_key == "event" and _written_apart(a, b):
            return False
        if _listed(a, b) and _written_apart(a, b):
            return False  # a second page with its own literal list lists them again
        for field in ("price", "date"):
            if fa.get(field) is not None and fb.get(field) is not None and fa[field] != fb[field]:
                return False
        return True
    apart = not ({e.path for e in a.evidence} & {e.path for e in b.evidence})
    if apart and (a.type_key == "form" or ("form" in fa and "form" in fb)):
        return False  # a form (and the contact it files) written out again in a file of its
        # own is filled there too
    if a.type_key == "form":
        # the steps of one dialog are one form; the same fields elsewhere are the same form too
        names_a = {f.get("name") for f in fa.get("fields", []) if isinstance(f, dict)}
        names_b = {f.get("name") for f in fb.get("fields", []) if isinstance(f, dict)}
        return (
            names_a == names_b
            or _tails(names_a) == _tails(names_b)
            or (bool(a.component) and a.component == b.component)
        )
    if a.type_key == "contact":
        return fa.get("email") == fb.get("email") and fa.get("source") == fb.get("source")
    if a.type_key == "workflow":
        return fa.get("steps") == fb.get("steps")
    if fa.get("list") and fb.get("list"):
        # the same records under the same title in two views are one list, unless each file
        # draws rows of its own (LABELLING round 20: a dashboard's widget and the list's page)
        return not (apart and _drawn_apart(a, b))
    if a.type_key in ("booking", "checkout", "ticket"):
        return a.component == b.component or fa.get("source") == fb.get("source") == "data"
    return True


def _listed(a: Detection, b: Detection) -> bool:
    """A page's own list of items beside another page's own list, or beside the data module
    that keeps the same items for other files: each is a list of its own."""
    own_a, own_b = a.fields.get("_own_rows"), b.fields.get("_own_rows")
    if own_a and own_b:
        return True
    # beside the module, only a constant list is the page's own (state may be a visitor's cart)
    return (own_a is True and bool(b.fields.get("_module_rows"))) or (
        own_b is True and bool(a.fields.get("_module_rows"))
    )


def _drawn_apart(a: Detection, b: Detection) -> bool:
    """Two lists each drawn on a screen of a file of its own, from its own query (a
    dashboard's "Recent orders" card and the orders page): two places a person connects, one
    label each (LABELLING round 20)."""
    # rows kept in a data module are the page's that reads them, not a second list
    return a.fields.get("source") == b.fields.get("source") == "list"


def _written_apart(a: Detection, b: Detection) -> bool:
    """Two files that each write the same happening out in their own sample data are two
    places a person connects (the home page's list and the calendar's), not one."""
    if a.fields.get("source") != "data" or b.fields.get("source") != "data":
        return False
    return not ({e.path for e in a.evidence} & {e.path for e in b.evidence})


def combine(a: Detection, b: Detection) -> Detection:
    """One detection from two views of the same thing; the more confident one leads."""
    lead, other = (a, b) if a.confidence >= b.confidence else (b, a)
    fields: dict[str, Any] = dict(other.fields)
    fields.update({k: v for k, v in lead.fields.items() if v not in (None, "", [], {})})
    for k, v in other.fields.items():
        fields.setdefault(k, v)
    if lead.type_key == "form":
        seen = {f.get("name") for f in fields.get("fields", []) if isinstance(f, dict)}
        extra = [
            f
            for f in other.fields.get("fields", [])
            if isinstance(f, dict) and f.get("name") not in seen
        ]
        fields["fields"] = [*fields.get("fields", []), *extra]
    evidence: list[Evidence] = []
    for item in (*lead.evidence, *other.evidence):
        if item not in evidence:
            evidence.append(item)
    confidence = 1 - (1 - lead.confidence) * (1 - other.confidence)
    return Detection(
        lead.type_key,
        lead.name,
        fields,
        round(min(confidence, 0.99), 3),
        tuple(evidence[:MAX_EVIDENCE]),
        lead.component or other.component,
    )


def _signature(det: Detection) -> str:
    """What must be equal, beyond the name, for two detections to be candidates at all."""
    if det.type_key == "workflow":
        return repr(det.fields.get("steps"))
    return ""


def merge(detections: Iterable[Detection]) -> list[Detection]:
    """Collapse duplicates, keeping the order in which things were first seen."""
    merged: list[Detection] = []
    index: dict[tuple[str, str, str], list[int]] = {}
    for det in detections:
        slot = (det.type_key, normalized(det.name), _signature(det))
        for i in index.get(slot, []):
            if _compatible(merged[i], det):
                merged[i] = combine(merged[i], det)
                break
        else:
            index.setdefault(slot, []).append(len(merged))
            merged.append(det)
    return merged


# a heading that says the dialog changes a record that exists
EDITING = phrases(
    r"edit\w*",
    r"update",
    r"modif\w*",
    r"bearbeiten",
    r"ändern",
    r"editar",
    r"actualizar",
    r"atualizar",
    r"chỉnh sửa",
    r"cập nhật",
    r"düzenle",
    r"bewerken",
    r"wijzigen",
    "編集",
    "变更",
    "编辑",
)


def fold_edit_forms(detections: list[Detection]) -> list[Detection]:
    """An "Edit room" dialog next to the "Add room" one, asking mostly the same fields, is the
    same form a person connects once; the adding one names it."""
    out: list[Detection] = []
    for det in detections:
        if det.type_key != "form":
            out.append(det)  # only forms fold: a catalog of thousands passes at no cost
            continue
        twin = next(
            (
                i
                for i, d in enumerate(out)
                if det.type_key == d.type_key == "form"
                and det.component
                and det.component == d.component
                and (
                    (
                        (EDITING.search(det.name) or EDITING.search(d.name))
                        and _overlap(d, det) >= 0.6
                    )
                    or _one_extends(d, det)
                )
            ),
            None,
        )
        if twin is None:
            out.append(det)
            continue
        adding, editing = (out[twin], det) if _edits(det, out[twin]) else (det, out[twin])
        both = combine(adding, editing)
        out[twin] = Detection(
            both.type_key, adding.name, both.fields, both.confidence, both.evidence, both.component
        )
    return out


def _edits(det: Detection, other: Detection) -> bool:
    """Whether `det` is the editing side of the pair: named for editing, or asking more."""
    if EDITING.search(det.name) or EDITING.search(other.name):
        return bool(EDITING.search(det.name))
    return len(_field_keys(det)) > len(_field_keys(other))


def _one_extends(a: Detection, b: Detection) -> bool:
    """One form asks everything the other asks (three fields or more) and a little more: the
    record's detail panel beside the dialog that adds it, whatever either is titled."""
    keys_a, keys_b = _field_keys(a), _field_keys(b)
    small, large = sorted((keys_a, keys_b), key=len)
    return len(small) >= 3 and small <= large and len(large) <= len(small) + 2


def _field_keys(det: Detection) -> set[str]:
    return {_bare(f.get("name")) for f in det.fields.get("fields", []) if isinstance(f, dict)}


def _overlap(a: Detection, b: Detection) -> float:
    names_a = {_bare(f.get("name")) for f in a.fields.get("fields", []) if isinstance(f, dict)}
    names_b = {_bare(f.get("name")) for f in b.fields.get("fields", []) if isinstance(f, dict)}
    if not names_a or not names_b:
        return 0.0
    return len(names_a & names_b) / len(names_a | names_b)


# how an edit dialog tells its inputs from the add dialog's: `edit-title`, `newName`, `editPrice`
# a marker is a word of its own: `edit_name`, `editName`, `name-new`; never the start of
# `address`, `newsletter` or the end of `renew`
_MARKERS = re.compile(
    r"^(edit(ing|ed)?|new|add|update)(?:[-_]|(?=[A-Z]))|(?:[-_](edit|new)|Edit|New)$"
)


def _bare(name: object) -> str:
    """A field's name without the marker that tells the edit dialog's copy apart."""
    text = str(name or "")
    return _MARKERS.sub("", text).lower().replace("-", "").replace("_", "")


def _tails(names: set[Any]) -> set[str]:
    """Field names by their last word: two views' copies of one dialog prefix their ids
    (`r-name`, `d-name`) so both can sit in one page."""
    return {re.split(r"[-_.]", str(n or ""))[-1].lower() for n in names}


# a card's number beside its expiry or code: the form these sit in takes the payment
_CARD_NUMBER = re.compile(r"card.?(number|no)|cc.?number|cardnum", re.I)
_CARD_CHECK = re.compile(r"cvv|cvc|expir|exp.?date|security.?code", re.I)


def fold_payment_steps(detections: list[Detection], titles: dict[str, str]) -> list[Detection]:
    """The cards of one checkout page (guest details, special requests, the card itself) are
    the steps of one form when a component shows them without a `<form>` of their own; the
    page's title (`titles`, by component) names it."""
    out: list[Detection] = []
    paying: dict[str, int] = {}
    for det in detections:
        if det.type_key != "form" or not det.component:
            out.append(det)
            continue
        slot = paying.get(det.component)
        if slot is None:
            out.append(det)
            if _takes_card(det) or any(
                _takes_card(d)
                for d in detections
                if d.type_key == "form" and d.component == det.component
            ):
                paying[det.component] = len(out) - 1
            continue
        both = combine(out[slot], det)
        name = titles.get(det.component) or both.name
        out[slot] = Detection(
            "form", name, both.fields, both.confidence, both.evidence, det.component
        )
    return out


def _takes_card(det: Detection) -> bool:
    names = " ".join(
        str(f.get("name", "")) for f in det.fields.get("fields", []) if isinstance(f, dict)
    )
    return bool(_CARD_NUMBER.search(names) and _CARD_CHECK.search(names))

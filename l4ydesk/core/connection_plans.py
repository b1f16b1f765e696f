"""Connection plans: what to do with each detected element of an app, and their JSON files.

A plan lists, for one builder app, what to do with each detected element: create a record, link
an existing one, or skip it. Each element has a stable `item_key`, a fingerprint of what was
detected (type, name, main file), so the same element is recognised in a later analysis and a
second run. `l4ydesk.core.connections` executes plans; this module only describes them.
A list element (`fields["list"]`) keeps its rows in `fields["rows"]`; Create makes one record
per row (`l4ydesk.core.connection_rows`), so the format needs nothing of its own for them and
plan files of version 1 read as before.
"""

from __future__ import annotations

import enum
import hashlib
import json
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Protocol

from l4ydesk.core.errors import L4yError
from l4ydesk.core.ontology import money, record_type
from l4ydesk.core.records import RecordError, check_type, clean_name
from l4ydesk.core.text_safety import without_hidden

PLAN_FORMAT_VERSION: Final = 1
MAX_RECORD_ID: Final = 2**63 - 1  # the database's integer
MAX_FIELD_DEPTH: Final = 32  # detected fields are flat; deeper is an attack on the parser
MAX_PRICE: Final = Decimal("1000000000000")


class PlanError(L4yError):
    """A connection plan could not be read, run or undone; the message says why."""


class InvalidPlanError(PlanError):
    pass


class Action(enum.StrEnum):
    CREATE = "create"
    LINK = "link"
    SKIP = "skip"


def item_key(type_key: str, name: str, evidence_file: str | None = None) -> str:
    """The stable identity of a detected element: its type, normalized name and main file.

    Case, accents' composition and spacing do not change it, so a re-analysis of the same app
    finds the same keys; renaming the item in a plan does not either (the key is kept).
    """
    folded_name = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    text = "\x1f".join((type_key, folded_name, _normalize_file(evidence_file)))
    return f"{type_key}:{hashlib.sha256(text.encode()).hexdigest()[:20]}"


@dataclass(frozen=True)
class PlanItem:
    """What to do with one detected element; `fields` feed the new record's properties."""

    item_key: str
    type: str
    name: str
    fields: dict[str, Any] = field(default_factory=dict, hash=False)
    action: Action = Action.CREATE
    target_id: int | None = None
    evidence_file: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.item_key, str) or not self.item_key.strip():
            raise InvalidPlanError("An item needs an item_key.")
        try:
            check_type(self.type)
            object.__setattr__(self, "name", clean_name(self.name))
        except RecordError as exc:
            raise InvalidPlanError(str(exc)) from None
        try:
            object.__setattr__(self, "action", Action(self.action))
        except ValueError:
            raise InvalidPlanError(
                f"'{self.action}' is not an action; use one of: {_choices(Action)}."
            ) from None
        if self.action is Action.LINK:
            if self.target_id is None:
                raise InvalidPlanError("A link needs a target_id: the id of the record to link to.")
            if not _is_id(self.target_id):
                raise InvalidPlanError(
                    f"target_id must be a record id (a positive whole number), not "
                    f"{self.target_id!r}."
                )
        elif self.target_id is not None:
            raise InvalidPlanError(f"Only a link has a target_id, not a {self.action}.")
        if isinstance(self.fields, _CheckedFields):
            return  # another item's checked copy (create/link/skip/replace): nothing to redo
        if not isinstance(self.fields, Mapping):
            raise InvalidPlanError("An item's fields must be a JSON object.")
        try:
            # A private, JSON-shaped copy (tuples become lists) so a plan equals its file.
            object.__setattr__(self, "fields", _CheckedFields(_json_copy(self.fields)))
        except ValueError as exc:
            raise InvalidPlanError(f"An item's fields must be a JSON object ({exc}).") from None

    def create(self) -> PlanItem:
        return replace(self, action=Action.CREATE, target_id=None)

    def link(self, target_id: int) -> PlanItem:
        return replace(self, action=Action.LINK, target_id=target_id)

    def skip(self) -> PlanItem:
        return replace(self, action=Action.SKIP, target_id=None)


def new_item(
    type_key: str,
    name: str,
    fields: Mapping[str, Any] | None = None,
    evidence_file: str | None = None,
    action: Action = Action.CREATE,
    target_id: int | None = None,
) -> PlanItem:
    """A plan item for a fresh detection, its item_key computed from what was detected."""
    return PlanItem(
        item_key=item_key(type_key, name, evidence_file),
        type=type_key,
        name=name,
        fields=dict(fields or {}),
        action=action,
        target_id=target_id,
        evidence_file=evidence_file,
    )


class EvidenceLike(Protocol):
    @property
    def path(self) -> str: ...


class DetectionLike(Protocol):
    """What a plan needs from an analyzer detection (`l4ydesk.core.analyzer.model.Detection`)."""

    @property
    def type_key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def fields(self) -> Mapping[str, Any]: ...
    @property
    def evidence(self) -> Sequence[EvidenceLike]: ...


def item_for_detection(
    detection: DetectionLike, action: Action = Action.CREATE, target_id: int | None = None
) -> PlanItem:
    """A plan item for a detection; its first evidence is the main file of the fingerprint."""
    main_file = detection.evidence[0].path if detection.evidence else None
    return new_item(
        detection.type_key,
        # read from the app's code: a stray bidi mark there must not cost the user the item
        without_hidden(detection.name) or detection.type_key,
        _jsonable(detection.fields),
        main_file,
        action,
        target_id,
    )


@dataclass(frozen=True)
class ConnectionPlan:
    """The items to connect for one builder app, in the order they are executed."""

    app_id: int
    items: tuple[PlanItem, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))
        seen: set[str] = set()
        for item in self.items:
            if item.item_key in seen:
                raise InvalidPlanError(
                    f"Two items share the item_key '{item.item_key}'; each element needs its own."
                )
            seen.add(item.item_key)

    def item(self, key: str) -> PlanItem:
        for item in self.items:
            if item.item_key == key:
                return item
        raise KeyError(key)

    def with_item(self, changed: PlanItem) -> ConnectionPlan:
        """This plan with the item of the same item_key replaced (for edits before running)."""
        self.item(changed.item_key)
        items = tuple(changed if i.item_key == changed.item_key else i for i in self.items)
        return replace(self, items=items)


# ----- plan files ----------------------------------------------------------------------------

_ITEM_KEYS: Final = frozenset(
    {"item_key", "type", "name", "fields", "action", "target_id", "evidence_file"}
)


def plan_to_json(plan: ConnectionPlan) -> str:
    """The plan as a JSON document (the app is not part of it: the command line names it)."""
    items = []
    for item in plan.items:
        data: dict[str, Any] = {
            "item_key": item.item_key,
            "type": item.type,
            "name": item.name,
            "action": str(item.action),
        }
        if item.target_id is not None:
            data["target_id"] = item.target_id
        if item.evidence_file is not None:
            data["evidence_file"] = item.evidence_file
        data["fields"] = item.fields
        items.append(data)
    document = {"version": PLAN_FORMAT_VERSION, "items": items}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def plan_from_json(text: str, app_id: int) -> ConnectionPlan:
    """Read a plan document for `app_id`, or InvalidPlanError saying what is wrong and where."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidPlanError(
            f"The plan is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except ValueError:
        raise InvalidPlanError(
            "The plan holds a number with thousands of digits, which no field can use; "
            "nothing was connected."
        ) from None
    except RecursionError:
        raise InvalidPlanError(
            f"The plan's values nest deeper than {MAX_FIELD_DEPTH} levels; nothing was connected."
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("items"), list):
        raise InvalidPlanError('A plan is a JSON object with an "items" list.')
    version = document.get("version", PLAN_FORMAT_VERSION)
    if version != PLAN_FORMAT_VERSION:
        raise InvalidPlanError(
            f"This plan has format version {version!r}; this l4ydesk reads version "
            f"{PLAN_FORMAT_VERSION}."
        )
    items = [_item_from_json(n, data) for n, data in enumerate(document["items"], start=1)]
    return ConnectionPlan(app_id, tuple(items))


def read_plan_file(path: Path, app_id: int) -> ConnectionPlan:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidPlanError(f"There is no plan file at {path}.") from None
    except UnicodeDecodeError:
        raise InvalidPlanError(f"The plan file {path} is not UTF-8 text.") from None
    except OSError as exc:
        raise InvalidPlanError(
            f"The plan file {path} could not be read ({exc.strerror})."
        ) from None
    return plan_from_json(text, app_id)


def _item_from_json(number: int, data: Any) -> PlanItem:
    where = f"Plan item {number}"
    if not isinstance(data, dict):
        raise InvalidPlanError(f"{where} is not a JSON object.")
    unknown = sorted(set(data) - _ITEM_KEYS)
    if unknown:
        raise InvalidPlanError(
            f"{where} has unknown key(s) {', '.join(unknown)}; "
            f"known keys are: {', '.join(sorted(_ITEM_KEYS))}."
        )
    for key in ("type", "name"):
        if not isinstance(data.get(key), str):
            raise InvalidPlanError(f'{where} needs a "{key}" text.')
    for key in ("item_key", "evidence_file"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InvalidPlanError(f'{where}: "{key}" must be a text.')
    try:
        action = Action(data.get("action", Action.CREATE))
    except ValueError:
        raise InvalidPlanError(
            f"{where}: {data.get('action')!r} is not an action; use one of: {_choices(Action)}."
        ) from None
    check_prices(where, data)
    try:
        return PlanItem(
            item_key=data.get("item_key")
            or item_key(data["type"], data["name"], data.get("evidence_file")),
            type=data["type"],
            name=data["name"],
            fields=data.get("fields", {}),
            action=action,
            target_id=data.get("target_id"),
            evidence_file=data.get("evidence_file"),
        )
    except InvalidPlanError as exc:
        raise InvalidPlanError(f"{where} ({data['name']!r}): {exc}") from None


# ----- helpers ------------------------------------------------------------------------------


def _normalize_file(path: str | None) -> str:
    if not path:
        return ""
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    # Case-folded like the store's path keys: two files may not differ only by case.
    return "/".join(parts).casefold()


def _choices(kind: type[enum.StrEnum]) -> str:
    return ", ".join(str(member) for member in kind)


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_RECORD_ID


def check_prices(where: str, data: Mapping[str, Any]) -> None:
    """Refuse a price the record would silently lose (junk, negative, absurdly large)."""
    fields = data.get("fields")
    if not isinstance(fields, Mapping):
        return
    try:
        specs = record_type(data["type"]).properties
    except LookupError:
        return  # an unknown type is refused with its own sentence
    money_names = {spec.name for spec in specs if spec.kind == "money"}
    for name in sorted(money_names & set(fields)):
        value = fields[name]
        if value is None:
            continue
        amount = money(value) if isinstance(value, str | int | float) else None
        if amount is None or not Decimal(0) <= Decimal(amount) <= MAX_PRICE:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:40] + "…"
            raise InvalidPlanError(
                f"{where} ({data.get('name')!r}): the field '{name}' is not a price l4ydesk can "
                f"keep ({shown}); write it like 49.00, between 0 and {MAX_PRICE:,}."
            )


class _CheckedFields(dict[str, Any]):
    """An item's fields once copied and checked: the items derived from it share them.

    A list's fields hold thousands of rows; copying them again on every change of action or
    name cost 35 ms a time on the GUI thread. Nobody writes into an item's fields.
    """


def _json_copy(value: Any, depth: int = 0) -> Any:
    """A deep copy made of JSON types only, or ValueError naming what is not JSON."""
    if depth > MAX_FIELD_DEPTH:
        raise ValueError(f"values nest deeper than {MAX_FIELD_DEPTH} levels")
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value} is not a JSON number")
        return value
    if isinstance(value, Mapping):
        if not all(isinstance(k, str) for k in value):
            raise ValueError("keys must be texts")
        return {k: _json_copy(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_copy(v, depth + 1) for v in value]
    raise ValueError(f"a {type(value).__name__} is not a JSON value")


def _jsonable(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Detected fields made JSON-safe: the analyzer may hold sets or other odd values."""

    def convert(value: Any) -> Any:
        if value is None or isinstance(value, str | bool | int):
            return value
        if isinstance(value, float):
            return value if math.isfinite(value) else None
        if isinstance(value, Mapping):
            return {str(k): convert(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [convert(v) for v in value]
        if isinstance(value, set | frozenset):
            return sorted((convert(v) for v in value), key=str)
        return str(value)

    return {str(k): convert(v) for k, v in fields.items()}

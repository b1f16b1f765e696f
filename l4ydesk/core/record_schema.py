"""What a record type is: its properties, API routes and webhook events, and how loose values
are coerced to a property's kind. The nine types themselves are in `ontology.py`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypeAlias

from l4ydesk.core.numbers import currency_code, money, to_int

JsonValue: TypeAlias = str | int | float | bool | list["JsonValue"] | dict[str, "JsonValue"] | None

PropertyKind = Literal[
    "string",
    "text",
    "email",
    "url",
    "money",
    "currency",
    "integer",
    "number",
    "boolean",
    "date",
    "datetime",
    "duration",
    "enum",
    "list",
    "object",
]
HttpMethod = Literal["GET", "POST", "PATCH", "DELETE"]
BookableSubtype = Literal[
    "appointment", "class", "rental", "room", "equipment", "event_seat", "service"
]

BOOKABLE_SUBTYPES: Final[tuple[BookableSubtype, ...]] = (
    "appointment",
    "class",
    "rental",
    "room",
    "equipment",
    "event_seat",
    "service",
)
DEFAULT_CURRENCY: Final = "USD"


class UnknownRecordTypeError(LookupError):
    """Raised when a key, database type or API category names no record type."""

    def __init__(self, kind: str, value: str, known: Iterable[str]) -> None:
        self.kind = kind
        self.value = value
        self.known = tuple(known)
        super().__init__(
            f"Unknown record {kind} {value!r}; known {kind}s are: {', '.join(self.known)}."
        )


@dataclass(frozen=True)
class PropertySpec:
    """One property of a record type, with the default a new record starts with."""

    name: str
    kind: PropertyKind
    default: JsonValue = None
    required: bool = False
    choices: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class ApiRoute:
    """One REST route of the public API for a record type."""

    method: HttpMethod
    path: str
    summary: str


PropertyBuilder = Callable[[Mapping[str, Any]], dict[str, JsonValue]]


@dataclass(frozen=True)
class RecordType:
    """A business record type: names, properties, API surface and the events it emits."""

    key: str
    label: str
    db_type: str
    api_category: str
    collection_path: str
    properties: tuple[PropertySpec, ...]
    webhook_events: tuple[str, ...]
    extra_routes: tuple[ApiRoute, ...] = ()
    builder: PropertyBuilder | None = field(default=None, compare=False, repr=False)

    @property
    def routes(self) -> tuple[ApiRoute, ...]:
        """The CRUD routes every type has, then the type's own extra routes."""
        base = self.collection_path
        plural = self.label.lower() + "s"
        label = self.label.lower()
        crud = (
            ApiRoute("GET", base, f"List {plural}"),
            ApiRoute("POST", base, f"Create a {label}"),
            ApiRoute("GET", f"{base}/{{id}}", f"Get a {label}"),
            ApiRoute("PATCH", f"{base}/{{id}}", f"Update a {label}"),
            ApiRoute("DELETE", f"{base}/{{id}}", f"Delete a {label}"),
        )
        return crud + self.extra_routes

    @property
    def property_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.properties)

    def property(self, name: str) -> PropertySpec:
        for spec in self.properties:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.label} has no property {name!r}")

    def new_properties(self) -> dict[str, JsonValue]:
        """Defaults for a new record; deep-copied so callers may mutate lists and dicts."""
        return {spec.name: copy.deepcopy(spec.default) for spec in self.properties}

    def build_properties(self, fields: Mapping[str, Any]) -> dict[str, JsonValue]:
        """Turn a detection's extracted fields into this type's properties.

        Starts from the defaults, copies fields whose names match a property (coerced to the
        property's kind), then lets the type's own builder map its special fields. Unknown
        fields are dropped: properties are a contract, extracted fields are a guess.
        """
        props = self.new_properties()
        for spec in self.properties:
            if spec.name in fields and fields[spec.name] is not None:
                value = coerce(spec, fields[spec.name])
                if value is not None:
                    props[spec.name] = value
        if self.builder is not None:
            for name, value in self.builder(fields).items():
                if value is not None and name in props:
                    props[name] = coerce(self.property(name), value)
        return props


class OntologyRegistry:
    """Immutable lookup of record types by key, database type and API category."""

    def __init__(self, types: Iterable[RecordType]) -> None:
        self._types: tuple[RecordType, ...] = tuple(types)
        self._by_key = {t.key: t for t in self._types}
        self._by_db = {t.db_type: t for t in self._types}
        self._by_category = {t.api_category: t for t in self._types}
        if len(self._by_key) != len(self._types) or len(self._by_db) != len(self._types):
            raise ValueError("record type keys and database types must be unique")

    def get(self, key: str) -> RecordType:
        try:
            return self._by_key[key]
        except KeyError:
            raise UnknownRecordTypeError("type", key, self._by_key) from None

    def by_db_type(self, db_type: str) -> RecordType:
        try:
            return self._by_db[db_type]
        except KeyError:
            raise UnknownRecordTypeError("database type", db_type, self._by_db) from None

    def by_api_category(self, category: str) -> RecordType:
        try:
            return self._by_category[category]
        except KeyError:
            raise UnknownRecordTypeError("API category", category, self._by_category) from None

    def keys(self) -> tuple[str, ...]:
        return tuple(self._by_key)

    def __iter__(self) -> Iterator[RecordType]:
        return iter(self._types)

    def __len__(self) -> int:
        return len(self._types)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key


# --- coercion (the numbers themselves: core/numbers.py) ----------------------------------


def coerce(spec: PropertySpec, value: Any) -> JsonValue:
    """Coerce a loosely typed value to a property's kind; None when it cannot be."""
    kind = spec.kind
    if kind == "money":
        return money(value)
    if kind == "currency":
        return currency_code(value)
    if kind == "integer":
        return to_int(value)
    if kind == "number":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        amount = money(value)
        return float(amount) if amount is not None else None
    if kind == "boolean":
        return value if isinstance(value, bool) else None
    if kind == "enum":
        text = str(value).strip().lower().replace(" ", "_")
        return text if text in spec.choices else None
    if kind == "list":
        if isinstance(value, list | tuple):
            return [json_value(v) for v in value]
        return None
    if kind == "object":
        return (
            {str(k): json_value(v) for k, v in value.items()}
            if isinstance(value, Mapping)
            else None
        )
    if kind in ("string", "text", "email", "url", "date", "datetime"):
        return value if isinstance(value, str) else str(value)
    if kind == "duration":
        # minutes as an integer: the calendar and slot engine count in minutes
        return coerce(PropertySpec(spec.name, "integer"), value)
    return json_value(value)


def json_value(value: Any) -> JsonValue:
    """A loose value as JSON: mappings and sequences walked, anything else as its text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return str(value)

"""Request and response schemas of the platform API, generated from the ontology registry.

Each record type gets three pydantic models from its `PropertySpec`s: the properties a create
may send (required ones required, unknown ones refused), the properties an update may send (all
optional), and the record as answered. Money is a decimal string; a JSON number is accepted and
turned into one, so "49.9" and 49.9 both store "49.90".
"""

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model

from l4ydesk.core.ontology import ONTOLOGY, PropertySpec, RecordType, currency_code, money
from l4ydesk.core.records import RECORD_STATUSES

_EMAIL = r"^[^@\s]{1,64}@[^@\s]{1,255}$"
_DATE = r"^\d{4}-\d{2}-\d{2}$"
_DATETIME = r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$"
_MAX_INT = 2**53


def _money_in(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return money(value)
    if isinstance(value, str) and value.strip():
        return money(value) or value  # unparseable text stays, so the pattern names it
    return value


def _currency_in(value: Any) -> Any:
    return currency_code(value) or value if isinstance(value, str) else value


def _field_type(spec: PropertySpec) -> Any:
    kind = spec.kind
    if kind == "enum":
        return Literal[spec.choices]  # type: ignore[valid-type]
    types: dict[str, Any] = {
        "string": Annotated[str, Field(max_length=1000)],
        "text": Annotated[str, Field(max_length=20000)],
        "email": Annotated[str, Field(max_length=320, pattern=_EMAIL)],
        "url": Annotated[str, Field(max_length=2000, pattern=r"^(https?://|/)\S*$")],
        "money": Annotated[str, BeforeValidator(_money_in), Field(pattern=r"^-?\d{1,12}\.\d{2}$")],
        "currency": Annotated[str, BeforeValidator(_currency_in), Field(pattern=r"^[A-Z]{3}$")],
        "integer": Annotated[int, Field(strict=True, ge=-_MAX_INT, le=_MAX_INT)],
        "number": Annotated[float, Field(allow_inf_nan=False)],
        "boolean": Annotated[bool, Field(strict=True)],
        "date": Annotated[str, Field(pattern=_DATE)],
        "datetime": Annotated[str, Field(max_length=40, pattern=_DATETIME)],
        "duration": Annotated[int, Field(strict=True, ge=0, le=525600)],
        "list": Annotated[list[Any], Field(max_length=500)],
        "object": dict[str, Any],
    }
    return types[kind]


def _properties_model(rtype: RecordType, mode: str) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for spec in rtype.properties:
        field_type = _field_type(spec)
        info = Field(description=spec.description or None)
        if mode == "create" and spec.required:
            fields[spec.name] = (field_type, info)
        else:
            fields[spec.name] = (field_type | None, Field(None, description=info.description))
    forbid = mode != "out"  # stored records may hold more than the schema names
    config = ConfigDict(extra="forbid" if forbid else "allow")
    suffix = {"create": "CreateProperties", "update": "UpdateProperties", "out": "Properties"}
    return create_model(f"{rtype.label}{suffix[mode]}", __config__=config, **fields)


Status = Literal[RECORD_STATUSES]  # type: ignore[valid-type]


class TypeSchemas:
    """The models of one record type."""

    def __init__(self, rtype: RecordType) -> None:
        self.rtype = rtype
        label = rtype.label
        forbid = ConfigDict(extra="forbid")
        self.create: type[BaseModel] = create_model(
            f"{label}Create",
            __config__=forbid,
            name=(str | None, Field(None, max_length=300)),
            status=(Status | None, None),
            properties=(_properties_model(rtype, "create"), ...),
        )
        update_props: Any = (_properties_model(rtype, "update") | None, None)
        self.update: type[BaseModel] = create_model(
            f"{label}Update",
            __config__=forbid,
            name=(str | None, Field(None, max_length=300)),
            status=(Status | None, None),
            properties=update_props,
        )
        type_field: Any = (Literal[rtype.key], rtype.key)  # type: ignore[valid-type]
        self.out: type[BaseModel] = create_model(
            label,
            id=(int, ...),
            type=type_field,
            name=(str, ...),
            status=(str, ...),
            properties=(_properties_model(rtype, "out"), ...),
            created_at=(str, ...),
            updated_at=(str, ...),
        )
        self.page: type[BaseModel] = create_model(
            f"{label}Page",
            data=(list[self.out], ...),  # type: ignore[name-defined]
            next_cursor=(str | None, None),
            has_more=(bool, False),
        )


class ErrorField(BaseModel):
    field: str
    message: str


class ErrorBody(BaseModel):
    type: str
    message: str
    fields: list[ErrorField] = []


class ErrorResponse(BaseModel):
    error: ErrorBody


SCHEMAS: dict[str, TypeSchemas] = {t.key: TypeSchemas(t) for t in ONTOLOGY}

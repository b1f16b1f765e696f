"""TypeScript text for the scaffold's API client: record types from the ontology registry.

The types follow the properties the platform validates (`server/schemas.py` builds its schemas
from the same registry), so a property renamed in the registry shows up as a type error in the
published app's build rather than as a silent `undefined` at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from l4ydesk.core.ontology import ONTOLOGY, PropertySpec, RecordType

_TS_KIND = {
    "integer": "number",
    "number": "number",
    "duration": "number",
    "boolean": "boolean",
    "list": "unknown[]",
    "object": "Record<string, unknown>",
}

BASE_TYPES = """\
/** A record as the platform API returns it. */
export type L4yRecord<P = Record<string, unknown>> = {
  id: number;
  type: string;
  name: string;
  status: string;
  properties: P;
  created_at: string;
  updated_at: string;
};

/** One page of a list; pass `next_cursor` as `cursor` for the next one. */
export type L4yPage<P = Record<string, unknown>> = {
  data: L4yRecord<P>[];
  next_cursor: string | null;
  has_more: boolean;
};

export type L4ySubmission = {
  id: number;
  form_id: number;
  data: Record<string, unknown>;
  record_id: number | null;
  record_type: string | null;
  workflow_ids: number[];
  unpaid_workflow_ids: number[];
  created_at: string;
  message: string | null;
};

export type L4yCheckoutSession = {
  order_id: number;
  session_id: string;
  url: string;
  amount_total: number;
};
"""


def type_name(rtype: RecordType) -> str:
    return f"{rtype.label}Properties"


def plural(rtype: RecordType) -> str:
    return f"{rtype.label}s"


def _ts_type(spec: PropertySpec) -> str:
    if spec.kind == "enum" and spec.choices:
        return " | ".join(json.dumps(choice) for choice in spec.choices)
    return _TS_KIND.get(spec.kind, "string")


def _property_line(spec: PropertySpec) -> str:
    name = spec.name if re.fullmatch(r"[A-Za-z_$][\w$]*", spec.name) else json.dumps(spec.name)
    comment = f"  /** {spec.description} */\n" if spec.description else ""
    if spec.required:
        return f"{comment}  {name}: {_ts_type(spec)};"
    return f"{comment}  {name}?: {_ts_type(spec)} | null;"


def properties_type(rtype: RecordType) -> str:
    lines = "\n".join(_property_line(spec) for spec in rtype.properties)
    return f"export type {type_name(rtype)} = {{\n{lines}\n}};\n"


def types_module(categories: Iterable[str]) -> str:
    """`lib/l4y/types.ts`: the shared shapes and one properties type per chosen category."""
    parts = [BASE_TYPES]
    for category in categories:
        parts.append(properties_type(ONTOLOGY.by_api_category(category)))
    return "\n".join(parts)


def category_module(category: str) -> str:
    """`lib/l4y/<category>.ts`: typed list and get for one category's collection."""
    rtype = ONTOLOGY.by_api_category(category)
    props, many, one = type_name(rtype), plural(rtype), rtype.label
    path = json.dumps(rtype.collection_path)
    return (
        f"// The platform's {many.lower()} (server-only: it uses the server's key).\n"
        f'import {{ getRecord, listAll }} from "./client";\n'
        f'import type {{ L4yRecord, {props} }} from "./types";\n\n'
        f"export const {category.upper()}_PATH = {path};\n\n"
        f"export function list{many}(): Promise<L4yRecord<{props}>[]> {{\n"
        f"  return listAll<{props}>({category.upper()}_PATH);\n"
        f"}}\n\n"
        f"export function get{one}(id: number): Promise<L4yRecord<{props}>> {{\n"
        f"  return getRecord<{props}>({category.upper()}_PATH, id);\n"
        f"}}\n"
    )

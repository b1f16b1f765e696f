"""Where the app's sample arrays live, which ones Connect linked, and how pages load records.

The analyzer finds data sets (`export const products = [{…}]`) and Connect links their items to
records (a link's `item_key` is computed from the item's type, name and file). A linked data set
gets a generated loader (`lib/l4y/data/<name>.ts`) that fetches the records and shapes them like
the sample items; each server page that imports the array gets two small edits: its default
export becomes `async`, and its first line shadows the array with the loaded records. A page
where that is not safe (a client component, the array used outside the page function) is left
as it is and named in a sentence, so the user knows it still shows the sample.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer.datasets import DataSet, classify, find_datasets
from l4ydesk.core.analyzer.invoice_fields import invoice_item
from l4ydesk.core.analyzer.literals import property_key
from l4ydesk.core.analyzer.record_fields import (
    Built,
    booking_item,
    contact_item,
    ticket_item,
)
from l4ydesk.core.analyzer.screening import dialect_for
from l4ydesk.core.analyzer.syntax import SourceFile, parse
from l4ydesk.core.connection_plans import item_key
from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.publish.scaffold.links import LinkedRecord

RowNamer = Callable[[dict[str, Any], DataSet, None], Built]
NAME_KEYS = ("name", "title", "label", "heading", "subject")
# sample keys (folded: no case, no underscores) that mean a differently named property
ALIASES = {"image": "image_url", "img": "image_url", "date": "starts_at", "startdate": "starts_at"}
SOURCE_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs")


@dataclass(frozen=True)
class LinkedDataSet:
    """A sample array some of whose items Connect linked to records."""

    path: str
    var_name: str
    type_key: str
    linked: dict[int, int]  # record id → sample index
    fields: dict[str, str]  # sample key → record property
    takes_unlinked: bool = False
    elsewhere: tuple[int, ...] = ()

    @property
    def loader_name(self) -> str:
        return "load" + self.var_name[:1].upper() + self.var_name[1:]

    @property
    def loader_path(self) -> str:
        return f"lib/l4y/data/{self.var_name}.ts"


@dataclass
class PageEdit:
    path: str
    data: bytes


@dataclass
class DataPlan:
    datasets: list[LinkedDataSet] = field(default_factory=list)
    edits: list[PageEdit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _folded(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def field_map(type_key: str, keys: set[str]) -> dict[str, str]:
    """Which record property fills each sample key: the same name whatever its case and
    underscores (`startsAt` → `starts_at`), or an alias (`image` → `image_url`)."""
    by_folded = {_folded(name): name for name in ONTOLOGY.get(type_key).property_names}
    mapping: dict[str, str] = {}
    for key in sorted(keys):
        if key == "id":
            continue
        alias = ALIASES.get(_folded(key))
        if alias is not None and alias in by_folded.values():
            mapping[key] = alias
        elif _folded(key) in by_folded:
            mapping[key] = by_folded[_folded(key)]
        elif key in ("name", "title"):
            mapping[key] = key  # the record's own name stands in (records.ts)
    return mapping


def sample_keys(ds: DataSet, src: SourceFile) -> set[str]:
    """The items' keys as written (the analyzer folds their case; the app's code does not)."""
    keys: set[str] = set()
    for node in ds.item_nodes:
        for pair in node.named_children:
            if pair.type == "pair" and (key := property_key(pair, src)) is not None:
                keys.add(key)
    return keys


def _parsed(path: str, data: bytes) -> SourceFile | None:
    dialect = dialect_for(path)
    return parse(path, data, dialect) if dialect is not None else None


def _exported_top_level(ds: DataSet) -> bool:
    declaration = ds.decl.parent
    holder = declaration.parent if declaration is not None else None
    return holder is not None and holder.type == "export_statement" and "." not in ds.var_name


def _item_names(item: Mapping[str, object]) -> Iterator[str]:
    for key in NAME_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            yield value


# how the analyzer names a list's row where no name key does (an invoice by its number, a
# booking by who booked what)
_ROW_NAMERS: dict[str, RowNamer] = {
    "booking": booking_item,
    "contact": contact_item,
    "invoice": invoice_item,
    "ticket": ticket_item,
}


def _row_name(type_key: str, item: dict[str, Any], ds: DataSet) -> tuple[str, ...]:
    namer = _ROW_NAMERS.get(type_key)
    built = namer(item, ds, None) if namer is not None else None
    return (built[0],) if built is not None else ()


def find_linked_datasets(
    files: Mapping[str, bytes],
    links: Sequence[LinkedRecord],
    categories: Sequence[str],
    key_root: str = "",
) -> tuple[list[LinkedDataSet], list[str]]:
    """The exported sample arrays whose items are linked, for the chosen categories.

    `key_root` is the folder `files` sit in within the stored app: item keys name files from
    the top, so a file's key is computed from its path there."""
    wanted = {ONTOLOGY.by_api_category(c).key for c in categories}
    by_key = {link.item_key: link for link in links if link.item_key and link.type in wanted}
    # a list's rows are keyed by the list's page, and their array may be in a module it imports
    list_pages = sorted(
        {link.evidence_file for link in by_key.values() if link.list_key and link.evidence_file}
    )
    paths = sorted(
        {link.evidence_file for link in by_key.values() if link.evidence_file}
        | {found for page in list_pages for found in imported_files(files, page)}
    )
    found: list[LinkedDataSet] = []
    notes: list[str] = []
    for path in paths:
        if path not in files or not path.endswith(SOURCE_SUFFIXES):
            continue
        src = _parsed(path, files[path])
        if src is None:
            continue
        for ds in find_datasets(src):
            type_key = classify(ds)
            if type_key not in wanted:
                continue
            linked: dict[int, int] = {}
            for index, item in enumerate(ds.items):
                keys = (
                    item_key(type_key, name, posixpath.join(key_root, where))
                    for name in (*_item_names(item), *_row_name(type_key, item, ds))
                    for where in (path, *list_pages)
                )
                link = next((by_key[k] for k in keys if k in by_key), None)
                if link is not None:
                    linked.setdefault(link.record_id, index)
            if not linked:
                continue
            if not _exported_top_level(ds):
                notes.append(
                    f"'{ds.var_name}' in {path} is linked to records but is not an exported "
                    "top-level array, so the published app keeps showing its sample items."
                )
                continue
            found.append(
                LinkedDataSet(
                    path, ds.var_name, type_key, linked, field_map(type_key, sample_keys(ds, src))
                )
            )
    return _assign_unlinked(found), notes


def _assign_unlinked(found: list[LinkedDataSet]) -> list[LinkedDataSet]:
    """Records added in the store since Connect go to the type's main array (the most linked)."""
    result: list[LinkedDataSet] = []
    for ds in found:
        same = [d for d in found if d.type_key == ds.type_key]
        main = max(same, key=lambda d: (len(d.linked), d.var_name == "products", d.var_name))
        elsewhere = sorted(r for d in same if d is not ds for r in d.linked)
        result.append(
            LinkedDataSet(
                ds.path,
                ds.var_name,
                ds.type_key,
                ds.linked,
                ds.fields,
                ds is main,
                tuple(elsewhere),
            )
        )
    return result


def loader_module(ds: LinkedDataSet, import_path: str) -> str:
    rtype = ONTOLOGY.get(ds.type_key)
    mapping = {
        "linked": {str(k): v for k, v in sorted(ds.linked.items())},
        "elsewhere": list(ds.elsewhere),
        "takesUnlinked": ds.takes_unlinked,
        "fields": ds.fields,
    }
    return (
        f"// The store's {rtype.label.lower()}s in the shape of `{ds.var_name}` from {ds.path}.\n"
        f"// Without L4Y_API_URL/L4Y_API_KEY (a local build) the sample itself. A failed load\n"
        f"// throws: a build stops with the reason, and a revalidation keeps the last good page\n"
        f"// rather than replacing the store's records with the sample's.\n"
        f'import {{ {ds.var_name} as sample }} from "{import_path}";\n'
        f'import {{ l4yConfig, listAll }} from "@/lib/l4y/client";\n'
        f'import {{ fromRecords, type SampleMapping }} from "@/lib/l4y/records";\n\n'
        f"const MAPPING: SampleMapping = {json.dumps(mapping, indent=2)};\n\n"
        f"export async function {ds.loader_name}(): Promise<Array<(typeof sample)[number]>> {{\n"
        f"  if (l4yConfig() === null) return [...sample];\n"
        f"  try {{\n"
        f'    const records = await listAll<Record<string, unknown>>("{rtype.collection_path}");\n'
        f"    return fromRecords(sample, records, MAPPING);\n"
        f"  }} catch (error) {{\n"
        f"    const reason = error instanceof Error ? error.message : String(error);\n"
        f"    throw new Error(`l4ydesk: could not load the {rtype.label.lower()}s from the platform"
        f" (${{reason}}).`);\n"
        f"  }}\n"
        f"}}\n"
    )


def imported_files(files: Mapping[str, bytes], importer: str) -> set[str]:
    """The app's files that `importer` imports (`@/lib/clients`, `../lib/clients`)."""
    src = _parsed(importer, files[importer]) if importer in files else None
    if src is None:
        return set()
    specifiers = {
        src.text(source).strip("'\"")
        for statement in src.imports
        if (source := statement.child_by_field_name("source")) is not None
    }
    return {
        path
        for path in files
        if path.endswith(SOURCE_SUFFIXES)
        and any(_resolves_to(importer, spec, path) for spec in specifiers)
    }


def module_specifiers(path: str) -> set[str]:
    """How other files may import `path`: `@/lib/data`, with or without an extension."""
    stem = re.sub(r"\.(tsx?|jsx?|mjs)$", "", path)
    names = {f"@/{stem}", f"@/{path}"}
    if stem.endswith("/index"):
        names.add(f"@/{stem[: -len('/index')]}")
    return names


def _resolves_to(importer: str, specifier: str, path: str) -> bool:
    if specifier in module_specifiers(path):
        return True
    if specifier.startswith("."):
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(importer), specifier))
        return f"@/{joined}" in module_specifiers(path)
    return False


def plan_data_loading(
    files: Mapping[str, bytes],
    links: Sequence[LinkedRecord],
    categories: Sequence[str],
    key_root: str = "",
) -> DataPlan:
    datasets, notes = find_linked_datasets(files, links, categories, key_root)
    plan = DataPlan(datasets=datasets, notes=notes)
    for ds in datasets:
        users = 0
        for path in sorted(files):
            if path == ds.path or not path.endswith(SOURCE_SUFFIXES):
                continue
            current = next((e for e in plan.edits if e.path == path), None)
            data = current.data if current else files[path]
            outcome = edit_page(path, data, ds)
            if outcome is None:
                continue
            users += 1
            if isinstance(outcome, str):
                plan.notes.append(outcome)
            elif current is not None:
                current.data = outcome
            else:
                plan.edits.append(PageEdit(path, outcome))
        if users == 0:
            plan.notes.append(
                f"No server page imports '{ds.var_name}' from {ds.path}, so nothing loads "
                f"the store's records into it; import {ds.loader_name} from '@/{ds.loader_path}'"
                " where you need them."
            )
    return plan


def _walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _default_function(root: Node) -> Node | None:
    for statement in root.named_children:
        if statement.type != "export_statement":
            continue
        if not any(child.type == "default" for child in statement.children):
            continue
        for child in statement.named_children:
            if child.type == "function_declaration":
                return child
    return None


def _imports_var(src: SourceFile, importer: str, ds: LinkedDataSet) -> bool:
    for statement in src.imports:
        source = statement.child_by_field_name("source")
        if source is None or not _resolves_to(importer, src.text(source).strip("'\""), ds.path):
            continue
        for node in _walk(statement):
            if node.type == "import_specifier":
                name = node.child_by_field_name("name")
                alias = node.child_by_field_name("alias")
                if name is not None and src.text(name) == ds.var_name and alias is None:
                    return "import type" not in src.text(statement)
    return False


def edit_page(path: str, data: bytes, ds: LinkedDataSet) -> bytes | str | None:
    """The page with the records loaded; a sentence when it cannot be; None if it is no user."""
    src = _parsed(path, data)
    if src is None or not _imports_var(src, path, ds):
        return None
    loader_import = f'import {{ {ds.loader_name} }} from "@/lib/l4y/data/{ds.var_name}";'
    if loader_import.encode() in data:
        return data  # already edited (idempotent)
    head = data.lstrip()[:40]
    if head.startswith((b'"use client"', b"'use client'")):
        return (
            f"{path} is a client component, so it keeps the sample '{ds.var_name}'; pass the "
            f"records down from a server page that calls {ds.loader_name}()."
        )
    function = _default_function(src.tree.root_node)
    body = function.child_by_field_name("body") if function is not None else None
    if function is None or body is None:
        return (
            f"{path} uses '{ds.var_name}' outside a default-exported page function, so it keeps "
            "the sample items."
        )
    for node in _walk(src.tree.root_node):
        if (
            node.type in ("identifier", "shorthand_property_identifier")
            and src.text(node) == ds.var_name
        ):
            inside = body.start_byte < node.start_byte < body.end_byte
            in_import = any(s.start_byte <= node.start_byte < s.end_byte for s in src.imports)
            if not inside and not in_import:
                return (
                    f"{path} uses '{ds.var_name}' outside its page function (line "
                    f"{node.start_point[0] + 1}), so it keeps the sample items."
                )
    is_async = any(child.type == "async" for child in function.children)
    line = f"\n  const {ds.var_name} = await {ds.loader_name}(); // l4ydesk: the store's records"
    last_import = max(s.end_byte for s in src.imports)
    inserts = [
        (body.start_byte + 1, line),
        (last_import, "\n" + loader_import),
        *([] if is_async else [(function.start_byte, "async ")]),
    ]
    out = bytearray(data)
    for offset, text in sorted(inserts, key=lambda pair: pair[0], reverse=True):
        out[offset:offset] = text.encode()
    return bytes(out)

"""The thin-client scaffold: what the chosen categories need, generated and merged with the app.

Pure: inputs (the app's files, its categories, what Connect linked, the badge) → outputs (the
merged files, what was written or edited, sentences about conflicts). The same inputs always
give byte-identical output: everything iterates in sorted order and nothing reads the clock,
so a re-publish with no changes commits nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.publish.scaffold import datasets, merge, visitor_auth, wiring
from l4ydesk.core.publish.scaffold.links import LinkedRecord
from l4ydesk.core.publish.scaffold.typescript import category_module, types_module
from l4ydesk.resource_paths import resource

# Template file in resources/scaffold/ → path in the app; written for every publish.
ALWAYS = {
    "client.ts": "lib/l4y/client.ts",
    "records.ts": "lib/l4y/records.ts",
    "webhooks.ts": "lib/l4y/webhooks.ts",
    "route-webhooks.ts": "app/api/l4y/webhooks/route.ts",
    "builder-inspector.ts": "lib/builder-inspector.ts",
}
PER_CATEGORY = {
    "forms": {
        "route-forms.ts": "app/api/l4y/forms/[id]/route.ts",
        "actions.ts": "lib/l4y/actions.ts",
        "submit-form.ts": "lib/l4y/submit-form.ts",  # what wiring.py's edited forms call
        "problem.ts": "lib/l4y/problem.ts",
    },
    "checkout": {
        "route-checkout.ts": "app/api/l4y/checkout/[id]/route.ts",
        "start-checkout.ts": "lib/l4y/start-checkout.ts",  # what a wired cart button calls
        "problem.ts": "lib/l4y/problem.ts",
    },
}
# Category modules that carry more than list and get (their template is appended).
CATEGORY_EXTRAS = {"forms": "forms.ts", "checkout": "checkout.ts"}
INSPECTOR_SCRIPT = "public/l4y/react-probe.js"


@dataclass(frozen=True)
class ScaffoldInputs:
    categories: tuple[str, ...]
    links: tuple[LinkedRecord, ...] = ()
    badge: bool = False
    platform_url: str = ""
    scopes: tuple[str, ...] = ()
    checkout_ids: tuple[int, ...] = ()
    visitor_sign_in: bool = False  # sign-in through the platform (visitor_auth.py)
    app_folder: str = ""  # the repository folder the files come from ("" for the top)


@dataclass(frozen=True)
class Scaffold:
    files: dict[str, bytes]  # the app's files with the scaffold merged in
    generated: tuple[str, ...]  # paths the scaffold wrote
    edited: tuple[str, ...]  # the user's files it changed (layout, pages)
    conflicts: tuple[str, ...]  # user files kept at generated paths, as sentences
    notes: tuple[str, ...]  # what could not be wired, as sentences


def template(name: str) -> str:
    return resource("scaffold", name).read_text(encoding="utf-8")


def _names(links: Sequence[LinkedRecord], type_key: str, extra_ids: Sequence[int] = ()) -> str:
    found = {link.record_id: link.name for link in links if link.type == type_key}
    for record_id in extra_ids:
        found.setdefault(record_id, f"#{record_id}")
    by_name: dict[str, int] = {}
    for record_id, name in sorted(found.items()):
        by_name.setdefault(name, record_id)
    return json.dumps(dict(sorted(by_name.items())), indent=2, ensure_ascii=False)


def _category_file(category: str, inputs: ScaffoldInputs) -> str:
    text = category_module(category)
    extra = CATEGORY_EXTRAS.get(category)
    if extra is None:
        return text
    body = template(extra)
    body = body.replace("__FORMS__", _names(inputs.links, "form"))
    body = body.replace("__CHECKOUTS__", _names(inputs.links, "checkout", inputs.checkout_ids))
    return f"{text}\n{body}"


def _extras(badge: bool, inspector: bool) -> str:
    imports, parts = [], []
    if inspector:
        imports.append('import { BuilderInspector } from "@/lib/builder-inspector";')
        parts.append("      <BuilderInspector />")
    if badge:
        imports.append('import { BuiltWithBadge } from "@/lib/l4y/badge";')
        parts.append("      <BuiltWithBadge />")
    body = "\n".join(parts) if parts else "      {null}"
    return (
        "// What l4ydesk adds to every page: the inspector loader and, on Free, the badge.\n"
        + "".join(f"{line}\n" for line in imports)
        + "\nexport function L4yExtras() {\n  return (\n    <>\n"
        + body
        + "\n    </>\n  );\n}\n"
    )


def _generated_files(
    files: Mapping[str, bytes], inputs: ScaffoldInputs, plan: datasets.DataPlan
) -> dict[str, bytes]:
    out: dict[str, bytes] = {}

    def put(path: str, text: str) -> None:
        out[path] = merge.with_header(path, text)

    categories = [c for c in sorted(set(inputs.categories)) if c in _known()]
    for name, path in ALWAYS.items():
        put(path, template(name))
    for category in categories:
        for name, path in PER_CATEGORY.get(category, {}).items():
            put(path, template(name))
        put(f"lib/l4y/{category}.ts", _category_file(category, inputs))
    if "checkout" in categories:
        put(
            "lib/l4y/cart-lines.ts",
            wiring.cart_lines_module(files, inputs.links, inputs.app_folder),
        )
    put("lib/l4y/types.ts", types_module(categories))
    for ds in plan.datasets:
        put(ds.loader_path, datasets.loader_module(ds, _import_path(ds.path)))
    if inputs.badge:
        put("lib/l4y/badge.tsx", template("badge.tsx"))
    inspector = "lib/builder-inspector.ts" not in files or merge.is_generated(
        files["lib/builder-inspector.ts"]
    )
    put("lib/l4y/extras.tsx", _extras(inputs.badge, inspector))
    put(INSPECTOR_SCRIPT, resource("inspector", "react_probe.js").read_text(encoding="utf-8"))
    env = template("env.example").replace("__API_URL__", inputs.platform_url)
    put(".env.example", env.replace("__SCOPES__", ",".join(inputs.scopes) or "(none)"))
    return out


def _known() -> set[str]:
    return {t.api_category for t in ONTOLOGY}


def _import_path(path: str) -> str:
    return "@/" + path.rsplit(".", 1)[0]


def generate(files: Mapping[str, bytes], inputs: ScaffoldInputs) -> Scaffold:
    """The app's files with the scaffold for `inputs` merged in (the input is not changed)."""
    user = {p: d for p, d in files.items() if not (merge.is_owned(p) and merge.is_generated(d))}
    plan = datasets.plan_data_loading(user, inputs.links, inputs.categories, inputs.app_folder)
    generated = _generated_files(user, inputs, plan)
    sign_in = visitor_auth.plan(user) if inputs.visitor_sign_in else visitor_auth.NOTHING
    generated.update({p: merge.with_header(p, text) for p, text in sign_in.files.items()})
    merged, written, conflicts = merge.merge(user, generated)
    conflicts.extend(sign_in.conflicts)
    notes = list(plan.notes)
    edited: list[str] = []
    for edit in plan.edits:
        if merged.get(edit.path) != edit.data:
            merged[edit.path] = edit.data
            edited.append(edit.path)
    layout = merge.layout_path(merged)
    if layout is None:
        notes.append(
            "The app has no app/layout.tsx, so the builder inspector and the badge were not "
            "added; render <L4yExtras /> from '@/lib/l4y/extras' in your root layout."
        )
    elif "lib/l4y/extras.tsx" in written:
        wired = merge.wire_layout(layout, merged[layout])
        if isinstance(wired, str):
            notes.append(wired)
        elif wired != merged[layout]:
            merged[layout] = wired
            edited.append(layout)
    return Scaffold(
        files=dict(sorted(merged.items())),
        generated=tuple(written),
        edited=tuple(sorted(edited)),
        conflicts=tuple(conflicts),
        notes=tuple(notes),
    )

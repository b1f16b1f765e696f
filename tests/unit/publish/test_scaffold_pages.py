"""Data loading on the shapes v0 apps come in: which pages are edited, which are only named."""

from __future__ import annotations

from l4ydesk.core.connection_plans import item_key
from l4ydesk.core.publish.scaffold import LinkedRecord, ScaffoldInputs, generate

DATA = b"""export type Plan = { id: number; name: string; price: number; description: string };
export const plans: Plan[] = [
  { id: 1, name: "Starter", price: 9, description: "For one person" },
  { id: 2, name: "Team", price: 29, description: "For small teams" },
];
"""
PACKAGE = b'{"dependencies": {"next": "15.5.29"}}'


def _link(record_id: int, name: str, path: str = "lib/plans.ts") -> LinkedRecord:
    return LinkedRecord(record_id, "product", name, item_key("product", name, path), path)


def _run(
    files: dict[str, bytes], links: tuple[LinkedRecord, ...]
) -> tuple[dict[str, bytes], list[str]]:
    result = generate(files, ScaffoldInputs(("products",), links))
    return result.files, [*result.notes, *result.conflicts]


def test_a_relative_import_and_an_async_page_are_handled() -> None:
    page = b"""import { plans } from "../lib/plans";

export default async function Pricing({ params }: { params: Promise<{ id: string }> }) {
  await params;
  return <ul>{plans.map((p) => <li key={p.id}>{p.name}</li>)}</ul>;
}
"""
    files, notes = _run(
        {"package.json": PACKAGE, "lib/plans.ts": DATA, "app/page.tsx": page},
        (_link(7, "Starter"), _link(8, "Team")),
    )
    edited = files["app/page.tsx"].decode()
    assert edited.count("async function Pricing") == 1
    assert edited.index("const plans = await loadPlans();") < edited.index("await params;")
    loader = files["lib/l4y/data/plans.ts"].decode()
    assert 'import { plans as sample } from "@/lib/plans";' in loader
    assert '"7": 0' in loader and '"8": 1' in loader
    assert '"description": "description"' in loader and '"price": "price"' in loader
    assert not [n for n in notes if "app/page.tsx" in n]


def test_pages_that_cannot_be_edited_safely_are_named_and_left_alone() -> None:
    client_page = b'"use client";\nimport { plans } from "@/lib/plans";\n' + (
        b"export default function P() { return <p>{plans.length}</p>; }\n"
    )
    outside = b'import { plans } from "@/lib/plans";\nconst count = plans.length;\n' + (
        b"export default function Q() { return <p>{count}</p>; }\n"
    )
    files = {
        "package.json": PACKAGE,
        "lib/plans.ts": DATA,
        "app/a/page.tsx": client_page,
        "app/b/page.tsx": outside,
    }
    out, notes = _run(files, (_link(7, "Starter"),))
    assert out["app/a/page.tsx"] == client_page and out["app/b/page.tsx"] == outside
    assert any(n.startswith("app/a/page.tsx is a client component") for n in notes)
    assert any("app/b/page.tsx uses 'plans' outside its page function (line 2)" in n for n in notes)


def test_an_array_declared_inside_a_page_is_named_not_rewritten() -> None:
    page = b"""const plans = [
  { id: 1, name: "Starter", price: 9 },
  { id: 2, name: "Team", price: 29 },
];
export default function Page() { return <p>{plans.length}</p>; }
"""
    files = {"package.json": PACKAGE, "app/page.tsx": page}
    out, notes = _run(files, (_link(3, "Starter", "app/page.tsx"),))
    assert out["app/page.tsx"] == page
    assert "lib/l4y/data/plans.ts" not in out
    assert any(
        "'plans' in app/page.tsx is linked to records but is not an exported" in n for n in notes
    )


def test_unlinked_arrays_and_other_categories_are_not_touched() -> None:
    page = b'import { plans } from "@/lib/plans";\nexport default function P() { return plans; }\n'
    files = {"package.json": PACKAGE, "lib/plans.ts": DATA, "app/page.tsx": page}
    out, _ = _run(files, ())  # nothing linked
    assert out["app/page.tsx"] == page and "lib/l4y/data/plans.ts" not in out
    result = generate(files, ScaffoldInputs(("forms",), (_link(7, "Starter"),)))
    assert result.files["app/page.tsx"] == page  # products not chosen: no loading


def test_layouts_get_the_extras_once_or_a_sentence() -> None:
    signature = b"export default function L({ children }: { children: React.ReactNode }) {\n"
    layout = (
        b'import "./globals.css";\n\n'
        + signature
        + (b"  return (\n    <html>\n      <body>{children}</body>\n    </html>\n  );\n}\n")
    )
    once = generate({"app/layout.tsx": layout}, ScaffoldInputs((), badge=True))
    text = once.files["app/layout.tsx"].decode()
    assert text.count('import { L4yExtras } from "@/lib/l4y/extras";') == 1
    assert text.count("<L4yExtras />") == 1 and text.index("<L4yExtras />") < text.index("</body>")
    again = generate(once.files, ScaffoldInputs((), badge=True))
    assert again.files == once.files
    fragment = signature + b"  return children;\n}\n"
    none = generate({"app/layout.tsx": fragment}, ScaffoldInputs(()))
    assert none.files["app/layout.tsx"] == fragment
    assert any("app/layout.tsx has no </body>" in n for n in none.notes)
    missing = generate({"package.json": PACKAGE}, ScaffoldInputs(()))
    assert any("has no app/layout.tsx" in n for n in missing.notes)

"""The thin-client scaffold: per category, idempotent, never clobbering, badge on Free only."""

from __future__ import annotations

import re

import pytest

from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.prepare import prepare_files
from l4ydesk.core.publish.scaffold import HEADER_TEXT, ScaffoldInputs, generate, linked_records
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from tests.publish_support import connected_sample

ALL = ("products", "forms", "checkout")


def _config(*categories: str) -> PublishConfig:
    return PublishConfig(
        name="Harbor", categories=categories, platform_url="https://api.example.test"
    )


def test_each_category_gets_its_typed_client_and_only_its_routes(store: Store) -> None:
    app_id = connected_sample(store)
    only_products = prepare_files(store, app_id, _config("products"), badge=False)
    files = only_products.files
    assert "lib/l4y/products.ts" in files and "lib/l4y/forms.ts" not in files
    assert not any(p.startswith("app/api/l4y/forms/") for p in files)
    assert not any(p.startswith("app/api/l4y/checkout/") for p in files)
    types = files["lib/l4y/types.ts"].decode()
    # the ontology's product properties, typed: money as a string, an enum as its choices
    assert "export type ProductProperties = {" in types
    assert "  name: string;" in types and "  price?: string | null;" in types
    assert '  status?: "draft" | "active" | "archived" | null;' in types
    assert "FormProperties" not in types

    everything = prepare_files(store, app_id, _config(*ALL), badge=False).files
    assert "app/api/l4y/forms/[id]/route.ts" in everything
    assert "lib/l4y/actions.ts" in everything and "lib/l4y/actions.ts" not in files
    assert "app/api/l4y/checkout/[id]/route.ts" in everything
    forms = everything["lib/l4y/forms.ts"].decode()
    # the connected forms by name, with the record ids the platform knows them by
    names = dict(re.findall(r'"([^"]+)": (\d+)', forms))
    assert set(names) == {"Book a session", "Contact us", "Newsletter form"}
    form_ids = {r.record_id for r in linked_records(store, app_id) if r.type == "form"}
    assert {int(v) for v in names.values()} == form_ids
    assert "/api/v1/forms/${formId}/submissions" in forms
    checkout = everything["lib/l4y/checkout.ts"].decode()
    assert '"Your cart"' in checkout and "/api/v1/checkout/${checkoutId}/sessions" in checkout


def test_the_key_stays_on_the_server(store: Store) -> None:
    app_id = connected_sample(store)
    files = prepare_files(store, app_id, _config(*ALL), badge=True).files
    for path, data in files.items():
        text = data.decode("utf-8", errors="replace")
        assert "NEXT_PUBLIC_L4Y_API" not in text, path
    client = files["lib/l4y/client.ts"].decode()
    assert "process.env.L4Y_API_KEY" in client and 'typeof window !== "undefined"' in client
    env = files[".env.example"].decode()
    assert "L4Y_API_URL=https://api.example.test" in env
    assert "products:read,forms:read,forms:write,checkout:read,checkout:write" in env


def test_the_product_page_loads_the_connected_records(store: Store) -> None:
    app_id = connected_sample(store)
    prepared = prepare_files(store, app_id, _config("products"), badge=False)
    page = prepared.files["app/page.tsx"].decode()
    assert "export default async function HomePage()" in page
    assert "const products = await loadProducts();" in page
    assert 'import { loadProducts } from "@/lib/l4y/data/products";' in page
    loader = prepared.files["lib/l4y/data/products.ts"].decode()
    products = {r.record_id: r.name for r in linked_records(store, app_id) if r.type == "product"}
    tide = next(i for i, n in products.items() if n == "Tide Mug")
    assert f'"{tide}": 0' in loader  # the first sample item is the Tide Mug's template
    assert '"image": "image_url"' in loader and '"price": "price"' in loader
    # a failed load throws (a revalidation keeps the last good page), never shows the sample
    assert "throw new Error(`l4ydesk: could not load the products from the platform" in loader
    assert "app/page.tsx" in prepared.edited_paths
    # services are products too, but a client component reads them: said, not broken
    assert any("booking-form.tsx is a client component" in n for n in prepared.notes)


def test_generating_twice_gives_the_same_bytes(store: Store) -> None:
    app_id = connected_sample(store)
    first = prepare_files(store, app_id, _config(*ALL), badge=True)
    second = prepare_files(store, app_id, _config(*ALL), badge=True)
    assert first.files == second.files
    assert first.diff_against(second.files) == ""
    # the scaffold over its own output (a store that kept generated files) changes nothing
    inputs = ScaffoldInputs(ALL, linked_records(store, app_id), badge=True)
    once = generate(VirtualFileSystem(store, 1 << 30).read_all(app_id), inputs)
    twice = generate(once.files, inputs)
    assert twice.files == once.files and twice.edited == ()


def test_every_generated_file_says_so_and_user_files_do_not_change(store: Store) -> None:
    app_id = connected_sample(store)
    original = VirtualFileSystem(store, 1 << 30).read_all(app_id)
    prepared = prepare_files(store, app_id, _config(*ALL), badge=False)
    for path in prepared.scaffold_paths:
        assert path not in original
        assert HEADER_TEXT in prepared.files[path].decode()[:200], path
    changed = {p for p in original if prepared.files.get(p) != original[p]}
    assert (
        changed
        == set(prepared.edited_paths)
        == {
            "app/layout.tsx",
            "app/page.tsx",
            "app/booking/page.tsx",
            # the linked forms and the cart's button, wired to the platform (wiring.py)
            "components/booking-form.tsx",
            "components/cart-summary.tsx",
            "components/contact-form.tsx",
            "components/newsletter-form.tsx",
        }
    )
    layout_diff = [
        line
        for line in prepared.diff_against(original).splitlines()
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert '+import { L4yExtras } from "@/lib/l4y/extras";' in layout_diff
    # lines are only added, except the page functions that now await the records and the
    # wired forms' and button's handlers
    removed = [" ".join(line.split()).replace("- ", "-") for line in layout_diff if line[0] == "-"]
    assert removed == [
        "-export default function BookingPage() {",
        "-export default function HomePage() {",
        "-<form onSubmit={handleSubmit}>",
        '-<Button className="w-full" size="lg" onClick={handleCheckout} '
        "disabled={items.length === 0 || isCheckingOut}>",
        '-<form onSubmit={handleSubmit} className="grid gap-4">',
        '-<form onSubmit={handleSubmit} className="grid gap-2">',
    ]


def test_a_user_file_at_a_generated_path_is_kept(store: Store) -> None:
    app_id = connected_sample(store)
    vfs = VirtualFileSystem(store, 1 << 30)
    mine = b"export const mine = 1;\n"
    vfs.create(app_id, "lib/l4y/client.ts", mine)
    vfs.create(app_id, "lib/builder-inspector.ts", mine)
    prepared = prepare_files(store, app_id, _config("products"), badge=False)
    assert prepared.files["lib/l4y/client.ts"] == mine
    assert prepared.files["lib/builder-inspector.ts"] == mine
    assert "lib/l4y/client.ts" not in prepared.scaffold_paths
    assert any(c.startswith("lib/l4y/client.ts is your own file") for c in prepared.conflicts)
    # the extras no longer import the user's builder-inspector.ts
    assert "builder-inspector" not in prepared.files["lib/l4y/extras.tsx"].decode()


def test_a_stale_generated_file_is_dropped_not_kept(store: Store) -> None:
    app_id = connected_sample(store)
    vfs = VirtualFileSystem(store, 1 << 30)
    old = prepare_files(store, app_id, _config(*ALL), badge=False)
    vfs.create(app_id, "lib/l4y/forms.ts", old.files["lib/l4y/forms.ts"])  # kept from before
    now = prepare_files(store, app_id, _config("products"), badge=False)
    assert "lib/l4y/forms.ts" not in now.files
    assert "-export const FORMS" in now.diff_against(old.files)


@pytest.mark.parametrize("badge", [True, False])
def test_the_badge_is_there_on_free_only(store: Store, badge: bool) -> None:
    app_id = connected_sample(store)
    files = prepare_files(store, app_id, _config("products"), badge=badge).files
    extras = files["lib/l4y/extras.tsx"].decode()
    assert ("lib/l4y/badge.tsx" in files) is badge
    assert ("<BuiltWithBadge />" in extras) is badge
    assert "<BuilderInspector />" in extras
    assert "<L4yExtras />" in files["app/layout.tsx"].decode()
    inspector = files["lib/builder-inspector.ts"].decode()
    assert 'process.env.NEXT_PUBLIC_BUILDER_MODE === "true"' in inspector
    assert "public/l4y/react-probe.js" in files


def test_the_diff_shows_additions_removals_and_binaries(store: Store) -> None:
    app_id = connected_sample(store)
    prepared = prepare_files(store, app_id, _config("products"), badge=False)
    previous = dict(prepared.files)
    previous["old.txt"] = b"gone\n"
    previous["public/logo.png"] = b"\x89PNG\0\0old"
    diff = prepared.diff_against({**previous, "lib/l4y/client.ts": b"// before\n"})
    assert "--- a/old.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-gone\n" in diff
    assert "--- a/public/logo.png\n+++ /dev/null\nBinary files differ\n" in diff
    assert "-// before\n" in diff and "+++ b/lib/l4y/client.ts" in diff


def test_events_load_into_the_workshops_with_their_camel_case_keys(store: Store) -> None:
    app_id = connected_sample(store, types=("event",))
    prepared = prepare_files(store, app_id, _config("events"), badge=False)
    loader = prepared.files["lib/l4y/data/workshops.ts"].decode()
    assert '"startsAt": "starts_at"' in loader and '"endsAt": "ends_at"' in loader
    assert '"title": "title"' in loader and "/api/v1/events" in loader
    events_page = prepared.files["app/events/page.tsx"].decode()
    assert "const workshops = await loadWorkshops();" in events_page
    # the home page shows the next workshop too; products were not chosen
    assert set(prepared.edited_paths) == {"app/events/page.tsx", "app/page.tsx", "app/layout.tsx"}
    assert "const products" not in prepared.files["app/page.tsx"].decode()


def test_the_generated_code_uses_the_names_the_pipeline_sets(store: Store) -> None:
    from l4ydesk.core.platform.outbox import SIGNATURE_HEADER as PLATFORM_HEADER
    from l4ydesk.core.publish.scaffold import contract

    app_id = connected_sample(store)
    files = prepare_files(store, app_id, _config(*ALL), badge=False).files
    client = files["lib/l4y/client.ts"].decode()
    assert f"process.env.{contract.API_URL_VAR}" in client
    assert f"process.env.{contract.API_KEY_VAR}" in client
    route = files[f"app{contract.WEBHOOK_PATH}/route.ts"].decode()
    assert f"process.env.{contract.WEBHOOK_SECRET_VAR}" in route
    assert contract.SIGNATURE_HEADER == PLATFORM_HEADER
    assert f'request.headers.get("{contract.SIGNATURE_HEADER.lower()}")' in route
    for pattern in (contract.FORM_SUBMIT_PATH, contract.CHECKOUT_PATH):
        assert f"app{pattern.replace('{id}', '[id]')}/route.ts" in files
    inspector = files["lib/builder-inspector.ts"].decode()
    assert f'process.env.{contract.BUILDER_MODE_VAR} === "true"' in inspector
    env = files[".env.example"].decode()
    for name in (contract.API_URL_VAR, contract.API_KEY_VAR, contract.WEBHOOK_SECRET_VAR):
        assert f"\n{name}=" in env

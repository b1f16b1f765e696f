"""The scaffolded sample app builds for real, shows the store's products and signs visitors in.

The sample is imported into a real SQLite store and connected (products, forms, checkout) the
way Connect does it; a product is renamed and repriced and another is added in the store, so
only data loaded from the platform can show them. `prepare_files` output is installed with the
local preview's installer and built with `next build` while `l4ydesk serve` (in-process, on
127.0.0.1) answers the data loading; then `next start` serves the build, and the generated
form route posts a submission whose `form.submitted` webhook the platform delivers, signed,
back to the generated webhook route, which must verify it. The sample's own contact form and
cart button were rewired by the publish (wiring.py): the pages' client bundles call the routes,
a submission posted the way the wired form posts it creates the contact in the store, and the
cart's lines, as the wired button sends them, reach the Stripe fake and come back as its URL.
The same build has visitor sign-in (sign_in_flow.py, once its own test with its own build):
a visitor signs up, out and in through the generated pages, and the session cookie is checked.
Slow: npm install + next build (served_build.py).
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.platform.outbox import sign
from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.prepare import prepare_files
from l4ydesk.core.publish.scaffold import linked_records
from l4ydesk.storage.models import OntologyObject
from tests.integration.publish.served_build import ServedBuild, served_sample
from tests.integration.publish.sign_in_flow import check_sign_in

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture
def built(tmp_path: Path) -> Iterator[ServedBuild]:
    with served_sample(tmp_path) as served:
        yield served


def test_the_scaffolded_sample_builds_shows_the_stores_products_and_signs_visitors_in(
    built: ServedBuild,
) -> None:
    home = (built.folder / ".next" / "server" / "app" / "index.html").read_text()
    assert "Tide Mug Seconds" in home and "$19.00" in home  # renamed and repriced in the store
    assert "Saltmarsh Pitcher" in home and "$64.00" in home  # added in the store only
    assert "Pine Serving Bowl" in home  # linked sample products stay
    assert ">Tide Mug<" not in home
    assert "Built with l4ydesk" in home
    for chunk in (built.folder / ".next" / "static").rglob("*.js"):
        # the key stays server-side
        assert built.key not in chunk.read_text(errors="replace"), chunk

    _exercise_routes(built)
    check_sign_in(built)
    # last: it writes the client of every category over the built app's files
    _typecheck_every_category(built.services.store, built.app_id, built.folder, built.runtime)


def _typecheck_every_category(store: Any, app_id: int, folder: Path, runtime: Any) -> None:
    """The client of all nine categories type-checks too (the build above had three)."""
    every = tuple(t.api_category for t in ONTOLOGY)
    prepared = prepare_files(store, app_id, PublishConfig(categories=every), badge=False)
    assert {f"lib/l4y/{c}.ts" for c in every} <= set(prepared.files)
    for path, data in prepared.files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)
    tsc = str(folder / "node_modules" / "typescript" / "bin" / "tsc")
    checked = subprocess.run(
        [str(runtime.node), tsc, "--noEmit", "-p", "."],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert checked.returncode == 0, (checked.stdout + checked.stderr)[-4000:]


def _exercise_routes(built: ServedBuild) -> None:
    app_id, folder, secret = built.app_id, built.folder, built.webhook_secret
    with httpx.Client(base_url=built.site, timeout=30, trust_env=False) as client:
        body = b'{"type":"form.submitted","data":{}}'
        good = sign(secret, body, int(time.time()))
        ok = client.post("/api/l4y/webhooks", content=body, headers={"L4y-Signature": good})
        assert ok.status_code == 200 and ok.json() == {
            "received": True,
            "type": "form.submitted",
        }
        forged = good[:-1] + ("0" if good[-1] != "0" else "1")
        bad = client.post("/api/l4y/webhooks", content=body, headers={"L4y-Signature": forged})
        assert bad.status_code == 400
        stale = sign(secret, body, int(time.time()) - 3600)
        old = client.post("/api/l4y/webhooks", content=body, headers={"L4y-Signature": stale})
        assert old.status_code == 400

        linked = {r.name: r.record_id for r in linked_records(built.services.store, app_id)}
        _checkout(client, linked["Your cart"], linked["Pine Serving Bowl"])
        _wired_contact_form(client, built, folder, linked["Contact us"])
        _wired_cart_button(client, folder, linked["Your cart"])
        contact = linked["Contact us"]
        sent = client.post(
            f"/api/l4y/forms/{contact}",
            data={"name": "Ada Byron", "email": "ada@example.com", "message": "Hello"},
        )
        assert sent.status_code == 201, sent.text
        assert sent.json()["form_id"] == contact
        invalid = client.post(f"/api/l4y/forms/{contact}", json={"name": "No email"})
        assert invalid.status_code == 422, invalid.text

    # the platform delivers form.submitted, signed, to the generated route, which accepts it
    endpoint_id = built.webhook_endpoint.endpoint_id
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        done = [
            d for d in built.platform.outbox.deliveries(endpoint_id) if d.last_status is not None
        ]
        if done:
            break
        time.sleep(0.2)
    assert done and done[0].last_status == 200, done


def _checkout(client: httpx.Client, cart: int, bowl: int) -> None:
    """The checkout route starts a Stripe session (the fake) for the items through the platform."""
    items = {"items": [{"product_id": bowl, "quantity": 2}]}
    started = client.post(f"/api/l4y/checkout/{cart}", json=items)
    assert started.status_code == 201, started.text
    session = started.json()
    assert session["amount_total"] == 2 * 9600 and session["url"].endswith(session["session_id"])
    form = client.post(f"/api/l4y/checkout/{cart}", data={"product_id": bowl, "quantity": 1})
    assert form.status_code == 303 and "/pay/cs_" in form.headers["location"], form.text
    unknown = client.post("/api/l4y/checkout/999999", json=items)
    assert unknown.status_code == 404, unknown.text


def _page_chunks(client: httpx.Client, folder: Path, page: str) -> str:
    """The client JavaScript a page loads, read from the build the server serves."""
    html = client.get(page).text
    chunks = sorted(set(re.findall(r'src="/_next/(static/chunks/[^"]+\.js)"', html)))
    assert chunks, html[:2000]
    return "\n".join((folder / ".next" / c).read_text(errors="replace") for c in chunks)


def _wired_contact_form(client: httpx.Client, built: ServedBuild, folder: Path, form: int) -> None:
    """The contact page's own form posts its fields, as multipart FormData, to its route."""
    bundle = _page_chunks(client, folder, "/contact")
    # the wired onSubmit: the helper's route and the form's record id in the page's code
    assert "/api/l4y/forms/" in bundle and re.search(rf"\(\s*{form}\s*,", bundle), "not wired"
    html = client.get("/contact").text
    forms = re.findall(r"<form\b.*?</form>", html, re.S)  # the footer has the newsletter's
    contact = next(f for f in forms if 'name="message"' in f)
    names = re.findall(r'<(?:input|textarea)[^>]*\bname="([^"]+)"', contact)
    assert names == ["name", "email", "message"], names
    values = {"name": "Grace Hopper", "email": "grace@example.com", "message": "A cobalt mug?"}
    # what `new FormData(form)` sends from the browser: multipart/form-data
    sent = client.post(f"/api/l4y/forms/{form}", files={n: (None, values[n]) for n in names})
    assert sent.status_code == 201, sent.text
    submission = sent.json()
    assert submission["form_id"] == form and submission["record_type"] == "contact"
    with built.services.store.session() as session:
        contact = session.get(OntologyObject, submission["record_id"])
        assert contact is not None and contact.type == "contact"
        assert contact.properties.get("email") == "grace@example.com", contact.properties


def _wired_cart_button(client: httpx.Client, folder: Path, cart: int) -> None:
    """The home page's cart button posts the cart's own lines; the route prices them."""
    bundle = _page_chunks(client, folder, "/")
    assert "/api/l4y/checkout/" in bundle and re.search(rf"\(\s*{cart}\s*,", bundle)
    # the lines `cartLines(items)` makes of the sample cart: its own product ids and names
    lines = [
        {"ref": "pine-serving-bowl", "name": "Pine Serving Bowl", "quantity": 1},
        {"ref": "tide-mug", "name": "Tide Mug", "quantity": 2},  # renamed and repriced since
    ]
    started = client.post(f"/api/l4y/checkout/{cart}", json={"lines": lines})
    assert started.status_code == 201, started.text
    session = started.json()
    assert session["amount_total"] == 9600 + 2 * 1900  # the store's prices, not the sample's
    assert "/pay/cs_" in session["url"] and session["url"].endswith(session["session_id"])
    odd = [{"ref": "gone", "name": "Discontinued Jug", "quantity": 1}]
    refused = client.post(f"/api/l4y/checkout/{cart}", json={"lines": odd})
    assert refused.status_code == 400 and "Discontinued Jug" in refused.text, refused.text

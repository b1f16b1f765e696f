"""The scaffold's wired form and checkout button in a real browser (QtWebEngine): a refusal
stays on the form; a checkout button posts what it sells (the cart, or nothing and a quantity
for a page that sells the checkout's own product) and shows the route's refusal beside it.

`lib/l4y/submit-form.ts` and `problem.ts`, transpiled by TypeScript, run in a page whose form
handler does what the sample's booking form does: it reads the form from the submit event and
replaces the form with a confirmation card. The form route (`/api/l4y/forms/<id>`) of the page's
server refuses the first submit (as the platform refuses a missing field) and accepts the
second. Slow: installs TypeScript with npm (from its cache when it has it).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from l4ydesk.core.preview.node import child_env, find_node
from l4ydesk.resource_paths import resource
from l4ydesk.ui.preview import LoadState, PreviewPanel, PreviewSource
from tests.conftest import wait_until
from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response, json_reply
from tests.web.conftest import ENVIRONMENT_WARNINGS, run_js, wait_state

pytestmark = [
    pytest.mark.web,
    pytest.mark.slow,
    pytest.mark.timeout(600),
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(*ENVIRONMENT_WARNINGS),
]

TYPESCRIPT = "5.9.3"  # the sample app's
REFUSAL = "Some fields are not valid: email. Fix them and resend."

PAGE = """<!doctype html><html><head><title>Book a session</title></head><body>
<form id="booking">
  <input name="name" value="Ana">
  <input name="email" value="ana@example">
  <button type="submit">Book</button>
</form>
<script type="module">
  import { l4ySubmitForm } from "/submit-form.js";
  const form = document.getElementById("booking");
  // As the sample's BookingForm: the form read from the event, then a card in its place.
  function handleSubmit(event) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const card = document.createElement("div");
    card.id = "card";
    card.textContent = "Booking requested for " + data.get("name");
    form.replaceWith(card);
  }
  form.addEventListener("submit", l4ySubmitForm(12, handleSubmit));
  window.wired = true;
</script>
</body></html>"""


# Inputs with no <form>, as a v0 page keeps them: values in state, a button that saves them.
FIELDS_PAGE = """<!doctype html><html><head><title>Request a table</title></head><body>
<div id="group">
  <input id="name" value="Ana">
  <input data-l4y-field="email" type="email" value="ana@example.com">
  <button type="button" role="combobox" data-l4y-field="service"><span>Haircut</span></button>
  <button type="button" role="combobox" data-l4y-field="stylist" data-placeholder>
    <span>Choose a stylist</span></button>
  <button id="save">Request</button>
</div>
<script type="module">
  import { l4ySubmitFields } from "/submit-form.js";
  const state = { name: "Ana", day: new Date(2026, 11, 24) };
  const input = document.getElementById("name");
  input.addEventListener("input", (e) => { state.name = e.target.value; });
  // As a v0 handler: it reads the button from its event, then shows a card in the group's place.
  function handleSave(event) {
    const card = document.createElement("div");
    card.id = "card";
    card.textContent = "Requested by " + state.name + " (" + event.currentTarget.id + ")";
    document.getElementById("group").replaceWith(card);
  }
  // a controlled value read from state, a plain input's from the page (as the edit writes it)
  const values = (shown) => ({ name: state.name, day: state.day, email: shown("email"),
    service: shown("service"), stylist: shown("stylist") });
  const save = l4ySubmitFields(13, values, handleSave);
  document.getElementById("save").addEventListener("click", save);
  window.wired = true;
</script>
</body></html>"""


# A <form> with no handler of its own, as the wiring gives it one: post, then empty and say so.
PLAIN_PAGE = """<!doctype html><html lang="fr-FR"><head><title>Contact</title></head><body>
<form id="contact">
  <input name="email">
  <button type="submit">Envoyer</button>
</form>
<script type="module">
  import { l4ySubmitForm } from "/submit-form.js";
  document.getElementById("contact").addEventListener("submit", l4ySubmitForm(14, null));
  window.wired = true;
</script>
</body></html>"""


# Checkout buttons as the wiring writes them: a cart, a page with no cart, a chosen quantity.
CHECKOUT_PAGE = """<!doctype html><html><head><title>Tickets</title></head><body>
<div><button id="cart">Checkout</button></div>
<div><button id="linked">Pay now</button></div>
<div><button id="tickets">Buy tickets</button></div>
<script type="module">
  import { l4yStartCheckout } from "/start-checkout.js";
  const items = [{ id: "mug", name: "Mug", qty: 2 }];
  let ticketQuantity = 1;
  window.choose = (n) => { ticketQuantity = n; };
  document.getElementById("cart").addEventListener("click", l4yStartCheckout(3, items));
  document.getElementById("linked").addEventListener("click", l4yStartCheckout(4, null));
  // React renders the handler again when the state changes; so does this click
  document.getElementById("tickets").addEventListener(
    "click", (event) => l4yStartCheckout(4, null, ticketQuantity)(event));
  window.wired = true;
</script>
</body></html>"""
NO_CARD = "Payments are not set up for this app yet."


@pytest.fixture(scope="module")
def scripts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """submit-form.ts and problem.ts as the browser gets them (ES modules, types removed)."""
    work = tmp_path_factory.mktemp("tsc")
    runtime = asyncio.run(find_node())
    env = child_env(runtime, {"NO_COLOR": "1"})
    (work / "package.json").write_text('{"name": "transpile", "private": true}\n')
    install = subprocess.run(
        [str(runtime.node), str(runtime.npm_cli), "install", "--prefer-offline", "--no-audit",
         "--no-fund", f"typescript@{TYPESCRIPT}"],
        cwd=work, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-2000:]
    sources = {
        name: resource("scaffold", f"{name}.ts").read_text()
        for name in ("submit-form", "start-checkout", "problem")
    }
    program = (
        "const ts = require('typescript');"
        "const sources = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = {};"
        "for (const [name, text] of Object.entries(sources)) out[name] = ts.transpileModule(text,"
        " {compilerOptions: {module: ts.ModuleKind.ES2020, target: ts.ScriptTarget.ES2020}})"
        ".outputText;"
        "process.stdout.write(JSON.stringify(out));"
    )
    done = subprocess.run(
        [str(runtime.node), "-e", program],
        input=json.dumps(sources), cwd=work, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return {name: text.encode() for name, text in json.loads(done.stdout).items()}


class BookingSite(FakeHTTPServer):
    """The page, its two modules, and the app's form route: refuses once, then accepts."""

    def __init__(self, scripts: dict[str, bytes]) -> None:
        super().__init__()
        self.scripts = scripts

    def route(self, request: RecordedRequest) -> Response:
        js = {"Content-Type": "text/javascript; charset=utf-8"}
        html = {"Content-Type": "text/html; charset=utf-8"}
        if request.path == "/":
            return Reply(body=PAGE.encode(), headers=html)
        if request.path == "/fields":
            return Reply(body=FIELDS_PAGE.encode(), headers=html)
        if request.path == "/plain":
            return Reply(body=PLAIN_PAGE.encode(), headers=html)
        if request.path == "/checkout":
            return Reply(body=CHECKOUT_PAGE.encode(), headers=html)
        if request.path == "/submit-form.js":
            return Reply(body=self.scripts["submit-form"], headers=js)
        if request.path == "/start-checkout.js":
            return Reply(body=self.scripts["start-checkout"], headers=js)
        if request.path.startswith("/api/l4y/checkout/") and request.method == "POST":
            return json_reply(503, {"error": {"message": NO_CARD}})
        if request.path == "/problem":  # the module's own import, "./problem"
            return Reply(body=self.scripts["problem"], headers=js)
        forms = ("/api/l4y/forms/12", "/api/l4y/forms/13", "/api/l4y/forms/14")
        if request.path in forms and request.method == "POST":
            if len(self.requests_to(request.path)) == 1:
                fields = [{"field": "email", "message": "is not an email address"}]
                return json_reply(422, {"error": {"message": REFUSAL, "fields": fields}})
            return json_reply(201, {"id": 1})
        return Reply(status=404)


@pytest.fixture
def site(scripts: dict[str, bytes]) -> Iterator[BookingSite]:
    with BookingSite(scripts) as server:
        yield server
    assert not server.errors, server.errors


def _open(qtbot: QtBot, panel: PreviewPanel, url: str) -> None:
    """The page loaded in the preview, its module run (it sets `window.wired`)."""
    panel.set_source_url(PreviewSource.V0, url)
    wait_until(qtbot, lambda: panel.url() == QUrl(url))
    wait_state(qtbot, panel, LoadState.LOADED)
    wait_until(qtbot, lambda: run_js(qtbot, panel, "window.wired === true"), may_hold=True)


def _reader(qtbot: QtBot, panel: PreviewPanel, state: str) -> Callable[[], dict[str, object]]:
    """Reads the page's state: the object the `JSON.stringify(...)` expression builds."""
    return lambda: dict(json.loads(run_js(qtbot, panel, state)))


def test_a_refused_booking_stays_on_the_form_and_the_card_comes_only_once_accepted(
    qtbot: QtBot, panel: PreviewPanel, site: BookingSite
) -> None:
    _open(qtbot, panel, site.url("/"))

    state = (
        "JSON.stringify({form: !!document.getElementById('booking'),"
        " card: document.getElementById('card')?.textContent ?? null,"
        " problem: document.querySelector('#booking [data-l4y-problem]')?.textContent ?? null})"
    )
    page = _reader(qtbot, panel, state)

    assert page() == {"form": True, "card": None, "problem": None}
    run_js(qtbot, panel, "document.getElementById('booking').requestSubmit(); true")
    wait_until(qtbot, lambda: page()["problem"] is not None, may_hold=True)
    # The refusal is shown in the form, which is still there; no card claims the booking.
    assert page() == {
        "form": True,
        "card": None,
        "problem": f"{REFUSAL} (email: is not an email address)",
    }

    run_js(qtbot, panel, "document.querySelector('[name=email]').value = 'ana@example.com'; true")
    run_js(qtbot, panel, "document.getElementById('booking').requestSubmit(); true")
    wait_until(qtbot, lambda: page()["card"] is not None, may_hold=True)
    # Accepted: the handler ran, reading the form from its event, and put the card in its place.
    assert page() == {"form": False, "card": "Booking requested for Ana", "problem": None}
    posts = site.requests_to("/api/l4y/forms/12", "POST")
    assert len(posts) == 2 and b"ana@example.com" in posts[1].body


def test_inputs_without_a_form_post_what_they_show_and_the_button_handler_runs_once_accepted(
    qtbot: QtBot, panel: PreviewPanel, site: BookingSite
) -> None:
    _open(qtbot, panel, site.url("/fields"))
    state = (
        "JSON.stringify({group: !!document.getElementById('group'),"
        " card: document.getElementById('card')?.textContent ?? null,"
        " problem: document.querySelector('#group [data-l4y-problem]')?.textContent ?? null})"
    )
    page = _reader(qtbot, panel, state)

    assert page() == {"group": True, "card": None, "problem": None}
    run_js(qtbot, panel, "document.getElementById('save').click(); true")
    wait_until(qtbot, lambda: page()["problem"] is not None, may_hold=True)
    # refused: the sentence shows beside the button, and the app's handler has not run
    assert page()["group"] is True and page()["card"] is None
    assert str(page()["problem"]).startswith(REFUSAL)

    run_js(qtbot, panel, "const n = document.getElementById('name'); n.value = 'Bea';"
           " n.dispatchEvent(new Event('input')); true")  # fmt: skip
    run_js(qtbot, panel, "document.getElementById('save').click(); true")
    wait_until(qtbot, lambda: page()["card"] is not None, may_hold=True)
    # accepted: the handler ran with the button as its event's currentTarget
    assert page() == {"group": False, "card": "Requested by Bea (save)", "problem": None}
    posts = site.requests_to("/api/l4y/forms/13", "POST")
    assert len(posts) == 2
    # the values as they were at each click; the picked Date as the visitor's own day
    # a select's trigger gives the chosen item's words; one showing its placeholder, nothing
    first = {
        "name": "Ana",
        "day": "2026-12-24",
        "email": "ana@example.com",
        "service": "Haircut",
        "stylist": "",
    }
    assert json.loads(posts[0].body) == first
    assert json.loads(posts[1].body) == {**first, "name": "Bea"}
    assert posts[1].headers.get("content-type") == "application/json"


def test_a_form_that_had_no_handler_is_emptied_and_says_it_was_sent_in_the_pages_language(
    qtbot: QtBot, panel: PreviewPanel, site: BookingSite
) -> None:
    _open(qtbot, panel, site.url("/plain"))
    state = (
        "JSON.stringify({email: document.querySelector('[name=email]').value,"
        " notes: [...document.querySelectorAll('#contact [data-l4y-problem]')]"
        ".map((n) => [n.getAttribute('role'), n.textContent]),"
        " url: location.pathname + location.search})"
    )
    page = _reader(qtbot, panel, state)

    assert page() == {"email": "", "notes": [], "url": "/plain"}
    run_js(qtbot, panel, "document.querySelector('[name=email]').value = 'ana@example'; true")
    run_js(qtbot, panel, "document.getElementById('contact').requestSubmit(); true")
    wait_until(qtbot, lambda: page()["notes"] != [], may_hold=True)
    # refused: the visitor's words stay, the page did not reload, the sentence says why
    refused = page()
    assert refused["email"] == "ana@example" and refused["url"] == "/plain"
    assert refused["notes"] == [["alert", f"{REFUSAL} (email: is not an email address)"]]

    run_js(qtbot, panel, "document.querySelector('[name=email]').value = 'ana@example.com'; true")
    run_js(qtbot, panel, "document.getElementById('contact').requestSubmit(); true")
    wait_until(qtbot, lambda: page()["email"] == "", may_hold=True)
    # accepted: the form is emptied and says so in the page's language, in place of the error
    assert page() == {"email": "", "notes": [["status", "Envoyé, merci."]], "url": "/plain"}
    posts = site.requests_to("/api/l4y/forms/14", "POST")
    assert len(posts) == 2 and b"ana@example.com" in posts[1].body


def test_checkout_buttons_post_what_they_sell_and_show_the_refusal_beside_them(
    qtbot: QtBot, panel: PreviewPanel, site: BookingSite
) -> None:
    _open(qtbot, panel, site.url("/checkout"))
    notes = (
        "JSON.stringify([...document.querySelectorAll('[data-l4y-problem]')]"
        ".map((n) => [n.parentElement.firstElementChild.id, n.textContent]))"
    )
    for button in ("cart", "linked"):
        run_js(qtbot, panel, f"document.getElementById('{button}').click(); true")
    run_js(qtbot, panel, "window.choose(3); document.getElementById('tickets').click(); true")
    wait_until(qtbot, lambda: len(json.loads(run_js(qtbot, panel, notes))) == 3, may_hold=True)
    # each refusal beside its own button; the page stays, nothing was charged
    assert json.loads(run_js(qtbot, panel, notes)) == [
        ["cart", NO_CARD],
        ["linked", NO_CARD],
        ["tickets", NO_CARD],
    ]
    carts = site.requests_to("/api/l4y/checkout/3", "POST")
    assert [json.loads(r.body) for r in carts] == [
        {"lines": [{"ref": "mug", "name": "Mug", "quantity": 2}]}
    ]
    # no cart on the page: the checkout's linked products, then three of its one product
    pages = site.requests_to("/api/l4y/checkout/4", "POST")
    assert [json.loads(r.body) for r in pages] == [{}, {"quantity": 3}]

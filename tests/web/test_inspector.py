"""The preview inspector against real pages on 127.0.0.1: select mode, metadata, frames, badges.

A second server on another port is another origin, for the cross-origin iframe. Clicks, moves
and keys are real Qt input events, which the page sees as trusted, like the user's own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMetaMethod, QPoint, Qt, QUrl
from PySide6.QtWebEngineCore import QWebEngineFrame, QWebEnginePage
from pytestqt.qtbot import QtBot

from l4ydesk.ui.preview import LoadState, PreviewPanel, PreviewSource
from l4ydesk.ui.preview.inspector import INSPECTOR_WORLD, Badge, ElementInfo
from l4ydesk.ui.preview.inspector_messages import MAX_MESSAGES_PER_SECOND, SourceLocation
from l4ydesk.ui.preview.web_page import PreviewPage
from tests.conftest import wait_until
from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response
from tests.web.conftest import ENVIRONMENT_WARNINGS, run_js, wait_state

pytestmark = [
    pytest.mark.web,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(*ENVIRONMENT_WARNINGS),
]


def _html(title: str, body: str) -> Reply:
    page = f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"
    return Reply(body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


SHOP = """
<header><h1>Harbor shop</h1><nav><a id="about" href="/about">About us</a></nav></header>
<main>
  <section class="card product" data-testid="mug-card" data-l4y-src="app/page.tsx:12:5">
    <h2>Blue mug</h2>
    <p class="price">$12 <small>(€9,50 in the EU, 49.00 USD for six)</small></p>
    <p>Ships <time datetime="2025-03-14">March 14, 2025</time></p>
    <button id="buy" class="btn primary" data-sku="mug-blue" aria-label="Buy the blue mug"
            onclick="window.bought = true" data-l4y-src="app/page.tsx:20:7">Buy now</button>
  </section>
  <form id="signup" action="/subscribe" method="post" data-l4y-src="app/signup.tsx:4:3">
    <label for="email">Email address</label>
    <input id="email" name="email" type="email" required placeholder="you@example.com">
    <label>Full name <input name="full_name" type="text"></label>
    <input name="phone" type="tel" aria-label="Phone number">
    <!-- Controls named like form properties shadow them ("DOM clobbering"). -->
    <input name="action" type="hidden" value="/elsewhere">
    <input name="getAttribute" type="hidden">
    <button id="subscribe" type="submit">Subscribe</button>
  </form>
  <iframe id="widget" src="{frame_url}" width="400" height="120"
          style="border: 0; padding: 0; margin-left: 30px; display: block"></iframe>
</main>
<script>
  // What React leaves on a node it rendered: its fiber, whose parent is the component.
  document.getElementById("buy")["__reactFiber$k2x9"] = {
    type: "button", return: {type: function BuyButton() {}, return: null},
  };
</script>
"""

WIDGET = """
<p>Next free slot</p>
<button id="book" onclick="window.booked = true"
        data-l4y-src="app/widget.tsx:3:9">Book 10:30</button>
"""

# A page whose same-origin frame forges inspector messages; the top page calls `attack(...)`.
EVIL = (
    '<h1>Totally normal</h1><iframe id="evil" src="/evil-frame" width="300" height="80"></iframe>'
)
EVIL_FRAME = """
<p id="bait">Click me</p>
<script>
  function send(msg) { parent.postMessage({__l4yInspector: 1, dir: "up", msg: msg}, "*"); }
  window.attack = function (kind, count) {
    for (let i = 0; i < count; i++) {
      if (kind === "huge") {
        send({type: "element_selected", version: 1, element: {tag: "p", text: "x".repeat(100000)}});
      } else if (kind === "wrong") {
        send({type: "element_selected", version: 1, element: {tag: 42, rect: {x: NaN}}});
      } else if (kind === "extra") {
        send({type: "element_selected", version: 1, element: {}, run: "rm -rf /"});
      }
    }
    return true;
  };
</script>
"""


# What the page side sends for an element, as JSON (tests/unit/test_inspector_messages.py has all).
ELEMENT_JSON: dict[str, Any] = {
    "tag": "p", "id": "", "classes": [], "text": "Forged", "role": "", "aria_label": "",
    "component": None, "rect": {"x": 0, "y": 0, "width": 1, "height": 1}, "selector": "p",
    "data": {}, "heading": None, "form": None, "target": None, "prices": [], "dates": [],
    "src": None, "frame": {"url": "", "depth": 0, "top_coords": True},
}  # fmt: skip


class WidgetSite(FakeHTTPServer):
    """Another origin: a booking widget embedded by the shop."""

    def route(self, request: RecordedRequest) -> Response:
        if request.path == "/frame":
            return _html("Widget", WIDGET)
        return Reply(status=404)


class ShopSite(FakeHTTPServer):
    def __init__(self, frame_url: str) -> None:
        super().__init__()
        self.frame_url = frame_url

    def route(self, request: RecordedRequest) -> Response:
        pages = {
            "/": ("Harbor shop", SHOP.replace("{frame_url}", self.frame_url)),
            "/about": ("About", "<h1>About us</h1>"),
            "/evil": ("Evil", EVIL),
            "/evil-frame": ("Evil frame", EVIL_FRAME),
        }
        if request.path in pages:
            return _html(*pages[request.path])
        return Reply(status=404)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests if r.path != "/favicon.ico"]


@pytest.fixture(autouse=True)
def no_script_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail on any JavaScript error, ours included (an isolated world's errors land here too)."""
    errors: list[str] = []
    error_level = QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel

    def console(page: QWebEnginePage, level: Any, message: str, line: int, source: str) -> None:
        if level == error_level:
            errors.append(f"{source}:{line}: {message}")

    monkeypatch.setattr(PreviewPage, "javaScriptConsoleMessage", console)
    yield
    assert errors == []


@pytest.fixture
def widget_site() -> Iterator[WidgetSite]:
    with WidgetSite() as server:
        yield server
    assert not server.errors, server.errors


@pytest.fixture
def shop(widget_site: WidgetSite) -> Iterator[ShopSite]:
    with ShopSite(widget_site.url("/frame")) as server:
        yield server
    assert not server.errors, server.errors


# ----- helpers --------------------------------------------------------------------------------


def load(qtbot: QtBot, panel: PreviewPanel, url: str) -> None:
    panel.set_source_url(PreviewSource.V0, url)
    wait_until(qtbot, lambda: panel.url() == QUrl(url))
    wait_state(qtbot, panel, LoadState.LOADED)


def frame_js(qtbot: QtBot, frame: QWebEngineFrame, script: str, world: int = 0) -> Any:
    results: list[Any] = []
    frame.runJavaScript(script, world, results.append)
    wait_until(qtbot, lambda: bool(results))
    return results[0]


# Reading the page (run_js, frame_js, overlay_state) spins the event loop until the answer
# comes, so a change an action started may be complete by the first read: such waits pass
# may_hold=True, and the tests assert the state before the action where it matters.


def main_frame(panel: PreviewPanel) -> QWebEngineFrame:
    return panel.view.page().mainFrame()


def child_frame(qtbot: QtBot, panel: PreviewPanel) -> QWebEngineFrame:
    # A helper that finds the frame, loaded or still loading: a wait that may already hold.
    wait_until(qtbot, lambda: len(main_frame(panel).children()) == 1, may_hold=True)
    frame = main_frame(panel).children()[0]
    # Loaded, with the inspector in it.
    wait_until(
        qtbot,
        lambda: frame_js(qtbot, frame, "!!window.__l4yInspector", INSPECTOR_WORLD),
        may_hold=True,
    )
    return frame


def overlay_state(qtbot: QtBot, frame: QWebEngineFrame) -> dict[str, Any]:
    # As JSON: objects from a world other than the page's own come back empty.
    script = "JSON.stringify(window.__l4yInspector.debug())"
    state = json.loads(frame_js(qtbot, frame, script, INSPECTOR_WORLD))
    assert isinstance(state, dict)
    return state


def rect(qtbot: QtBot, frame: QWebEngineFrame, selector: str) -> dict[str, float]:
    script = (
        f"JSON.stringify(document.querySelector({json.dumps(selector)}).getBoundingClientRect())"
    )
    found = json.loads(frame_js(qtbot, frame, script))
    assert isinstance(found, dict)
    return found


def centre(box: dict[str, float], dx: float = 0, dy: float = 0) -> QPoint:
    return QPoint(round(box["x"] + dx + box["width"] / 2), round(box["y"] + dy + box["height"] / 2))


def widget_offset(qtbot: QtBot, panel: PreviewPanel) -> tuple[float, float]:
    box = rect(qtbot, main_frame(panel), "#widget")
    return box["x"], box["y"]


def enter_select_mode(qtbot: QtBot, panel: PreviewPanel) -> None:
    with qtbot.waitSignal(panel.inspector.select_mode_changed, check_params_cb=bool):
        panel.toolbar.select_action.trigger()
    # The signal saw select mode start; the page's overlay may follow it or already be up.
    wait_until(qtbot, lambda: overlay_state(qtbot, main_frame(panel))["active"], may_hold=True)


def hover(qtbot: QtBot, panel: PreviewPanel, point: QPoint) -> None:
    qtbot.mouseMove(panel.view.focusProxy(), point)


def pick(qtbot: QtBot, panel: PreviewPanel, point: QPoint) -> ElementInfo:
    """Click at `point` in select mode and return what Python was told."""
    with qtbot.waitSignal(panel.inspector.element_selected) as blocker:
        qtbot.mouseClick(panel.view.focusProxy(), Qt.MouseButton.LeftButton, pos=point)
    info = blocker.args[0]
    assert isinstance(info, ElementInfo)
    return info


# ----- select mode ----------------------------------------------------------------------------


def test_select_mode_outlines_the_element_under_the_pointer(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    top = main_frame(panel)
    assert overlay_state(qtbot, top) == {
        "active": False, "overlay": False, "hover": False, "hoverLabel": None,
        "selected": False, "badges": [],
    }  # fmt: skip

    # Ctrl+Shift+C with the focus in the page, as in browsers' developer tools.
    qtbot.keyClick(
        panel.view.focusProxy(),
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_until(qtbot, lambda: panel.inspector.select_mode, may_hold=True)  # off before the keys
    assert panel.toolbar.select_action.isChecked()
    wait_until(qtbot, lambda: overlay_state(qtbot, top)["active"], may_hold=True)

    hover(qtbot, panel, centre(rect(qtbot, top, "#buy")))
    wait_until(qtbot, lambda: overlay_state(qtbot, top)["hover"], may_hold=True)
    # The component's name comes from React's fiber, which only the page's own world sees.
    assert overlay_state(qtbot, top)["hoverLabel"].startswith("button · BuyButton")
    # The overlay sits in a closed shadow root: the page sees a host, nothing inside it.
    script = "document.querySelector('l4y-inspector-overlay').shadowRoot === null"
    assert run_js(qtbot, panel, script) is True

    panel.toolbar.select_action.trigger()  # off again
    assert not panel.inspector.select_mode
    wait_until(qtbot, lambda: not overlay_state(qtbot, top)["overlay"], may_hold=True)


def test_picking_a_link_selects_it_without_navigating(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    enter_select_mode(qtbot, panel)
    info = pick(qtbot, panel, centre(rect(qtbot, main_frame(panel), "#about")))

    assert info.tag == "a"
    assert info.text == "About us"
    assert info.role == "link"
    assert info.selector == "#about"
    assert info.target is not None
    assert (info.target.kind, info.target.href) == ("link", shop.url("/about"))
    assert info.heading == "Harbor shop"
    assert info.form is None and info.source is None
    assert info.frame.depth == 0 and info.frame.url == shop.url("/")
    assert overlay_state(qtbot, main_frame(panel))["selected"]
    # Stayed where it was: the click never reached the link.
    assert panel.url() == QUrl(shop.url("/"))
    assert "/about" not in shop.paths()


def test_picking_a_button_reports_its_metadata_without_running_its_handler(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    enter_select_mode(qtbot, panel)
    box = rect(qtbot, main_frame(panel), "#buy")
    info = pick(qtbot, panel, centre(box))

    assert run_js(qtbot, panel, "window.bought === undefined") is True
    assert info.tag == "button"
    assert info.element_id == "buy"
    assert info.classes == ("btn", "primary")
    assert info.text == "Buy now"
    assert info.role == "button"
    assert info.aria_label == "Buy the blue mug"
    assert info.component == "BuyButton"
    assert info.selector == "#buy"
    assert dict(info.data) == {"data-sku": "mug-blue", "data-l4y-src": "app/page.tsx:20:7"}
    assert info.source == SourceLocation("app/page.tsx", 20, 7)
    assert info.heading == "Blue mug"
    assert info.prices == ("$12", "€9,50", "49.00 USD")
    assert "March 14, 2025" in info.dates and "2025-03-14" in info.dates
    assert info.target is not None and info.target.kind == "button"
    assert info.target.button_type == "submit"  # a <button>'s default, though outside a form
    assert info.target.form_action is None
    assert info.rect.x == pytest.approx(box["x"], abs=0.5)
    assert info.rect.y == pytest.approx(box["y"], abs=0.5)
    assert info.rect.width == pytest.approx(box["width"], abs=0.5)
    assert info.frame.in_top_coordinates

    # An element without an id gets a path through stable attributes.
    heading = pick(qtbot, panel, centre(rect(qtbot, main_frame(panel), ".card h2")))
    assert heading.selector == 'section[data-testid="mug-card"] > h2'
    assert heading.source == SourceLocation("app/page.tsx", 12, 5)  # from the nearest ancestor
    assert panel.inspector.stats.accepted >= 2
    assert panel.inspector.stats.rejected == 0


def test_picking_in_a_form_lists_its_fields_and_does_not_submit(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    enter_select_mode(qtbot, panel)
    top = main_frame(panel)
    email = pick(qtbot, panel, centre(rect(qtbot, top, "#email")))

    assert email.tag == "input" and email.role == "textbox"
    assert email.text == ""  # what the user typed is never read
    form = email.form
    assert form is not None
    assert (form.action, form.method) == (shop.url("/subscribe"), "post")
    fields = {field.name: field for field in form.fields}
    assert list(fields) == ["email", "full_name", "phone"]  # hidden inputs are not fields
    assert fields["email"].label == "Email address"  # <label for>
    assert fields["email"].required and fields["email"].type == "email"
    assert fields["email"].placeholder == "you@example.com"
    assert fields["full_name"].label == "Full name"  # wrapping <label>
    assert not fields["full_name"].required
    assert fields["phone"].aria_label == "Phone number"
    assert email.source == SourceLocation("app/signup.tsx", 4, 3)

    submit = pick(qtbot, panel, centre(rect(qtbot, top, "#subscribe")))
    assert submit.target is not None
    assert (submit.target.kind, submit.target.button_type) == ("button", "submit")
    assert submit.target.form_action == shop.url("/subscribe")
    assert "/subscribe" not in shop.paths()
    assert panel.url() == QUrl(shop.url("/"))


def test_picking_inside_a_cross_origin_frame_reaches_python(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite, widget_site: WidgetSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    frame = child_frame(qtbot, panel)
    assert QUrl(widget_site.base_url).port() != QUrl(shop.base_url).port()  # another origin
    enter_select_mode(qtbot, panel)  # which waits for the main frame's overlay; the child's:
    wait_until(qtbot, lambda: overlay_state(qtbot, frame)["active"], may_hold=True)

    inner = rect(qtbot, frame, "#book")
    dx, dy = widget_offset(qtbot, panel)
    hover(qtbot, panel, centre(inner, dx, dy))
    wait_until(qtbot, lambda: overlay_state(qtbot, frame)["hover"], may_hold=True)
    info = pick(qtbot, panel, centre(inner, dx, dy))

    assert frame_js(qtbot, frame, "window.booked === undefined") is True
    assert info.tag == "button" and info.text == "Book 10:30"
    assert info.frame.depth == 1
    assert info.frame.url == widget_site.url("/frame")
    assert info.frame.in_top_coordinates
    # In the top frame's coordinates: the frame's offset is added on the way up.
    assert info.rect.x == pytest.approx(inner["x"] + dx, abs=0.5)
    assert info.rect.y == pytest.approx(inner["y"] + dy, abs=0.5)
    assert info.source == SourceLocation("app/widget.tsx", 3, 9)
    assert info.dates == ("10:30",)


def test_escape_leaves_select_mode_and_the_page_works_again(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    frame = child_frame(qtbot, panel)
    enter_select_mode(qtbot, panel)  # which waits for the main frame's overlay; the child's:
    wait_until(qtbot, lambda: overlay_state(qtbot, frame)["active"], may_hold=True)

    with qtbot.waitSignal(panel.inspector.select_mode_changed, check_params_cb=lambda a: not a):
        qtbot.keyClick(panel.view.focusProxy(), Qt.Key.Key_Escape)
    assert not panel.toolbar.select_action.isChecked()
    assert not overlay_state(qtbot, main_frame(panel))["active"]
    wait_until(
        qtbot, lambda: not overlay_state(qtbot, frame)["active"], may_hold=True
    )  # every frame left it

    qtbot.mouseClick(
        panel.view.focusProxy(),
        Qt.MouseButton.LeftButton,
        pos=centre(rect(qtbot, main_frame(panel), "#about")),
    )
    wait_until(qtbot, lambda: panel.url() == QUrl(shop.url("/about")))
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)  # the new URL is in: settle


def test_outside_select_mode_the_page_behaves_as_without_the_inspector(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    selected: list[ElementInfo] = []
    panel.inspector.element_selected.connect(selected.append)
    top = main_frame(panel)
    hover(qtbot, panel, centre(rect(qtbot, top, "#buy")))
    assert run_js(qtbot, panel, "window.bought !== true")  # not bought before the click
    qtbot.mouseClick(
        panel.view.focusProxy(), Qt.MouseButton.LeftButton, pos=centre(rect(qtbot, top, "#buy"))
    )
    wait_until(qtbot, lambda: run_js(qtbot, panel, "window.bought === true"), may_hold=True)
    # No trace in the DOM: no overlay until select mode or badges need one.
    assert run_js(qtbot, panel, "document.querySelector('l4y-inspector-overlay') === null")

    qtbot.mouseClick(
        panel.view.focusProxy(), Qt.MouseButton.LeftButton, pos=centre(rect(qtbot, top, "#about"))
    )
    wait_until(qtbot, lambda: panel.url() == QUrl(shop.url("/about")))
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)  # the new URL is in: settle
    assert selected == []


def test_scripted_clicks_cannot_select(qtbot: QtBot, panel: PreviewPanel, shop: ShopSite) -> None:
    load(qtbot, panel, shop.url("/"))
    enter_select_mode(qtbot, panel)
    selected: list[ElementInfo] = []
    panel.inspector.element_selected.connect(selected.append)
    # A page script's click is the page's own business: it runs, and selects nothing.
    assert run_js(qtbot, panel, "document.getElementById('buy').click(); window.bought") is True
    pick(qtbot, panel, centre(rect(qtbot, main_frame(panel), "#about")))
    assert [info.tag for info in selected] == ["a"]  # messages arrive in order: none before


# ----- a hostile page -------------------------------------------------------------------------


def test_forged_oversized_malformed_and_flooding_messages_are_dropped(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/evil"))
    child_frame(qtbot, panel)
    enter_select_mode(qtbot, panel)
    inspector = panel.inspector
    selected: list[ElementInfo] = []
    inspector.element_selected.connect(selected.append)
    start = inspector.stats

    def attack(kind: str, count: int) -> None:
        before = inspector.stats.received
        assert run_js(qtbot, panel, f"frames[0].attack({json.dumps(kind)}, {count})") is True
        # run_js spins the loop, so the messages may all be in when it returns.
        wait_until(qtbot, lambda: inspector.stats.received == before + count, may_hold=True)

    attack("huge", 1)
    assert inspector.stats.oversized == 1
    attack("wrong", 1)
    attack("extra", 1)
    assert inspector.stats.invalid == 2

    # Our own world can post raw strings; the page's cannot (see the next test).
    def post(raw: str) -> None:
        before = inspector.stats.received
        script = f"window.__l4yBridge.post({json.dumps(raw)}); true"
        frame_js(qtbot, main_frame(panel), script, INSPECTOR_WORLD)
        wait_until(qtbot, lambda: inspector.stats.received == before + 1, may_hold=True)

    post("{not json")
    post("[" * 20_000)  # nested past Python's recursion limit
    post('{"type": "ready", "version": 1, "url": NaN}')
    assert inspector.stats.malformed == 3
    post('{"type": "run_shell", "version": 1, "command": "rm -rf /"}')
    assert inspector.stats.invalid == 3

    attack("wrong", 5 * MAX_MESSAGES_PER_SECOND)
    stats = inspector.stats
    assert stats.rate_limited >= MAX_MESSAGES_PER_SECOND  # most of the flood, however slow the run
    assert stats.received - start.received == 7 + 5 * MAX_MESSAGES_PER_SECOND
    assert stats.accepted == start.accepted
    assert selected == []
    assert inspector.select_mode

    # The bucket refills within a fraction of a second; then a real pick gets through.
    wait_until(qtbot, lambda: inspector.rate_limiter.available() >= 1, may_hold=True)  # refilling
    info = pick(qtbot, panel, centre(rect(qtbot, main_frame(panel), "h1")))
    assert info.text == "Totally normal"
    assert inspector.stats.accepted == start.accepted + 1

    # A well-formed selection outside select mode is not acted on either.
    inspector.set_select_mode(False)
    wait_until(qtbot, lambda: inspector.rate_limiter.available() >= 1, may_hold=True)  # refilling
    post(json.dumps({"type": "element_selected", "version": 1, "element": ELEMENT_JSON}))
    assert inspector.stats.unexpected == start.unexpected + 1
    assert [element.text for element in selected] == ["Totally normal"]


def test_the_page_cannot_reach_the_bridge(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    frame = child_frame(qtbot, panel)
    probe = (
        "[typeof qt, typeof QWebChannel, typeof __l4yBridge, typeof __l4yInspector,"
        " typeof __l4yInspectorConfig, typeof __l4yInspectorParts].join(' ')"
    )
    hidden = " ".join(["undefined"] * 6)
    assert frame_js(qtbot, main_frame(panel), probe) == hidden
    assert frame_js(qtbot, frame, probe) == hidden
    # Our world in the top frame has them all.
    assert "undefined" not in frame_js(qtbot, main_frame(panel), probe, INSPECTOR_WORLD)

    # The published object adds one method to QObject's, and no signals or properties.
    meta = panel.inspector.bridge.metaObject()
    own = [meta.method(i) for i in range(meta.methodOffset(), meta.methodCount())]
    assert [(m.methodSignature().data(), m.methodType()) for m in own] == [
        (b"post(QString)", QMetaMethod.MethodType.Slot)
    ]
    assert meta.propertyCount() == meta.propertyOffset()


# ----- badges ---------------------------------------------------------------------------------


def test_badges_and_select_mode_come_back_after_reload(
    qtbot: QtBot, panel: PreviewPanel, shop: ShopSite
) -> None:
    load(qtbot, panel, shop.url("/"))
    top = main_frame(panel)
    panel.inspector.show_badges(
        [
            Badge("Stripe checkout", selector="#buy"),
            Badge("Mailing list", source=SourceLocation("app/signup.tsx", 4, 3)),
            Badge("Nowhere", selector="#does-not-exist"),
        ]
    )
    expected = ["Stripe checkout", "Mailing list"]
    # set_badges may have drawn them by the time the overlay is read (it runs JavaScript).
    wait_until(qtbot, lambda: overlay_state(qtbot, top)["badges"] == expected, may_hold=True)
    assert not overlay_state(qtbot, top)["active"]  # badges need no select mode

    enter_select_mode(qtbot, panel)

    panel.reload()
    wait_until(qtbot, lambda: panel.view.page().isLoading())
    wait_state(qtbot, panel, LoadState.LOADED)
    # The new document asks for both again (overlay_state runs JavaScript: they may be there).
    wait_until(qtbot, lambda: overlay_state(qtbot, top)["badges"] == expected, may_hold=True)
    wait_until(qtbot, lambda: overlay_state(qtbot, top)["active"], may_hold=True)
    panel.inspector.set_select_mode(False)

    panel.inspector.show_badges([])
    wait_until(qtbot, lambda: overlay_state(qtbot, top)["badges"] == [], may_hold=True)
    assert run_js(qtbot, panel, "document.querySelector('l4y-inspector-overlay') === null")

"""“What is this?” against a real page on 127.0.0.1 and the bundled sample app in a real store.

The page is the sample app's booking page as the local preview serves it: its elements carry
`data-l4y-src` tags pointing into the sample's files (components/booking-form.tsx and the ui
components). Picks are real mouse clicks in select mode; Create, Link and Undo run through the
same Connector as connect mode, so the test checks what is in the store afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QUrl
from PySide6.QtWebEngineCore import QWebEngineFrame
from pytestqt.qtbot import QtBot

from l4ydesk.app import Services
from l4ydesk.core.connections import ConnectionPlan, Outcome, item_for_detection
from l4ydesk.core.selection_match import OTHER
from l4ydesk.ui.preview import LoadState, PreviewPanel, PreviewSource
from l4ydesk.ui.preview.inspect_controller import InspectController
from l4ydesk.ui.preview.inspector import INSPECTOR_WORLD
from l4ydesk.ui.preview.inspector_messages import ElementSelected, parse_message
from l4ydesk.ui.preview.what_is_this import WhatIsThisPopover, popover_position
from l4ydesk.ui.tasks import TaskRunner
from tests.conftest import wait_for, wait_until
from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response
from tests.web.conftest import ENVIRONMENT_WARNINGS, wait_state

# The offscreen platform says this whenever a tool window is shown; it is not about our code.
NO_RAISE = r"This plugin does not support raise\(\)"
pytestmark = [
    pytest.mark.web,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(*ENVIRONMENT_WARNINGS, NO_RAISE),
]

Run = Callable[[Any], Any]
FORM_SRC = "components/booking-form.tsx"

STYLE = """
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: #1c1917; background: #faf8f5; }
header { display: flex; justify-content: space-between; padding: 18px 40px;
         border-bottom: 1px solid #e7e2da; background: #fff; }
header b { font: 600 20px Georgia, serif; }
header nav a { margin-left: 22px; color: #44403c; text-decoration: none; }
section.page { display: grid; grid-template-columns: 1fr 430px; gap: 40px; padding: 36px 40px; }
h1 { font: 600 30px Georgia, serif; margin: 0 0 8px; }
.muted { color: #78716c; font-size: 13px; }
ul { list-style: none; padding: 0; display: grid; gap: 12px; }
li { border: 1px solid #e7e2da; border-radius: 8px; padding: 12px 14px; background: #fff; }
li .row { display: flex; justify-content: space-between; font-weight: 500; }
.card { border: 1px solid #e7e2da; border-radius: 10px; background: #fff;
        box-shadow: 0 1px 2px rgba(0,0,0,.05); }
.card .head { padding: 20px 22px 8px; } .card .title { font-weight: 600; font-size: 18px; }
.card .content { display: grid; gap: 12px; padding: 8px 22px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
label { display: block; font-size: 13px; font-weight: 500; margin-bottom: 4px; }
input, select { box-sizing: border-box; width: 100%; height: 34px; border: 1px solid #d6d3d1;
                border-radius: 6px; padding: 0 8px; font: inherit; background: #fff; }
.foot { display: flex; justify-content: space-between; align-items: center;
        padding: 14px 22px 20px; }
button { background: #2f5d50; color: #fff; border: 0; border-radius: 6px; padding: 8px 14px;
         font: 500 14px system-ui, sans-serif; }
"""


def _field(tag: str, label: str, name: str, line: int, extra: str = "") -> str:
    """A labelled control as the sample renders it: Label and Input/Select are ui components."""
    control = (
        f'<select id="{name}" name="{name}" required data-l4y-src="components/ui/select.tsx:11:7">'
        f"<option>{label}</option></select>"
        if tag == "select"
        else f'<input id="{name}" name="{name}" {extra} data-l4y-src="components/ui/input.tsx:8:7">'
    )
    return (
        f'<div data-l4y-src="{FORM_SRC}:{line}:13">'
        f'<label for="{name}" data-l4y-src="components/ui/label.tsx:30:5">{label}</label>'
        f"{control}</div>"
    )


BOOKING_PAGE = f"""<!doctype html><html><head><title>Book a session</title>
<style>{STYLE}</style></head><body>
<header data-l4y-src="components/site-header.tsx:12:5"><b>Harbor &amp; Pine</b>
  <nav><a href="/">Shop</a><a href="/events">Workshops</a><a href="/booking">Book</a></nav></header>
<section class="page" data-l4y-src="app/booking/page.tsx:14:5">
  <div data-l4y-src="app/booking/page.tsx:15:7">
    <h1 data-l4y-src="app/booking/page.tsx:17:11">Book time at the studio</h1>
    <p class="muted" data-l4y-src="app/booking/page.tsx:18:11">Sessions run Tuesday to Sunday.
      Cancel or reschedule free of charge up to 48 hours before.</p>
    <ul data-l4y-src="app/booking/page.tsx:22:9">
      <li id="lesson" data-l4y-src="app/booking/page.tsx:24:13"><div class="row">
        <span>Private wheel lesson</span><span>$120.00 / 90 min</span></div>
        <p class="muted">One-to-one time on the wheel with an instructor.</p></li>
      <li data-l4y-src="app/booking/page.tsx:24:13"><div class="row">
        <span>Open studio session</span><span>$35.00 / 120 min</span></div>
        <p class="muted">Wheel, tools and clay for members who already throw.</p></li>
    </ul>
  </div>
  <div class="card" data-l4y-src="components/ui/card.tsx:7:5">
    <form id="booking" data-l4y-src="{FORM_SRC}:84:7">
      <div class="head" data-l4y-src="components/ui/card.tsx:14:5">
        <div class="title" data-l4y-src="components/ui/card.tsx:21:5">Book a session</div>
        <div class="muted" id="pick" data-l4y-src="components/ui/card.tsx:28:5">Pick a service,
          a day and a time.</div></div>
      <div class="content" data-l4y-src="components/ui/card.tsx:34:5">
        {_field("select", "Service", "service", 90)}
        <div class="grid2" data-l4y-src="{FORM_SRC}:101:11">
          {_field("input", "Date", "date", 102, 'type="date" required')}
          {_field("select", "Time slot", "time", 106)}</div>
        {_field("select", "Duration", "duration", 120)}
        <div class="grid2" data-l4y-src="{FORM_SRC}:135:11">
          {_field("input", "Name", "name", 136, "required")}
          {_field("input", "Email", "email", 140, 'type="email" required')}</div>
      </div>
      <div class="foot" data-l4y-src="components/ui/card.tsx:40:5">
        <p class="muted" id="estimate" data-l4y-src="{FORM_SRC}:147:11">Estimated $120.00</p>
        <button type="submit" data-l4y-src="components/ui/button.tsx:84:12">Request booking</button>
      </div>
    </form>
  </div>
</section></body></html>"""


class BookingSite(FakeHTTPServer):
    def route(self, request: RecordedRequest) -> Response:
        if request.path == "/booking":
            return Reply(body=BOOKING_PAGE.encode(), headers={"Content-Type": "text/html"})
        return Reply(status=404)


# ----- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def site() -> Iterator[BookingSite]:
    with BookingSite() as server:
        yield server
    assert not server.errors, server.errors


@pytest.fixture
def controller(
    panel: PreviewPanel, services: Services, tasks: TaskRunner, sample_app: int, arun: Run
) -> Iterator[InspectController]:
    ctl = InspectController(panel, services.records, services.connector, services.vfs, tasks)
    ctl.set_app(sample_app)
    arun(wait_for(lambda: bool(ctl.detections) and not ctl.busy and not tasks.running))
    yield ctl
    ctl.popover.close()


# ----- helpers ----------------------------------------------------------------------------------


def load(qtbot: QtBot, panel: PreviewPanel, url: str) -> None:
    panel.set_source_url(PreviewSource.LOCAL, url)
    wait_until(qtbot, lambda: panel.url() == QUrl(url))
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)  # the new URL is in: settle


def frame_js(qtbot: QtBot, frame: QWebEngineFrame, script: str, world: int = 0) -> Any:
    results: list[Any] = []
    frame.runJavaScript(script, world, results.append)
    wait_until(qtbot, lambda: bool(results))
    return results[0]


def badges(qtbot: QtBot, panel: PreviewPanel) -> list[str]:
    script = "JSON.stringify(window.__l4yInspector.debug())"
    state = json.loads(frame_js(qtbot, panel.view.page().mainFrame(), script, INSPECTOR_WORLD))
    assert isinstance(state, dict)
    return list(state["badges"])


def centre_of(qtbot: QtBot, panel: PreviewPanel, selector: str) -> QPoint:
    script = (
        f"JSON.stringify(document.querySelector({json.dumps(selector)}).getBoundingClientRect())"
    )
    box = json.loads(frame_js(qtbot, panel.view.page().mainFrame(), script))
    return QPoint(round(box["x"] + box["width"] / 2), round(box["y"] + box["height"] / 2))


def pick(
    qtbot: QtBot,
    panel: PreviewPanel,
    popover: WhatIsThisPopover,
    selector: str,
    *,
    app: bool = True,
) -> None:
    """Enter select mode if needed, click `selector`, wait for the popover (and its records)."""
    if not panel.inspector.select_mode:
        with qtbot.waitSignal(panel.inspector.select_mode_changed, check_params_cb=bool):
            panel.toolbar.select_action.trigger()
    point = centre_of(qtbot, panel, selector)
    with qtbot.waitSignal(panel.inspector.element_selected):
        qtbot.mouseClick(panel.view.focusProxy(), Qt.MouseButton.LeftButton, pos=point)
    wait_until(qtbot, lambda: popover.isVisible() and (popover.loaded or not app))


def settle(popover: WhatIsThisPopover, tasks: TaskRunner, arun: Run) -> None:
    arun(wait_for(lambda: not popover.busy and not tasks.running, may_hold=True))  # idle


def properties(popover: WhatIsThisPopover) -> dict[str, Any]:
    return popover.fields.values()


# ----- tests ------------------------------------------------------------------------------------


def test_a_picked_form_element_opens_the_popover_filled_from_its_source_tag(
    qtbot: QtBot, panel: PreviewPanel, controller: InspectController, site: BookingSite
) -> None:
    load(qtbot, panel, site.url("/booking"))
    popover = controller.popover
    pick(qtbot, panel, popover, "#estimate")  # a <p> written on line 147 of the booking form

    element = popover.element
    assert element is not None and element.source is not None
    assert (element.source.path, element.source.line) == (FORM_SRC, 147)
    assert popover.chosen_type() == "booking"
    assert popover.name_edit.text() == "Book a session"
    assert f"Source tag {FORM_SRC}:147 is inside 'Book a session'" in popover.reason_label.text()
    assert properties(popover)["service"] == "Book a session"
    assert properties(popover)["subtype"] == "class"
    assert popover.create_button.isEnabled()
    assert not popover.link_button.isVisible()  # no booking records exist yet
    assert "No existing booking looks like it." in popover.candidates_label.text()
    assert f"{FORM_SRC}:147" in popover.source_label.text()

    # The form the booking comes from is the second match; choosing it shows the form's fields.
    form_index = popover.match_combo.findText("Form “Book a session”", Qt.MatchFlag.MatchStartsWith)
    assert form_index == 1
    popover.match_combo.setCurrentIndex(form_index)
    popover.match_combo.activated.emit(form_index)
    assert popover.chosen_type() == "form"
    names = [field["name"] for field in properties(popover)["fields"]]
    assert names == ["service", "date", "time", "duration", "name", "email"]

    with qtbot.waitSignal(controller.open_location_requested) as opened:
        popover.source_label.linkActivated.emit("open")
    assert opened.args == [FORM_SRC, 147]

    with qtbot.waitSignal(popover.closed):
        qtbot.keyClick(popover.name_edit, Qt.Key.Key_Escape)
    assert not popover.isVisible()


def test_create_connects_the_element_badges_it_and_undo_takes_it_back(
    qtbot: QtBot,
    panel: PreviewPanel,
    controller: InspectController,
    site: BookingSite,
    services: Services,
    sample_app: int,
    tasks: TaskRunner,
    arun: Run,
) -> None:
    load(qtbot, panel, site.url("/booking"))
    popover = controller.popover
    changed: list[bool] = []
    controller.records_changed.connect(lambda: changed.append(True))
    # An input of the ui library: its tag points to input.tsx, so its form's fields decide.
    pick(qtbot, panel, popover, "#email")
    assert popover.element is not None and popover.element.source is not None
    assert popover.element.source.path == "components/ui/input.tsx"
    assert popover.chosen_type() == "booking"
    assert popover.reason_label.text().startswith(
        "Form fields match (service, date, time, duration…: 6 of 6)"
    )

    with qtbot.waitSignal(popover.connected) as done:
        popover.create_button.click()
    settle(popover, tasks, arun)
    result = done.args[0]
    assert [o.outcome for o in result.outcomes] == [Outcome.CREATED]
    linked = services.records.records_of(sample_app)
    assert [(r.type, r.name) for r in linked] == [("booking", "Book a session")]
    assert linked[0].properties["subtype"] == "class"
    assert "Created “Book a session”" in popover.status_label.text()
    assert changed
    # Connected under the detection's own key: connect mode sees the same element as done.
    booking = next(d for d in controller.detections if d.type_key == "booking")
    connected = services.connector.connected_items(sample_app)
    assert connected == {item_for_detection(booking).item_key: linked[0].id}
    # The form is badged in the page, and a second Create cannot run.
    # badges() runs JavaScript, so the badge may be drawn by the first look.
    wait_until(qtbot, lambda: badges(qtbot, panel) == ["Booking · Book a session"], may_hold=True)
    assert not popover.create_button.isEnabled()

    with qtbot.waitSignal(popover.undone):
        popover.undo_button.click()
    settle(popover, tasks, arun)
    assert services.records.records_of(sample_app) == []
    assert services.records.list_records("booking") == []
    assert popover.status_label.text().startswith("Undone.")
    assert not popover.undo_button.isVisible()
    assert popover.create_button.isEnabled()
    wait_until(qtbot, lambda: badges(qtbot, panel) == [], may_hold=True)  # badges() runs JS


def test_link_uses_an_existing_record_of_the_chosen_type(
    qtbot: QtBot,
    panel: PreviewPanel,
    controller: InspectController,
    site: BookingSite,
    services: Services,
    sample_app: int,
    tasks: TaskRunner,
    arun: Run,
) -> None:
    existing = services.records.create("booking", "Book a Session", {"subtype": "class"})
    services.records.create("booking", "Kiln rental", {"subtype": "rental"})
    load(qtbot, panel, site.url("/booking"))
    popover = controller.popover
    pick(qtbot, panel, popover, "#pick")

    assert popover.chosen_type() == "booking"
    assert popover.candidates.count() == 1  # the kiln rental does not look alike
    assert popover.candidates.item(0).text().startswith("100% · Book a Session — same name")
    assert popover.candidates.currentRow() == 0  # clearly the same: preselected
    assert popover.link_button.isEnabled()

    with qtbot.waitSignal(popover.connected) as done:
        popover.link_button.click()
    settle(popover, tasks, arun)
    assert [o.outcome for o in done.args[0].outcomes] == [Outcome.LINKED]
    assert [r.id for r in services.records.records_of(sample_app)] == [existing.id]
    assert len(services.records.list_records("booking")) == 2  # nothing new was made
    assert popover.status_label.text() == (
        f"Linked “Book a session” (record #{existing.id}) to this app."
    )
    wait_until(qtbot, lambda: badges(qtbot, panel) == ["Booking · Book a Session"], may_hold=True)


def test_other_cannot_be_created_and_says_why(
    qtbot: QtBot, panel: PreviewPanel, controller: InspectController, site: BookingSite
) -> None:
    load(qtbot, panel, site.url("/booking"))
    popover = controller.popover
    pick(qtbot, panel, popover, "header b")  # the site's name: nothing to connect

    assert popover.chosen_type() == OTHER
    assert not popover.create_button.isEnabled()
    assert not popover.link_button.isEnabled()
    assert popover.other_label.isVisible()
    assert "Choose one of the nine types" in popover.other_label.text()
    assert popover.match_combo.currentText() == "Nothing found in the code"

    # Choosing a type makes it creatable, filled in from the page.
    popover.type_combo.setCurrentIndex(popover.type_combo.findData("contact"))
    popover.type_combo.activated.emit(popover.type_combo.currentIndex())
    assert popover.create_button.isEnabled()
    assert popover.name_edit.text() == "Harbor & Pine"
    assert not popover.other_label.isVisible()


def test_a_product_row_matches_by_text_and_price(
    qtbot: QtBot, panel: PreviewPanel, controller: InspectController, site: BookingSite
) -> None:
    load(qtbot, panel, site.url("/booking"))
    popover = controller.popover
    pick(qtbot, panel, popover, "#lesson")

    best = popover.matches[0]
    assert (best.detection.type_key, best.detection.name) == ("product", "Private wheel lesson")
    assert "same price 120.00" in best.reason
    assert popover.chosen_type() == "product"
    assert properties(popover)["price"] == "120.00"


def test_connected_elements_get_badges_when_the_page_loads(
    qtbot: QtBot,
    panel: PreviewPanel,
    controller: InspectController,
    site: BookingSite,
    services: Services,
    sample_app: int,
) -> None:
    # Connected elsewhere (connect mode), before the page is shown.
    form = next(d for d in controller.detections if d.type_key == "form")
    services.connector.execute_plan(ConnectionPlan(sample_app, (item_for_detection(form),)))
    load(qtbot, panel, site.url("/booking"))
    wait_until(qtbot, lambda: badges(qtbot, panel) == ["Form · Book a session"], may_hold=True)


def test_without_an_app_the_popover_only_describes(
    qtbot: QtBot, panel: PreviewPanel, controller: InspectController, site: BookingSite
) -> None:
    controller.set_app(None)
    load(qtbot, panel, site.url("/booking"))
    popover = controller.popover
    pick(qtbot, panel, popover, "#estimate", app=False)
    assert not popover.create_button.isEnabled()
    assert "Open an app first" in popover.status_label.text()


def test_an_element_picked_before_the_analysis_ends_is_shown_after_it(
    panel: PreviewPanel, services: Services, tasks: TaskRunner, sample_app: int, arun: Run
) -> None:
    controller = InspectController(panel, services.records, services.connector, services.vfs, tasks)
    controller.set_app(sample_app)
    element = {
        "tag": "p", "id": "estimate", "classes": [], "text": "Estimated $120.00", "role": "",
        "aria_label": "", "component": None, "rect": {"x": 10, "y": 10, "width": 90, "height": 18},
        "selector": "#estimate", "data": {}, "heading": None, "form": None, "target": None,
        "prices": ["$120.00"], "dates": [], "src": f"{FORM_SRC}:147:11",
        "frame": {"url": "http://127.0.0.1/", "depth": 0, "top_coords": True},
    }  # fmt: skip
    message = parse_message(
        json.dumps({"type": "element_selected", "version": 1, "element": element})
    )
    assert isinstance(message, ElementSelected)
    panel.inspector.element_selected.emit(message.element)
    assert not controller.popover.isVisible()  # nothing to match against yet

    arun(wait_for(lambda: controller.popover.isVisible() and not tasks.running))
    assert controller.popover.chosen_type() == "booking"
    controller.popover.close()


def test_the_popover_goes_beside_the_element_or_docks_at_the_preview() -> None:
    screen = QRect(0, 0, 1600, 1000)
    side = QRect(600, 100, 900, 800)
    size = QSize(420, 500)
    # Room on the right.
    assert popover_position(QRect(700, 200, 200, 40), size, screen, side) == QPoint(910, 200)
    # None on the right: on the left.
    assert popover_position(QRect(1300, 200, 200, 40), size, screen, side) == QPoint(870, 200)
    # Near the bottom: moved up to stay on screen.
    assert popover_position(QRect(700, 900, 200, 40), size, screen, side) == QPoint(910, 500)
    # As wide and tall as the screen: docked at the preview's top right.
    whole = QRect(0, 0, 1600, 1000)
    assert popover_position(whole, size, screen, side) == QPoint(1070, 110)
    assert popover_position(None, size, screen, side) == QPoint(1070, 110)

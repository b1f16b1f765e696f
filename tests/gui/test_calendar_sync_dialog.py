"""The linked-calendars dialog as a user drives it, against a real Radicale CalDAV server: a
refused password, linking and the first sync, an error shown on its link, unlinking.

With L4YDESK_SCREENSHOT_DIR set, the dialog is saved there (docs/screenshots/calendar-sync.png).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from l4ydesk.app import Services
from l4ydesk.app_sync import calendar_sync
from l4ydesk.core.calendar.hours_spec import parse_hours
from l4ydesk.core.calendar.slots import SlotRules
from l4ydesk.ui.calendar.sync_dialog import CalendarSyncDialog
from l4ydesk.ui.tasks import TaskRunner
from tests.conftest import wait_for
from tests.fakes.radicale_server import PASSWORD, USER, RadicaleServer
from tests.integration.calendar_sync.conftest import event, local, stamp

Run = Callable[[Any], Any]
DAY = date.today() + timedelta(days=20)


def _fill(dialog: CalendarSyncDialog, url: str, password: str) -> None:
    dialog.url.setText(url)
    dialog.user.setText(USER)
    dialog.password.setText(password)


def test_link_sync_and_see_the_last_error(
    services: Services, tasks: TaskRunner, qtbot: Any, arun: Run, radicale: RadicaleServer
) -> None:
    calendar = services.calendar
    lee = calendar.resources.add("Dr Lee", "Europe/Berlin", parse_hours("mon-sun 08:00-20:00"))
    calendar.bookings.book(lee.resource_id, local(DAY, 14), SlotRules(60), customer_name="Ada")
    work = radicale.make_calendar("work")
    home = radicale.make_calendar("home")
    radicale.put_event(work, "a.ics", event("Dentist", stamp(DAY, 10), stamp(DAY, 11)))
    from l4ydesk.app_sync import google_sign_in, microsoft_sign_in
    from l4ydesk.ui.calendar.sync_dialog import system_browser

    # As the window builds it: Google's and Microsoft's buttons are there (not pressed here).

    dialog = CalendarSyncDialog(
        calendar_sync(services),
        tasks,
        None,
        lambda browse: google_sign_in(services, browse),
        system_browser,
        lambda show: microsoft_sign_in(services, show),
    )
    qtbot.addWidget(dialog)
    dialog.resize(640, 560)
    synced: list[bool] = []
    dialog.synced.connect(lambda: synced.append(True))

    async def scenario() -> None:
        dialog.show_for(lee)
        await wait_for(lambda: dialog.list.count() == 1 and not dialog.links, may_hold=True)
        assert dialog.list.item(0).text() == "No calendar is linked yet."
        assert not dialog.sync_button.isEnabled()

        _fill(dialog, work, "not the password")
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
        assert dialog.password.text() == ""  # gone from the field at once
        await wait_for(lambda: "refused the sign-in" in dialog.message.text())
        assert dialog.link_button.isEnabled() and dialog.links == []

        _fill(dialog, work, PASSWORD)
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: "1 busy event updated" in dialog.message.text())
        assert "1 booking written" in dialog.message.text() and synced == [True]
        # The list reloads in the worker right after the message: it may be back already.
        await wait_for(lambda: len(dialog.links) == 1, may_hold=True)
        assert "up to date" in dialog.list.item(0).text()
        assert [r for _s, _e, r in _busy(services, lee.resource_id)] == ["Dentist"]
        assert sorted(radicale.events(work)) == ["a.ics", "l4ydesk-booking-1-1.ics"]

        # A second calendar whose password was changed on the server meanwhile.
        _fill(dialog, home, PASSWORD)
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: len(dialog.links) == 2)
        services.secrets.set(dialog.links[1].secret_name, "changed on the server")
        dialog.list.setCurrentRow(1)
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: bool(dialog.links[1].last_error))
        assert "refused the sign-in for Dr Lee's CalDAV calendar" in dialog.list.item(1).text()
        assert dialog.list.item(1).foreground().color().name() == "#b00020"
        dialog.list.setCurrentRow(0)
        _shoot(dialog)

        qtbot.mouseClick(dialog.unlink_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: len(dialog.links) == 1)
        assert _busy(services, lee.resource_id) == []

    arun(scenario())


def _busy(services: Services, resource_id: int) -> list[Any]:
    blocks = services.calendar.resources.blocks(
        resource_id, local(DAY, 0), local(DAY + timedelta(days=1), 0)
    )
    return [(b.start, b.end, b.reason) for b in blocks if b.kind == "busy"]


def _shoot(dialog: CalendarSyncDialog) -> None:
    folder = os.environ.get("L4YDESK_SCREENSHOT_DIR")
    if folder:
        dialog.grab().save(str(Path(folder) / "calendar-sync.png"))


@pytest.fixture
def google_env(monkeypatch: pytest.MonkeyPatch) -> Any:
    from tests.fakes.google_calendar_server import CLIENT_ID, CLIENT_SECRET, FakeGoogleCalendar

    with FakeGoogleCalendar() as google:
        monkeypatch.setenv("L4YDESK_GOOGLE_URL", google.base_url)
        monkeypatch.setenv("L4YDESK_GOOGLE_AUTH_URL", google.url("/o/oauth2/v2/auth"))
        monkeypatch.setenv("L4YDESK_GOOGLE_TOKEN_URL", google.url("/token"))
        monkeypatch.setenv("L4YDESK_GOOGLE_CLIENT_ID", CLIENT_ID)
        monkeypatch.setenv("L4YDESK_GOOGLE_CLIENT_SECRET", CLIENT_SECRET)
        yield google
    assert not google.errors, "\n".join(google.errors)


def test_sign_in_with_google_links_and_syncs(
    google_env: Any, services: Services, tasks: TaskRunner, qtbot: Any, arun: Run
) -> None:
    import asyncio

    import httpx

    from l4ydesk.app_sync import google_sign_in

    google = google_env
    google.put(
        {
            "id": "dentist1",
            "summary": "Dentist",
            "start": {"dateTime": local(DAY, 10).isoformat()},
            "end": {"dateTime": local(DAY, 11).isoformat()},
        }
    )
    lee = services.calendar.resources.add(
        "Dr Lee", "Europe/Berlin", parse_hours("mon-sun 08:00-20:00")
    )
    visits: list[asyncio.Task[Any]] = []

    async def visit(url: str) -> None:  # the browser: Google's consent redirects to us
        async with httpx.AsyncClient(follow_redirects=True) as client:
            await client.get(url)

    def browser(url: str) -> None:
        visits.append(asyncio.ensure_future(visit(url)))

    from l4ydesk.app_sync import microsoft_sign_in

    dialog = CalendarSyncDialog(
        calendar_sync(services),
        tasks,
        None,
        lambda browse: google_sign_in(services, browse),
        browser,
        lambda show: microsoft_sign_in(services, show),  # as the window has it; not pressed
    )
    qtbot.addWidget(dialog)
    dialog.resize(640, 560)

    async def scenario() -> None:
        dialog.show_for(lee)
        await wait_for(lambda: dialog.list.count() == 1 and not dialog.links, may_hold=True)
        assert dialog.google_button.isVisible()
        qtbot.mouseClick(dialog.google_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: "1 busy event updated" in dialog.message.text(), timeout=20)
        await asyncio.gather(*visits)
        await wait_for(lambda: len(dialog.links) == 1, may_hold=True)
        assert "Google Calendar: primary  (lee@example.org)" in dialog.list.item(0).text()
        assert [r for _s, _e, r in _busy(services, lee.resource_id)] == ["Dentist"]
        folder = os.environ.get("L4YDESK_SCREENSHOT_DIR")
        if folder:
            dialog.grab().save(str(Path(folder) / "calendar-sync-google.png"))

    arun(scenario())


@pytest.fixture
def graph_env(monkeypatch: pytest.MonkeyPatch) -> Any:
    from tests.fakes.msgraph_server import CLIENT_ID, FakeGraph

    with FakeGraph() as graph:
        monkeypatch.setenv("L4YDESK_MSGRAPH_URL", graph.url("/v1.0"))
        monkeypatch.setenv("L4YDESK_MSGRAPH_LOGIN_URL", graph.url("/common/oauth2/v2.0"))
        monkeypatch.setenv("L4YDESK_MICROSOFT_CLIENT_ID", CLIENT_ID)
        yield graph
    assert not graph.errors, "\n".join(graph.errors)


def test_sign_in_with_microsoft_shows_the_code_then_links_and_syncs(
    graph_env: Any, services: Services, tasks: TaskRunner, qtbot: Any, arun: Run
) -> None:
    from l4ydesk.app_sync import microsoft_sign_in

    graph = graph_env
    start, end = local(DAY, 10), local(DAY, 11)
    graph.put(
        {
            "id": "dentist",
            "subject": "Dentist",
            "start": {
                "dateTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000"),
                "timeZone": "UTC",
            },
            "end": {
                "dateTime": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000"),
                "timeZone": "UTC",
            },
        }
    )
    lee = services.calendar.resources.add(
        "Dr Lee", "Europe/Berlin", parse_hours("mon-sun 08:00-20:00")
    )
    opened: list[str] = []
    said_code: list[str] = []

    def browser(url: str) -> None:  # the person reads the code, opens the page and types it
        opened.append(url)
        said_code.append(dialog.message.text())
        _shoot_as(dialog, "calendar-sync-microsoft.png")
        for state in graph.device_codes.values():
            state["approved"] = True

    dialog = CalendarSyncDialog(
        calendar_sync(services),
        tasks,
        None,
        None,
        browser,
        lambda show: microsoft_sign_in(services, show),
    )
    qtbot.addWidget(dialog)
    dialog.resize(640, 560)

    async def scenario() -> None:
        dialog.show_for(lee)
        await wait_for(lambda: dialog.list.count() == 1 and not dialog.links, may_hold=True)
        assert dialog.microsoft_button.isVisible() and not dialog.google_button.isVisible()
        qtbot.mouseClick(dialog.microsoft_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: "1 busy event updated" in dialog.message.text(), timeout=20)
        assert opened == ["https://microsoft.com/devicelogin"]
        code = next(iter(said_code))
        assert "enter the code" in code and "microsoft.com/devicelogin" in code
        await wait_for(lambda: len(dialog.links) == 1, may_hold=True)
        assert "Microsoft 365: me/calendar  (lee@contoso.example)" in dialog.list.item(0).text()
        assert [r for _s, _e, r in _busy(services, lee.resource_id)] == ["Dentist"]

    arun(scenario())


def _shoot_as(dialog: CalendarSyncDialog, name: str) -> None:
    folder = os.environ.get("L4YDESK_SCREENSHOT_DIR")
    if folder:
        dialog.layout().activate()  # the message just grew a line; lay out before the grab
        dialog.grab().save(str(Path(folder) / name))

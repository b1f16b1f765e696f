"""Linked calendars sync on a timer while the window is open, against a real Radicale server:
busy time arrives without "Sync now", a failing link is said once in the status line (not on
every run)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from l4ydesk.app import Services
from l4ydesk.app_sync import calendar_sync
from l4ydesk.core.calendar.hours_spec import parse_hours
from l4ydesk.ui.calendar.auto_sync import AutoSync
from l4ydesk.ui.tasks import TaskRunner
from tests.conftest import wait_for
from tests.fakes.radicale_server import PASSWORD, USER, RadicaleServer
from tests.integration.calendar_sync.conftest import DAY, event, local, stamp

Run = Callable[[Any], Any]


def _busy(services: Services, resource_id: int) -> list[str]:
    blocks = services.calendar.resources.blocks(
        resource_id, local(DAY, 0), local(DAY + timedelta(days=1), 0)
    )
    return sorted(b.reason for b in blocks if b.kind == "busy")


def test_the_timer_syncs_and_says_a_new_failure_once(
    services: Services,
    tasks: TaskRunner,
    arun: Run,
    radicale: RadicaleServer,
) -> None:
    calendar_url = radicale.make_calendar("work")
    resource = services.calendar.resources.add(
        "Dr Lee", "Europe/Berlin", parse_hours("mon-sun 08:00-20:00")
    )
    sync = calendar_sync(services)
    said: list[str] = []
    runs: list[list[Any]] = []
    auto = AutoSync(lambda: sync, tasks, said.append)
    auto.synced.connect(runs.append)
    radicale.put_event(calendar_url, "a.ics", event("Dentist", stamp(DAY, 10), stamp(DAY, 11)))

    async def scenario() -> None:
        linked, _name = await sync.link(
            resource.resource_id, "caldav", calendar_url, USER, PASSWORD
        )
        assert _busy(services, resource.resource_id) == []
        auto.schedule(15, first_run_after_ms=0)  # as after start-up's minute
        await wait_for(lambda: len(runs) == 1)
        assert _busy(services, resource.resource_id) == ["Dentist"]
        assert auto.active and said == []  # a clean run says nothing

        services.secrets.set(linked.secret_name, "changed on the server")
        auto.run_now()
        await wait_for(lambda: len(runs) == 2)
        assert len(said) == 1 and "refused the sign-in" in said[0]
        assert "Sync… button" in said[0]
        auto.run_now()
        await wait_for(lambda: len(runs) == 3)
        assert len(said) == 1  # the same failure is not said again

        auto.schedule(0)
        assert not auto.active

    arun(scenario())

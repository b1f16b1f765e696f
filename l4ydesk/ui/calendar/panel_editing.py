"""The calendar panel's editing actions: resources and hours, exceptions, blocks, ICS files.

A mixin of `CalendarPanel`: each action opens a form, and stores what it submits through the
panel's `_run` (in the worker, a sentence either way, the form closing only on success).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QWidget

from l4ydesk.core.calendar.model import ResourceInfo
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.ui.calendar.editors import BlocksForm, ExceptionsForm, ResourceForm
from l4ydesk.ui.tasks import TaskRunner
from l4ydesk.ui.window.ops import Op


class CalendarEditing:
    calendar: Calendar
    tasks: TaskRunner
    resource: ResourceInfo | None

    if TYPE_CHECKING:  # provided by CalendarPanel

        def say(self, sentence: str) -> None: ...
        def zone(self) -> str: ...
        def _safe_zone(self) -> str: ...
        def _open(self, form: Any) -> None: ...
        def _run(
            self,
            form: Any,
            work: Callable[[], Any],
            done: str | None,
            select: str | None = None,
            then: Callable[[Any], None] | None = None,
        ) -> None: ...

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    # ----- editors ---------------------------------------------------------------------------

    def open_new_resource(self) -> None:
        form = ResourceForm(None, self._parent())

        def add(name: str, zone: str, capacity: int, weekly: Any) -> None:
            self._run(
                form,
                lambda: self.calendar.resources.add(name, zone, weekly, capacity),
                f"Added {name}.",
                select=name,
            )

        form.submitted.connect(add)
        self._open(form)

    def open_hours(self) -> None:
        resource = self.resource
        if resource is None:
            self.say("Choose or add a resource first.")
            return
        form = ResourceForm(resource, self._parent())

        def save(_name: str, zone: str, capacity: int, weekly: Any) -> None:
            work = self.calendar.resources.update
            self._run(
                form,
                lambda: work(resource.resource_id, zone=zone, capacity=capacity, weekly=weekly),
                f"Saved the hours of {resource.name}.",
                select=resource.name,
            )

        form.submitted.connect(save)
        self._open(form)

    def open_exceptions(self) -> None:
        resource = self.resource
        if resource is None:
            self.say("Choose or add a resource first.")
            return
        form = ExceptionsForm(resource, self._parent())
        book, rid = self.calendar.resources, resource.resource_id

        def save(day: date, intervals: list[tuple[int, int]]) -> ResourceInfo:
            book.set_exception(rid, day, intervals)
            return book.find(rid)

        def remove(day: date) -> ResourceInfo:
            book.remove_exception(rid, day)
            return book.find(rid)

        form.submitted.connect(
            lambda day, intervals: self._run(
                None,
                lambda: save(day, intervals),
                f"Saved the hours of {day:%d %b %Y}.",
                select=resource.name,
                then=form.set_resource,
            )
        )
        form.removed.connect(
            lambda day: self._run(
                None,
                lambda: remove(day),
                f"{day:%d %b %Y} follows the weekly hours again.",
                select=resource.name,
                then=form.set_resource,
            )
        )
        self._open(form)

    def open_blocks(self) -> None:
        resource = self.resource
        if resource is None:
            self.say("Choose or add a resource first.")
            return
        form = BlocksForm(resource, self._parent())
        book, zone = self.calendar.resources, self.zone()
        tz = ZoneInfo(self._safe_zone())

        def listing() -> Any:
            now = self.calendar.now()
            return book.blocks(
                resource.resource_id, now - timedelta(days=31), now + timedelta(days=730)
            )

        def show(_: object = None) -> None:
            async def load() -> None:
                form.set_blocks(await Op(self.tasks, "load blocks", listing).run(), zone)

            self.tasks.start(load(), "load blocks")

        form.submitted.connect(
            lambda start, end, reason: self._run(
                None,
                lambda: book.add_block(
                    resource.resource_id, start.replace(tzinfo=tz), end.replace(tzinfo=tz), reason
                ),
                "Block added.",
                then=show,
            )
        )
        form.removed.connect(
            lambda block_id: self._run(
                None, lambda: book.remove_block(block_id), "Block removed.", then=show
            )
        )
        show()
        self._open(form)

    # ----- ICS ---------------------------------------------------------------------------------

    def ask_import(self) -> None:
        if self.resource is None:
            self.say("Choose or add a resource first.")
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent(), "Import busy times", "", "Calendars (*.ics)"
        )
        if path:
            self.import_file(Path(path), "block")

    def import_file(self, path: Path, kind: str = "block") -> None:
        from l4ydesk.core.calendar.ics import import_ics

        resource = self.resource
        assert resource is not None
        self._run(
            None,
            lambda: import_ics(self.calendar, resource, path, kind).summary(),
            None,
        )

    def ask_export(self) -> None:
        if self.resource is None:
            self.say("Choose or add a resource first.")
            return
        path, _ = QFileDialog.getSaveFileName(
            self._parent(), "Export bookings", f"{self.resource.name}.ics", "Calendars (*.ics)"
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        from l4ydesk.core.calendar.ics import export_ics

        resource = self.resource
        assert resource is not None
        self._run(
            None,
            lambda: f"Exported {export_ics(self.calendar, resource, path)} events to {path.name}.",
            None,
        )

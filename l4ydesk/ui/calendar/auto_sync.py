"""Syncs every linked calendar on a timer while the window is open (Settings → Preferences…).

Like a calendar app: busy time booked elsewhere reaches the slots, and new bookings reach the
linked calendars, without anyone pressing "Sync now". The first run waits a minute after
start-up (the window's first paint never pays for it); a run with no linked calendar costs one
small query in the store worker. A failed link keeps its sentence on the link (the Sync dialog
shows it) and is said once in the status bar, not again until it changes.

Signals:
    synced(object): a run finished; the list of `SyncReport`s (empty when nothing is linked).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from l4ydesk.ui.tasks import TaskRunner
from l4ydesk.ui.window.ops import Op

if TYPE_CHECKING:  # the engine (and the store under it) loads with the first run
    from l4ydesk.core.calendar_sync.engine import CalendarSync, SyncReport

T = TypeVar("T")
FIRST_RUN_AFTER_MS = 60_000


class AutoSync(QObject):
    synced = Signal(object)

    def __init__(
        self,
        sync: Callable[[], CalendarSync],
        tasks: TaskRunner,
        say: Callable[[str], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync, self._tasks, self._say = sync, tasks, say
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_now)
        self._running = False
        self._errors_said: frozenset[str] = frozenset()
        self.minutes = 0

    def schedule(self, minutes: int, first_run_after_ms: int = FIRST_RUN_AFTER_MS) -> None:
        """Sync every `minutes` (0 stops it); the next run comes after `first_run_after_ms`,
        or after a full interval when that is shorter."""
        self.minutes = minutes
        self._timer.stop()
        if minutes > 0:
            interval = minutes * 60_000
            self._timer.setInterval(min(first_run_after_ms, interval))
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def run_now(self) -> None:
        if self.minutes > 0:
            self._timer.setInterval(self.minutes * 60_000)
        if not self._running:
            self._running = True
            self._tasks.start(self._run(), "sync linked calendars")

    async def _run(self) -> None:
        try:
            reports: list[SyncReport] = await self._sync().sync_all(self._db)
        finally:
            self._running = False
        errors = frozenset(r.summary() for r in reports if r.error)
        news = sorted(errors - self._errors_said)
        self._errors_said = errors
        if news:
            more = f" (and {len(news) - 1} more)" if len(news) > 1 else ""
            where = "The Calendar's Sync… button shows each linked calendar."
            self._say(f"Calendar sync: {news[0]}{more} {where}")
        self.synced.emit(reports)

    def _db(self, func: Callable[..., T], *args: Any) -> Any:
        return Op(self._tasks, "calendar sync", func, *args).run()

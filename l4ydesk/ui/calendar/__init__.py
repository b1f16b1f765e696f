"""The availability calendar in the window: a Calendar dock (month, week, day) and its action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from l4ydesk.ui.calendar.auto_sync import AutoSync
from l4ydesk.ui.window.actions import ActionSpec
from l4ydesk.ui.window.changes import Changes
from l4ydesk.ui.window.context import WindowContext

if TYPE_CHECKING:
    from l4ydesk.core.calendar_sync.engine import CalendarSync
    from l4ydesk.ui.calendar.panel import CalendarPanel
    from l4ydesk.ui.calendar.sync_dialog import CalendarSyncDialog

__all__ = ["CalendarFeature"]


class CalendarFeature:
    """The Calendar dock, tabbed with Records, and View → Calendar (Ctrl+Shift+K); linked
    calendars synced on a timer (`AutoSync`) and from the Sync… dialog, through one engine.

    The panel is built when the dock is first shown: it opens the store's calendar."""

    _panel: CalendarPanel | None = None
    _sync_dialog: CalendarSyncDialog | None = None
    _sync: CalendarSync | None = None
    auto_sync: AutoSync

    @property
    def panel(self) -> CalendarPanel:
        self._ctx.ensure_built("calendar")
        assert self._panel is not None
        return self._panel

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        ctx.add_dock(
            "calendar",
            "Calendar",
            self._build,
            Qt.DockWidgetArea.RightDockWidgetArea,
            tab_with="records",
        )
        ctx.add_action(ActionSpec("calendar", "Calendar", "&View", self.show, "Ctrl+Shift+K"))
        self.auto_sync = AutoSync(self.calendar_sync, ctx.tasks, self._say, ctx.window)
        self.auto_sync.synced.connect(self._after_sync)
        self.auto_sync.schedule(ctx.services.preferences.get().calendar_sync_minutes)
        ctx.changes.changed.connect(self._on_changes)
        ctx.on_shutdown(lambda: self.auto_sync.schedule(0), before_tasks=True)  # no new run

    def calendar_sync(self) -> CalendarSync:
        """The sync engine the timer and the dialog share (so one link never syncs twice at
        once); built at first use, since it loads the store's calendar."""
        if self._sync is None:
            from l4ydesk.app_sync import calendar_sync

            self._sync = calendar_sync(self._ctx.services)
        return self._sync

    def _on_changes(self, changes: Changes) -> None:
        if changes.preferences:
            minutes = self._ctx.services.preferences.get().calendar_sync_minutes
            if minutes != self.auto_sync.minutes:
                self.auto_sync.schedule(minutes)

    def _say(self, sentence: str) -> None:
        self._ctx.status(sentence, 30_000)

    def _after_sync(self, reports: list[object]) -> None:
        if reports and self._panel is not None:
            self._panel.refresh()
        if reports and self._sync_dialog is not None and self._sync_dialog.isVisible():
            self._sync_dialog.reload()

    def _build(self) -> CalendarPanel:
        from l4ydesk.ui.calendar.panel import CalendarPanel

        self._panel = CalendarPanel(self._ctx.services.calendar, self._ctx.tasks, self._ctx.window)
        self._panel.reload_resources()
        self._panel.sync_requested.connect(self.open_sync)
        return self._panel

    def open_sync(self) -> None:
        """The linked calendars of the resource shown (one dialog, reused)."""
        panel = self.panel
        if panel.resource is None:
            panel.say("Choose or add a resource first.")
            return
        if self._sync_dialog is None:
            from l4ydesk.app_sync import google_sign_in, microsoft_sign_in
            from l4ydesk.ui.calendar.sync_dialog import CalendarSyncDialog, system_browser

            services = self._ctx.services
            self._sync_dialog = CalendarSyncDialog(
                self.calendar_sync(),
                self._ctx.tasks,
                panel,
                lambda browse: google_sign_in(services, browse),
                system_browser,
                lambda show: microsoft_sign_in(services, show),
            )
            self._sync_dialog.synced.connect(panel.refresh)
        self._sync_dialog.show_for(panel.resource)

    def show(self) -> None:
        dock = self._ctx.docks["calendar"]
        dock.show()
        dock.raise_()
        self.panel.setFocus()

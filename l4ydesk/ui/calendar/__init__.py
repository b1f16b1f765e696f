"""The availability calendar in the window: a Calendar dock (month, week, day) and its action."""

from __future__ import annotations

from PySide6.QtCore import Qt

from l4ydesk.ui.calendar.panel import CalendarPanel
from l4ydesk.ui.window.actions import ActionSpec
from l4ydesk.ui.window.context import WindowContext

__all__ = ["CalendarFeature", "CalendarPanel"]


class CalendarFeature:
    """The Calendar dock, tabbed with Records, and View → Calendar (Ctrl+Shift+K)."""

    panel: CalendarPanel

    def install(self, ctx: WindowContext) -> None:
        self.panel = CalendarPanel(ctx.services.calendar, ctx.tasks, ctx.window)
        dock = ctx.add_dock(
            "calendar",
            "Calendar",
            self.panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
            tab_with="records",
        )
        ctx.add_action(
            ActionSpec("calendar", "Calendar", "&View", lambda: self.show(dock), "Ctrl+Shift+K")
        )
        self.panel.reload_resources()

    def show(self, dock: object) -> None:
        from PySide6.QtWidgets import QDockWidget

        assert isinstance(dock, QDockWidget)
        dock.show()
        dock.raise_()
        self.panel.setFocus()

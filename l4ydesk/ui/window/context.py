"""What a window feature gets to install itself: services, worker, broadcast, docks, actions.

A feature is any object with `install(ctx: WindowContext) -> None` (the `Feature` protocol).
The window builds one context, installs its features in order (`main_window.FEATURES`), then
arranges and restores the layout. Inside `install` a feature typically does, in one place:

    panel = MyPanel(ctx.services.thing, ctx.tasks, ctx.window)
    ctx.add_dock("thing", "Thing", panel, Qt.DockWidgetArea.RightDockWidgetArea)
    ctx.add_action(ActionSpec("thing_open", "Open Thing…", "&App", lambda: ..., needs_app=True))
    ctx.add_toolbar_widget(ThingBadge(...))
    ctx.changes.changed.connect(on_changes)      # react to `Changes` (app, files, records …)
    ctx.on_shutdown(panel.stop)                 # awaited (or called) when the window closes

Everything the window does to the store goes through `ctx.op(...)` (ui/window/ops.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from l4ydesk.ui.tasks import TaskRunner
from l4ydesk.ui.window.actions import Actions, ActionSpec
from l4ydesk.ui.window.changes import ChangeBus, Changes
from l4ydesk.ui.window.ops import Op

if TYPE_CHECKING:
    from l4ydesk.app import Services
    from l4ydesk.core.apps import AppInfo
    from l4ydesk.ui.window.app_ops import AppOps
    from l4ydesk.ui.window.file_ops import FileOps

T = TypeVar("T")
ShutdownHook = Callable[[], Awaitable[None] | None]


class Feature(Protocol):
    """A part of the window (a dock, its actions, its toolbar widgets) installed in one call."""

    def install(self, ctx: WindowContext) -> None: ...


class WindowContext:
    """The window's shared parts, handed to every feature and operation module."""

    files: FileOps
    apps: AppOps

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        tasks: TaskRunner,
        layout: QSettings,
        actions: Actions,
    ) -> None:
        self.window = window
        self.services = services
        self.tasks = tasks
        self.layout = layout  # window layout only (geometry, dock state, last app)
        self.actions = actions
        self.changes = ChangeBus(window)
        self.docks: dict[str, QDockWidget] = {}
        self.current_app: AppInfo | None = None
        self.closing = False
        # Build dock contents when first shown (the launcher turns this on for start-up time;
        # tests build everything at once).
        self.lazy_docks = False
        self.painted = False
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self.default_state = QByteArray()  # dock layout before the saved one was restored
        self._hidden_docks: set[str] = set()
        self._shutdown_early: list[ShutdownHook] = []
        self._shutdown_late: list[ShutdownHook] = []

    # ----- for features ----------------------------------------------------------------------

    def add_dock(
        self,
        name: str,
        title: str,
        widget: QWidget | Callable[[], QWidget],
        area: Qt.DockWidgetArea,
        *,
        tab_with: str | None = None,
        hidden: bool = False,
    ) -> QDockWidget:
        """Add a dock (its View menu toggle too); `tab_with` names a dock to share tabs with;
        a `hidden` dock starts closed and stays closed on View → Reset Layout.

        `widget` may be a function that builds it: with `lazy_docks` on, it runs when the
        dock is first shown (after the window's first paint for docks visible at start), or
        when `ensure_built(name)` asks for it; otherwise at once."""
        dock = QDockWidget(title, self.window)
        dock.setObjectName(f"dock_{name}")
        if isinstance(widget, QWidget):
            dock.setWidget(widget)
        elif self.lazy_docks:
            self._builders[name] = widget
            dock.setWidget(QWidget(dock))  # an empty page until it is first shown
            dock.visibilityChanged.connect(
                lambda visible, n=name: self._on_lazy_dock_visible(n, visible)
            )
        else:
            dock.setWidget(widget())
        self.window.addDockWidget(area, dock)
        if tab_with is not None and tab_with in self.docks:
            self.window.tabifyDockWidget(self.docks[tab_with], dock)
        self.docks[name] = dock
        if hidden:
            dock.hide()
            self._hidden_docks.add(name)
        self.actions.add_view_toggle(dock)
        return dock

    def ensure_built(self, name: str) -> None:
        """Build dock `name`'s contents now if they were left for later."""
        build = self._builders.pop(name, None)
        if build is not None:
            self.docks[name].setWidget(build())

    def build_visible_docks(self) -> None:
        """Called once after the first paint: build the docks that are on screen."""
        self.painted = True
        # isVisible() is also true for a dock behind another's tab; an empty visible region
        # tells those apart.
        for name in [n for n in self._builders if not self.docks[n].visibleRegion().isEmpty()]:
            self.ensure_built(name)

    def _on_lazy_dock_visible(self, name: str, visible: bool) -> None:
        if visible and self.painted:
            self.ensure_built(name)

    def add_action(self, spec: ActionSpec) -> Any:
        """Add a menu action (and toolbar button when `spec.toolbar`); returns the QAction."""
        return self.actions.add(spec)

    def add_toolbar_widget(self, widget: QWidget) -> None:
        self.actions.toolbar.addWidget(widget)

    def add_status_widget(self, widget: QWidget) -> None:
        self.window.statusBar().addPermanentWidget(widget)

    def on_shutdown(self, hook: ShutdownHook, *, before_tasks: bool = False) -> None:
        """Run `hook` on close: before running tasks are cancelled, or (default) after."""
        (self._shutdown_early if before_tasks else self._shutdown_late).append(hook)

    # ----- for operations --------------------------------------------------------------------

    def status(self, message: str, ms: int = 0) -> None:
        self.window.statusBar().showMessage(message, ms)

    def publish(self, changes: Changes) -> None:
        self.changes.publish(changes)

    def op(self, name: str, work: Callable[..., T], *args: Any) -> Op[T]:
        return Op(self.tasks, name, work, *args)

    def app_op(self, name: str, work: Callable[..., T], *args: Any) -> Op[T]:
        """`work(app_id, *args)` for the open app; its result is dropped if another app opened."""
        app = self.current_app
        assert app is not None, "app_op needs an open app"
        app_id = app.app_id
        return Op(self.tasks, name, work, app_id, *args).while_current(
            lambda: self.current_app is not None and self.current_app.app_id == app_id
        )

    def reset_layout(self) -> None:
        self.window.restoreState(self.default_state)
        for name, dock in self.docks.items():
            if name not in self._hidden_docks:
                dock.show()

    async def shutdown(self) -> None:
        for hook in self._shutdown_early:
            await _maybe_await(hook())
        await self.tasks.close()
        for hook in self._shutdown_late:
            await _maybe_await(hook())
        # A late hook (editors released, views cleared) can start a refresh: end that too, or
        # it is destroyed pending when the loop stops.
        await self.tasks.close()


async def _maybe_await(result: Awaitable[None] | None) -> None:
    if result is not None:
        await result

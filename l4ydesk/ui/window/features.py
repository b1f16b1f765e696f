"""The window's built-in features: chat (with the keys dialog), preview with the local preview
and its console, Connect with the records browser and the inspector, and preferences.

Each is installed with one `install(ctx)` call (see `context.Feature`). Dock contents are
built by functions, so the window can build them when first shown (start-up time); the
feature's widgets are therefore None until built, and its `Changes` handlers skip what is not
built yet (a panel reads the current state when it is built). Panels are imported inside
those functions for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from l4ydesk.ui.window.actions import ActionSpec
from l4ydesk.ui.window.changes import Changes
from l4ydesk.ui.window.context import WindowContext

if TYPE_CHECKING:
    from l4ydesk.core.analyzer import IncrementalAnalyzer
    from l4ydesk.ui.chat import ChatPanel
    from l4ydesk.ui.chat.v0_preview import V0PreviewTokens
    from l4ydesk.ui.connect import ConnectionPanel
    from l4ydesk.ui.console_panel import ConsolePanel
    from l4ydesk.ui.local_preview import LocalPreviewController
    from l4ydesk.ui.preferences_dialog import PreferencesDialog
    from l4ydesk.ui.preview import PreviewPanel
    from l4ydesk.ui.preview.inspect_controller import InspectController
    from l4ydesk.ui.records import RecordsBrowser
    from l4ydesk.ui.settings_dialog import KeysDialog

Area = Qt.DockWidgetArea


def _app_id(ctx: WindowContext) -> int | None:
    return ctx.current_app.app_id if ctx.current_app else None


class ChatFeature:
    """The Chat dock and Settings → Keys…"""

    keys_dialog: KeysDialog | None = None
    _panel: ChatPanel | None = None

    @property
    def panel(self) -> ChatPanel:
        self._ctx.ensure_built("chat")
        assert self._panel is not None
        return self._panel

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        ctx.add_dock("chat", "Chat", self._build, Area.LeftDockWidgetArea)
        ctx.add_action(ActionSpec("keys", "Keys…", "&Settings", self.open_keys_dialog, "Ctrl+,"))
        ctx.changes.changed.connect(self._on_changes)
        ctx.on_shutdown(self._save_input, before_tasks=True)

    def _build(self) -> QWidget:
        from l4ydesk.ui.chat import ChatPanel
        from l4ydesk.ui.preferences_dialog import adopt_legacy_model

        ctx, s = self._ctx, self._ctx.services
        adopt_legacy_model(ctx.layout, s.preferences)
        panel = ChatPanel(
            s.chat, s.vfs, ctx.tasks, s.secrets, ctx.layout, ctx.window, s.preferences
        )
        panel.files_changed.connect(
            lambda paths: ctx.tasks.start(ctx.files.changed_elsewhere(paths), "refresh after chat")
        )
        panel.keys_requested.connect(self.open_keys_dialog)
        panel.open_file_requested.connect(ctx.files.open_file)
        panel.demo_url_changed.connect(lambda url: ctx.publish(Changes(demo_url=url)))
        panel.set_app(_app_id(ctx))
        self._panel = panel
        return panel

    def _save_input(self) -> None:
        if self._panel is not None:
            self._panel.save_input()

    def _on_changes(self, changes: Changes) -> None:
        panel = self._panel
        if panel is None:
            return
        if changes.app:
            panel.set_app(_app_id(self._ctx))
        if changes.keys:
            panel.refresh_keys()
        if changes.preferences:
            panel.set_default_model(self._ctx.services.preferences.get().effective_ai_model)

    def open_keys_dialog(self) -> None:
        from l4ydesk.ui.settings_dialog import KeysDialog

        services = self._ctx.services
        dialog = KeysDialog(services.secrets, self._ctx.window, credit=services.chat.ai_credit)
        dialog.keys_changed.connect(lambda: self._ctx.publish(Changes(keys=True)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.keys_dialog = dialog


class PreferencesFeature:
    """Settings → Preferences… (Node.js, default models, preview device)."""

    dialog: PreferencesDialog | None = None

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        ctx.add_action(ActionSpec("preferences", "Preferences…", "&Settings", self.open, section=1))

    def open(self) -> None:
        from l4ydesk.ui.preferences_dialog import PreferencesDialog

        s = self._ctx.services
        dialog = PreferencesDialog(s.preferences, s.settings.node_path, self._ctx.window)
        dialog.preferences_changed.connect(
            lambda _prefs: self._ctx.publish(Changes(preferences=True))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog


class PreviewFeature:
    """The Preview dock (v0's demo URL or the local preview), the Console, App → Local Preview."""

    _panel: PreviewPanel | None = None
    _console: ConsolePanel | None = None
    _local: LocalPreviewController | None = None
    _tokens: V0PreviewTokens | None = None

    def __init__(self) -> None:
        self._when_built: list[Callable[[PreviewPanel], None]] = []
        self._demo_url: str | None = None

    @property
    def panel(self) -> PreviewPanel:
        self._ctx.ensure_built("preview")
        assert self._panel is not None
        return self._panel

    @property
    def console(self) -> ConsolePanel:
        self._ctx.ensure_built("console")
        assert self._console is not None
        return self._console

    @property
    def local(self) -> LocalPreviewController:
        """The local preview's controller, made on first use (it needs the console)."""
        if self._local is None:
            from l4ydesk.ui.local_preview import LocalPreviewController

            s = self._ctx.services
            local = LocalPreviewController(
                s.settings,
                s.vfs,
                self._ctx.tasks,
                self.console,
                self._ctx.window,
                s.preferences,
                s.secrets,
            )
            local.rename_file = self._ctx.files.rename
            local.open_location = self._ctx.files.open_location
            local.url_changed.connect(self._on_local_url_changed)
            local.state_changed.connect(self._on_local_state_changed)
            local.failed.connect(self.panel.view.setHtml)  # never a blank preview
            local.set_app(self._ctx.current_app)
            self._local = local
        return self._local

    def when_built(self, hook: Callable[[PreviewPanel], None]) -> None:
        """Run `hook(panel)` once the preview panel exists (another feature's wiring); at once
        if it does (a window without lazy docks builds it as the preview feature installs)."""
        if self._panel is not None:
            hook(self._panel)
        else:
            self._when_built.append(hook)

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        ctx.add_dock("preview", "Preview", self._build_panel, Area.RightDockWidgetArea)
        # Hidden until a local preview starts.
        ctx.add_dock(
            "console", "Console", self._build_console, Area.BottomDockWidgetArea, hidden=True
        )
        self.action = ctx.add_action(
            ActionSpec(
                "local_preview", "Start Local Preview", "&App", self.toggle_local_preview,
                "Ctrl+Shift+L", section=1, needs_app=True,
            )
        )  # fmt: skip
        ctx.changes.changed.connect(self._on_changes)
        ctx.on_shutdown(self._shutdown)

    def _build_panel(self) -> QWidget:
        from l4ydesk.ui.preview import PreviewPanel, PreviewSource
        from l4ydesk.ui.preview.sources import device_size

        panel = PreviewPanel(self._ctx.window)
        panel.set_device(device_size(self._ctx.services.preferences.get().preview_device))
        panel.set_source_url(PreviewSource.V0, self._demo_url)
        self._panel = panel
        from l4ydesk.ui.chat.v0_preview import V0PreviewTokens

        # v2's preview URL loads only with its short-lived token; the keeper refreshes it.
        self._tokens = V0PreviewTokens(self._ctx.services.chat, panel, self._ctx.tasks, panel)
        self._tokens.set_app(_app_id(self._ctx))
        for hook in self._when_built:
            hook(panel)
        return panel

    def _build_console(self) -> QWidget:
        from l4ydesk.ui.console_panel import ConsolePanel

        self._console = ConsolePanel(self._ctx.window)
        return self._console

    async def _shutdown(self) -> None:
        if self._tokens is not None:
            self._tokens.stop()
        if self._local is not None:
            await self._local.stop()
        if self._panel is not None:
            self._panel.shutdown()

    def _set_demo_url(self, url: str | None) -> None:
        self._demo_url = url
        if self._panel is not None:
            from l4ydesk.ui.preview import PreviewSource

            self._panel.set_source_url(PreviewSource.V0, url)

    def _on_changes(self, changes: Changes) -> None:
        if changes.preferences and self._panel is not None:
            from l4ydesk.ui.preview.sources import device_size

            device = self._ctx.services.preferences.get().preview_device
            self._panel.set_device(device_size(device))
        if changes.demo_url is not None:
            self._set_demo_url(changes.demo_url or None)
            if self._tokens is not None:
                self._tokens.refresh()  # a new version: its preview and a fresh token
        if changes.app:
            if self._tokens is not None:
                self._tokens.set_app(_app_id(self._ctx))
            if self._local is not None:
                self._local.set_app(self._ctx.current_app)
            self._set_demo_url(None)
            if self._ctx.current_app is not None:
                services = self._ctx.services

                def demo_url(app_id: int) -> str | None:
                    return services.chat.demo_url(app_id)  # the chat service is made in the worker

                self._ctx.app_op("load preview address", demo_url).success(
                    self._set_demo_url
                ).run_in_background()
        if changes.files and self._local is not None:
            self._local.files_changed()

    def toggle_local_preview(self) -> None:
        from l4ydesk.ui.local_preview import PreviewState

        if self.local.state is PreviewState.STOPPED:
            self._ctx.docks["console"].show()
            self._ctx.docks["preview"].show()
            self._ctx.docks["preview"].raise_()
            self.local.start()
        else:
            self._ctx.tasks.start(self.local.stop(), "stop local preview")

    def _on_local_state_changed(self, value: str) -> None:
        from l4ydesk.ui.local_preview import PreviewState

        state = PreviewState(value)
        stopped = state is PreviewState.STOPPED
        self.action.setText("Start Local Preview" if stopped else "Stop Local Preview")
        if state is PreviewState.STARTING:
            self._ctx.status("Starting the local preview (npm and next dev)…")
        elif state is PreviewState.RUNNING:
            self._ctx.status("The local preview is running.", 5000)

    def _on_local_url_changed(self, url: str) -> None:
        from l4ydesk.ui.preview import PreviewSource

        if url or self._panel is not None:
            self.panel.set_source_url(PreviewSource.LOCAL, url or None)
        if url:
            self.panel.select_source(PreviewSource.LOCAL)


class ConnectFeature:
    """The Connect and Records docks and the preview's inspector ("What is this?")."""

    _panel: ConnectionPanel | None = None
    _records: RecordsBrowser | None = None
    _inspect: InspectController | None = None

    def __init__(self, preview: PreviewFeature) -> None:
        self._preview = preview
        # One analyzer for the Connect panel and the inspector: both run in the single store
        # worker, so each changed file is parsed once.
        self._analyzer: IncrementalAnalyzer | None = None

    @property
    def panel(self) -> ConnectionPanel:
        self._ctx.ensure_built("connect")
        assert self._panel is not None
        return self._panel

    @property
    def records(self) -> RecordsBrowser:
        self._ctx.ensure_built("records")
        assert self._records is not None
        return self._records

    @property
    def inspect(self) -> InspectController:
        self._ctx.ensure_built("preview")
        assert self._inspect is not None
        return self._inspect

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        ctx.add_dock("connect", "Connect", self._build_panel, Area.RightDockWidgetArea)
        ctx.add_dock("records", "Records", self._build_records, Area.RightDockWidgetArea)
        self._preview.when_built(self._build_inspect)
        ctx.changes.changed.connect(self._on_changes)

    def _shared_analyzer(self) -> IncrementalAnalyzer:
        if self._analyzer is None:
            from l4ydesk.core.analyzer import IncrementalAnalyzer

            self._analyzer = IncrementalAnalyzer()
        return self._analyzer

    def _build_panel(self) -> QWidget:
        from l4ydesk.ui.connect import ConnectionPanel

        ctx, s = self._ctx, self._ctx.services
        panel = ConnectionPanel(
            s.vfs, s.records, s.connector, ctx.tasks, ctx.window,
            analyzer=self._shared_analyzer(),
        )  # fmt: skip
        panel.open_location_requested.connect(ctx.files.open_location)
        panel.records_changed.connect(
            lambda: ctx.publish(Changes(records=True, source=self._panel))
        )
        panel.set_app(_app_id(ctx))
        self._panel = panel
        return panel

    def _build_records(self) -> QWidget:
        from l4ydesk.ui.records import RecordsBrowser

        self._records = RecordsBrowser(
            self._ctx.services.records, self._ctx.tasks, self._ctx.window
        )
        return self._records

    def _build_inspect(self, preview: PreviewPanel) -> None:
        from l4ydesk.ui.preview.inspect_controller import InspectController

        ctx, s = self._ctx, self._ctx.services
        inspect = InspectController(
            preview, s.records, s.connector, s.vfs, ctx.tasks, ctx.window,
            analyzer=self._shared_analyzer(),
        )  # fmt: skip
        inspect.open_location_requested.connect(ctx.files.open_location)
        inspect.records_changed.connect(
            lambda: ctx.publish(Changes(records=True, source=self._inspect))
        )
        inspect.set_app(_app_id(ctx))
        self._inspect = inspect

    def _on_changes(self, changes: Changes) -> None:
        panel, inspect, records = self._panel, self._inspect, self._records
        if changes.app:
            if panel is not None:
                panel.set_app(_app_id(self._ctx))
            if inspect is not None:
                inspect.set_app(_app_id(self._ctx))
        if changes.files or changes.file_list:
            if inspect is not None:
                inspect.refresh()
            if panel is not None:
                panel.refresh()
        if changes.records:
            if records is not None:
                records.refresh()
            if panel is not None and changes.source is not panel:
                panel.refresh()
            if inspect is not None and changes.source is not inspect:
                inspect.refresh_badges()

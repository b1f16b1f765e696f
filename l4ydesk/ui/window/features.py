"""The window's built-in features: chat (with the keys dialog), preview with the local preview
and its console, and Connect with the records browser and the inspector.

Each is installed with one `install(ctx)` call (see `context.Feature`); dependencies between
features are passed to their constructors, and they hear about the rest through `Changes`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from l4ydesk.core.analyzer import IncrementalAnalyzer
from l4ydesk.ui.chat import ChatPanel
from l4ydesk.ui.connect import ConnectionPanel
from l4ydesk.ui.console_panel import ConsolePanel
from l4ydesk.ui.local_preview import LocalPreviewController
from l4ydesk.ui.preview import PreviewPanel, PreviewSource
from l4ydesk.ui.preview.inspect_controller import InspectController
from l4ydesk.ui.records import RecordsBrowser
from l4ydesk.ui.settings_dialog import KeysDialog
from l4ydesk.ui.window.actions import ActionSpec
from l4ydesk.ui.window.changes import Changes
from l4ydesk.ui.window.context import WindowContext

Area = Qt.DockWidgetArea


def _app_id(ctx: WindowContext) -> int | None:
    return ctx.current_app.app_id if ctx.current_app else None


class ChatFeature:
    """The Chat dock and Settings → Keys…"""

    panel: ChatPanel
    keys_dialog: KeysDialog | None = None

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        s = ctx.services
        self.panel = ChatPanel(s.chat, s.vfs, ctx.tasks, s.secrets, ctx.layout, ctx.window)
        self.panel.files_changed.connect(
            lambda paths: ctx.tasks.start(ctx.files.changed_elsewhere(paths), "refresh after chat")
        )
        self.panel.keys_requested.connect(self.open_keys_dialog)
        self.panel.open_file_requested.connect(ctx.files.open_file)
        ctx.add_dock("chat", "Chat", self.panel, Area.LeftDockWidgetArea)
        ctx.add_action(ActionSpec("keys", "Keys…", "&Settings", self.open_keys_dialog, "Ctrl+,"))
        ctx.changes.changed.connect(self._on_changes)
        ctx.on_shutdown(self.panel.save_input, before_tasks=True)

    def _on_changes(self, changes: Changes) -> None:
        if changes.app:
            self.panel.set_app(_app_id(self._ctx))
        if changes.keys:
            self.panel.refresh_keys()

    def open_keys_dialog(self) -> None:
        dialog = KeysDialog(self._ctx.services.secrets, self._ctx.layout, self._ctx.window)
        dialog.keys_changed.connect(lambda: self._ctx.publish(Changes(keys=True)))
        dialog.default_model_changed.connect(self.panel.set_default_model)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.keys_dialog = dialog


class PreviewFeature:
    """The Preview dock (v0's demo URL or the local preview), the Console, App → Local Preview."""

    panel: PreviewPanel
    console: ConsolePanel
    local: LocalPreviewController

    def __init__(self, chat: ChatFeature) -> None:
        self._chat = chat

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        s, w = ctx.services, ctx.window
        self.panel = PreviewPanel(w)
        self._chat.panel.demo_url_changed.connect(
            lambda url: self.panel.set_source_url(PreviewSource.V0, url or None)
        )
        ctx.add_dock("preview", "Preview", self.panel, Area.RightDockWidgetArea)
        self.console = ConsolePanel(w)
        # Hidden until a local preview starts.
        ctx.add_dock("console", "Console", self.console, Area.BottomDockWidgetArea, hidden=True)
        self.local = LocalPreviewController(s.settings, s.vfs, ctx.tasks, self.console, w)
        self.local.url_changed.connect(self._on_local_url_changed)
        self.local.state_changed.connect(self._on_local_state_changed)
        self.action = ctx.add_action(
            ActionSpec(
                "local_preview", "Start Local Preview", "&App", self.toggle_local_preview,
                "Ctrl+Shift+L", section=1, needs_app=True,
            )
        )  # fmt: skip
        ctx.changes.changed.connect(self._on_changes)
        ctx.on_shutdown(self.local.stop)
        ctx.on_shutdown(self.panel.shutdown)

    def _on_changes(self, changes: Changes) -> None:
        if changes.app:
            self.local.set_app(self._ctx.current_app)
            self.panel.set_source_url(PreviewSource.V0, None)
            if self._ctx.current_app is not None:
                demo_url = self._ctx.services.chat.demo_url
                self._ctx.app_op("load preview address", demo_url).success(
                    lambda url: self.panel.set_source_url(PreviewSource.V0, url)
                ).run_in_background()
        if changes.files:
            self.local.files_changed()

    def toggle_local_preview(self) -> None:
        if self.local.state == "stopped":
            self._ctx.docks["console"].show()
            self._ctx.docks["preview"].show()
            self._ctx.docks["preview"].raise_()
            self.local.start()
        else:
            self._ctx.tasks.start(self.local.stop(), "stop local preview")

    def _on_local_state_changed(self, state: str) -> None:
        stopped = state == "stopped"
        self.action.setText("Start Local Preview" if stopped else "Stop Local Preview")
        if state == "starting":
            self._ctx.status("Starting the local preview (npm and next dev)…")
        elif state == "running":
            self._ctx.status("The local preview is running.", 5000)

    def _on_local_url_changed(self, url: str) -> None:
        self.panel.set_source_url(PreviewSource.LOCAL, url or None)
        if url:
            self.panel.select_source(PreviewSource.LOCAL)


class ConnectFeature:
    """The Connect and Records docks and the preview's inspector ("What is this?")."""

    panel: ConnectionPanel
    records: RecordsBrowser
    inspect: InspectController

    def __init__(self, preview: PreviewFeature) -> None:
        self._preview = preview

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        s, w = ctx.services, ctx.window
        # One analyzer for the Connect panel and the inspector: both run in the single store
        # worker, so each changed file is parsed once.
        analyzer = IncrementalAnalyzer()
        self.panel = ConnectionPanel(s.vfs, s.records, s.connector, ctx.tasks, w, analyzer=analyzer)
        self.panel.open_location_requested.connect(ctx.files.open_location)
        ctx.add_dock("connect", "Connect", self.panel, Area.RightDockWidgetArea)
        self.records = RecordsBrowser(s.records, ctx.tasks, w)
        ctx.add_dock("records", "Records", self.records, Area.RightDockWidgetArea)
        self.inspect = InspectController(
            self._preview.panel, s.records, s.connector, s.vfs, ctx.tasks, w, analyzer=analyzer
        )
        self.inspect.open_location_requested.connect(ctx.files.open_location)
        for source in (self.panel, self.inspect):
            source.records_changed.connect(
                lambda src=source: ctx.publish(Changes(records=True, source=src))
            )
        ctx.changes.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.app:
            self.panel.set_app(_app_id(self._ctx))
            self.inspect.set_app(_app_id(self._ctx))
        if changes.files or changes.file_list:
            self.inspect.refresh()
            self.panel.refresh()
        if changes.records:
            self.records.refresh()
            if changes.source is not self.panel:
                self.panel.refresh()
            if changes.source is not self.inspect:
                self.inspect.refresh_badges()

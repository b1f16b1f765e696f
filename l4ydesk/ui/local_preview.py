"""Runs the open app's local preview for the window: start, hot reload on save, stop on switch.

Signals:
    state_changed(str): a `PreviewState` value: 'stopped', 'starting' or 'running'.
    url_changed(str): the local preview's URL ('' when stopped).
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from l4ydesk.core.apps import AppInfo
from l4ydesk.core.preview import LocalPreview
from l4ydesk.core.preview.local_server import OutputLine
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.preferences import PreferencesStore, effective_node_path
from l4ydesk.settings import Settings
from l4ydesk.ui.console_panel import ConsolePanel
from l4ydesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class PreviewState(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    RUNNING = "running"


class LocalPreviewController(QObject):
    """One `LocalPreview` at a time, for the app that is open in the window."""

    state_changed = Signal(str)
    url_changed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        vfs: VirtualFileSystem,
        tasks: TaskRunner,
        console: ConsolePanel,
        parent: QObject | None = None,
        preferences: PreferencesStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._preferences = preferences or PreferencesStore(None)
        self._vfs = vfs
        self._tasks = tasks
        self._console = console
        self._app: AppInfo | None = None
        self._preview: LocalPreview | None = None
        self.state = PreviewState.STOPPED

    def set_app(self, app: AppInfo | None) -> None:
        """A different app is open: the old app's server is stopped."""
        if self._app is not None and app is not None and app.app_id == self._app.app_id:
            return
        self._app = app
        if self._preview is not None:
            self._tasks.start(self.stop(), "stop local preview")

    def start(self) -> None:
        if self._app is not None and self.state is PreviewState.STOPPED:
            self._tasks.start(self.run(), "start local preview")

    async def run(self) -> str:
        """Start the open app's preview; returns its URL."""
        assert self._app is not None
        app = self._app
        self._set_state(PreviewState.STARTING)
        self._console.append_line(f"Starting the local preview of {app.name}…", note=True)
        preview = LocalPreview.for_app(
            self._settings.data_dir,
            app.slug,
            node_path=effective_node_path(self._settings.node_path, self._preferences.get()),
            on_output=self._on_preview_output,
        )
        self._preview = preview
        try:
            files = await self._tasks.in_worker(self._vfs.read_all, app.app_id)
            url = await preview.start(files)
        except BaseException as exc:
            self._preview = None
            self._set_state(PreviewState.STOPPED)
            self._console.append_line(str(exc), error=True)
            await preview.stop()
            raise
        t = preview.timings
        self._console.append_line(
            f"Ready at {url} (install {t.install or 0:.1f} s, start {t.ready or 0:.1f} s).",
            note=True,
        )
        self._set_state(PreviewState.RUNNING)
        self.url_changed.emit(url)
        return url

    def files_changed(self) -> None:
        """A save or a chat turn changed files: hot-reload them (restart if packages did)."""
        if (
            self._preview is not None
            and self.state is PreviewState.RUNNING
            and self._app is not None
        ):
            self._tasks.start(self._sync(self._preview, self._app.app_id), "sync local preview")

    async def _sync(self, preview: LocalPreview, app_id: int) -> None:
        files = await self._tasks.in_worker(self._vfs.read_all, app_id)
        report = await preview.sync_files(files)
        if report.dependencies_changed:
            self._console.append_line("package.json changed: reinstalling…", note=True)
            self._set_state(PreviewState.STARTING)
            url = await preview.restart(files)
            self._set_state(PreviewState.RUNNING)
            self.url_changed.emit(url)

    async def stop(self) -> None:
        preview, self._preview = self._preview, None
        if preview is not None:
            await preview.stop()
            self._console.append_line("Local preview stopped.", note=True)
        self._set_state(PreviewState.STOPPED)
        self.url_changed.emit("")

    def _set_state(self, state: PreviewState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state.value)

    def _on_preview_output(self, line: OutputLine) -> None:
        self._console.append_line(line.text, error=line.stream == "stderr")

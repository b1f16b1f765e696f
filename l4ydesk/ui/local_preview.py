"""Runs the open app's local preview for the window: start, hot reload on save, stop on switch.

Signals:
    state_changed(str): a `PreviewState` value: 'stopped', 'starting' or 'running'.
    url_changed(str): the local preview's URL ('' when stopped).
    failed(str): the HTML of the page that says why the preview could not start.

When a start fails and the app's packages had install scripts that did not run, the console
offers to allow them for this app (remembered per app) and starts again. When the app reads
environment variables that are not set (or its page fails for want of one), the console offers
a dialog for them; their values are kept in the keyring and the preview restarts with them.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Awaitable, Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from l4ydesk.core.apps import AppInfo
from l4ydesk.core.preview import LocalPreview, PreviewError
from l4ydesk.core.preview.app_env import (
    EnvVar,
    PreviewEnvError,
    PreviewEnvStore,
    detect_env_vars,
)
from l4ydesk.core.preview.local_server import OutputLine
from l4ydesk.core.preview.scripts import PreviewOptions, load_options, save_options
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.preferences import PreferencesStore, effective_node_path
from l4ydesk.secrets import SecretStore, SecretStoreUnavailable
from l4ydesk.settings import Settings
from l4ydesk.ui.console_panel import ConsolePanel
from l4ydesk.ui.local_preview_page import failure_page_html
from l4ydesk.ui.preview_env_dialog import PreviewEnvDialog
from l4ydesk.ui.tasks import TaskRunner
from l4ydesk.ui.window.ops import Op

log = logging.getLogger(__name__)


class PreviewState(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    RUNNING = "running"


class LocalPreviewController(QObject):
    """One `LocalPreview` at a time, for the app that is open in the window."""

    state_changed = Signal(str)
    url_changed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        vfs: VirtualFileSystem,
        tasks: TaskRunner,
        console: ConsolePanel,
        parent: QObject | None = None,
        preferences: PreferencesStore | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._preferences = preferences or PreferencesStore(None)
        self._vfs = vfs
        self._tasks = tasks
        self._console = console
        self._env = PreviewEnvStore(secrets) if secrets is not None else None
        self._app: AppInfo | None = None
        self._preview: LocalPreview | None = None
        self._recent: deque[str] = deque(maxlen=40)  # the console's last lines, for failures
        self.state = PreviewState.STOPPED
        self.environment_dialog: PreviewEnvDialog | None = None
        # The window's undoable rename (editor tabs follow), for the console's "Rename" offer.
        self.rename_file: Callable[[str, str], Awaitable[None]] | None = None
        # The window's editor, for the console's "Open … at line N" offer on an app error.
        self.open_location: Callable[[str, int], None] | None = None

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
        self._recent.clear()
        self._console.clear_offer()
        self._set_state(PreviewState.STARTING)
        self._console.append_line(f"Starting the local preview of {app.name}…", note=True)
        preview = LocalPreview.for_app(
            self._settings.data_dir,
            app.slug,
            node_path=effective_node_path(self._settings.node_path, self._preferences.get()),
            on_output=self._on_preview_output,
            app_env=await self._load_env(app),
        )
        self._preview = preview
        try:
            files = await Op(self._tasks, "read the app", self._vfs.read_all, app.app_id).run()
            url = await preview.start(files)
        except BaseException as exc:
            self._preview = None
            self._set_state(PreviewState.STOPPED)
            self._console.append_line(str(exc), error=True)
            await preview.stop()
            if isinstance(exc, PreviewError):
                self._show_failure(exc, preview, app)
            raise
        t = preview.timings
        install = "skipped" if t.install is None else f"{t.install:.1f} s"
        self._console.append_line(
            f"Ready at {url} ({preview.package_manager_name} install {install}, "
            f"{preview.bundler} start {t.ready or 0:.1f} s).",
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
        files = await Op(self._tasks, "read the app", self._vfs.read_all, app_id).run()
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

    def _show_failure(self, error: PreviewError, preview: LocalPreview, app: AppInfo) -> None:
        hint = ""
        if preview.skipped_scripts and not preview.allow_scripts:
            hint = (
                "Install scripts were off for this app's packages. If you trust them, allow "
                "install scripts for this app from the console and start again."
            )
            self._console.offer(
                "Some packages' install scripts did not run; one may be what failed.",
                "Allow install scripts for this app",
                lambda: self.allow_install_scripts(app),
            )
        tail = list(error.tail) or list(self._recent)
        self.failed.emit(failure_page_html(str(error), error.command, tail, hint))

    def allow_install_scripts(self, app: AppInfo) -> None:
        """Remember that `app` may run install scripts, and start its preview again."""
        save_options(self._settings.data_dir, app.slug, PreviewOptions(allow_install_scripts=True))
        self._console.append_line(
            f"Install scripts are now allowed for {app.name}; reinstalling its packages.",
            note=True,
        )
        same_app = self._app is not None and self._app.app_id == app.app_id
        if same_app and self.state == PreviewState.STOPPED:
            self.start()

    def scripts_allowed(self, app: AppInfo) -> bool:
        return load_options(self._settings.data_dir, app.slug).allow_install_scripts

    async def _load_env(self, app: AppInfo) -> dict[str, str]:
        if self._env is None:
            return {}
        try:  # the keyring may wait on D-Bus: not on the GUI thread
            return await Op(self._tasks, "read preview variables", self._env.load, app.slug).run()
        except SecretStoreUnavailable as error:
            self._console.append_line(
                f"The app's preview environment variables cannot be read: {error.user_message}",
                error=True,
            )
            return {}

    def edit_environment(self) -> None:
        """Open the dialog for the open app's preview variables (from the console's offer)."""
        if self._app is not None:
            self._tasks.start(self._edit_environment(self._app), "preview environment")

    async def _edit_environment(self, app: AppInfo) -> None:
        preview = self._preview
        if preview is not None and preview.needed_env:
            variables, missing = preview.needed_env, preview.missing_env
        else:
            op = Op(self._tasks, "find preview variables", _needed_env, self._vfs, app.app_id)
            variables, missing = await op.run(), ()
        stored = await self._load_env(app)
        parent = self.parent()
        dialog = PreviewEnvDialog(
            app.name, variables, stored, missing, parent if isinstance(parent, QWidget) else None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._tasks.start(
            self._save_environment(app, dialog.values()), "save preview environment"))  # fmt: skip
        dialog.open()
        self.environment_dialog = dialog  # for tests and screenshots

    async def _save_environment(self, app: AppInfo, values: dict[str, str]) -> None:
        assert self._env is not None
        op = Op(self._tasks, "save preview variables", self._env.save, app.slug, values)
        try:
            saved = await op.run()
        except (SecretStoreUnavailable, PreviewEnvError) as error:
            self._console.append_line(str(error), error=True)
            return
        self._console.append_line(
            f"Saved {len(saved)} environment variable(s) for {app.name}'s preview in your "
            "keyring; starting it again with them.",
            note=True,
        )
        if self._app is None or self._app.app_id != app.app_id:
            return
        if self.state is not PreviewState.STOPPED:
            await self.stop()
        await self.run()

    def _on_preview_output(self, line: OutputLine) -> None:
        if line.kind in ("missing-env", "env-unset") and self._env is not None:
            self._console.offer(line.text, "Set environment variables…", self.edit_environment)
        if line.kind == "app-source" and line.path.endswith(".ts") and self.rename_file:
            old, new = line.path, line.path + "x"

            def rename() -> None:
                self._tasks.start(self._rename_and_restart(old, new), "rename file")

            self._console.offer(line.text, f"Rename to {new.rsplit('/', 1)[-1]}", rename)
        if line.kind == "app-error" and line.path and self.open_location:
            path, number, open_at = line.path, line.line, self.open_location
            name = path.rsplit("/", 1)[-1]
            self._console.offer(
                line.text, f"Open {name} at line {number}", lambda: open_at(path, number)
            )
        self._recent.append(line.text)
        if line.source == "l4ydesk":  # l4ydesk's own sentences about the install and start
            self._console.append_line(line.text, note=True)
        else:
            self._console.append_line(line.text, error=line.stream == "stderr")

    async def _rename_and_restart(self, old: str, new: str) -> None:
        assert self.rename_file is not None
        app = self._app
        await self.rename_file(old, new)
        self._console.append_line(f"Renamed {old} to {new}; starting the preview again.", note=True)
        if app is None or self._app is None or self._app.app_id != app.app_id:
            return
        if self.state is not PreviewState.STOPPED:
            await self.stop()
        await self.run()


def _needed_env(vfs: VirtualFileSystem, app_id: int) -> list[EnvVar]:
    """The environment variables the app's code reads (in the worker)."""
    return detect_env_vars(vfs.read_all(app_id))
